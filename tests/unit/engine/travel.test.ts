/**
 * Team travel: passenger·km and vehicle·km lines, distances (user distance wins, else the
 * gazetteer's detour rule), plane bands, ADEME vs DESNZ flight-distance conventions.
 * Factor values are those of tests/unit/engine/helpers.ts (impactCO2 C and DESNZ 2025, sources there).
 */
import { describe, expect, it } from 'vitest';
import { computeTour, EngineError, greatCircleKm, type TourDateInput } from '../../../src/lib/engine';
import { DESNZ_FLIGHT_SET, emptyTour, IMPACTCO2_SET, MIXED_SET, resolvedSet } from './helpers';
import { AUCH, BERLIN, BRUSSELS, MONTPELLIER, TOULOUSE } from './places';

const round1 = (x: number) => Math.round(x * 10) / 10;

function date(
	id: string,
	place = TOULOUSE,
	start = '2026-09-25',
	over: Partial<TourDateInput> = {}
): TourDateInput {
	return {
		id,
		venueName: place.name,
		place,
		start,
		end: start,
		performances: 1,
		attendance: null,
		capacity: null,
		audience: null,
		...over
	};
}

describe('passenger modes: (factor × km) × people', () => {
	it('3 people by TGV over a 750 km user distance, full boundary', () => {
		const tour = emptyTour(MONTPELLIER, {
			route: { derive: false, returnHomeGapDays: null },
			legs: [
				{
					id: 'paris',
					from: MONTPELLIER,
					to: TOULOUSE,
					groups: [{ id: 'g', mode: 'rail.tgv', people: 3 }],
					distanceKm: 750
				}
			]
		});
		const [line] = computeTour(tour, IMPACTCO2_SET).lines;
		// impactCO2 TGV (43256): 0.00063 construction + 0.0023 fuel = 0.00293 kgCO2e/p·km; 0.00293 × 750 × 3 = 6.5925
		expect(line.kgCO2e).toBe((0 + 0.00063 + 0.0023) * 750 * 3);
		expect(line.kgCO2e).toBeCloseTo(6.5925, 12);
		expect(line.quantity).toBe(2250);
		expect(line.personKm).toBe(2250);
		expect(line.perPersonKg).toBeCloseTo(2.1975, 12);
		expect(line.factor).toMatchObject({
			activity: 'rail.tgv',
			table: 'ademe-impactco2@C',
			sourceId: '43256',
			published: '0.00293'
		});
		expect(line.formula).toBe('0.00293 kgCO2e/p·km × 750 km × 3 person(s) = 6.5925 kgCO2e');
		expect(line.quality).toBe('estimated');
	});
});

describe('vehicle modes: (factor × km) × vehicles, shared by occupants', () => {
	it('two vans with 7 people over 100 km', () => {
		const tour = emptyTour(AUCH, {
			route: { derive: false, returnHomeGapDays: null },
			legs: [
				{
					id: 'l',
					from: AUCH,
					to: TOULOUSE,
					groups: [{ id: 'vans', mode: 'van.passenger', vehicles: 2, occupants: 7, quality: 'measured' }],
					distanceKm: 100,
					quality: 'measured'
				}
			]
		});
		const [line] = computeTour(tour, IMPACTCO2_SET).lines;
		// impactCO2 van (id 35): 0.2371460116693085 fuel + 0.08748 construction = 0.3246260116693085 per v·km
		const perVehicle = (0 + 0.2371460116693085 + 0.08748) * 100;
		expect(line.kgCO2e).toBe(perVehicle * 2);
		expect(line.kgCO2e).toBeCloseTo(64.9252, 4);
		expect(line.perPersonKg).toBeCloseTo(64.9252 / 7, 4);
		expect(line.personKm).toBe(700);
		expect(line.quantities).toMatchObject({ vehicles: 2, occupants: 7, distanceKm: 100 });
		expect(line.quality).toBe('measured');
	});
});

describe('derived route distances', () => {
	it('road: great-circle × 1.4 to 10 km, × 1.2 beyond (rounded to 0.1 km by the geo module), outbound and return', () => {
		const tour = emptyTour(AUCH, {
			travel: [{ id: 'car', mode: 'car', vehicles: 1, occupants: 2 }],
			dates: [date('tls')]
		});
		const r = computeTour(tour, IMPACTCO2_SET);
		const gc = greatCircleKm(AUCH, TOULOUSE);
		expect(gc).toBeGreaterThan(60);
		expect(gc).toBeLessThan(80);
		expect(r.lines.map((l) => l.id)).toEqual(['travel:leg:home>tls:car', 'travel:leg:tls>home:car']);
		const km = round1(14 + (gc - 10) * 1.2);
		for (const l of r.lines) expect(l.quantities.distanceKm).toBe(km);
		expect(r.byLeg[0].distances).toEqual([
			{ family: 'road', km, rule: 'GCD × 1.4 (0–10 km), × 1.2 (> 10 km)', overridden: false }
		]);
	});
	it('a user distance for the pair wins, in both directions, for its mode family only', () => {
		const tour = emptyTour(AUCH, {
			travel: [
				{ id: 'car', mode: 'car', vehicles: 1, occupants: 2 },
				{ id: 'ter', mode: 'rail.ter', people: 2 }
			],
			dates: [date('tls')],
			distances: [{ fromId: TOULOUSE.id, toId: AUCH.id, km: 79, family: 'road', quality: 'measured' }]
		});
		const r = computeTour(tour, IMPACTCO2_SET);
		const car = r.lines.filter((l) => l.mode === 'car.average');
		const ter = r.lines.filter((l) => l.mode === 'rail.ter');
		expect(car.map((l) => l.quantities.distanceKm)).toEqual([79, 79]);
		expect(ter.map((l) => l.quantities.distanceKm)).toEqual([
			round1(greatCircleKm(AUCH, TOULOUSE) * 1.2),
			round1(greatCircleKm(AUCH, TOULOUSE) * 1.2)
		]);
	});
});

describe('planes', () => {
	const flight = (to = BRUSSELS) =>
		emptyTour(MONTPELLIER, {
			route: { derive: false, returnHomeGapDays: null },
			legs: [{ id: 'f', from: MONTPELLIER, to, groups: [{ id: 'p', mode: 'plane', people: 1 }] }]
		});
	it('band from the great-circle distance; ADEME factors fly great-circle + 95 km', () => {
		const gc = greatCircleKm(MONTPELLIER, BRUSSELS);
		expect(gc).toBeLessThan(1000);
		const [line] = computeTour(flight(), MIXED_SET).lines;
		expect(line.factor.activity).toBe('plane.short');
		expect(line.quantities.distanceKm).toBe(round1(gc + 95));
		// impactCO2 court-courrier 43743: 0.000372 + 0.1232 + 0.101
		expect(line.kgCO2e).toBe((0 + 0.000372 + 0.1232 + 0.101) * round1(gc + 95) * 1);
	});
	it('over 1000 km the medium band applies', () => {
		expect(greatCircleKm(MONTPELLIER, BERLIN)).toBeGreaterThan(1000);
		const [line] = computeTour(flight(BERLIN), MIXED_SET).lines;
		expect(line.factor.activity).toBe('plane.medium');
	});
	it('DESNZ factors fly the great-circle distance, with WTT added under the full boundary', () => {
		const gc = greatCircleKm(MONTPELLIER, BRUSSELS);
		const [line] = computeTour(flight(), DESNZ_FLIGHT_SET).lines;
		expect(line.quantities.distanceKm).toBe(round1(gc));
		// DESNZ 2025 short-haul average passenger With RF 0.12786 (published total, RF part derived) + WTT 0.02286
		expect(line.factor.value).toBe(0.12786 + 0.02286);
		expect(line.factor.wtt).toMatchObject({ sourceId: '22_912_3162_11_1', value: '0.02286' });
		expect(line.factor.included).toEqual(['fuel', 'nonco2', 'wtt']);
	});
});

describe('typed errors, never a silent zero', () => {
	it('lists every missing factor at once', () => {
		const tour = emptyTour(AUCH, {
			travel: [
				{ id: 'a', mode: 'ferry', people: 2 },
				{ id: 'b', mode: 'minibus', vehicles: 1, occupants: 8 }
			],
			dates: [date('tls')]
		});
		try {
			computeTour(tour, IMPACTCO2_SET);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(EngineError);
			expect((e as EngineError).code).toBe('engine.factor_missing');
			expect((e as EngineError).params.activities).toEqual(['ferry', 'minibus']);
		}
	});
	it('rejects a factor in the wrong unit', () => {
		const bad = resolvedSet('bad@1', [
			{
				activity: 'rail.tgv',
				table: IMPACTCO2_SET.byActivity.get('rail.tgv')!.table,
				spec: { key: 'x', unit: 'vehicle.km', value: '1' }
			}
		]);
		const tour = emptyTour(AUCH, {
			travel: [{ id: 't', mode: 'rail.tgv', people: 1 }],
			dates: [date('tls')]
		});
		expect(() => computeTour(tour, bad)).toThrow(expect.objectContaining({ code: 'engine.unit_mismatch' }));
	});
	it('rejects an unknown mode', () => {
		const tour = emptyTour(AUCH, {
			travel: [{ id: 't', mode: 'hovercraft' as never, people: 1 }],
			dates: [date('tls')]
		});
		expect(() => computeTour(tour, IMPACTCO2_SET)).toThrow(
			expect.objectContaining({ code: 'engine.unknown_mode' })
		);
	});
});
