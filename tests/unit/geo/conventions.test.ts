/**
 * The detour rules the app applies (src/lib/geo/distance.ts) and the sourced conventions shipped as
 * data (emission-factors/parameters/distance-conventions@2026.1.json) must not drift apart: every
 * number that appears in both is checked here.
 */
import { describe, expect, it } from 'vitest';
import { DETOUR_RULES, EARTH_RADIUS_KM } from '../../../src/lib/geo/distance';
import { getFactorLibrary } from '../../../src/lib/server/factor-tables';

const conventions = getFactorLibrary().parameters.get('distance-conventions@2026.1');
const value = (key: string) => {
	const p = conventions?.byKey.get(key);
	if (!p) throw new Error(`no parameter ${key}`);
	return p.num;
};

describe('detour rules agree with the shipped distance conventions', () => {
	it('haversine radius', () => expect(EARTH_RADIUS_KM).toBe(value('plane.earth_radius_km.impactco2')));
	it('flights with ADEME factors: great-circle + 95 km (EN 16258)', () => {
		expect(DETOUR_RULES.plane.ademe).toMatchObject({
			coefficient: 1,
			addKm: value('plane.uplift_km.en16258')
		});
	});
	it('rail ×1.2 and ferry ×1.0 (GES 1point5 via co2calculator)', () => {
		expect(DETOUR_RULES.rail.coefficient).toBe(value('detour.train.co2calculator'));
		expect(DETOUR_RULES.ferry.coefficient).toBe(value('detour.ferry.co2calculator'));
	});
	it('the documented coach alternative is the bus ×1.5 of GES 1point5', () => {
		expect(DETOUR_RULES.coach.alternative?.coefficient).toBe(value('detour.bus.co2calculator'));
	});
});
