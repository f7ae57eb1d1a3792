/**
 * Engine distances follow the gazetteer's rules (src/lib/geo/distance.ts): the engine applies the geo
 * module's detour rule to a leg's known great-circle distance, and must give the very km that
 * `travelDistance` gives for the same two points.
 */
import { describe, expect, it } from 'vitest';
import { travelDistance } from '../../../src/lib/geo/distance';
import {
	detourKm,
	detourRule,
	factorFamily,
	geoMode,
	greatCircleKm,
	mulberry32,
	type ModeFamily
} from '../../../src/lib/engine';
import { AUCH, BERLIN, BRUSSELS, MONTPELLIER, TOULOUSE } from './places';

const FAMILIES: ModeFamily[] = ['road', 'rail', 'coach', 'air', 'sea', 'urban', 'soft'];

describe('engine distances = geo travelDistance', () => {
	it('for 500 random pairs, every mode family and both factor families', () => {
		const rand = mulberry32(99);
		for (let n = 0; n < 500; n++) {
			const a = { lat: 35 + rand() * 25, lon: -10 + rand() * 35 };
			const b = { lat: 35 + rand() * 25, lon: -10 + rand() * 35 };
			const gc = greatCircleKm(a, b);
			for (const fam of FAMILIES) {
				for (const ff of ['ademe', 'desnz'] as const) {
					expect(detourKm(gc, fam, ff).km).toBe(travelDistance(a, b, geoMode(fam), { factorFamily: ff }).km);
				}
			}
		}
	});
	it('documented rules: road × 1.4 to 10 km then × 1.2, rail × 1.2, plane + 95 km (ADEME) or + 0 (DESNZ), sea × 1', () => {
		expect(detourRule('road', 'ademe')).toMatchObject({
			multiplier: 1.2,
			addKm: 0,
			text: 'GCD × 1.4 (0–10 km), × 1.2 (> 10 km)'
		});
		expect(detourRule('rail', 'ademe')).toMatchObject({ multiplier: 1.2, addKm: 0 });
		expect(detourRule('air', 'ademe')).toMatchObject({ multiplier: 1, addKm: 95, text: 'GCD + 95 km' });
		expect(detourRule('air', 'desnz')).toMatchObject({ multiplier: 1, addKm: 0, text: 'GCD' });
		expect(detourRule('air', 'other')).toMatchObject({ addKm: 95 });
		expect(detourRule('sea', 'desnz')).toMatchObject({ multiplier: 1, addKm: 0 });
		expect(detourKm(0, 'road', 'ademe')).toEqual({ km: 0, rule: 'same place' });
	});
	it('sensible distances between real places', () => {
		// Montpellier → Toulouse by road: great-circle ≈ 197 km, 14 + 187 × 1.2 ≈ 238 km (the motorway is ≈ 245 km)
		const road = detourKm(greatCircleKm(MONTPELLIER, TOULOUSE), 'road', 'ademe').km;
		expect(road).toBeGreaterThan(230);
		expect(road).toBeLessThan(270);
		expect(greatCircleKm(AUCH, TOULOUSE)).toBeCloseTo(69, 0);
		expect(greatCircleKm(BRUSSELS, BERLIN)).toBeGreaterThan(640);
	});
	it('recognises the factor family from the table', () => {
		expect(factorFamily({ id: 'ademe-impactco2', ref: 'ademe-impactco2@C', sourceOrg: 'ADEME' })).toBe(
			'ademe'
		);
		expect(
			factorFamily({
				id: 'desnz',
				ref: 'desnz@2025',
				sourceOrg: 'UK Department for Energy Security and Net Zero (DESNZ)'
			})
		).toBe('desnz');
		expect(factorFamily({ id: 'nosgestesclimat', ref: 'nosgestesclimat@4.15.0', sourceOrg: 'ADEME' })).toBe(
			'ademe'
		);
		expect(factorFamily({ id: 'x', ref: 'x@1', sourceOrg: 'Someone' })).toBe('other');
	});
});
