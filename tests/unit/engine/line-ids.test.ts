/**
 * Every result line has its own id: a second line with an id already given stops the computation
 * (engine.invalid_input naming the id), wherever it falls among the thousands of ids of a long tour.
 * The engine keeps the ids seen in one set per id length (context.ts); these tests hold it to the
 * rule, not to that layout.
 */
import { describe, expect, it } from 'vitest';
import { computeTour, EngineError, type TourInput } from '../../../src/lib/engine';
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
});
