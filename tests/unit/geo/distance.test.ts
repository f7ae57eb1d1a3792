/** Great-circle distance, the detour rules (road bands: tests/unit/geo/road-rule.test.ts) and intra-commune trips. */
import { describe, expect, it } from 'vitest';
import {
	DETOUR_RULES,
	EARTH_RADIUS_KM,
	applyDetour,
	detourRule,
	detourText,
	haversineKm,
	intraCommuneKm,
	sameCommune,
	travelDistance
} from '../../../src/lib/geo/distance';

// Town-hall-ish points (GeoNames), kept fixed so the figures below do not move with the gazetteer.
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
	it('multiplies by the mode coefficient, road and coach by band', () => {
		const road = travelDistance(MONTPELLIER, TOULOUSE, 'road');
		expect(road.coefficient).toBe(1.2);
		expect(road.method).toBe('great-circle-x-coefficient');
		// × 1.4 on the first 10 km, × 1.2 on the rest
		expect(road.km).toBeCloseTo(10 * 1.4 + (gc - 10) * 1.2, 1);
		expect(road.greatCircleKm).toBeCloseTo(gc, 1);
		// the motorway is about 245 km
		expect(road.km).toBeGreaterThan(235);
		expect(road.km).toBeLessThan(250);
		expect(travelDistance(MONTPELLIER, TOULOUSE, 'rail').km).toBeCloseTo(gc * 1.2, 1);
		expect(travelDistance(MONTPELLIER, TOULOUSE, 'coach').km).toBe(road.km);
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
	it('applies road bands marginally: no jump at 10 km, ratio falling from 1.4 towards 1.2', () => {
		const rule = DETOUR_RULES.road;
		expect(applyDetour(5, rule)).toBeCloseTo(7, 9);
		expect(applyDetour(10, rule)).toBeCloseTo(14, 9);
		expect(applyDetour(10.001, rule)).toBeCloseTo(14.0012, 6);
		expect(applyDetour(100, rule)).toBeCloseTo(14 + 90 * 1.2, 9);
		expect(applyDetour(0, rule)).toBe(0);
		let last = Infinity;
		for (const gcKm of [1, 5, 10, 20, 50, 100, 500, 1000]) {
			const ratio = applyDetour(gcKm, rule) / gcKm;
			expect(ratio).toBeLessThanOrEqual(last);
			last = ratio;
		}
		expect(detourText(rule)).toBe('× 1.4 (0–10 km), × 1.2 (> 10 km)');
		expect(detourText(DETOUR_RULES.rail)).toBe('× 1.2');
		expect(detourText(DETOUR_RULES.plane.ademe)).toBe('+ 95 km');
	});
	it('counts a trip inside one commune as its mean intra-commune distance, not 0 km', () => {
		// Paris, 105.4 km²: 2/3 × √(105.4 / π) = 3.86 km great-circle, × 1.4 = 5.4 km by road
		const paris = { id: 'fr:75056', lat: 48.8534, lon: 2.3488, areaKm2: 105.4 };
		expect(intraCommuneKm(105.4)).toBeCloseTo(3.861, 3);
		const d = travelDistance(paris, { ...paris }, 'road');
		expect(d.method).toBe('intra-commune');
		expect(d.greatCircleKm).toBe(3.9);
		expect(d.km).toBe(5.4);
		expect(d.source).toMatch(/Same commune/);
		// An origin given by a postcode of the venue's commune (same id, no area): the venue's area.
		expect(travelDistance({ id: 'fr:75056', lat: 48.86, lon: 2.35 }, paris, 'road').km).toBe(5.4);
		// No area at all: the median French commune, 10.95 km² → 1.25 km great-circle.
		expect(intraCommuneKm(undefined)).toBeCloseTo(1.245, 3);
		// Different places, or points without ids, keep the great-circle distance (0 for one point).
		expect(travelDistance({ lat: 1, lon: 1 }, { lat: 1, lon: 1 }, 'road').km).toBe(0);
		expect(sameCommune({ id: 'fr:1', lat: 0, lon: 0 }, { id: 'fr:2', lat: 0, lon: 0 })).toBe(false);
		// A user distance still wins.
		expect(travelDistance(paris, paris, 'road', { overrideKm: 2 }).km).toBe(2);
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
