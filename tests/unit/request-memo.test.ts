import { describe, expect, it } from 'vitest';
import { oncePerRequest } from '../../src/lib/server/request-memo';
import { formatters } from '../../src/lib/i18n/format';

const event = (method: string) => ({
	locals: {} as App.Locals,
	request: new Request('http://x/', { method })
});

describe('oncePerRequest', () => {
	it('reads once per key within one GET request, again in another request', async () => {
		let reads = 0;
		const read = async () => ++reads;
		const a = event('GET');
		expect(await oncePerRequest(a, 'k', read)).toBe(1);
		expect(await oncePerRequest(a, 'k', read)).toBe(1);
		expect(await oncePerRequest(a, 'other', read)).toBe(2);
		expect(await oncePerRequest(event('GET'), 'k', read)).toBe(3);
	});

	it('reads afresh on every call of a POST (an action may change what it reads)', async () => {
		let reads = 0;
		const read = async () => ++reads;
		const p = event('POST');
		await oncePerRequest(p, 'k', read);
		await oncePerRequest(p, 'k', read);
		expect(reads).toBe(2);
	});
});

describe('formatters().date, remembered per date', () => {
	it('prints the same as a fresh Intl.DateTimeFormat, twice', () => {
		for (const [locale, tag] of [
			['fr', 'fr-FR'],
			['en', 'en-GB']
		] as const) {
			const fresh = new Intl.DateTimeFormat(tag, {
				day: 'numeric',
				month: 'short',
				year: 'numeric',
				timeZone: 'UTC'
			});
			for (const iso of ['2026-01-07', '2026-12-31', '2027-02-28']) {
				expect(formatters(locale).date(iso)).toBe(fresh.format(new Date(iso)));
				expect(formatters(locale).date(iso)).toBe(fresh.format(new Date(iso)));
			}
		}
	});
});
