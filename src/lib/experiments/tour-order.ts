/**
 * Tour order: for a draft tour whose venues have date windows, the order (and days) of the dates
 * that makes the route shortest — a travelling-salesman tour with time windows, from the home base
 * and back.
 *
 * Model.  Stop i has a length of Lᵢ days (kept from the draft) and a window [aᵢ, bᵢ] for its first
 *         day. Between two stops at least `minGapDays` days pass (start of the next − end of the
 *         previous). The route is the engine's (src/lib/engine/route.ts): home → stops → home, with
 *         a return home between two stops when they are at least `returnHomeGapDays` apart.
 * Cost.   The route's great-circle length (km), counting returns home. With the same travel plan
 *         and freight on every leg, travel emissions are proportional to it (vehicle·km and
 *         passenger·km factors are per km; the detour coefficient is one per mode), so the shortest
 *         route is the lowest-emission one; the scenario built from the suggestion is then computed
 *         by the engine like any other, which is what the page shows. Days later than a window count
 *         first (lexicographic order: days late, then km), so the search also finds a feasible
 *         order when the draft is not.
 * Days.   For a given order, each stop starts as early as it can (forward pass: if this is late,
 *         no schedule of that order fits); then, from the last stop back, each stop moves towards
 *         its preferred day (the draft's) as far as its window and the next stop allow (backward
 *         pass), so that an order that changes nothing keeps the draft's days. `evaluate` is that
 *         schedule's cost: the search and the brute force minimise the same function. It does not
 *         shift days on purpose to avoid a return home (nights between dates are not counted by
 *         the route rule, so packing dates would look better than it is: the co-routing lever
 *         handles that, nights included).
 * Search. Several starting orders — the draft's, earliest deadline first, nearest feasible
 *         neighbour from home and seeded randomised nearest neighbours — each improved by local
 *         search until no move helps: 2-opt (reverse a segment), or-opt (move a run of 1–3 stops
 *         elsewhere, either way round) and swaps of two stops; random orders join the starts for
 *         diversity. Then a few "kicks" (iterated local
 *         search): the best order gets a random double bridge and is improved again, kept if
 *         better. Deterministic (seeded). tests/unit/experiments/tour-order.test.ts checks it
 *         against brute force on tours of up to 8 stops and times it on 40.
 */
import { greatCircleKm } from '../engine/distance';
import { mulberry32 } from '../engine/uncertainty';

export interface OrderStop {
	id: string;
	lat: number;
	lon: number;
	/** length in calendar days (≥ 1) */
	days: number;
	/** first and last possible first day (day numbers: days since 1970-01-01) */
	earliest: number;
	latest: number;
	/** the day it would rather start (the draft's); default: as early as possible */
	preferred?: number;
}

export interface OrderProblem {
	home: { lat: number; lon: number };
	stops: OrderStop[];
	/** go home between two stops at least this many days apart; null: never */
	returnHomeGapDays: number | null;
	/** days between the end of a stop and the start of the next, at least (0: same day) */
	minGapDays: number;
}

export interface Schedule {
	/** indices into problem.stops, in visiting order */
	order: number[];
	/** first day of each stop, by stop index */
	starts: number[];
	km: number;
	/** total days later than the windows (0: feasible) */
	lateDays: number;
	homeReturns: number;
}

/** Great-circle distances: index 0 is home, stop i is i + 1. */
export function distanceMatrix(p: OrderProblem): Float64Array {
	const pts = [p.home, ...p.stops];
	const n = pts.length;
	const d = new Float64Array(n * n);
	for (let i = 0; i < n; i++)
		for (let j = i + 1; j < n; j++) d[i * n + j] = d[j * n + i] = greatCircleKm(pts[i], pts[j]);
	return d;
}

/** Forward then backward pass (see "Days" above): first day of each position, written into `s`. */
function schedule(p: OrderProblem, order: ArrayLike<number>, n: number, s: Float64Array | number[]): number {
	let late = 0;
	// forward: as early as possible (the earliest days any schedule of this order can have)
	for (let k = 0; k < n; k++) {
		const st = p.stops[order[k]];
		s[k] =
			k === 0 ? st.earliest : Math.max(st.earliest, s[k - 1] + p.stops[order[k - 1]].days - 1 + p.minGapDays);
		if (s[k] > st.latest) late += s[k] - st.latest;
	}
	// backward: each stop moves towards its preferred day, as late as its window and the next stop allow
	if (late === 0) {
		for (let k = n - 1; k >= 0; k--) {
			const st = p.stops[order[k]];
			const hi = k === n - 1 ? st.latest : Math.min(st.latest, s[k + 1] - p.minGapDays - st.days + 1);
			s[k] = Math.max(s[k], Math.min(st.preferred ?? st.earliest, hi));
		}
	}
	return late;
}

/** Route length of an order under its schedule `s`; `returns` receives the returns home. */
function routeKm(
	p: OrderProblem,
	D: Float64Array,
	order: ArrayLike<number>,
	n: number,
	s: ArrayLike<number>,
	returns?: { n: number }
): number {
	const N = p.stops.length + 1;
	const G = p.returnHomeGapDays;
	if (n === 0) return 0;
	let km = D[order[0] + 1];
	for (let k = 0; k + 1 < n; k++) {
		const a = order[k] + 1;
		const b = order[k + 1] + 1;
		const gap = s[k + 1] - (s[k] + p.stops[order[k]].days - 1);
		if (G !== null && gap >= G && D[a] > 0) {
			km += D[a] + D[b];
			if (returns) returns.n++;
		} else km += D[a * N + b];
	}
	return km + D[order[n - 1] + 1];
}

/** The schedule and cost of one order (see "Days" above). */
export function evaluate(p: OrderProblem, D: Float64Array, order: number[]): Schedule {
	const n = order.length;
	const s = new Array<number>(n);
	const late = schedule(p, order, n, s);
	const returns = { n: 0 };
	const km = routeKm(p, D, order, n, s, returns);
	const starts = new Array<number>(p.stops.length);
	order.forEach((i, k) => (starts[i] = s[k]));
	return { order: [...order], starts, km, lateDays: late, homeReturns: returns.n };
}

const EPS = 1e-9;

export function better(a: Schedule, b: Schedule): boolean {
	return a.lateDays < b.lateDays || (a.lateDays === b.lateDays && a.km < b.km - EPS);
}

/** The search's working state: the current order and its cost, scratch space, no allocation per move. */
class Search {
	readonly n: number;
	cur: Int32Array;
	late = 0;
	km = 0;
	private cand: Int32Array;
	private s: Float64Array;
	constructor(
		readonly p: OrderProblem,
		readonly D: Float64Array,
		start: number[]
	) {
		this.n = start.length;
		this.cur = Int32Array.from(start);
		this.cand = new Int32Array(this.n);
		this.s = new Float64Array(this.n);
		[this.late, this.km] = this.cost(this.cur);
	}
	cost(o: Int32Array): [number, number] {
		const late = schedule(this.p, o, this.n, this.s);
		return [late, routeKm(this.p, this.D, o, this.n, this.s)];
	}
	/** Accepts the candidate (in `cand`) when it is better. */
	private offer(): boolean {
		const [late, km] = this.cost(this.cand);
		if (late < this.late || (late === this.late && km < this.km - EPS)) {
			[this.cur, this.cand] = [this.cand, this.cur];
			this.late = late;
			this.km = km;
			return true;
		}
		return false;
	}
	/** 2-opt, or-opt (runs of 1–3, either way round) and swaps until no move helps. */
	descend(): void {
		const n = this.n;
		let improved = true;
		while (improved) {
			improved = false;
			for (let i = 0; i < n - 1; i++)
				for (let j = i + 1; j < n; j++) {
					this.cand.set(this.cur);
					for (let a = i, b = j; a < b; a++, b--) [this.cand[a], this.cand[b]] = [this.cand[b], this.cand[a]];
					if (this.offer()) improved = true;
				}
			for (let len = 1; len <= Math.min(3, n - 1); len++)
				for (let i = 0; i + len <= n; i++)
					for (let at = 0; at <= n - len; at++) {
						if (at === i) continue;
						for (const reversed of len > 1 ? [false, true] : [false]) {
							this.moveRun(i, len, at, reversed);
							if (this.offer()) {
								improved = true;
								break;
							}
						}
					}
			for (let i = 0; i < n - 1; i++)
				for (let j = i + 1; j < n; j++) {
					this.cand.set(this.cur);
					[this.cand[i], this.cand[j]] = [this.cand[j], this.cand[i]];
					if (this.offer()) improved = true;
				}
		}
	}
	/** cand = cur with the run cur[i..i+len) taken out and put back at position `at` of what is left. */
	private moveRun(i: number, len: number, at: number, reversed: boolean): void {
		const c = this.cand;
		let w = 0;
		for (let k = 0; k < this.n; k++) {
			if (k >= i && k < i + len) continue;
			if (w === at) for (let r = 0; r < len; r++) c[w++] = this.cur[reversed ? i + len - 1 - r : i + r];
			c[w++] = this.cur[k];
		}
		if (w < this.n) for (let r = 0; r < len; r++) c[w++] = this.cur[reversed ? i + len - 1 - r : i + r];
	}
	/** A random double bridge (three cuts, segments B and C exchanged): a kick out of a local optimum. */
	kick(rand: () => number): void {
		const n = this.n;
		// three distinct cuts in 1…n−1
		const pool = Array.from({ length: n - 1 }, (_, i) => i + 1);
		const cuts: number[] = [];
		for (let k = 0; k < 3; k++) cuts.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
		const [a, b, c] = cuts.sort((x, y) => x - y);
		const o = Array.from(this.cur);
		const next = [...o.slice(0, a), ...o.slice(b, c), ...o.slice(a, b), ...o.slice(c)];
		this.cur = Int32Array.from(next);
		[this.late, this.km] = this.cost(this.cur);
	}
}

/** Earliest deadline first (ties: earliest start, then input order): feasible whenever windows allow it simply. */
function edf(p: OrderProblem): number[] {
	return p.stops
		.map((s, i) => ({ s, i }))
		.sort((a, b) => a.s.latest - b.s.latest || a.s.earliest - b.s.earliest || a.i - b.i)
		.map((x) => x.i);
}

/**
 * Nearest neighbour from home, taking only stops whose window still fits; `pick` chooses among the
 * nearest candidates (0: the nearest; a random index for randomised starts).
 */
function nearestNeighbour(p: OrderProblem, D: Float64Array, pick: (k: number) => number): number[] {
	const N = p.stops.length + 1;
	const left = new Set(p.stops.map((_, i) => i));
	const order: number[] = [];
	let at = 0;
	let free = -Infinity; // first day the next stop may start
	while (left.size > 0) {
		const cands = [...left]
			.map((i) => ({ i, start: Math.max(p.stops[i].earliest, free), km: D[at * N + i + 1] }))
			.sort((a, b) => {
				const la = a.start > p.stops[a.i].latest ? 1 : 0;
				const lb = b.start > p.stops[b.i].latest ? 1 : 0;
				return la - lb || a.km - b.km || a.i - b.i;
			});
		const c = cands[Math.min(pick(Math.min(3, cands.length)), cands.length - 1)];
		order.push(c.i);
		left.delete(c.i);
		at = c.i + 1;
		free = c.start + p.stops[c.i].days - 1 + p.minGapDays;
	}
	return order;
}

export interface SuggestOptions {
	/** randomised starts besides the three fixed ones (half nearest neighbour, half shuffles) */
	restarts?: number;
	/** double-bridge kicks from the best order found (iterated local search) */
	kicks?: number;
	seed?: number;
}

/** The suggested order and days (see the module comment). `current` is the draft's order. */
export function suggestOrder(p: OrderProblem, current?: number[], o: SuggestOptions = {}): Schedule {
	const n = p.stops.length;
	const D = distanceMatrix(p);
	if (n <= 1) return evaluate(p, D, n === 1 ? [0] : []);
	const rand = mulberry32(o.seed ?? 13);
	const restarts = o.restarts ?? (n <= 12 ? 12 : 4);
	const kicks = o.kicks ?? (n < 4 ? 0 : n <= 12 ? 16 : 6);
	const starts: number[][] = [current ?? p.stops.map((_, i) => i), edf(p), nearestNeighbour(p, D, () => 0)];
	for (let r = 0; r < restarts; r++) {
		if (r % 2 === 0) starts.push(nearestNeighbour(p, D, (k) => Math.floor(rand() * k)));
		else {
			// a random order (Fisher–Yates): diversity the greedy starts lack
			const o = p.stops.map((_, i) => i);
			for (let i = n - 1; i > 0; i--) {
				const j = Math.floor(rand() * (i + 1));
				[o[i], o[j]] = [o[j], o[i]];
			}
			starts.push(o);
		}
	}
	let best: { order: number[]; late: number; km: number } | null = null;
	const isBetter = (late: number, km: number) =>
		!best || late < best.late || (late === best.late && km < best.km - EPS);
	const seen = new Set<string>();
	for (const s of starts) {
		const key = s.join(',');
		if (seen.has(key)) continue;
		seen.add(key);
		const search = new Search(p, D, s);
		search.descend();
		if (isBetter(search.late, search.km))
			best = { order: Array.from(search.cur), late: search.late, km: search.km };
	}
	// iterated local search: kick the best order, descend again, keep what is better
	for (let k = 0; k < kicks; k++) {
		const search = new Search(p, D, best!.order);
		search.kick(rand);
		search.descend();
		if (isBetter(search.late, search.km))
			best = { order: Array.from(search.cur), late: search.late, km: search.km };
	}
	return evaluate(p, D, best!.order);
}

/** Every order, for checking the heuristic on small tours (n ≤ 9 or so: n! orders). */
export function bruteForceOrder(p: OrderProblem): Schedule {
	const D = distanceMatrix(p);
	const n = p.stops.length;
	const a = p.stops.map((_, i) => i);
	let best = evaluate(p, D, a);
	// Heap's algorithm, iterative
	const c = new Array<number>(n).fill(0);
	let i = 1;
	while (i < n) {
		if (c[i] < i) {
			const j = i % 2 === 0 ? 0 : c[i];
			[a[j], a[i]] = [a[i], a[j]];
			const e = evaluate(p, D, a);
			if (better(e, best)) best = e;
			c[i]++;
			i = 1;
		} else {
			c[i] = 0;
			i++;
		}
	}
	return best;
}
