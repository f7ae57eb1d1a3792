/**
 * The disclosure rules one by one (frequency, dominance, secondary suppression, quartiles), then
 * property-based checks (fast-check, seeded) that a published table never lets a hidden cell be
 * recomputed from the total and the cells shown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	primaryCheck,
	protectCount,
	protectQuartiles,
	protectRatio,
	protectSum,
	protectTable,
	RULES
} from '../../../src/lib/disclosure';

const parts = (o: Record<string, number>) => new Map(Object.entries(o));

describe('primary rules', () => {
	it('hides a figure from fewer than 3 contributors', () => {
		expect(protectSum(parts({ a: 10, b: 20 }))).toEqual({ shown: false, reason: 'frequency' });
		expect(protectSum(parts({ a: 10, b: 20, c: 30 }))).toEqual({ shown: true, value: 60, contributors: 3 });
	});
	it('hides a figure where one contributor makes more than 85 %', () => {
		expect(primaryCheck(parts({ a: 86, b: 7, c: 7 }))).toBe('dominance');
		// exactly 85 % is allowed: the rule is "more than"
		expect(primaryCheck(parts({ a: 85, b: 10, c: 5 }))).toBeNull();
	});
	it('a ratio needs both its sums publishable', () => {
		expect(protectRatio(parts({ a: 1, b: 1, c: 1 }), parts({ a: 1, b: 1 }))).toEqual({
			shown: false,
			reason: 'frequency'
		});
		expect(protectRatio(parts({ a: 2, b: 2, c: 2 }), parts({ a: 1, b: 1, c: 1 }))).toMatchObject({
			shown: true,
			value: 2
		});
	});
	it('counts of members: 1 and 2 are secret, 0 is not', () => {
		expect(protectCount(0).shown).toBe(true);
		expect(protectCount(2).shown).toBe(false);
		expect(protectCount(3)).toMatchObject({ shown: true, value: 3 });
	});
});

describe('quartiles', () => {
	it('only from 5 contributors, never min or max', () => {
		expect(protectQuartiles(parts({ a: 1, b: 2, c: 3, d: 4 }))).toEqual({
			shown: false,
			reason: 'frequency'
		});
		const q = protectQuartiles(parts({ a: 1, b: 2, c: 3, d: 4, e: 5 }));
		expect(q).toEqual({ shown: true, q1: 2, median: 3, q3: 4, contributors: 5 });
		expect(Object.keys(q)).not.toContain('min');
		expect(Object.keys(q)).not.toContain('max');
	});
});

describe('secondary suppression', () => {
	it('hides a second cell when one hidden cell could be recomputed from the total', () => {
		const t = protectTable([
			{ key: 'travel', parts: parts({ a: 100, b: 100, c: 100 }) },
			{ key: 'freight', parts: parts({ a: 50 }) },
			{ key: 'meal', parts: parts({ a: 10, b: 10, c: 10 }) }
		]);
		expect(t.total.shown).toBe(true);
		const byKey = Object.fromEntries(t.cells.map((c) => [c.key, c.cell]));
		expect(byKey.freight).toEqual({ shown: false, reason: 'frequency' });
		// the smallest shown cell goes too: travel + … − meal would otherwise give freight
		expect(byKey.meal).toEqual({ shown: false, reason: 'secondary' });
		expect(byKey.travel.shown).toBe(true);
	});
	it('the mask is stable: same data, same hidden cells', () => {
		const cells = [
			{ key: 'x', parts: parts({ a: 5 }) },
			{ key: 'y', parts: parts({ a: 5, b: 5, c: 5 }) },
			{ key: 'z', parts: parts({ a: 5, b: 5, c: 5 }) }
		];
		expect(protectTable(cells)).toEqual(protectTable(cells));
	});

	const member = fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5', 'm6');
	const cell = fc.dictionary(member, fc.integer({ min: 0, max: 1000 }), { maxKeys: 6 });
	it('property: the hidden part of a table always passes the primary rules', () => {
		fc.assert(
			fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (raw) => {
				const cells = raw.map((o, i) => ({ key: `c${i}`, parts: parts(o) }));
				const t = protectTable(cells);
				if (!t.total.shown) {
					for (const c of t.cells)
						if (cells.find((x) => x.key === c.key)!.parts.size > 0) expect(c.cell.shown).toBe(false);
					return;
				}
				const hidden = new Map<string, number>();
				for (const c of t.cells) {
					const src = cells.find((x) => x.key === c.key)!;
					if (c.cell.shown) {
						if (src.parts.size > 0) expect(primaryCheck(src.parts)).toBeNull();
					} else for (const [k, v] of src.parts) hidden.set(k, (hidden.get(k) ?? 0) + v);
				}
				if (hidden.size > 0) expect(primaryCheck(hidden)).toBeNull();
			}),
			{ seed: 20261202, numRuns: 500 }
		);
	});
	it('uses the published thresholds', () => {
		expect(RULES).toMatchObject({ minContributors: 3, dominanceShare: 0.85, minForQuantiles: 5 });
	});
});
