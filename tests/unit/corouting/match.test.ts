/**
 * The co-routing matcher: the grid × day-bucket index finds exactly the pairs the brute force finds
 * (property-based, seeded), never pairs a member with itself, and puts the smaller vehicle's load in
 * the bigger one; venue pairs respect distance and days, and a company and its host venue on the
 * same evening are not an opportunity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	bruteFreightPairs,
	dayNumber,
	findFreightPairs,
	findVenuePairs,
	haversineKm,
	type Movement,
	type Stay
} from '../../../src/lib/corouting/match';

const pt = (id: string, lat: number, lon: number) => ({ id, name: id, lat, lon });

function move(
	member: string,
	vehicleClass: string,
	day: number,
	from: [number, number],
	to: [number, number]
): Movement {
	return {
		member,
		tourId: `${member}-t`,
		freightId: 'truck',
		legId: 'truck#0',
		vehicleClass,
		dateId: `d${day}`,
		day,
		from: pt('from', ...from),
		to: pt('to', ...to)
	};
}

describe('shared freight', () => {
	it('pairs two members whose trucks leave and arrive near each other within 3 days', () => {
		const toulouse: [number, number] = [43.6045, 1.444];
		const montauban: [number, number] = [44.0176, 1.355]; // about 46 km from Toulouse
		const lyon: [number, number] = [45.764, 4.8357];
		const grenoble: [number, number] = [45.1885, 5.7245]; // about 95 km from Lyon
		const pairs = findFreightPairs([
			move('A', 'van', 100, toulouse, lyon),
			move('B', 'rigid_17t', 102, montauban, lyon),
			move('C', 'artic', 101, toulouse, grenoble),
			move('A', 'van', 100, toulouse, lyon)
		]);
		expect(pairs).toHaveLength(2);
		expect(pairs.every((p) => p.rider.member !== p.carrier.member)).toBe(true);
		const ab = pairs.find((p) => p.carrier.member === 'B')!;
		expect(ab.rider.member).toBe('A'); // the van's load rides in the 17 t truck
		expect(ab.fromKm).toBeGreaterThan(40);
		expect(ab.fromKm).toBeLessThan(50);
		expect(ab.dayGap).toBe(2);
	});

	it('finds exactly what the brute force finds, on random movements over Europe', () => {
		const coord = fc.tuple(
			fc.double({ min: 36, max: 60, noNaN: true }),
			fc.double({ min: -9, max: 25, noNaN: true })
		);
		const m = fc.record({
			member: fc.constantFrom('A', 'B', 'C', 'D'),
			cls: fc.constantFrom('van', 'rigid_7_5t', 'rigid_17t', 'artic'),
			day: fc.integer({ min: 0, max: 20 }),
			from: coord,
			to: coord
		});
		fc.assert(
			fc.property(fc.array(m, { maxLength: 60 }), (raw) => {
				// cluster the points so that matches happen: snap to a coarse lattice with jitter
				const moves = raw.map((r, i) =>
					move(
						r.member,
						r.cls,
						r.day,
						[Math.round(r.from[0]) + (i % 3) * 0.1, Math.round(r.from[1]) + (i % 2) * 0.2],
						[Math.round(r.to[0]), Math.round(r.to[1]) + (i % 5) * 0.1]
					)
				);
				const found = findFreightPairs(moves)
					.map((p) => {
						const i = moves.indexOf(p.rider);
						const j = moves.indexOf(p.carrier);
						return i < j ? `${i}:${j}` : `${j}:${i}`;
					})
					.sort();
				const brute = bruteFreightPairs(moves)
					.map(([i, j]) => `${i}:${j}`)
					.sort();
				expect(found).toEqual(brute);
			}),
			{ seed: 19, numRuns: 200 }
		);
	});
});

describe('venues near each other', () => {
	const stay = (member: string, id: string, lat: number, lon: number, first: string, last = first): Stay => ({
		member,
		tourId: `${member}-t`,
		dateId: first,
		venueName: id,
		place: pt(id, lat, lon),
		first: dayNumber(first),
		last: dayNumber(last)
	});

	it('pairs stays within 50 km and 3 days, not the same evening at the same venue', () => {
		const pairs = findVenuePairs([
			stay('A', 'fr:31555', 43.6045, 1.444, '2027-03-02', '2027-03-03'),
			stay('B', 'fr:82121', 44.0176, 1.355, '2027-03-06'),
			stay('C', 'fr:31555', 43.6045, 1.444, '2027-03-02'),
			stay('D', 'fr:69123', 45.764, 4.8357, '2027-03-03')
		]);
		// C plays the same evening at A's venue (company and host venue): not an opportunity;
		// B and C are 4 days apart; D is in Lyon
		expect(pairs.map((p) => `${p.a.member}-${p.b.member}:${p.dayGap}`)).toEqual(['A-B:3']);
		expect(haversineKm(pt('a', 43.6045, 1.444), pt('b', 44.0176, 1.355))).toBeLessThan(50);
	});
});
