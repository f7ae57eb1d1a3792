import { describe, expect, it } from 'vitest';
import { LIMITS, tourFileJsonSchema, validateTourFile } from '../../../src/lib/schemas/tour-file';
import { translate } from '../../../src/lib/i18n';

const base = {
	format: 'empreinte-tour@1',
	production: { title: 'Limites' },
	homeBase: { place: 'fr:31555' }
};
const date = (i: number) => ({
	venue: { name: `Salle ${i}`, place: 'fr:31555' },
	start: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
});

describe('tour size limits (LIMITS)', () => {
	it('accepts a tour at the limit and refuses one date more, naming the limit', () => {
		const at = validateTourFile({ ...base, dates: Array.from({ length: LIMITS.dates }, (_, i) => date(i)) });
		expect(at.ok).toBe(true);
		const over = validateTourFile({
			...base,
			dates: Array.from({ length: LIMITS.dates + 1 }, (_, i) => date(i))
		});
		expect(over.ok).toBe(false);
		if (over.ok) return;
		expect(over.problems).toEqual([
			expect.objectContaining({
				path: 'dates',
				code: 'tour.limit',
				params: { limit: 'dates', max: LIMITS.dates }
			})
		]);
	});

	it('caps legs, team roles, travel groups, freight and its legs, distances', () => {
		const group = { mode: 'rail.tgv', people: 1 };
		const leg = (i: number) => ({ id: `l${i}`, from: 'fr:31555', to: 'fr:34172', travel: [group] });
		const cases: [string, Record<string, unknown>][] = [
			['legs', { legs: Array.from({ length: LIMITS.legs + 1 }, (_, i) => leg(i)) }],
			['team', { team: Array.from({ length: LIMITS.team + 1 }, () => ({ role: 'artist', count: 1 })) }],
			[
				'travel',
				{ travel: Array.from({ length: LIMITS.travel + 1 }, (_, i) => ({ ...group, id: `g${i}` })) }
			],
			[
				'freight',
				{
					freight: Array.from({ length: LIMITS.freight + 1 }, (_, i) => ({
						kind: 'vehicle',
						id: `f${i}`,
						class: 'van'
					}))
				}
			],
			[
				'distances',
				{
					distances: Array.from({ length: LIMITS.distances + 1 }, () => ({
						from: 'fr:31555',
						to: 'fr:34172',
						km: 1
					}))
				}
			]
		];
		for (const [limit, extra] of cases) {
			const r = validateTourFile({ ...base, ...extra });
			expect(r.ok, limit).toBe(false);
			if (r.ok) continue;
			expect(r.problems.find((p) => p.code === 'tour.limit')?.params, limit).toEqual({
				limit,
				max: LIMITS[limit as keyof typeof LIMITS]
			});
		}
	});

	it('publishes the limits in the JSON Schema and says them in French and English', () => {
		const schema = JSON.stringify(tourFileJsonSchema());
		expect(schema).toContain(`"maxItems":${LIMITS.dates}`);
		expect(translate('fr', 'limits.tooMany.dates', { max: 1000 })).toContain('au plus 1000 dates');
		expect(translate('en', 'limits.tooMany.dates', { max: 1000 })).toContain('at most 1000 dates');
	});
});
