/**
 * What computeTour sums over its lines (by category, by mode, by date, the travel indicators, the
 * lines outside the boundary, the tables used) is kept by Context.push as each line is made. These
 * tests recompute each sum from the finished lines, plainly, in line order, and want the very same
 * numbers (Object.is: the same additions in the same order give the same bits).
 */
import { describe, expect, it } from 'vitest';
import { computeTour, type Breakdown, type ResultLine } from '../../../src/lib/engine';
import { Breakdowns, indicators, indicatorsOf, sumBy } from '../../../src/lib/engine/indicators';
import { getFactorLibrary } from '../../../src/lib/server/factor-tables';
import { generateTour } from '../../bench/engine.bench';

/** sumBy written the plain way: one entry per scope and key, first seen first, then sorted. */
function plainSumBy(lines: ResultLine[], key: (l: ResultLine) => string | null): Breakdown[] {
	const out: Breakdown[] = [];
	for (const l of lines) {
		const k = key(l);
		if (k === null) continue;
		const b = out.find((x) => x.key === k && x.scope === l.scope);
		if (b) b.kgCO2e += l.kgCO2e;
		else out.push({ key: k, scope: l.scope, kgCO2e: l.kgCO2e });
	}
	const byKg = (a: Breakdown, b: Breakdown) => b.kgCO2e - a.kgCO2e;
	return [
		...out.filter((b) => b.scope === 'company').sort(byKg),
		...out.filter((b) => b.scope !== 'company').sort(byKg)
	];
}

describe('sums kept while the lines are made', () => {
	const set = getFactorLibrary().resolve();
	const r = computeTour(generateTour(), set);
	const lines = r.lines;

	it('by category and by mode: the sums of the lines, in the same order', () => {
		expect(r.byCategory).toEqual(plainSumBy(lines, (l) => l.category));
		expect(r.byMode).toEqual(
			plainSumBy(lines, (l) =>
				l.category === 'travel' || l.category === 'freight' || l.category === 'audience' ? l.mode : null
			)
		);
		expect(r.byMode.length).toBeGreaterThan(5);
	});

	it('by date: company and audience sums of the lines of each date', () => {
		for (const d of r.byDate) {
			let company = 0;
			let audience = 0;
			let n = 0;
			for (const l of lines) {
				if (l.dateId !== d.id) continue;
				n++;
				if (l.scope === 'company') company += l.kgCO2e;
				else audience += l.kgCO2e;
			}
			expect(n).toBeGreaterThan(0);
			expect(Object.is(d.company, company), `${d.id} company`).toBe(true);
			expect(Object.is(d.audience, audience), `${d.id} audience`).toBe(true);
		}
	});

	it('indicators, lines outside the boundary, tables used: as computed from the lines', () => {
		const dates = r.byDate.map((d) => ({
			performances: d.performances,
			oneOff: d.oneOff,
			spectators: d.attendance ?? 0
		}));
		const fromLines = indicators(lines, dates, r.totals.company.kg, r.totals.audience.kg);
		expect(r.indicators.personKm).toBe(fromLines.personKm);
		expect(r.indicators.perPersonKm).toBe(fromLines.perPersonKm);
		expect(r.indicators.personKm).toBeGreaterThan(0);
		expect(r.boundary.notSeparableLines).toBe(lines.filter((l) => l.factor.notSeparable.length > 0).length);
		expect(r.tables.map((t) => t.ref)).toEqual([...new Set(lines.map((l) => l.factor.table))].sort());
	});

	it('the same under a boundary that leaves components unseparated', () => {
		const cut = computeTour(generateTour(), set, {
			boundary: { construction: false, nonCO2: false, wtt: false }
		});
		expect(cut.boundary.notSeparableLines).toBeGreaterThan(0);
		expect(cut.boundary.notSeparableLines).toBe(
			cut.lines.filter((l) => l.factor.notSeparable.length > 0).length
		);
	});
});

describe('Breakdowns', () => {
	it('keeps company and audience apart, each sorted by kgCO2e, company first', () => {
		const b = new Breakdowns();
		b.add('car', 'audience', 5);
		b.add('car', 'company', 1);
		b.add('rail', 'company', 2);
		b.add('car', 'company', 3);
		b.add('bus', 'audience', 7);
		b.add('car', 'audience', 1);
		expect(b.list()).toEqual([
			{ key: 'car', scope: 'company', kgCO2e: 4 },
			{ key: 'rail', scope: 'company', kgCO2e: 2 },
			{ key: 'bus', scope: 'audience', kgCO2e: 7 },
			{ key: 'car', scope: 'audience', kgCO2e: 6 }
		]);
	});

	it('sumBy and indicatorsOf agree with it', () => {
		const line = (key: string, scope: 'company' | 'audience', kg: number) =>
			({ category: key, scope, kgCO2e: kg, personKm: 10 }) as unknown as ResultLine;
		const ls = [line('travel', 'company', 0.1), line('travel', 'company', 0.2), line('meal', 'company', 1)];
		expect(sumBy(ls, (l) => l.category)).toEqual([
			{ key: 'meal', scope: 'company', kgCO2e: 1 },
			{ key: 'travel', scope: 'company', kgCO2e: 0.1 + 0.2 }
		]);
		const dates = [{ performances: 2, oneOff: false, spectators: 100 }];
		expect(indicators(ls, dates, 1.3, 0)).toEqual(
			indicatorsOf({ personKm: 20, travelKg: 0.1 + 0.2 }, dates, 1.3, 0)
		);
		expect(indicators(ls, dates, 1.3, 0).perPersonKm).toBe((0.1 + 0.2) / 20);
	});
});
