/**
 * Freight: vehicle·km by class and load (DESNZ 2025, WTT added under the full boundary), empty
 * return legs, fuel litres × fuel factor, tonne·km for shared freight. Values: helpers.ts.
 */
import { describe, expect, it } from 'vitest';
import { computeTour, type FreightInput, type TourDateInput } from '../../../src/lib/engine';
import { emptyTour, MIXED_SET } from './helpers';
import { AUCH, TOULOUSE } from './places';

const tls: TourDateInput = {
	id: 'tls',
	venueName: 'Toulouse',
	place: TOULOUSE,
	start: '2026-09-25',
	end: '2026-09-27',
	performances: 4,
	attendance: null,
	capacity: null,
	audience: null
};
const tour = (freight: FreightInput[]) =>
	emptyTour(AUCH, { dates: [tls], freight, distances: [{ fromId: AUCH.id, toId: TOULOUSE.id, km: 80 }] });

describe('dedicated vehicles, per vehicle·km', () => {
	const truck: FreightInput = {
		kind: 'vehicle',
		id: 'truck',
		class: 'rigid_7_5t',
		load: 'average',
		vehicles: 1,
		followTour: true,
		legs: [],
		emptyReturn: false
	};
	it('follows the tour: one line per leg, with the linked WTT row under the full boundary', () => {
		const r = computeTour(tour([truck]), MIXED_SET);
		expect(r.lines.map((l) => l.id)).toEqual(['freight:truck:leg:home>tls', 'freight:truck:leg:tls>home']);
		// DESNZ 2025 rigid 3.5–7.5 t average laden 0.49548 /km + WTT 0.11851 /km = 0.61399; × 80 km
		for (const l of r.lines) {
			expect(l.factor.value).toBe(0.49548 + 0.11851);
			expect(l.kgCO2e).toBe((0.49548 + 0.11851) * 80 * 1);
			expect(l.kgCO2e).toBeCloseTo(49.1192, 10);
		}
		expect(r.byLeg.map((l) => l.kgCO2e)).toEqual(r.lines.map((l) => l.kgCO2e));
	});
	it('without WTT: the combustion row only', () => {
		const r = computeTour(tour([truck]), MIXED_SET, { boundary: { wtt: false } });
		expect(r.lines[0].kgCO2e).toBe(0.49548 * 80);
		expect(r.lines[0].factor.excluded).toEqual(['wtt']);
		expect(r.lines[0].factor.notSeparable).toEqual([]);
	});
	it('an empty return is a leg with the empty-load factor', () => {
		const stands: FreightInput = {
			kind: 'vehicle',
			id: 'stands',
			class: 'artic',
			load: 'full',
			vehicles: 2,
			followTour: false,
			legs: [{ from: AUCH, to: TOULOUSE, dateId: 'tls' }],
			emptyReturn: true
		};
		const r = computeTour(tour([stands]), MIXED_SET);
		expect(r.lines.map((l) => [l.id, l.mode])).toEqual([
			['freight:stands:leg1', 'freight.artic.full'],
			['freight:stands:leg1:return', 'freight.artic.empty']
		]);
		// DESNZ 2025 all artics 100 % laden 1.06414 /km, 0 % laden 0.64659 /km; 2 vehicles × 80 km
		expect(r.lines[0].kgCO2e).toBe(1.06414 * 80 * 2);
		expect(r.lines[1].kgCO2e).toBe(0.64659 * 80 * 2);
		expect(r.lines[1].flags).toContain('freight.empty_leg');
		expect(r.lines[0].legId).toBeNull();
		expect(r.lines[0].dateId).toBe('tls');
	});
	it('known fuel replaces vehicle·km: litres × fuel factor, one line', () => {
		const r = computeTour(tour([{ ...truck, fuel: { type: 'diesel', litres: 850 } }]), MIXED_SET);
		expect(r.lines).toHaveLength(1);
		// Nos Gestes Climat 4.15 gazole 3.07 kgCO2e/L × 850 L = 2609.5
		expect(r.lines[0]).toMatchObject({ id: 'freight:truck:fuel', kgCO2e: 3.07 * 850, quality: 'measured' });
		expect(r.lines[0].quantities.distanceKm).toBe(160);
	});
});

describe('shared freight, per tonne·km', () => {
	it('0.8 t by groupage road freight along the tour', () => {
		const set: FreightInput = {
			kind: 'shared',
			id: 'set',
			mode: 'road',
			tonnes: 0.8,
			followTour: true,
			legs: []
		};
		const r = computeTour(tour([set]), MIXED_SET);
		// DESNZ 2025 all artics average laden 0.078 kgCO2e/t·km × 80 km × 0.8 t = 4.992
		expect(r.lines.map((l) => l.kgCO2e)).toEqual([0.078 * 80 * 0.8, 0.078 * 80 * 0.8]);
		expect(r.lines[0].kgCO2e).toBeCloseTo(4.992, 12);
		expect(r.lines[0].quantity).toBeCloseTo(64, 12);
	});
});
