/**
 * Every result line has its own id: a second line with an id already given stops the computation
 * (engine.invalid_input naming the id), wherever it falls among the thousands of ids of a long tour.
 * The engine keeps the ids seen in one set per id length (context.ts); these tests hold it to the
 * rule, not to that layout.
 */
import { describe, expect, it } from 'vitest';
import { computeTour, EngineError, type TourInput } from '../../../src/lib/engine';
import { distinctBy, noColonIn } from '../../../src/lib/engine/context';
import { getFactorLibrary } from '../../../src/lib/server/factor-tables';
import { generateTour } from '../../bench/engine.bench';

function withExtraMeals(tour: TourInput, ids: string[]): TourInput {
	return {
		...tour,
		meals: { ...tour.meals, extra: ids.map((id) => ({ id, type: 'vegetarian' as const, count: 3 })) }
	};
}

function errorOf(f: () => unknown): EngineError | null {
	try {
		f();
		return null;
	} catch (e) {
		if (e instanceof EngineError) return e;
		throw e;
	}
}

describe('result line ids', () => {
	const set = getFactorLibrary().resolve();
	const tour = generateTour();
	const result = computeTour(tour, set);

	it('are all different on the benchmark tour (thousands of lines, many of one length)', () => {
		const ids = result.lines.map((l) => l.id);
		expect(ids.length).toBeGreaterThan(6000);
		expect(new Set(ids).size).toBe(ids.length);
		const byLength = new Map<number, number>();
		for (const id of ids) byLength.set(id.length, (byLength.get(id.length) ?? 0) + 1);
		expect(Math.max(...byLength.values())).toBeGreaterThan(500);
	});

	it('a repeated id is refused, with the id, even among the long tour’s lines', () => {
		const e = errorOf(() => computeTour(withExtraMeals(tour, ['dup', 'other', 'dup']), set));
		expect(e?.code).toBe('engine.invalid_input');
		expect(e?.message).toBe('Two result lines share the id "meal:extra:dup"');
		expect(e?.params).toEqual({ id: 'meal:extra:dup' });
	});

	it('ids of one length that differ are accepted, ids of different lengths too', () => {
		const r = computeTour(withExtraMeals(tour, ['ab', 'ba', 'abc', 'a']), set);
		const extra = r.lines.filter((l) => l.id.startsWith('meal:extra:')).map((l) => l.id);
		expect(extra).toEqual(['meal:extra:ab', 'meal:extra:ba', 'meal:extra:abc', 'meal:extra:a']);
	});

	// team travel and audience lines skip the set of ids when their ids are known to be unique
	// (travel.ts, audience.ts): the cases where they are not must still be refused

	it('two travel groups of one id on one leg are refused', () => {
		const leg = tour.legs[0];
		const t = {
			...tour,
			legs: [
				{
					...leg,
					groups: [
						{ id: 'twice', mode: 'rail.ter' as const, people: 1 },
						{ id: 'twice', mode: 'rail.tgv' as const, people: 1 }
					]
				},
				...tour.legs.slice(1)
			]
		};
		const e = errorOf(() => computeTour(t, set));
		expect(e?.message).toBe(`Two result lines share the id "travel:leg:${leg.id}:twice"`);
	});

	it('travel ids that meet across legs through a ":" in a group id are refused', () => {
		const [a, b] = tour.legs;
		// legs "x" and "x:y", groups "y:z" and "z": both lines are `travel:leg:x:y:z`
		const t = {
			...tour,
			legs: [
				{ ...a, id: 'x', groups: [{ id: 'y:z', mode: 'rail.ter' as const, people: 1 }] },
				{ ...b, id: 'x:y', groups: [{ id: 'z', mode: 'rail.ter' as const, people: 1 }] },
				...tour.legs.slice(2)
			]
		};
		const e = errorOf(() => computeTour(t, set));
		expect(e?.message).toBe('Two result lines share the id "travel:leg:x:y:z"');
		// the same legs without the meeting ids compute
		const ok = {
			...t,
			legs: [
				{ ...t.legs[0], groups: [{ id: 'y', mode: 'rail.ter' as const, people: 1 }] },
				...t.legs.slice(1)
			]
		};
		expect(computeTour(ok, set).lines.filter((l) => l.id.startsWith('travel:leg:x:'))).toHaveLength(2);
	});

	it('audience ids that meet across dates through a ":" in a date id are refused', () => {
		// an archetype date "a" has the bin `same-commune:car`; date "a:same-commune" has the bin `car`
		const [d1, d2] = tour.dates;
		const archetype = tour.dates.find((d) => d.audience?.archetype && !d.audience.modalShares)!.audience;
		const t = {
			...tour,
			dates: [
				{ ...d1, id: 'a', audience: archetype },
				{
					...d2,
					id: 'a:same-commune',
					audience: { modalShares: { car: 1 }, roundTripKm: { car: 10 }, carOccupancy: 2 }
				},
				...tour.dates.slice(2)
			],
			legs: tour.legs.filter((l) => l.dateId !== d1.id && l.dateId !== d2.id)
		};
		const lines = computeTour({ ...t, dates: [t.dates[0], ...t.dates.slice(2)] }, set).lines;
		expect(lines.some((l) => l.id === 'audience:a:same-commune:car')).toBe(true);
		const e = errorOf(() => computeTour(t, set));
		expect(e?.message).toBe('Two result lines share the id "audience:a:same-commune:car"');
	});
});

describe('distinctBy, noColonIn', () => {
	const id = (x: string) => x;
	it('tell whether keys differ, pairwise or through a set', () => {
		expect(distinctBy([], id)).toBe(true);
		expect(distinctBy(['a', 'b', 'c'], id)).toBe(true);
		expect(distinctBy(['a', 'b', 'a'], id)).toBe(false);
		const many = Array.from({ length: 40 }, (_, i) => 'k' + i);
		expect(distinctBy(many, id)).toBe(true);
		expect(distinctBy([...many, 'k7'], id)).toBe(false);
	});
	it('tell whether a key has a colon', () => {
		expect(noColonIn(['a', 'b.c'], id)).toBe(true);
		expect(noColonIn(['a', 'b:c'], id)).toBe(false);
	});
});
