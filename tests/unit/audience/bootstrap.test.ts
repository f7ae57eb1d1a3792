import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../src/lib/audience/aggregate';
import { bootstrap, mulberry32, poisson } from '../../../src/lib/audience/bootstrap';
import type { ImportRecord } from '../../../src/lib/audience/types';

const rec = (
	mode: ImportRecord['mode'],
	km: number,
	party: number | null = null,
	weight = 1
): ImportRecord => ({
	line: 2,
	mode,
	roadKm: km,
	railKm: km * 0.92,
	declared: false,
	party,
	weight,
	approx: false
});

const factors = {
	car: { kgPerKm: 0.2 },
	bus: { kgPerKm: 0.1 },
	'rail.ter': { kgPerKm: 0.03 },
	walk: { kgPerKm: 0 }
};

/** A seeded "population" of answers to draw samples from. */
function population(n: number, seed: number): ImportRecord[] {
	const rand = mulberry32(seed);
	const out: ImportRecord[] = [];
	for (let i = 0; i < n; i++) {
		const u = rand();
		const km = Math.round(-Math.log(1 - rand()) * 25 * 10) / 10; // exponential, mean 25 km
		if (u < 0.6) out.push(rec('car', km, 1 + Math.floor(rand() * 4)));
		else if (u < 0.75) out.push(rec('bus', km));
		else if (u < 0.9) out.push(rec('rail.ter', km));
		else out.push(rec('walk', Math.min(km, 3)));
	}
	return out;
}

describe('Poisson draws', () => {
	it('have the right mean and variance, below and above the PTRS threshold', () => {
		const rand = mulberry32(7);
		for (const lambda of [1, 4, 9.5, 10, 12, 30, 200]) {
			const n = 20_000;
			let s = 0;
			let s2 = 0;
			for (let i = 0; i < n; i++) {
				const k = poisson(lambda, rand);
				s += k;
				s2 += k * k;
			}
			const mean = s / n;
			const variance = s2 / n - mean * mean;
			expect(Math.abs(mean - lambda) / Math.sqrt(lambda / n)).toBeLessThan(4);
			expect(variance / lambda).toBeGreaterThan(0.93);
			expect(variance / lambda).toBeLessThan(1.07);
		}
	});
});

describe('bootstrap interval', () => {
	const opts = { kind: 'survey' as const, attendance: 1000, factors, fallbackOccupancy: 1.4 };

	it('is deterministic for a seed, and moves with another seed', () => {
		const rows = population(400, 1);
		const a = bootstrap(rows, opts)!;
		const b = bootstrap(rows, opts)!;
		expect(b).toEqual(a);
		const c = bootstrap(rows, { ...opts, seed: 99 })!;
		expect(c.kg.point).toBe(a.kg.point);
		expect(c.kg.low).not.toBe(a.kg.low);
		expect(a.replicates).toBe(1000);
	});

	it('its point estimate is the engine formula: Σ share × round trip × factor (÷ occupancy for cars) × attendance', () => {
		const rows = population(300, 2);
		const agg = aggregate(rows, { kind: 'survey' });
		const occ = agg.occupancy!.value;
		let kg = 0;
		for (const c of agg.cells) {
			const f = factors[c.mode as keyof typeof factors].kgPerKm;
			kg += (c.share * c.roundTripKm * f * 1000) / (c.mode === 'car' ? occ : 1);
		}
		const b = bootstrap(rows, opts)!;
		expect(Math.abs(b.kg.point - kg) / kg).toBeLessThan(1e-3); // the bins' km are rounded to 0.1
		expect(b.meanOneWayKm.point).toBeCloseTo(agg.meanOneWayKm, 10);
		expect(b.modalShares.car!.point).toBeCloseTo(agg.modalShares.car!, 12);
	});

	it('narrows as the sample grows', () => {
		const width = (n: number) => {
			const b = bootstrap(population(n, 3), opts)!;
			return (b.kg.high - b.kg.low) / b.kg.point;
		};
		const small = width(100);
		const large = width(2500);
		expect(large).toBeLessThan(small / 3); // ∝ 1/√n: 5× narrower in theory
	});

	it('covers the true mean distance about 95 % of the time (coverage sanity)', () => {
		const pop = population(200_000, 4);
		const trueMean = pop.reduce((s, r) => s + (r.mode === 'rail.ter' ? r.railKm : r.roadKm), 0) / pop.length;
		const rand = mulberry32(5);
		let covered = 0;
		const trials = 120;
		for (let t = 0; t < trials; t++) {
			const sample = Array.from({ length: 150 }, () => pop[Math.floor(rand() * pop.length)]);
			const b = bootstrap(sample, { ...opts, replicates: 400, seed: 1000 + t })!;
			if (b.meanOneWayKm.low <= trueMean && trueMean <= b.meanOneWayKm.high) covered++;
		}
		// 95 % nominal; a percentile bootstrap of a skewed mean at n = 150 runs a little under
		expect(covered / trials).toBeGreaterThan(0.86);
		expect(covered / trials).toBeLessThanOrEqual(1);
	});

	it('returns nothing without rows, and handles a single row', () => {
		expect(bootstrap([], opts)).toBeNull();
		const one = bootstrap([rec('bus', 10)], opts)!;
		expect(one.kg.point).toBeCloseTo(1000 * 0.1 * 20, 10);
		expect(one.kg.low).toBeCloseTo(one.kg.point, 10);
	});
});
