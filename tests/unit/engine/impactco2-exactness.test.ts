/**
 * Exactness against ADEME impactCO2: a single-mode trip computed by the engine with an impactCO2
 * table reproduces the calculator's published outputs to the last bit (IEEE-754 doubles compared
 * with toBe, not toBeCloseTo).
 *
 * Expected values: incubateur-ademe/impactco2 `testa/transport.test.ts` (API tests at HEAD, 100 km,
 * default options = construction excluded, contrails included; carpool n = value × km ÷ n) and the
 * reference §1.3 example (TGV 100 km = 0.22999999999999998).
 */
import { describe, expect, it } from 'vitest';
import { computeTour, type Boundary, type TravelGroup } from '../../../src/lib/engine';
import { emptyTour, IMPACTCO2_SET, place } from './helpers';

const A = place('x:a', 'A', 45, 3);
const B = place('x:b', 'B', 45.5, 3.5);

/** impactCO2 API default boundary: `includeConstruction=0`, contrails kept. */
const API: Partial<Boundary> = { construction: false };

function trip(group: Omit<TravelGroup, 'id'>, km: number, boundary: Partial<Boundary> = API) {
	const tour = emptyTour(A, {
		route: { derive: false, returnHomeGapDays: null },
		legs: [{ id: 'trip', from: A, to: B, groups: [{ id: 'g', ...group }], distanceKm: km }]
	});
	const r = computeTour(tour, IMPACTCO2_SET, { boundary });
	expect(r.lines).toHaveLength(1);
	return r.lines[0];
}

describe('impactCO2 API, 100 km, default options (construction excluded)', () => {
	const cases: [string, Omit<TravelGroup, 'id'>, number][] = [
		['TGV', { mode: 'rail.tgv', people: 1 }, 0.22999999999999998],
		['Intercités', { mode: 'rail.intercites', people: 1 }, 0.58],
		['TER', { mode: 'rail.ter', people: 1 }, 2.29],
		['Autocar thermique', { mode: 'coach', people: 1 }, 3.314],
		['Bus thermique', { mode: 'bus', people: 1 }, 11.35],
		['Tramway', { mode: 'tram', people: 1 }, 0.38],
		['Vélo à assistance électrique', { mode: 'ebike', people: 1 }, 0.22300000000000003],
		['Vélo mécanique', { mode: 'bike', people: 1 }, 0],
		['Marche', { mode: 'walk', people: 1 }, 0],
		['Avion trajet court (band ≤ 1000 km)', { mode: 'plane.short', people: 1 }, 22.42],
		['Voiture thermique', { mode: 'car', vehicles: 1, occupants: 1 }, 11.055776005563029],
		[
			'Voiture thermique (Moyenne - Diesel)',
			{ mode: 'car.compact.diesel', vehicles: 1, occupants: 1 },
			11.055776005563029
		],
		['Voiture électrique', { mode: 'car.compact.electric', vehicles: 1, occupants: 1 }, 1.208836005563031],
		['Moto thermique (> 250 cm³)', { mode: 'motorbike', vehicles: 1, occupants: 1 }, 14.000000000000002],
		['Camping-car', { mode: 'campervan', vehicles: 1, occupants: 1 }, 37.71932716693085],
		['Van', { mode: 'van.passenger', vehicles: 1, occupants: 1 }, 23.714601166930848]
	];
	for (const [name, group, expected] of cases) {
		it(`${name} = ${expected}`, () => {
			const line = trip(group, 100);
			expect(line.kgCO2e).toBe(expected);
			if (group.mode !== 'walk') expect(line.factor.excluded).toContain('construction');
			expect(line.factor.notSeparable).toEqual([]);
		});
	}
});

describe('impactCO2 carpool: per-person share = (value × km) ÷ persons', () => {
	const cases: [number, number, number][] = [
		[2, 5.5278880027815145, 0.6044180027815155],
		[3, 3.68525866852101, 0.402945335187677],
		[4, 2.7639440013907572, 0.30220900139075774],
		[5, 2.211155201112606, 0.2417672011126062]
	];
	for (const [n, thermal, electric] of cases) {
		it(`Covoiturage thermique / électrique (${n} personnes)`, () => {
			expect(trip({ mode: 'car.compact.diesel', vehicles: 1, occupants: n }, 100).perPersonKg).toBe(thermal);
			expect(trip({ mode: 'car.compact.electric', vehicles: 1, occupants: n }, 100).perPersonKg).toBe(
				electric
			);
		});
	}
});

describe('full boundary (web simulators: computeECV sums every component)', () => {
	it('TGV 100 km with construction: (0 + 0.00063 + 0.0023) × 100', () => {
		const line = trip({ mode: 'rail.tgv', people: 1 }, 100, {});
		expect(line.kgCO2e).toBe((0 + 0.00063 + 0.0023) * 100);
		expect(line.factor.included).toEqual(['construction', 'fuel']);
		expect(line.factor.excluded).toEqual([]);
	});
	it('plane without contrails (ignoreRadiativeForcing=1): 0.1232 × 100', () => {
		const line = trip({ mode: 'plane.short', people: 1 }, 100, { construction: false, nonCO2: false });
		expect(line.kgCO2e).toBe(12.32);
		expect(line.factor.excluded).toEqual(['construction', 'nonco2']);
	});
	it('the order of summation is the published one (cars: fuel then construction)', () => {
		const line = trip({ mode: 'car.compact.diesel', vehicles: 1, occupants: 1 }, 100, {});
		expect(line.kgCO2e).toBe((0 + 0.1105577600556303 + 0.03169565217391306) * 100);
	});
});
