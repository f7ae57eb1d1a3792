/**
 * Co-routing at network scale: 1 000 members × 10 tours (about 120 000 freight movements and
 * 120 000 venue stays over France and its neighbours, one season), every pair within 50 km and 3
 * days found through the grid × day index; the floor is one pass computing each item's cell.
 * Target (issue 19): under 2 s on this machine.
 */
import { findFreightPairs, findVenuePairs, type Movement, type Stay } from '../../src/lib/corouting/match';
import { mulberry32 } from '../../src/lib/engine';

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

function world(seed: number) {
	const r = mulberry32(seed);
	// 2 000 towns spread over France and around it (France alone has about 2 000 towns with a
	// venue that hosts touring shows: a dense but realistic map)
	const towns = Array.from({ length: 2000 }, (_, i) => ({
		id: `t${i}`,
		name: `t${i}`,
		lat: 42.5 + r() * 8.5,
		lon: -4.5 + r() * 12
	}));
	const moves: Movement[] = [];
	const stays: Stay[] = [];
	for (let m = 0; m < 1000; m++) {
		const member = `m${m}`;
		const home = towns[Math.floor(r() * towns.length)];
		for (let t = 0; t < 10; t++) {
			let day = 20_000 + Math.floor(r() * 300);
			let prev = home;
			for (let d = 0; d < 12; d++) {
				const venue = towns[Math.floor(r() * towns.length)];
				stays.push({
					member,
					tourId: `${member}-${t}`,
					dateId: `d${d}`,
					venueName: venue.name,
					place: venue,
					first: day,
					last: day + 1
				});
				moves.push({
					member,
					tourId: `${member}-${t}`,
					freightId: 'truck',
					legId: `truck#${d}`,
					vehicleClass: r() < 0.5 ? 'van' : 'rigid_17t',
					dateId: `d${d}`,
					day,
					from: prev,
					to: venue
				});
				prev = venue;
				day += 2 + Math.floor(r() * 4);
			}
		}
	}
	return { moves, stays };
}

export async function bench(): Promise<BenchResult[]> {
	const { moves, stays } = world(19);
	const freight: number[] = [];
	const venues: number[] = [];
	const floor: number[] = [];
	const pairs = [0, 0];
	for (let run = 0; run < 3; run++) {
		let t = performance.now();
		let s = 0;
		for (const m of moves)
			s += Math.floor(m.from.lat / 0.45) + Math.floor(m.from.lon / 1.3) + Math.floor(m.day / 3);
		floor.push(performance.now() - t);
		if (s === -1) console.log(s);
		t = performance.now();
		pairs[0] = findFreightPairs(moves).length;
		freight.push(performance.now() - t);
		t = performance.now();
		pairs[1] = findVenuePairs(stays).length;
		venues.push(performance.now() - t);
	}
	return [
		{ name: 'co-routing: one pass over the movements.floor', median_ms: median(floor), runs: 3 },
		{
			name: 'co-routing: shared-freight pairs, 1 000 members × 10 tours',
			median_ms: median(freight),
			runs: 3,
			note: `${moves.length} movements, ${pairs[0]} pairs within 50 km and 3 days; target under 2 s`
		},
		{
			name: 'co-routing: nearby-venue pairs, 1 000 members × 10 tours',
			median_ms: median(venues),
			runs: 3,
			note: `${stays.length} stays, ${pairs[1]} pairs`
		}
	];
}
