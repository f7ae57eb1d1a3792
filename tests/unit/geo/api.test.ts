/** GET /api/places: validation, the limit cap, and the shape the venue autocomplete reads. */
import { describe, expect, it } from 'vitest';
import { GET } from '../../../src/routes/api/places/+server';

type Event = Parameters<typeof GET>[0];

async function call(
	query: string,
	locale = 'fr'
): Promise<{ status: number; body: Record<string, unknown> }> {
	const event = {
		url: new URL(`http://localhost/api/places?${query}`),
		locals: { locale }
	} as unknown as Event;
	try {
		const res = await GET(event);
		return { status: res.status, body: await res.json() };
	} catch (e) {
		// SvelteKit's error() throws an HttpError { status, body }.
		const err = e as { status?: number; body?: Record<string, unknown> };
		if (typeof err.status !== 'number') throw e;
		return { status: err.status, body: err.body ?? {} };
	}
}

describe('GET /api/places', () => {
	it('returns ranked places with ids and labels', async () => {
		const { status, body } = await call('q=saint%20etienne&limit=3');
		expect(status).toBe(200);
		const places = body.places as { id: string; label: string; aliases?: unknown }[];
		expect(places).toHaveLength(3);
		expect(places[0]).toMatchObject({ id: 'fr:42218', label: 'Saint-Étienne (Loire, 42)' });
		expect(places[0].aliases).toBeUndefined();
	});
	it('caps the limit at 20', async () => {
		const { status, body } = await call('q=saint&limit=500');
		expect(status).toBe(200);
		expect((body.places as unknown[]).length).toBe(20);
	});
	it('uses the country as a hint', async () => {
		const { body } = await call('q=Bruxelles&country=be');
		expect((body.places as { id: string }[])[0].id).toBe('gn:2800866');
	});
	it('names a foreign country in the reader’s language', async () => {
		const fr = await call('q=Bruxelles&country=be&limit=1');
		const en = await call('q=Bruxelles&country=be&limit=1', 'en');
		const label = (r: typeof fr) => (r.body.places as { label: string }[])[0].label;
		expect(label(fr)).toMatch(/, Belgique$/);
		expect(label(en)).toMatch(/, Belgium$/);
		const detail = await call('q=Bruxelles&country=be&limit=1&detail=1', 'en');
		expect(label(detail)).toMatch(/, Belgium$/);
	});
	it('answers 400 on bad input', async () => {
		for (const q of [
			'',
			'q=',
			'q=Lyon&limit=0',
			'q=Lyon&limit=abc',
			'q=Lyon&country=FRA',
			`q=${'x'.repeat(101)}`
		]) {
			const { status, body } = await call(q);
			expect(status, q).toBe(400);
			expect(String(body.message)).toMatch(/Requête invalide/);
		}
	});
});
