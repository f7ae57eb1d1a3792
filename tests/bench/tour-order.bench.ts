/**
 * The tour-order heuristic on 40 venues with ±20-day windows (three seeded problems, the ones the
 * unit test checks for quality), against one evaluation of the draft order as the floor.
 */
import { distanceMatrix, evaluate, suggestOrder } from '../../src/lib/experiments';
import { randomProblem } from '../fixtures/order-problems';

export interface BenchResult {
	name: string;
	median_ms: number;
	runs: number;
	note?: string;
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export async function bench(): Promise<BenchResult[]> {
	const problems = [11, 12, 13].map((seed) => randomProblem(seed, 40, { flex: 20 }));
	const heuristic: number[] = [];
	const floor: number[] = [];
	for (let run = 0; run < 5; run++) {
		for (const p of problems) {
			let t = performance.now();
			evaluate(
				p,
				distanceMatrix(p),
				p.stops.map((_, i) => i)
			);
			floor.push(performance.now() - t);
			t = performance.now();
			suggestOrder(p);
			heuristic.push(performance.now() - t);
		}
	}
	return [
		{
			name: 'tour order: evaluate the draft order (40 venues).floor',
			median_ms: median(floor),
			runs: floor.length
		},
		{
			name: 'tour order: heuristic suggestion (40 venues, ±20-day windows)',
			median_ms: median(heuristic),
			runs: heuristic.length,
			note: 'was a 3 s bound inside a unit test; about half a second on a quiet machine'
		}
	];
}
