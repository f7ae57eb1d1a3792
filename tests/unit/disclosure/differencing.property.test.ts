/**
 * Property-based (fast-check, seeded): random networks of members with random shared tours (as
 * consents leave them), random filter requests. Whatever the referent asks, no answer built for a
 * counted-only view reveals one member's value — alone, or by subtracting two answers (two
 * filters, or two seasons). Checked against a naive re-implementation of the threat: the sets of
 * tours behind two answers, nested, must differ by ≥ 3 members with none above 85 %.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	buildDashboard,
	buildIndex,
	FILTER_DIMS,
	attrsOf,
	type Filters,
	type SharedTour
} from '../../../src/lib/networks/dashboard';
import type { TourFacts } from '../../../src/lib/networks/facts';

const SEED = 1_202_2026;

function facts(kg: number, dates: number, region: string, scope: TourFacts['scope']): TourFacts {
	return {
		engineVersion: 't',
		factorSet: 's',
		companyKg: kg,
		audienceKg: kg / 2,
		dates,
		performances: dates + 1,
		spectators: dates * 100,
		oneOffDates: dates > 2 ? 1 : 0,
		personKm: kg * 10,
		travelKg: kg * 0.6,
		tonneKm: 0,
		tonneKmKg: 0,
		byCategory: { travel: kg * 0.6, freight: kg * 0.2, accommodation: kg * 0.15, meal: kg * 0.05 },
		quality: {
			travel: { measured: 1, estimated: 1, default: 0 },
			freight: { measured: 0, estimated: 1, default: 1 },
			accommodation: { measured: 0, estimated: 0, default: 1 },
			meal: { measured: 0, estimated: 0, default: 1 },
			audience: { measured: 0, estimated: 0, default: dates }
		},
		homeDepartment: region === '76' ? '31' : '33',
		homeRegion: region,
		scope,
		evenings: []
	};
}

const memberArb = fc.record({
	kind: fc.constantFrom('company', 'venue') as fc.Arbitrary<'company' | 'venue'>,
	discipline: fc.constantFrom('dance', 'theatre', 'circus'),
	region: fc.constantFrom('76', '75'),
	tours: fc.array(
		fc.record({
			season: fc.constantFrom('2024', '2025', '2026'),
			phase: fc.constantFrom('forecast', 'actual') as fc.Arbitrary<'forecast' | 'actual'>,
			reviewed: fc.boolean(),
			scope: fc.constantFrom('regional', 'national', 'international') as fc.Arbitrary<TourFacts['scope']>,
			kg: fc.integer({ min: 1, max: 50_000 }),
			dates: fc.integer({ min: 1, max: 30 })
		}),
		{ minLength: 1, maxLength: 4 }
	)
});

const networkArb = fc.array(memberArb, { minLength: 1, maxLength: 9 }).map((members) => {
	const shared: SharedTour[] = [];
	members.forEach((m, i) =>
		m.tours.forEach((t, j) =>
			shared.push({
				tourId: `t${i}-${j}`,
				member: `member-${i}`,
				memberKind: m.kind,
				season: t.season,
				phase: t.phase,
				discipline: m.discipline,
				reviewed: t.reviewed,
				facts: facts(t.kg, t.dates, m.region, t.scope),
				refCompanyKg: t.kg * 0.9
			})
		)
	);
	return shared;
});

const VALUES: Record<string, string[]> = {
	discipline: ['dance', 'theatre', 'circus'],
	kind: ['company', 'venue'],
	region: ['76', '75'],
	department: ['31', '33'],
	scope: ['regional', 'national', 'international'],
	season: ['2024', '2025', '2026'],
	phase: ['forecast', 'actual'],
	reviewed: ['yes', 'no']
};
const filterArb: fc.Arbitrary<Filters> = fc
	.subarray([...FILTER_DIMS], { maxLength: 3 })
	.chain((dims) => fc.tuple(...dims.map((d) => fc.constantFrom(...VALUES[d].map((v) => [d, v] as const)))))
	.map((pairs) => Object.fromEntries(pairs) as Filters);

/** naive: the tours a request is built from */
function tourSet(shared: SharedTour[], f: Filters): Set<string> {
	return new Set(
		shared
			.filter((t) =>
				Object.entries(f).every(([d, v]) => attrsOf(t)[d as keyof ReturnType<typeof attrsOf>] === v)
			)
			.map((t) => t.tourId)
	);
}

/** naive primary rules on every additive measure of a set of tours */
function safeSet(shared: SharedTour[], ids: Set<string>): boolean {
	const rows = shared.filter((t) => ids.has(t.tourId));
	const byMember = new Map<string, SharedTour[]>();
	for (const t of rows) byMember.set(t.member, [...(byMember.get(t.member) ?? []), t]);
	if (byMember.size === 0) return true;
	if (byMember.size < 3) return false;
	const measures: ((f: TourFacts) => number)[] = [(f) => f.companyKg, (f) => f.dates, (f) => f.spectators];
	for (const m of measures) {
		const per = [...byMember.values()].map((ts) => ts.reduce((s, t) => s + m(t.facts), 0));
		const total = per.reduce((a, b) => a + b, 0);
		if (total > 0 && Math.max(...per) > 0.85 * total) return false;
	}
	return true;
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

describe('no tier-1 answer reveals a member, alone or by differencing', () => {
	it('every figure shown is built from ≥ 3 members with none above 85 %', () => {
		fc.assert(
			fc.property(networkArb, filterArb, (shared, f) => {
				const d = buildDashboard(shared, f);
				if (!d.ok) return;
				const ids = tourSet(shared, f);
				if (d.company.shown) expect(safeSet(shared, ids)).toBe(true);
				for (const i of d.indicators)
					if (i.quartiles.shown)
						expect(
							new Set(shared.filter((t) => ids.has(t.tourId)).map((t) => t.member)).size
						).toBeGreaterThanOrEqual(5);
				// never a member id, never a minimum or maximum
				const json = JSON.stringify(d);
				for (const t of shared) expect(json).not.toContain(t.member);
				expect(json).not.toMatch(/"(min|max|minimum|maximum)"/);
			}),
			{ seed: SEED, numRuns: 400 }
		);
	});

	it('two answers with different filters (or seasons) never difference down to an unsafe group', () => {
		fc.assert(
			fc.property(networkArb, fc.array(filterArb, { minLength: 2, maxLength: 6 }), (shared, requests) => {
				const index = buildIndex(shared);
				const answered = requests.filter((f) => buildDashboard(shared, f, undefined, index).ok);
				for (const a of answered)
					for (const b of answered) {
						const A = tourSet(shared, a);
						const B = tourSet(shared, b);
						// an empty answer publishes no figure to subtract (A's own figures are checked above)
						if (B.size === 0 || A.size === B.size || !subset(B, A)) continue;
						const diff = new Set([...A].filter((x) => !B.has(x)));
						expect(safeSet(shared, diff), `${JSON.stringify(a)} − ${JSON.stringify(b)}`).toBe(true);
					}
			}),
			{ seed: SEED + 1, numRuns: 300 }
		);
	});

	it('the constant-panel trend never differences a season down to one member', () => {
		fc.assert(
			fc.property(networkArb, (shared) => {
				const d = buildDashboard(shared, {});
				if (!d.ok) return;
				for (const step of d.trend) {
					if (!step.fromKg.shown) continue;
					const season = tourSet(shared, { season: step.from });
					const inB = new Set(shared.filter((t) => t.season === step.to).map((t) => t.member));
					const panel = new Set(
						[...season].filter((id) => inB.has(shared.find((t) => t.tourId === id)!.member))
					);
					const diff = new Set([...season].filter((x) => !panel.has(x)));
					expect(safeSet(shared, diff)).toBe(true);
				}
			}),
			{ seed: SEED + 2, numRuns: 300 }
		);
	});

	it('more than two filters at once are refused', () => {
		const d = buildDashboard([], { discipline: 'dance', season: '2025', phase: 'actual' });
		expect(d).toMatchObject({ ok: false, reason: 'tooManyFilters' });
	});
});
