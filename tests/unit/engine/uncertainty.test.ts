/**
 * Uncertainty: the analytic log-normal combination (default) against a seeded Monte Carlo of the
 * same model; per-line ranges; correlation of lines sharing a factor; determinism.
 */
import { describe, expect, it } from 'vitest';
import {
	analyticRange,
	computeTour,
	DEFAULT_PARAMETERS,
	monteCarloRanges,
	mulberry32
} from '../../../src/lib/engine';
import { emptyTour, MIXED_SET } from './helpers';
import { AUCH, BERLIN, BRUSSELS, MONTPELLIER, TOULOUSE } from './places';

const Z = 1.959963984540054;
const sigma = (pct: number) => Math.log(1 + pct / 100) / Z;

describe('per-line range', () => {
	it('a line is log-normal around its point estimate: factor and input spreads combine in quadrature (ln space)', () => {
		const tour = emptyTour(AUCH, {
			route: { derive: false, returnHomeGapDays: null },
			legs: [
				{
					id: 'l',
					from: AUCH,
					to: TOULOUSE,
					groups: [{ id: 't', mode: 'rail.ter', people: 2, quality: 'measured' }],
					distanceKm: 80,
					quality: 'measured'
				}
			]
		});
		const [line] = computeTour(tour, MIXED_SET).lines;
		// rail.ter has no published uncertainty: category default '*' 20 %; input measured 5 %
		expect(DEFAULT_PARAMETERS.uncertainty.quality.measured.pct).toBe(5);
		expect(line.factor.uncertaintyPct).toBe(20);
		const s = Math.sqrt(sigma(20) ** 2 + sigma(5) ** 2);
		expect(line.range.low).toBeCloseTo(line.kgCO2e * Math.exp(-Z * s), 12);
		expect(line.range.high).toBeCloseTo(line.kgCO2e * Math.exp(Z * s), 12);
	});
});

describe('totals', () => {
	const items = [
		{ kg: 100, factorGroup: 'a', factorSigma: sigma(20), inputGroup: 'x', inputSigma: sigma(5) },
		{ kg: 300, factorGroup: 'a', factorSigma: sigma(20), inputGroup: 'y', inputSigma: sigma(50) },
		{ kg: 50, factorGroup: 'b', factorSigma: sigma(50), inputGroup: 'y', inputSigma: sigma(50) },
		{ kg: 20, factorGroup: 'c', factorSigma: sigma(70), inputGroup: 'z', inputSigma: sigma(20) }
	];
	it('analytic and Monte Carlo agree within a few percent on the 95 % bounds', () => {
		const a = analyticRange(items);
		const [m] = monteCarloRanges(items, [items.map(() => true)], 40_000, 7);
		expect(a.kg).toBe(470);
		expect(m.kg).toBe(470);
		expect(Math.abs(a.low - m.low) / m.low).toBeLessThan(0.03);
		expect(Math.abs(a.high - m.high) / m.high).toBeLessThan(0.03);
		expect(a.low).toBeLessThan(470);
		expect(a.high).toBeGreaterThan(470);
	});
	it('one line alone: the analytic range is exactly the line’s log-normal', () => {
		const one = [items[0]];
		const s = Math.sqrt(items[0].factorSigma ** 2 + items[0].inputSigma ** 2);
		const r = analyticRange(one);
		expect(r.low).toBeCloseTo(100 * Math.exp(-Z * s), 9);
		expect(r.high).toBeCloseTo(100 * Math.exp(Z * s), 9);
	});
	it('lines sharing one factor are correlated: wider than independent factors', () => {
		const shared = [0, 1, 2, 3].map((i) => ({
			kg: 100,
			factorGroup: 'same',
			factorSigma: sigma(30),
			inputGroup: `in${i}`,
			inputSigma: 0
		}));
		const indep = shared.map((x, i) => ({ ...x, factorGroup: `f${i}` }));
		const w = (r: { low: number; high: number }) => r.high - r.low;
		expect(w(analyticRange(shared))).toBeGreaterThan(1.5 * w(analyticRange(indep)));
		// fully correlated lines: the total's relative range equals a single line's
		const single = analyticRange([shared[0]]);
		expect(analyticRange(shared).high / 400).toBeCloseTo(single.high / 100, 9);
	});
	it('Monte Carlo is deterministic for a seed, and the engine exposes it as an option', () => {
		const a = monteCarloRanges(items, [items.map(() => true)], 1000, 42);
		const b = monteCarloRanges(items, [items.map(() => true)], 1000, 42);
		expect(a).toEqual(b);
		expect(monteCarloRanges(items, [items.map(() => true)], 1000, 43)).not.toEqual(a);
		const tour = emptyTour(MONTPELLIER, {
			route: { derive: false, returnHomeGapDays: null },
			legs: [
				{ id: 'a', from: MONTPELLIER, to: BRUSSELS, groups: [{ id: 't', mode: 'rail.tgv', people: 9 }] },
				{ id: 'b', from: BRUSSELS, to: BERLIN, groups: [{ id: 'p', mode: 'plane', people: 9 }] }
			]
		});
		const r1 = computeTour(tour, MIXED_SET, { uncertainty: { method: 'monte-carlo', runs: 2000, seed: 1 } });
		const r2 = computeTour(tour, MIXED_SET, { uncertainty: { method: 'monte-carlo', runs: 2000, seed: 1 } });
		expect(r1.totals).toEqual(r2.totals);
		expect(r1.uncertainty).toMatchObject({ method: 'monte-carlo', runs: 2000, seed: 1 });
		const an = computeTour(tour, MIXED_SET).totals.company;
		expect(Math.abs(r1.totals.company.high - an.high) / an.high).toBeLessThan(0.06);
	});
	it('mulberry32 gives the same stream for the same seed, uniformly in [0, 1)', () => {
		const r = mulberry32(123);
		const xs = Array.from({ length: 10_000 }, () => r());
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.01);
		expect(mulberry32(123)()).toBe(xs[0]);
	});
});
