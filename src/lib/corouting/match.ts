/**
 * Co-routing and shared freight across a network: which movements of two members' tours pass near
 * each other within a few days. Pure: movements and stays in, candidate pairs out; the server
 * (src/lib/server/corouting.ts) builds them from the tours' routes and lets the engine compute what
 * each pair would avoid.
 *
 * - Shared freight: two freight movements (a dedicated vehicle driving a leg) of two different
 *   members whose origins are within `km` of each other, destinations within `km`, and days within
 *   `days`; the smaller vehicle's load can ride in the bigger one (class rank, src/lib/experiments).
 * - Co-routing: a venue of one tour within `km` of a venue of the other, the two stays within
 *   `days` of each other: a date could be added or swapped to avoid a back-and-forth.
 *
 * An index of grid cells (about `km` wide) × day buckets (`days` wide) keeps this near-linear: each
 * item is compared only with the items of the neighbouring cells and buckets, never with all pairs.
 * Distances are great-circle (haversine, mean Earth radius 6 371.0088 km, as src/lib/geo).
 */

export interface Point {
	id: string;
	name: string;
	lat: number;
	lon: number;
}

export interface Movement {
	member: string;
	tourId: string;
	freightId: string;
	/** which of the vehicle's legs (unique within the tour) */
	legId: string;
	/** freight vehicle class (src/lib/engine FREIGHT_VEHICLE_CLASSES) */
	vehicleClass: string;
	/** the date the leg is counted under */
	dateId: string;
	/** day number (days since 1970-01-01) of the movement */
	day: number;
	from: Point;
	to: Point;
}

export interface Stay {
	member: string;
	tourId: string;
	dateId: string;
	venueName: string;
	place: Point;
	/** first and last day numbers of the stay */
	first: number;
	last: number;
}

export interface MatchOptions {
	km: number;
	days: number;
}

export const DEFAULT_MATCH: MatchOptions = { km: 50, days: 3 };

const R = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;

export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	const dLat = rad(b.lat - a.lat);
	const dLon = rad(b.lon - a.lon);
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
	return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function dayNumber(iso: string): number {
	return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/**
 * Cells about `km` tall; in longitude, each row's cells are `km` wide at the row's poleward edge
 * (plus one row of margin), so a place within `km` of another lies in the 3 × 3 neighbourhood
 * computed with each neighbouring row's own width.
 */
function rowOf(lat: number, km: number): number {
	return Math.floor(lat / (km / 111.2));
}

function lonStep(row: number, km: number): number {
	const h = km / 111.2;
	const edge = Math.min(89, Math.max(Math.abs(row * h), Math.abs((row + 1) * h)) + h);
	return km / (111.2 * Math.max(0.02, Math.cos(rad(edge))));
}

class Grid<T> {
	readonly #cells = new Map<string, T[]>();
	constructor(
		private readonly km: number,
		private readonly days: number
	) {}
	#key(row: number, col: number, bucket: number): string {
		return `${row}:${col}:${bucket}`;
	}
	/** An item present from day `first` to day `last` (a stay of several days is in each bucket). */
	add(p: { lat: number; lon: number }, first: number, item: T, last = first): void {
		const row = rowOf(p.lat, this.km);
		const col = Math.floor(p.lon / lonStep(row, this.km));
		const width = Math.max(1, this.days);
		for (let b = Math.floor(first / width); b <= Math.floor(last / width); b++) {
			const k = this.#key(row, col, b);
			const list = this.#cells.get(k);
			if (list) list.push(item);
			else this.#cells.set(k, [item]);
		}
	}
	/** Items in the neighbouring cells of `p` and the day buckets from `first` − 1 to `last` + 1. */
	near(p: { lat: number; lon: number }, first: number, last = first): T[] {
		const row = rowOf(p.lat, this.km);
		const width = Math.max(1, this.days);
		const out: T[] = [];
		for (let r = row - 1; r <= row + 1; r++) {
			const col = Math.floor(p.lon / lonStep(r, this.km));
			for (let c = col - 1; c <= col + 1; c++)
				for (let b = Math.floor(first / width) - 1; b <= Math.floor(last / width) + 1; b++) {
					const list = this.#cells.get(this.#key(r, c, b));
					if (list) for (const x of list) out.push(x);
				}
		}
		return out;
	}
}

/** Rank of freight classes by size (as the lighter-set lever orders them). */
export const CLASS_RANK: Record<string, number> = {
	van: 0,
	rigid_7_5t: 1,
	rigid_17t: 2,
	rigid: 2,
	rigid_over_17t: 3,
	hgv: 4,
	artic: 4
};

export interface FreightPair {
	/** the movement whose load would ride in the other's vehicle */
	rider: Movement;
	carrier: Movement;
	fromKm: number;
	toKm: number;
	dayGap: number;
}

export interface VenuePair {
	a: Stay;
	b: Stay;
	km: number;
	dayGap: number;
}

/**
 * Freight pairs: for each pair of movements of two different members close at both ends and in
 * time, the smaller vehicle rides with the bigger one (equal classes: the first in a stable order).
 * One pair per (movement, movement).
 */
export function findFreightPairs(moves: Movement[], opts: MatchOptions = DEFAULT_MATCH): FreightPair[] {
	const grid = new Grid<number>(opts.km, opts.days);
	moves.forEach((m, i) => grid.add(m.from, m.day, i));
	const out: FreightPair[] = [];
	// each pair is taken from its smaller index (j > i): no set of seen pairs to keep
	moves.forEach((a, i) => {
		for (const j of grid.near(a.from, a.day)) {
			if (j <= i) continue;
			const b = moves[j];
			if (b.member === a.member) continue;
			const dayGap = Math.abs(a.day - b.day);
			if (dayGap > opts.days) continue;
			const fromKm = haversineKm(a.from, b.from);
			if (fromKm > opts.km) continue;
			const toKm = haversineKm(a.to, b.to);
			if (toKm > opts.km) continue;
			const ra = CLASS_RANK[a.vehicleClass] ?? 0;
			const rb = CLASS_RANK[b.vehicleClass] ?? 0;
			const aRides = ra <= rb;
			out.push({ rider: aRides ? a : b, carrier: aRides ? b : a, fromKm, toKm, dayGap });
		}
	});
	return out;
}

/** Venue pairs: stays of two different members within `km` and `days` of each other. */
export function findVenuePairs(stays: Stay[], opts: MatchOptions = DEFAULT_MATCH): VenuePair[] {
	const grid = new Grid<number>(opts.km, opts.days);
	stays.forEach((s, i) => grid.add(s.place, s.first, i, s.last));
	const out: VenuePair[] = [];
	// a stay of several days sits in several buckets: `seenBy[j] === i` marks j as done for i
	const seenBy = new Int32Array(stays.length).fill(-1);
	stays.forEach((a, i) => {
		for (const j of grid.near(a.place, a.first, a.last)) {
			if (j <= i || seenBy[j] === i) continue;
			seenBy[j] = i;
			const b = stays[j];
			if (b.member === a.member) continue;
			// days between the two stays (0 when they overlap)
			const dayGap = Math.max(0, Math.max(a.first, b.first) - Math.min(a.last, b.last));
			if (dayGap > opts.days) continue;
			const km = haversineKm(a.place, b.place);
			if (km > opts.km) continue;
			// the same venue on overlapping days is one evening seen twice (a company and its host
			// venue), not an opportunity
			if (a.place.id === b.place.id && dayGap === 0) continue;
			out.push({ a, b, km, dayGap });
		}
	});
	return out;
}

/** Every pair the brute force finds: the reference the index must agree with (tests). */
export function bruteFreightPairs(moves: Movement[], opts: MatchOptions = DEFAULT_MATCH): [number, number][] {
	const out: [number, number][] = [];
	for (let i = 0; i < moves.length; i++)
		for (let j = i + 1; j < moves.length; j++) {
			const a = moves[i];
			const b = moves[j];
			if (a.member === b.member) continue;
			if (Math.abs(a.day - b.day) > opts.days) continue;
			if (haversineKm(a.from, b.from) > opts.km || haversineKm(a.to, b.to) > opts.km) continue;
			out.push([i, j]);
		}
	return out;
}
