/**
 * The tour-order heuristic against brute force on small tours (≤ 8 venues, every order tried with
 * the same cost function), its quality on 40 venues, its handling of windows (feasible whenever some
 * order is, days late otherwise), and the suggestion on the circus example.
 */
import { describe, expect, it } from 'vitest';
import {
	bruteForceOrder,
	distanceMatrix,
	evaluate,
	suggestOrder,
	suggestTourOrder,
	type OrderProblem,
	type OrderStop
} from '../../../src/lib/experiments';
import { ctxOf, example } from './helpers';
import { randomProblem } from '../../fixtures/order-problems';

describe('tour order heuristic vs brute force', () => {
	const cases: { seed: number; n: number; gapRule: number | null }[] = [];
	for (let seed = 1; seed <= 40; seed++)
		cases.push({ seed, n: 3 + (seed % 6), gapRule: seed % 3 === 0 ? null : 4 + (seed % 3) });

	it('finds the brute-force optimum on small tours (3–8 venues, with and without returns home)', () => {
		let optimal = 0;
		let worst = 0;
		for (const c of cases) {
			const p = randomProblem(c.seed, c.n, { gapRule: c.gapRule });
			const h = suggestOrder(p);
			const b = bruteForceOrder(p);
			expect(h.lateDays, `seed ${c.seed}`).toBe(b.lateDays);
			const gap = b.km > 0 ? (h.km - b.km) / b.km : 0;
			expect(gap, `seed ${c.seed}`).toBeGreaterThanOrEqual(-1e-9);
			worst = Math.max(worst, gap);
			if (gap < 1e-9) optimal++;
		}
		// measured: optimal on every one of these 40 tours
		expect(optimal).toBe(cases.length);
		expect(worst).toBeLessThan(1e-9);
	});

	it('is feasible whenever some order is, and counts days late otherwise', () => {
		// two venues that both must start on day 10, one day long: one of them is late by a day
		const p: OrderProblem = {
			home: { lat: 43.6, lon: 1.44 },
			returnHomeGapDays: null,
			minGapDays: 1,
			stops: [
				{ id: 'a', lat: 43.9, lon: 2.1, days: 1, earliest: 10, latest: 10 },
				{ id: 'b', lat: 44.3, lon: 2.5, days: 1, earliest: 10, latest: 10 }
			]
		};
		expect(suggestOrder(p).lateDays).toBe(1);
		expect(bruteForceOrder(p).lateDays).toBe(1);
		// tight windows that allow only one order: the heuristic finds it
		const q = randomProblem(7, 8, { flex: 0 });
		expect(suggestOrder(q).lateDays).toBe(0);
	});

	it('keeps the draft days when the order does not change', () => {
		const p = randomProblem(3, 5, { flex: 0, gapRule: null });
		const D = distanceMatrix(p);
		const s = evaluate(p, D, [0, 1, 2, 3, 4]);
		expect(s.starts).toEqual(p.stops.map((x) => x.preferred));
	});

	it('counts a return home for a long gap, none for a short one', () => {
		const stop = (id: string, day: number): OrderStop => ({
			id,
			lat: 44,
			lon: 2,
			days: 1,
			earliest: day,
			latest: day,
			preferred: day
		});
		const p: OrderProblem = {
			home: { lat: 43.6, lon: 1.44 },
			returnHomeGapDays: 5,
			minGapDays: 1,
			stops: [stop('a', 10), { ...stop('b', 20), lon: 3 }]
		};
		expect(evaluate(p, distanceMatrix(p), [0, 1]).homeReturns).toBe(1);
		const q = { ...p, stops: [stop('a', 10), { ...stop('b', 12), lon: 3 }] };
		expect(evaluate(q, distanceMatrix(q), [0, 1]).homeReturns).toBe(0);
	});

	// its speed on 40 venues is measured in tests/bench/tour-order.bench.ts, not asserted here
	it('on 40 venues, is never worse than the draft order', () => {
		for (const seed of [11, 12, 13]) {
			const p = randomProblem(seed, 40, { flex: 20 });
			const h = suggestOrder(p);
			const draft = evaluate(
				p,
				distanceMatrix(p),
				p.stops.map((_, i) => i)
			);
			expect(h.lateDays).toBeLessThanOrEqual(draft.lateDays);
			if (h.lateDays === draft.lateDays) expect(h.km).toBeLessThanOrEqual(draft.km + 1e-9);
			expect(new Set(h.order).size).toBe(40);
		}
	}, 60_000); // about 1.5 s alone; headroom for a loaded 2-core machine
});

describe('tour order on a tour file', () => {
	it('suggests a shorter order for the circus within ± 14 days, as lever parameters', () => {
		const circus = example('circus-occitanie');
		const s = suggestTourOrder(circus, ctxOf(circus), { flexDays: 14, windows: {} });
		expect(s.changed).toBe(true);
		expect(s.after.km).toBeLessThan(s.before.km);
		expect(s.after.lateDays).toBe(0);
		expect(s.params.order.slice().sort()).toEqual(circus.dates.map((d) => d.id!).sort());
		for (const r of s.rows) {
			expect(r.to >= r.earliest && r.to <= r.latest).toBe(true);
		}
	});
	it('keeps the draft when nothing may move', () => {
		const circus = example('circus-occitanie');
		const s = suggestTourOrder(circus, ctxOf(circus), { flexDays: 0, windows: {} });
		expect(s.changed).toBe(false);
		expect(s.after).toEqual(s.before);
		expect(s.params.starts).toEqual(Object.fromEntries(circus.dates.map((d) => [d.id, d.start])));
	});
	it('respects a window given for one date', () => {
		const circus = example('circus-occitanie');
		const s = suggestTourOrder(circus, ctxOf(circus), {
			flexDays: 14,
			windows: { perpignan: { earliest: '2026-11-07', latest: '2026-11-07' } }
		});
		expect(s.params.starts.perpignan).toBe('2026-11-07');
	});
});
