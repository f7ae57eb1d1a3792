/** Great-circle distance and the detour rules of geodata.md §6. */
import { describe, expect, it } from 'vitest';
import {
	DETOUR_RULES,
	EARTH_RADIUS_KM,
	detourRule,
	haversineKm,
	travelDistance
} from '../../../src/lib/geo/distance';

// Town-hall-ish points, from the committed gazetteer (GeoNames).
const MONTPELLIER = { lat: 43.6109, lon: 3.8764 };
const TOULOUSE = { lat: 43.6043, lon: 1.4437 };

describe('haversineKm', () => {
	it('matches closed-form values on a sphere of radius 6371 km', () => {
		// A quarter of a great circle, and one degree of latitude: πR/2 and πR/180.
		expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 90 })).toBeCloseTo(
			(Math.PI * EARTH_RADIUS_KM) / 2,
			6
		);
		expect(haversineKm({ lat: 45, lon: 3 }, { lat: 46, lon: 3 })).toBeCloseTo(
			(Math.PI * EARTH_RADIUS_KM) / 180,
			6
		);
		expect(haversineKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
		expect(haversineKm(MONTPELLIER, MONTPELLIER)).toBe(0);
	});
	it('gives about 196 km from Montpellier to Toulouse', () => {
		expect(haversineKm(MONTPELLIER, TOULOUSE)).toBeGreaterThan(195);
		expect(haversineKm(MONTPELLIER, TOULOUSE)).toBeLessThan(197);
	});
	it('is symmetric and safe for antipodes', () => {
		const a = { lat: 48.85, lon: 2.35 };
		const b = { lat: -48.85, lon: -177.65 };
		expect(haversineKm(a, b)).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 3);
		expect(haversineKm(MONTPELLIER, TOULOUSE)).toBe(haversineKm(TOULOUSE, MONTPELLIER));
	});
});

describe('detour rules', () => {
	const gc = haversineKm(MONTPELLIER, TOULOUSE);
	it('multiplies by the mode coefficient', () => {
		const road = travelDistance(MONTPELLIER, TOULOUSE, 'road');
		expect(road.coefficient).toBe(1.3);
		expect(road.method).toBe('great-circle-x-coefficient');
		expect(road.km).toBeCloseTo(gc * 1.3, 1);
		expect(road.greatCircleKm).toBeCloseTo(gc, 1);
		expect(road.km).toBeGreaterThan(253);
		expect(road.km).toBeLessThan(256);
		expect(travelDistance(MONTPELLIER, TOULOUSE, 'rail').km).toBeCloseTo(gc * 1.2, 1);
		expect(travelDistance(MONTPELLIER, TOULOUSE, 'coach').km).toBeCloseTo(gc * 1.3, 1);
		expect(travelDistance(MONTPELLIER, TOULOUSE, 'ferry').km).toBeCloseTo(gc, 1);
	});
	it('adds 95 km to flights with ADEME factors and nothing with DESNZ factors', () => {
		const ademe = travelDistance(MONTPELLIER, TOULOUSE, 'plane', { factorFamily: 'ademe' });
		expect(ademe.addedKm).toBe(95);
		expect(ademe.method).toBe('great-circle-plus-constant');
		expect(ademe.km).toBeCloseTo(gc + 95, 1);
		const desnz = travelDistance(MONTPELLIER, TOULOUSE, 'plane', { factorFamily: 'desnz' });
		expect(desnz.addedKm).toBe(0);
		expect(desnz.coefficient).toBe(1);
		expect(desnz.km).toBeCloseTo(gc, 1);
		// ADEME is the default family.
		expect(travelDistance(MONTPELLIER, TOULOUSE, 'plane').km).toBe(ademe.km);
	});
	it('lets a user-entered distance win, even 0, and keeps the great-circle for reference', () => {
		const d = travelDistance(MONTPELLIER, TOULOUSE, 'road', { overrideKm: 242 });
		expect(d).toMatchObject({ km: 242, method: 'user', coefficient: 1, addedKm: 0 });
		expect(d.greatCircleKm).toBeCloseTo(gc, 1);
		expect(travelDistance(MONTPELLIER, TOULOUSE, 'plane', { overrideKm: 0 }).km).toBe(0);
		expect(travelDistance(null, null, 'rail', { overrideKm: 12.5 }).km).toBe(12.5);
		expect(travelDistance(MONTPELLIER, TOULOUSE, 'road', { overrideKm: null }).method).not.toBe('user');
	});
	it('rejects impossible input', () => {
		expect(() => travelDistance(MONTPELLIER, TOULOUSE, 'road', { overrideKm: -1 })).toThrow(RangeError);
		expect(() => travelDistance(MONTPELLIER, TOULOUSE, 'road', { overrideKm: Number.NaN })).toThrow(
			RangeError
		);
		expect(() => travelDistance(null, TOULOUSE, 'road')).toThrow(RangeError);
	});
	it('keeps every rule with a source in one object', () => {
		for (const mode of ['road', 'rail', 'coach', 'ferry'] as const) {
			expect(DETOUR_RULES[mode].source.length).toBeGreaterThan(20);
			expect(detourRule(mode)).toBe(DETOUR_RULES[mode]);
		}
		expect(DETOUR_RULES.coach.alternative?.coefficient).toBe(1.5);
		expect(DETOUR_RULES.coach.alternative?.source).toMatch(/GES 1point5/);
		expect(DETOUR_RULES.plane.ademe.source).toMatch(/EN 16258/);
		expect(DETOUR_RULES.plane.desnz.source).toMatch(/8 %/);
		expect(detourRule('plane', 'desnz')).toBe(DETOUR_RULES.plane.desnz);
	});
});
