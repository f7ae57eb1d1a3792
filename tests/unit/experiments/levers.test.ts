/**
 * Each lever transformation on the example tours: what it changes in the file (dates, legs,
 * groups, freight, figures), that the result is a valid tour file, and the direction of the change
 * the engine then computes. The engine is the only thing that computes emissions here.
 */
import { describe, expect, it } from 'vitest';
import {
	applyLever,
	applySteps,
	explicitLegs,
	parseParams,
	StepError,
	type LeverKey,
	type LeverParams
} from '../../../src/lib/experiments';
import type { TourFile } from '../../../src/lib/schemas/tour-file';
import { ctxOf, example, kg, result, valid } from './helpers';

function apply<K extends LeverKey>(lever: K, doc: TourFile, raw: unknown) {
	const p = parseParams(lever, raw);
	if (!p.ok) throw new Error(JSON.stringify(p.error.issues));
	return applyLever(lever, doc, p.params as LeverParams[K], ctxOf(doc));
}

const circus = example('circus-occitanie');
const dance = example('dance-europe');
const date = (doc: TourFile, id: string) => doc.dates.find((d) => d.id === id)!;

describe('train instead of plane or car', () => {
	it('puts the team of every date reached by a leg under 700 km on the train (TER under 200 km, TGV above)', () => {
		const r = apply('train', circus, {});
		expect(valid(r.doc)).toBe(true);
		expect(r.changes).toHaveLength(8);
		expect(date(r.doc, 'marciac').travel).toEqual([
			{ id: 'rail-vans', mode: 'rail.ter', people: 6, quality: 'estimated' }
		]);
		expect(date(r.doc, 'montpellier').travel?.[0].mode).toBe('rail.tgv');
		// the tour's own plan is untouched: a lever writes the dates it changes
		expect(r.doc.travel).toEqual(circus.travel);
		expect(kg(r.doc, 'travel')).toBeLessThan(kg(circus, 'travel') / 2);
		// freight does not move
		expect(kg(r.doc, 'freight')).toBeCloseTo(kg(circus, 'freight'), 6);
	});

	it('keeps legs at or above the threshold, and below the minimum', () => {
		const r = apply('train', circus, { maxKm: 100 });
		expect(r.changes.map((c) => c.params.to)).toEqual(['Marciac', 'Lectoure', 'Toulouse']);
		expect(date(r.doc, 'albi').travel).toBeUndefined();
		const s = apply('train', circus, { maxKm: 100, minKm: 45 });
		expect(s.changes.map((c) => c.params.to)).toEqual(['Marciac', 'Toulouse']);
	});

	it('replaces planes across a border with international rail, and leaves road when asked for planes only', () => {
		const r = apply('train', dance, { maxKm: 800, replace: 'plane' });
		expect(valid(r.doc)).toBe(true);
		expect(date(r.doc, 'berlin').travel).toEqual([
			{
				id: 'rail-team',
				mode: 'rail.international',
				people: 9,
				quality: 'estimated'
			}
		]);
		expect(date(r.doc, 'lisbon').travel?.[0].mode).toBe('plane');
		expect(kg(r.doc)).toBeLessThan(kg(dance));
		expect(apply('train', circus, { replace: 'plane' }).changes).toEqual([]);
	});

	it('refuses a minimum above the maximum', () => {
		const p = parseParams('train', { maxKm: '100', minKm: '200' });
		expect(p.ok).toBe(false);
	});
});

describe('fewer vehicles, fuller ones', () => {
	it('one van for the six people who rode in two', () => {
		const r = apply('fewer-vehicles', circus, {});
		expect(valid(r.doc)).toBe(true);
		expect(r.doc.travel[0]).toMatchObject({ mode: 'van.passenger', vehicles: 1, occupants: 6 });
		expect(kg(r.doc, 'travel')).toBeCloseTo(kg(circus, 'travel') / 2, 6);
	});
	it('never fewer vehicles than the seats need', () => {
		const r = apply('fewer-vehicles', circus, { seats: 3 });
		expect(r.changes).toEqual([]);
		expect(r.doc.travel[0].vehicles).toBe(2);
	});
	it('freight vehicles only when asked, never below one', () => {
		const r = apply('fewer-vehicles', circus, { freight: 'on' });
		expect(r.doc.freight.map((f) => (f.kind === 'vehicle' ? f.vehicles : null))).toEqual([1, 1]);
	});
});

describe('a lighter or locally sourced set', () => {
	it('drops the freight legs of a date whose stands are hired locally, and downsizes the truck', () => {
		const r = apply('lighter-set', circus, { localDates: ['toulouse'], downsizeTo: 'rigid_7_5t' });
		expect(valid(r.doc)).toBe(true);
		expect(r.doc.freight.map((f) => f.id)).toEqual(['truck']);
		expect(r.doc.freight[0]).toMatchObject({ class: 'rigid_7_5t' });
		expect(kg(r.doc, 'freight')).toBeLessThan(kg(circus, 'freight'));
	});
	it('leaves a truck that follows the tour at home for a local date: its other legs stay', () => {
		const r = apply('lighter-set', circus, { localDates: ['toulouse'], freightIds: ['truck'] });
		expect(valid(r.doc)).toBe(true);
		const truck = r.doc.freight.find((f) => f.id === 'truck');
		expect(truck).toMatchObject({ followTour: false });
		const legs = truck && truck.kind === 'vehicle' ? truck.legs : [];
		expect(legs.length).toBeGreaterThan(0);
		expect(legs.some((l) => l.date === 'toulouse')).toBe(false);
		expect(kg(r.doc, 'freight')).toBeLessThan(kg(circus, 'freight'));
	});
	it('removes part of the mass of shared freight (tonne·km: emissions follow the mass)', () => {
		const r = apply('lighter-set', dance, { massReductionPct: 25 });
		expect(r.doc.freight[0]).toMatchObject({ kind: 'shared', tonnes: 0.6 });
		expect(kg(r.doc, 'freight')).toBeCloseTo(kg(dance, 'freight') * 0.75, 6);
	});
	it('never makes a truck bigger, and refuses an unknown freight id', () => {
		expect(apply('lighter-set', circus, { downsizeTo: 'artic' }).changes).toEqual([]);
		expect(() => apply('lighter-set', circus, { freightIds: ['nope'] })).toThrow(/freightInvalid/);
	});
});

describe('freight shared with another company', () => {
	it('writing a following vehicle as explicit legs changes nothing the engine computes', () => {
		const truck = circus.freight[0];
		if (truck.kind !== 'vehicle') throw new Error('expected a vehicle');
		const doc = structuredClone(circus);
		doc.freight[0] = { ...truck, followTour: false, legs: explicitLegs(truck, ctxOf(circus)) };
		expect(valid(doc)).toBe(true);
		expect(kg(doc, 'freight')).toBeCloseTo(kg(circus, 'freight'), 9);
	});

	it('moves the legs of dates Albi–Millau into a partner truck in tonne·km', () => {
		const r = apply('shared-freight', circus, {
			freightId: 'truck',
			fromDate: 'albi',
			toDate: 'millau',
			tonnes: 4,
			partner: 'Cie X'
		});
		expect(valid(r.doc)).toBe(true);
		const dedicated = r.doc.freight.find((f) => f.id === 'truck')!;
		const shared = r.doc.freight.find((f) => f.id === 'truck-shared')!;
		expect(dedicated).toMatchObject({ kind: 'vehicle', followTour: false });
		expect(shared).toMatchObject({ kind: 'shared', mode: 'road', tonnes: 4, followTour: false });
		// the circus goes home between dates: to and from Albi, Figeac and Millau
		expect(shared.legs.map((l) => l.date)).toEqual(['albi', 'albi', 'figeac', 'figeac', 'millau', 'millau']);
		expect(dedicated.legs).toHaveLength(16 - 6);
		expect(r.changes[0].params).toMatchObject({ legs: 6, partner: 'Cie X' });
		expect(kg(r.doc, 'freight')).toBeLessThan(kg(circus, 'freight'));
	});

	it('takes the leg leaving the last date of the run when the tour goes on without going home', () => {
		const doc = structuredClone(circus);
		doc.route.returnHomeGapDays = null;
		const r = apply('shared-freight', doc, {
			freightId: 'truck',
			fromDate: 'albi',
			toDate: 'figeac',
			tonnes: 4
		});
		const shared = r.doc.freight.find((f) => f.id === 'truck-shared')!;
		// toulouse → albi (under albi), albi → figeac (under figeac), figeac → millau (under millau)
		expect(shared.legs.map((l) => l.date)).toEqual(['albi', 'figeac', 'millau']);
	});

	it('refuses what does not fit the tour', () => {
		expect(() =>
			apply('shared-freight', circus, { freightId: 'nope', fromDate: 'albi', toDate: 'millau', tonnes: 4 })
		).toThrow(/freightInvalid/);
		expect(() =>
			apply('shared-freight', circus, { freightId: 'truck', fromDate: 'millau', toDate: 'albi', tonnes: 4 })
		).toThrow(/rangeInvalid/);
		expect(() =>
			apply('shared-freight', dance, { freightId: 'set', fromDate: 'berlin', toDate: 'vienna', tonnes: 1 })
		).toThrow(/freightInvalid/);
		expect(
			parseParams('shared-freight', { freightId: 'truck', fromDate: 'albi', toDate: 'millau', tonnes: '0' })
				.ok
		).toBe(false);
	});
});

describe('co-routing', () => {
	it('no more returns home between dates, and the nights between them counted', () => {
		const before = result(circus).byLeg.filter((l) => l.kind === 'home-return').length;
		expect(before).toBe(7);
		const r = apply('co-routing', circus, {});
		expect(valid(r.doc)).toBe(true);
		expect(r.doc.route.returnHomeGapDays).toBeNull();
		expect(result(r.doc).byLeg.filter((l) => l.kind === 'home-return')).toHaveLength(0);
		// Marciac (12 Sept) → Lectoure (19 Sept): 7 days apart, 6 nights between, 5 rooms
		expect(r.doc.accommodation.extra[0]).toEqual({
			id: 'co-routing-marciac',
			country: 'FR',
			roomNights: 30,
			quality: 'estimated'
		});
		// 8 people × 2 meals × 6 days
		expect(r.doc.meals.extra[0]).toMatchObject({ id: 'co-routing-marciac', type: 'average', count: 96 });
		expect(kg(r.doc, 'travel')).toBeLessThan(kg(circus, 'travel'));
		expect(kg(r.doc, 'accommodation')).toBeGreaterThan(kg(circus, 'accommodation'));
	});
	it('keeps returns across gaps at least as long as the new rule, and does nothing without nights when asked', () => {
		const r = apply('co-routing', circus, { returnHomeGapDays: 8, addGapNights: 'false' });
		expect(r.doc.accommodation.extra).toEqual([]);
		// only Figeac (11 Oct) → Millau (24 Oct) is 13 days apart: still a return home
		expect(result(r.doc).byLeg.filter((l) => l.kind === 'home-return')).toHaveLength(1);
		expect(apply('co-routing', dance, {}).changes).toEqual([]);
	});
});

describe('longer runs', () => {
	it('gathers consecutive one-off dates at nearby venues into one run', () => {
		const r = apply('longer-runs', circus, { maxKm: 80 });
		expect(valid(r.doc)).toBe(true);
		expect(r.doc.dates).toHaveLength(7);
		expect(date(r.doc, 'marciac')).toMatchObject({
			performances: 2,
			attendance: 630,
			start: '2026-09-12',
			end: '2026-09-13'
		});
		expect(r.doc.dates.some((d) => d.id === 'lectoure')).toBe(false);
		expect(result(r.doc).indicators.performances).toBe(result(circus).indicators.performances);
		expect(kg(r.doc, 'travel')).toBeLessThan(kg(circus, 'travel'));
	});
	it('leaves distant venues and runs of several performances apart', () => {
		expect(apply('longer-runs', circus, { maxKm: 10 }).changes).toEqual([]);
		// Toulouse (4 performances) is not a one-off date
		const r = apply('longer-runs', circus, { maxKm: 200 });
		expect(r.changes.every((c) => c.params.into !== 'Toulouse, prairie des Filtres')).toBe(true);
	});
	it('repoints freight legs of a gathered date at the run', () => {
		const doc = structuredClone(circus);
		doc.freight[1].legs[0].date = 'lectoure';
		const r = apply('longer-runs', doc, { maxKm: 80 });
		expect(r.doc.freight[1].legs[0].date).toBe('marciac');
		expect(valid(r.doc)).toBe(true);
	});
});

describe('tour order (applying a suggestion)', () => {
	it('moves dates to new days, keeps their lengths and lists them in the new order', () => {
		const order = ['marciac', 'lectoure', 'albi', 'toulouse', 'figeac', 'millau', 'montpellier', 'perpignan'];
		const starts = Object.fromEntries(circus.dates.map((d) => [d.id!, d.start]));
		starts.albi = '2026-09-22';
		starts.toulouse = '2026-09-25';
		const r = apply('tour-order', circus, { order, starts });
		expect(r.doc.dates.map((d) => d.id)).toEqual(order);
		expect(date(r.doc, 'albi').start).toBe('2026-09-22');
		expect(date(r.doc, 'toulouse')).toMatchObject({ start: '2026-09-25', end: '2026-09-27' });
		expect(r.changes[0].key).toBe('experiments.changes.order');
	});
	it('refuses an order that is not a permutation of the dates', () => {
		const starts = Object.fromEntries(circus.dates.map((d) => [d.id!, d.start]));
		expect(() => apply('tour-order', circus, { order: ['marciac'], starts })).toThrow(/orderInvalid/);
	});
});

describe('audience carpooling or shuttles', () => {
	it('carpool: fuller cars at rural venues, o′ = s ÷ ((s − P)/o + P/c)', () => {
		const ctx = ctxOf(circus);
		const cars = ctx.audience.filter((b) => b.dateId === 'marciac' && b.mode === 'car');
		const s = cars.reduce((x, b) => x + b.share, 0);
		const o = cars[0].occupancy!;
		const r = apply('audience-carpool', circus, { points: 15, carpoolOccupancy: 3 });
		expect(valid(r.doc)).toBe(true);
		const expected = Math.round((s / ((s - 0.15) / o + 0.15 / 3)) * 1000) / 1000;
		expect(date(r.doc, 'marciac').audience?.carOccupancy).toBe(expected);
		// urban dates and the surveyed date (no archetype) are not rural
		expect(date(r.doc, 'toulouse').audience?.carOccupancy).toBeUndefined();
		expect(r.changes.map((c) => c.params.venue)).toHaveLength(4);
		const before = result(circus);
		const after = result(r.doc);
		expect(after.totals.audience.kg).toBeLessThan(before.totals.audience.kg);
		expect(after.totals.company.kg).toBeCloseTo(before.totals.company.kg, 9);
	});
	it('shuttle: car spectators move to a coach over the same mean round trip, shares summing as before', () => {
		const r = apply('audience-carpool', circus, { mode: 'shuttle', points: 10, dates: ['albi'] });
		expect(valid(r.doc)).toBe(true);
		const dist = date(r.doc, 'albi').audience!.distribution!;
		const sum = (l: { share: number }[]) => l.reduce((x, b) => x + b.share, 0);
		expect(sum(dist)).toBeCloseTo(sum(date(circus, 'albi').audience!.distribution!), 6);
		const coach = dist.find((b) => b.mode === 'coach')!;
		expect(coach.share).toBeCloseTo(0.1, 9);
		// car bins 0.45 × 24 km and 0.25 × 90 km: mean (0.45·24 + 0.25·90) / 0.7
		expect(coach.roundTripKm).toBeCloseTo((0.45 * 24 + 0.25 * 90) / 0.7, 1);
		expect(result(r.doc).totals.audience.kg).toBeLessThan(result(circus).totals.audience.kg);
	});
	it('refuses a date the tour does not have', () => {
		expect(() => apply('audience-carpool', circus, { dates: ['nowhere'] })).toThrow(/dateInvalid/);
	});
});

describe('vegetarian catering', () => {
	it('reaches the share at every date, same number of meals, meat first', () => {
		const r = apply('vegetarian', circus, { share: 60 });
		expect(valid(r.doc)).toBe(true);
		const before = result(circus);
		const after = result(r.doc);
		const meals = (x: typeof before) =>
			x.lines.filter((l) => l.category === 'meal').reduce((s, l) => s + (l.quantities.meals ?? 0), 0);
		expect(meals(after)).toBe(meals(before));
		for (const d of r.doc.dates) {
			const total = d.meals!.reduce((s, m) => s + m.count, 0);
			const green = d
				.meals!.filter((m) => m.type === 'vegetarian' || m.type === 'vegan')
				.reduce((s, m) => s + m.count, 0);
			expect(green / total).toBeGreaterThanOrEqual(0.6 - 0.5 / total);
		}
		// Toulouse already had 30 vegetarian meals of 48: 62.5 % ≥ 60 %, unchanged
		expect(date(r.doc, 'toulouse').meals).toEqual(date(circus, 'toulouse').meals);
		expect(kg(r.doc, 'meal')).toBeLessThan(kg(circus, 'meal'));
	});
});

describe('local technicians', () => {
	it('fewer people in the vans, fewer rooms, meals still counted for the whole team', () => {
		const r = apply('local-technicians', circus, { people: 2 });
		expect(valid(r.doc)).toBe(true);
		expect(r.doc.travel[0].occupants).toBe(4);
		expect(r.doc.accommodation.roomsPerNight).toBe(4);
		expect(kg(r.doc, 'meal')).toBeCloseTo(kg(circus, 'meal'), 9);
		expect(kg(r.doc, 'accommodation')).toBeLessThan(kg(circus, 'accommodation'));
		// passengers (not vehicles) show the saving in travel
		const p = apply('local-technicians', dance, { people: 2 });
		expect(p.doc.travel[0].people).toBe(7);
		expect(kg(p.doc, 'travel')).toBeLessThan(kg(dance, 'travel'));
	});
	it('pins the team before emptying the plan when the team list is empty', () => {
		const doc = structuredClone(dance);
		doc.team = [];
		const r = apply('local-technicians', doc, { people: 1 });
		expect(r.doc.team).toEqual([{ role: 'team', count: 9 }]);
	});
});

describe('applySteps', () => {
	it('applies levers in order, each on the result of the one before', () => {
		const r = applySteps(
			circus,
			[
				{ lever: 'train', params: {} },
				{ lever: 'fewer-vehicles', params: {} }
			],
			ctxOf
		);
		expect(r.steps.map((s) => s.lever)).toEqual(['train', 'fewer-vehicles']);
		// the vans left for the train: the second lever only finds the tour's default plan
		expect(r.steps[1].changes).toHaveLength(1);
		expect(r.steps[0].params).toMatchObject({ maxKm: 700, rail: 'auto' });
		expect(valid(r.doc)).toBe(true);
	});
	it('names the field of a parameter that does not fit, and applies nothing', () => {
		try {
			applySteps(
				circus,
				[
					{ lever: 'train', params: {} },
					{ lever: 'train', params: { maxKm: '-3' } }
				],
				ctxOf
			);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(StepError);
			expect((e as StepError).index).toBe(1);
			expect((e as StepError).issues).toMatchObject({
				'train.maxKm': { key: 'experiments.errors.kmInvalid' }
			});
		}
		expect(() => applySteps(circus, [{ lever: 'teleport', params: {} }], ctxOf)).toThrow(StepError);
	});
	it('never touches the baseline', () => {
		const before = JSON.stringify(circus);
		applySteps(
			circus,
			[
				{ lever: 'longer-runs', params: { maxKm: 80 } },
				{ lever: 'co-routing', params: {} }
			],
			ctxOf
		);
		expect(JSON.stringify(circus)).toBe(before);
	});
});
