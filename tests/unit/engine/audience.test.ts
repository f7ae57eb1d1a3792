/**
 * Audience mobility: attendance × modal shares × round-trip km × factor, cars divided by their
 * occupancy; defaults from the venue archetype (emission-factors/parameters/audience-archetypes@<version>/archetypes.json, the version the set pins),
 * flagged as defaults; kept apart from the company's emissions.
 * Factors: impactCO2 C (helpers.ts) — car.average = voiture thermique 0.1105577600556303 fuel +
 * 0.03169565217391306 construction; bus 0.00892 + 0.1135; tram 0.00048 + 0.0038; TER 0.00479 + 0.0229;
 * bike 0.00017; walk 0.
 */
import { describe, expect, it } from 'vitest';
import {
	computeTour,
	DEFAULT_PARAMETERS,
	type AudienceInput,
	type TourDateInput
} from '../../../src/lib/engine';
import { emptyTour, IMPACTCO2_SET } from './helpers';
import { AUCH, TOULOUSE } from './places';

const CAR = 0 + 0.1105577600556303 + 0.03169565217391306;
const BUS = 0 + 0.00892 + 0.1135;
const TRAM = 0 + 0.00048 + 0.0038;
const TER = 0 + 0.00479 + 0.0229;
const BIKE = 0 + 0.00017;

function tourWith(audience: AudienceInput | null, over: Partial<TourDateInput> = {}) {
	const d: TourDateInput = {
		id: 'tls',
		venueName: 'Toulouse',
		place: TOULOUSE,
		start: '2026-09-25',
		end: '2026-09-25',
		performances: 1,
		attendance: 500,
		capacity: 600,
		audience,
		...over
	};
	return emptyTour(AUCH, { dates: [d] });
}

describe('archetype defaults', () => {
	it('urban, size from the capacity (600 seats → medium): the documented shares and distances', () => {
		const a = DEFAULT_PARAMETERS.audience.archetypes['urban.medium'];
		// the data these expectations were written from (audience-archetypes.json 2026.1)
		expect(a.modalShares).toEqual({
			car: 0.5,
			bus: 0.12,
			tram: 0.1,
			'rail.ter': 0.06,
			walk: 0.14,
			bike: 0.08
		});
		expect(a.roundTripKm).toEqual({ car: 128.8, bus: 12, tram: 10, 'rail.ter': 70, walk: 2.4, bike: 8 });
		expect(a.carOccupancy).toBe(2);
		const r = computeTour(tourWith({ archetype: { territory: 'urban' } }), IMPACTCO2_SET);
		const byMode = Object.fromEntries(r.lines.map((l) => [l.mode, l.kgCO2e]));
		expect(byMode).toEqual({
			'car.average': ((CAR * 128.8) / 2) * (500 * 0.5),
			bus: BUS * 12 * (500 * 0.12),
			tram: TRAM * 10 * (500 * 0.1),
			'rail.ter': TER * 70 * (500 * 0.06),
			bike: BIKE * 8 * (500 * 0.08),
			walk: 0
		});
		// hand check of the car line: 0.1422534 × 128.8 / 2 × 250 = 2290.28 kgCO2e
		expect(byMode['car.average']).toBeCloseTo(2290.28, 1);
		for (const l of r.lines) {
			expect(l.scope).toBe('audience');
			expect(l.isDefault).toBe(true);
			expect(l.quality).toBe('default');
			expect(l.flags).toEqual(
				expect.arrayContaining([
					'audience.default_shares',
					'audience.default_distance',
					'audience.default_occupancy'
				])
			);
		}
		expect(r.totals.company.kg).toBe(0);
		expect(r.byDate[0]).toMatchObject({ audienceIsDefault: true, company: 0 });
	});
	it('a rural small venue uses its own archetype', () => {
		const r = computeTour(
			tourWith({ archetype: { territory: 'rural', size: 'small' } }, { capacity: null }),
			IMPACTCO2_SET
		);
		const car = r.lines.find((l) => l.mode === 'car.average')!;
		const a = DEFAULT_PARAMETERS.audience.archetypes['rural.small'];
		expect(car.quantities).toMatchObject({
			share: a.modalShares.car,
			distanceKm: a.roundTripKm.car,
			occupancy: a.carOccupancy
		});
	});
});

describe('own figures', () => {
	it('own shares, one distance for all modes, own occupancy: nothing is a default', () => {
		const r = computeTour(
			tourWith({
				modalShares: { car: 0.6, tram: 0.4 },
				roundTripKm: 20,
				carOccupancy: 2.5,
				quality: 'measured'
			}),
			IMPACTCO2_SET
		);
		expect(r.lines.map((l) => [l.id, l.kgCO2e])).toEqual([
			['audience:tls:car', ((CAR * 20) / 2.5) * (500 * 0.6)],
			['audience:tls:tram', TRAM * 20 * (500 * 0.4)]
		]);
		for (const l of r.lines) expect([l.isDefault, l.quality, l.flags]).toEqual([false, 'measured', []]);
	});
	it('own shares with archetype distances: the distances are flagged as defaults', () => {
		const r = computeTour(
			tourWith({ archetype: { territory: 'urban' }, modalShares: { car: 1 } }),
			IMPACTCO2_SET
		);
		expect(r.lines).toHaveLength(1);
		expect(r.lines[0].flags).toEqual(['audience.default_occupancy', 'audience.default_distance']);
		expect(r.lines[0].isDefault).toBe(true);
	});
	it('a distance distribution (survey bins) replaces shares and distances', () => {
		const r = computeTour(
			tourWith({
				carOccupancy: 2,
				distribution: [
					{ mode: 'car', share: 0.5, roundTripKm: 24 },
					{ mode: 'car', share: 0.3, roundTripKm: 90 },
					{ mode: 'walk', share: 0.2, roundTripKm: 2 }
				]
			}),
			IMPACTCO2_SET
		);
		expect(r.lines.map((l) => [l.id, l.kgCO2e])).toEqual([
			['audience:tls:bin1', ((CAR * 24) / 2) * (500 * 0.5)],
			['audience:tls:bin2', ((CAR * 90) / 2) * (500 * 0.3)],
			['audience:tls:bin3', 0]
		]);
	});
	it('missing attendance: capacity × performances, flagged', () => {
		const r = computeTour(
			tourWith(
				{ modalShares: { car: 1 }, roundTripKm: 10, carOccupancy: 2 },
				{ attendance: null, capacity: 300, performances: 2 }
			),
			IMPACTCO2_SET
		);
		expect(r.lines[0].quantities.spectators).toBe(600);
		expect(r.lines[0].flags).toContain('audience.attendance_from_capacity');
		expect(r.warnings.map((w) => w.code)).toContain('audience.attendance_from_capacity');
		expect(r.indicators.spectators).toBe(600);
	});
	it('no audience data: nothing computed, a warning says so', () => {
		const r = computeTour(tourWith(null), IMPACTCO2_SET);
		expect(r.lines).toEqual([]);
		expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'audience.not_computed' }));
	});
	it('shares over 1 are invalid input', () => {
		expect(() =>
			computeTour(tourWith({ modalShares: { car: 0.8, bus: 0.4 }, roundTripKm: 10 }), IMPACTCO2_SET)
		).toThrow(expect.objectContaining({ code: 'engine.invalid_input', path: 'dates[0].audience' }));
	});
});
