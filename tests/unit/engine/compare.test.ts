/**
 * compareTours: the change between two diagnostics splits into a factor effect (C − A, C = A's
 * activity under B's factors) and an activity effect (B − C) that add up to B − A bit for bit, per
 * total, per category and per date. Factor values below are the impactCO2 test set of helpers.ts,
 * with one value changed by hand for the "new version".
 */
import { describe, expect, it } from 'vitest';
import { compareTours, delta, gridStep } from '../../../src/lib/engine/compare';
import type { TourInput } from '../../../src/lib/engine';
import { emptyTour, IMPACTCO2_ENTRIES, IMPACTCO2_SET, place, resolvedSet, type Entry } from './helpers';

const HOME = place('x:home', 'Home', 44.8, -0.58);
const V1 = place('x:v1', 'Venue 1', 45.76, 4.83);
const V2 = place('x:v2', 'Venue 2', 43.6, 1.44);
const V3 = place('x:v3', 'Venue 3', 48.85, 2.35);

function date(id: string, p: typeof V1, start: string, performances = 1) {
	return {
		id,
		venueName: p.name,
		place: p,
		start,
		end: start,
		performances,
		attendance: 300,
		capacity: 400,
		audience: null
	};
}

function tour(over: Partial<TourInput> = {}): TourInput {
	return emptyTour(HOME, {
		team: [{ role: 'artist', count: 6 }],
		travel: [
			{ id: 'vans', mode: 'van.passenger', vehicles: 2, occupants: 6 },
			{ id: 'train', mode: 'rail.tgv', people: 2 }
		],
		dates: [date('d1', V1, '2026-03-01'), date('d2', V2, '2026-03-05', 2)],
		...over
	});
}

/** The same set with the TGV factor changed (a "new version" of the table). */
function withTgv(value: string, fuel: string): ReturnType<typeof resolvedSet> {
	const entries: Entry[] = IMPACTCO2_ENTRIES.map((e) =>
		e.activity === 'rail.tgv'
			? {
					...e,
					spec: {
						...e.spec,
						value,
						components: [
							['construction', '0.00063'],
							['fuel', fuel]
						]
					}
				}
			: e
	);
	return resolvedSet('test-impactco2@2', entries);
}
const NEW_SET = withTgv('0.00393', '0.0033');

function sums(d: { change: number; factorEffect: number | null; activityEffect: number | null }) {
	expect(d.factorEffect).not.toBeNull();
	expect(d.activityEffect).not.toBeNull();
	expect(d.factorEffect! + d.activityEffect!).toBe(d.change);
}

describe('delta', () => {
	it('adds up bit for bit at every magnitude, also where plain doubles could not', () => {
		// a seeded sweep over magnitudes from grams to megatonnes, signs mixed
		let s = 12345;
		const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
		let plainMisses = 0;
		for (let i = 0; i < 20_000; i++) {
			const a = rand() * 10 ** (Math.abs(rand()) * 9);
			const b = rand() * 10 ** (Math.abs(rand()) * 9);
			const c = rand() * 10 ** (Math.abs(rand()) * 9);
			if (c - a + (b - c) !== b - a) plainMisses++;
			const d = delta(a, b, c);
			expect(d.factorEffect! + d.activityEffect!).toBe(d.change);
			expect(d.change).toBe(d.b - d.a);
			// the grid moves a figure by half a step at most (≈ 0.5 mg below 2^31 kg)
			const step = gridStep(a, b, c);
			expect(Math.abs(d.a - a)).toBeLessThanOrEqual(step / 2);
			expect(Math.abs(d.factorEffect! - (c - a))).toBeLessThanOrEqual(step + Math.abs(c - a) * 1e-15);
		}
		// the sweep does meet the rounding the grid exists for
		expect(plainMisses).toBeGreaterThan(0);
	});

	it('keeps about a milligram of resolution for tour-sized figures', () => {
		expect(gridStep(120_000, 95_000, 101_000)).toBe(2 ** -20);
	});

	it('gives the relative change, and none from zero', () => {
		expect(delta(100, 150, 120)).toEqual({
			a: 100,
			b: 150,
			change: 50,
			relative: 0.5,
			factorEffect: 20,
			activityEffect: 30
		});
		expect(delta(0, 10, 0).relative).toBeNull();
		expect(delta(5, 6, null)).toMatchObject({ factorEffect: null, activityEffect: null, change: 1 });
	});
});

describe('compareTours', () => {
	it('recompute under another set: everything is a factor effect, activity effect exactly 0', () => {
		const input = tour();
		const cmp = compareTours({ input, factors: IMPACTCO2_SET }, { input, factors: NEW_SET });
		expect(cmp.cross).not.toBeNull();
		expect(cmp.totals.company.change).toBeGreaterThan(0);
		expect(cmp.totals.company.factorEffect).toBe(cmp.totals.company.change);
		expect(cmp.totals.company.activityEffect).toBe(0);
		for (const c of cmp.byCategory) {
			sums(c);
			expect(c.activityEffect).toBe(0);
		}
		const travel = cmp.byCategory.find((c) => c.category === 'travel')!;
		expect(travel.change).toBeGreaterThan(0);
		for (const d of cmp.byDate) {
			sums(d);
			expect(d.activityEffect).toBe(0);
		}
	});

	it('forecast vs actual under the same set: everything is an activity effect, factor effect exactly 0', () => {
		const forecast = tour();
		const actual = tour({
			dates: [date('d1', V1, '2026-03-01'), date('d2', V2, '2026-03-05', 3), date('d3', V3, '2026-03-10')],
			travel: [{ id: 'vans', mode: 'van.passenger', vehicles: 1, occupants: 4 }]
		});
		const cmp = compareTours(
			{ input: forecast, factors: IMPACTCO2_SET },
			{ input: actual, factors: IMPACTCO2_SET }
		);
		expect(cmp.totals.company.factorEffect).toBe(0);
		expect(cmp.totals.company.activityEffect).toBe(cmp.totals.company.change);
		for (const c of cmp.byCategory) {
			expect(c.factorEffect).toBe(0);
			sums(c);
		}
		const d3 = cmp.byDate.find((d) => d.id === 'd3')!;
		expect(d3).toMatchObject({ inA: false, inB: true, a: 0, factorEffect: 0 });
		expect(d3.b).toBeGreaterThan(0);
		expect(d3.activityEffect).toBe(d3.b);
		expect(cmp.byDate.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
	});

	it('both change: the two effects add up exactly, and each matches its definition', () => {
		const forecast = tour();
		const actual = tour({
			dates: [date('d1', V1, '2026-03-01'), date('d3', V3, '2026-03-10')],
			travel: [{ id: 'train', mode: 'rail.tgv', people: 6 }]
		});
		const A = { input: forecast, factors: IMPACTCO2_SET };
		const B = { input: actual, factors: NEW_SET };
		const cmp = compareTours(A, B);
		const t = cmp.totals.company;
		sums(t);
		sums(cmp.totals.audience);
		sums(cmp.totals.withAudience);
		expect(t.change).toBeCloseTo(cmp.b.totals.company.kg - cmp.a.totals.company.kg, 5);
		expect(t.factorEffect).toBeCloseTo(cmp.cross!.totals.company.kg - cmp.a.totals.company.kg, 5);
		expect(t.activityEffect).toBeCloseTo(cmp.b.totals.company.kg - cmp.cross!.totals.company.kg, 5);
		expect(t.factorEffect).not.toBe(0);
		expect(t.activityEffect).not.toBe(0);
		for (const c of cmp.byCategory) sums(c);
		for (const d of cmp.byDate) {
			sums(d);
			sums(d.audience);
		}
		const d2 = cmp.byDate.find((d) => d.id === 'd2')!;
		expect(d2).toMatchObject({ inA: true, inB: false, b: 0 });
	});

	it('without a cross term (B’s set lacks a factor A needs), compares without splitting', () => {
		const forecast = tour({ travel: [{ id: 'car', mode: 'car.average', vehicles: 1, occupants: 2 }] });
		const actual = tour({ travel: [{ id: 'train', mode: 'rail.tgv', people: 2 }] });
		const noCar = resolvedSet(
			'test-nocar@1',
			IMPACTCO2_ENTRIES.filter((e) => e.activity !== 'car.average')
		);
		const cmp = compareTours({ input: forecast, factors: IMPACTCO2_SET }, { input: actual, factors: noCar });
		expect(cmp.cross).toBeNull();
		expect(cmp.crossError?.code).toBe('engine.factor_missing');
		expect(cmp.totals.company.factorEffect).toBeNull();
		expect(cmp.totals.company.change).toBeCloseTo(cmp.b.totals.company.kg - cmp.a.totals.company.kg, 5);
	});

	it('passes the options (boundary) to all three computations', () => {
		const input = tour();
		const full = compareTours({ input, factors: IMPACTCO2_SET }, { input, factors: NEW_SET });
		const noConstruction = compareTours(
			{ input, factors: IMPACTCO2_SET },
			{ input, factors: NEW_SET },
			{ boundary: { construction: false } }
		);
		expect(noConstruction.a.boundary.construction).toBe(false);
		expect(noConstruction.cross!.boundary.construction).toBe(false);
		expect(noConstruction.totals.company.a).toBeLessThan(full.totals.company.a);
	});
});
