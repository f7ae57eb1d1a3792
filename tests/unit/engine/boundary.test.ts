/**
 * Boundary: components summed in published order under the requested switches; DESNZ WTT rows added
 * under the full boundary; requested exclusions a source does not separate are kept and flagged.
 */
import { describe, expect, it } from 'vitest';
import { applyBoundary, computeTour, FULL_BOUNDARY } from '../../../src/lib/engine';
import { DESNZ_FLIGHT_SET, emptyTour, IMPACTCO2_SET, manifest, resolvedSet } from './helpers';
import { AUCH, TOULOUSE } from './places';

const desnzFlight = DESNZ_FLIGHT_SET.byActivity.get('plane.short')!;
const tgv = IMPACTCO2_SET.byActivity.get('rail.tgv')!;

describe('applyBoundary', () => {
	it('full boundary of an ADEME factor = sum of its components in published order', () => {
		expect(applyBoundary(tgv, FULL_BOUNDARY)).toMatchObject({
			value: 0 + 0.00063 + 0.0023,
			included: ['construction', 'fuel'],
			excluded: [],
			notSeparable: []
		});
	});
	it('DESNZ flight: published With-RF total + WTT; without RF: Without-RF row + WTT; without WTT: the published total', () => {
		// DESNZ 2025 short-haul average passenger: With RF 0.12786, Without RF 0.07559, WTT 0.02286
		expect(applyBoundary(desnzFlight, FULL_BOUNDARY).value).toBe(0.12786 + 0.02286);
		expect(applyBoundary(desnzFlight, { ...FULL_BOUNDARY, nonCO2: false })).toMatchObject({
			value: 0 + 0.07559 + 0.02286,
			excluded: ['nonco2'],
			included: ['fuel', 'wtt']
		});
		expect(applyBoundary(desnzFlight, { ...FULL_BOUNDARY, wtt: false })).toMatchObject({
			value: 0.12786,
			excluded: ['wtt']
		});
	});
	it('meals and hotel nights have no vehicle construction nor fuel upstream: excluding those flags nothing', () => {
		const table = manifest('ngc@1', 'ADEME', {
			construction: 'included',
			fuelUpstream: 'included',
			nonCO2: 'n/a'
		});
		// Nos Gestes Climat 4.15.0 vegetarian meal 0.85 kgCO2e; DESNZ 2025 hotel France 6.7 per room-night
		const set = resolvedSet('s@1', [
			{ activity: 'meal.vegetarian', table, spec: { key: 'meal.vegetarian', unit: 'meal', value: '0.85' } },
			{ activity: 'hotel.FR', table, spec: { key: 'hotel.FR', unit: 'room.night', value: '6.7' } }
		]);
		for (const a of ['meal.vegetarian', 'hotel.FR']) {
			const b = applyBoundary(set.byActivity.get(a)!, { construction: false, nonCO2: false, wtt: false });
			expect(b.notSeparable, a).toEqual([]);
		}
	});
	it('an exclusion the source does not separate stays in the value and is flagged', () => {
		const table = manifest('base@1', 'ADEME', {
			construction: 'included',
			fuelUpstream: 'included',
			nonCO2: 'included'
		});
		const set = resolvedSet('s@1', [
			// Base Carbone V23.6 short-haul element 43745 (< 500 km, with contrails) 0.289, published as a total here
			{
				activity: 'plane.short',
				table,
				spec: { key: 'plane.short', unit: 'passenger.km', value: '0.289', sourceId: '43745' }
			}
		]);
		const b = applyBoundary(set.byActivity.get('plane.short')!, {
			construction: false,
			nonCO2: false,
			wtt: false
		});
		expect(b).toMatchObject({ value: 0.289, notSeparable: ['construction', 'nonco2', 'wtt'] });
		const tour = emptyTour(AUCH, {
			route: { derive: false, returnHomeGapDays: null },
			legs: [
				{
					id: 'f',
					from: AUCH,
					to: TOULOUSE,
					groups: [{ id: 'p', mode: 'plane', people: 1 }],
					distanceKm: 100
				}
			]
		});
		const r = computeTour(tour, set, { boundary: { nonCO2: false } });
		expect(r.lines[0].kgCO2e).toBe(0.289 * 100 * 1);
		expect(r.lines[0].flags).toContain('boundary.not_separable');
		expect(r.boundary).toMatchObject({
			construction: true,
			nonCO2: false,
			wtt: true,
			isFull: false,
			notSeparableLines: 1
		});
		expect(r.warnings).toContainEqual(
			expect.objectContaining({ code: 'boundary.not_separable', lineId: 'travel:leg:f:p' })
		);
	});
	it('non-CO2 exclusions only concern flights', () => {
		expect(applyBoundary(tgv, { ...FULL_BOUNDARY, nonCO2: false }).notSeparable).toEqual([]);
	});
	it('the result states its boundary', () => {
		const r = computeTour(emptyTour(AUCH), IMPACTCO2_SET);
		expect(r.boundary).toEqual({
			construction: true,
			nonCO2: true,
			wtt: true,
			isFull: true,
			notSeparableLines: 0
		});
	});
});
