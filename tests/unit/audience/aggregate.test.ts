import { describe, expect, it } from 'vitest';
import { aggregate, bandIndex, BAND_EDGES_KM } from '../../../src/lib/audience/aggregate';
import type { ImportRecord } from '../../../src/lib/audience/types';

const rec = (
	mode: ImportRecord['mode'],
	km: number,
	party: number | null = null,
	weight = 1,
	railKm = km
): ImportRecord => ({
	line: 2,
	mode,
	roadKm: km,
	railKm,
	declared: false,
	party,
	weight,
	approx: false
});

describe('aggregation', () => {
	it('puts one-way distances in bands 0–5, 5–10, 10–20, 20–50, 50–100, 100–200, 200+', () => {
		expect(BAND_EDGES_KM).toEqual([0, 5, 10, 20, 50, 100, 200]);
		expect([0, 4.9, 5, 9.99, 10, 20, 49, 50, 100, 199.9, 200, 900].map(bandIndex)).toEqual([
			0, 0, 1, 1, 2, 3, 3, 4, 5, 5, 6, 6
		]);
	});

	it('gives shares of spectators by band × mode, modal shares, mean and median distances', () => {
		const a = aggregate(
			[rec('car', 30, 2), rec('car', 30, 1), rec('walk', 1), rec('rail.ter', 100, null, 1, 90)],
			{ kind: 'survey' }
		);
		expect(a.weight).toBe(4);
		expect(a.modalShares).toEqual({ car: 0.5, walk: 0.25, 'rail.ter': 0.25 });
		expect(a.cells.map((c) => [c.band, c.mode, c.share, c.roundTripKm])).toEqual([
			[0, 'walk', 0.25, 2],
			[3, 'car', 0.5, 60],
			[4, 'rail.ter', 0.25, 180] // rail rows use the rail distance (90 km), band 50–100
		]);
		expect(a.meanOneWayKm).toBeCloseTo((30 + 30 + 1 + 90) / 4, 10);
		expect(a.medianOneWayKm).toBe(30);
		expect(a.meanRoundTripKm).toBeCloseTo(2 * a.meanOneWayKm, 10);
		expect(a.bandShares).toEqual([0.25, 0, 0, 0.5, 0.25, 0, 0]);
	});

	it('derives car occupancy as people ÷ cars (harmonic mean of party sizes)', () => {
		// two travellers of a car of 2 (one car) and one lone driver (one car): 3 people in 2 cars
		const a = aggregate([rec('car', 10, 2), rec('car', 10, 2), rec('car', 10, 1), rec('car', 10, null)], {
			kind: 'survey'
		});
		expect(a.occupancy).toEqual({ value: 1.5, basis: 'party', people: 3, cars: 2 });
	});

	it('weights rows by their count and builds a distribution whose shares never sum above 1', () => {
		const rows = [rec('car', 12, 3, 3), rec('bus', 4, null, 1), rec('bike', 7, null, 3)];
		const a = aggregate(rows, { kind: 'survey' });
		expect(a.weight).toBe(7);
		const sum = a.distribution.reduce((s, b) => s + b.share, 0);
		expect(sum).toBeLessThanOrEqual(1);
		expect(sum).toBeGreaterThan(1 - 1e-8);
		expect(a.distribution).toEqual([
			{ mode: 'bus', share: Math.floor((1 / 7) * 1e9) / 1e9, roundTripKm: 8 },
			{ mode: 'bike', share: Math.floor((3 / 7) * 1e9) / 1e9, roundTripKm: 14 },
			{ mode: 'car', share: Math.floor((3 / 7) * 1e9) / 1e9, roundTripKm: 24 }
		]);
	});

	it('ticketing: spreads each order over the given modal shares, and never gives an occupancy', () => {
		const a = aggregate([rec(null, 20, null, 2, 18), rec(null, 3, null, 6)], {
			kind: 'ticketing',
			modeShares: { car: 0.6, 'rail.ter': 0.2, walk: 0.1 }
		});
		expect(a.weight).toBe(8);
		expect(a.modalShares.car).toBeCloseTo(2 / 3, 12);
		expect(a.modalShares['rail.ter']).toBeCloseTo(2 / 9, 12);
		// tickets bought together say nothing of who shares a car: the date keeps its occupancy
		expect(a.occupancy).toBeNull();
		const rail = a.cells.filter((c) => c.mode === 'rail.ter');
		expect(rail.map((c) => c.roundTripKm)).toEqual([6, 36]); // rail distance of each order
	});

	it('a per-ticket export (one row per ticket, no count) does not read as one person per car', () => {
		const perTicket = Array.from({ length: 10 }, () => rec(null, 15, null, 1));
		const a = aggregate(perTicket, { kind: 'ticketing', modeShares: { car: 0.8, walk: 0.2 } });
		expect(a.weight).toBe(10);
		expect(a.occupancy).toBeNull();
	});
});
