/**
 * Leg distance, engine side.
 *
 * Formula: km = user distance if any, else the gazetteer's rule (src/lib/geo/distance.ts, the one place
 *          where detour rules live): road, coach, urban and soft modes great-circle × 1.3 · rail × 1.2 ·
 *          ferry × 1.0 · plane great-circle + 95 km with ADEME-family factors, + 0 km with DESNZ
 *          factors (their 8 % uplift is built in; adding it would double count). The geo module rounds
 *          computed distances to 0.1 km.
 * Units:   km. Great-circle: haversine on a sphere of radius 6371 km (impactCO2's convention).
 * Sources: reference/geodata.md §6 and emission-factor-sources.md §1.9 (Wang et al. 2024 road 1.3;
 *          GES 1point5 rail 1.2; EN 16258:2012 plane + 95 km; DESNZ great-circle without uplift).
 *
 * This file only maps the engine's mode families and factor families onto the geo module's modes.
 */
import { detourRule as geoDetourRule, haversineKm, type TravelMode as GeoMode } from '../geo/distance';
import type { ModeFamily } from './types';

export function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	return haversineKm(a, b);
}

/** Which convention the factor's source expects for flight distances. */
export type FactorFamily = 'ademe' | 'desnz' | 'other';

export function factorFamily(
	table: { id?: string; ref?: string; sourceOrg?: string } | undefined
): FactorFamily {
	const s = `${table?.id ?? ''} ${table?.ref ?? ''} ${table?.sourceOrg ?? ''}`.toLowerCase();
	if (s.includes('desnz') || s.includes('defra') || s.includes('beis')) return 'desnz';
	if (s.includes('ademe')) return 'ademe';
	return 'other';
}

/** Engine mode family → geo travel mode. Urban transport and soft modes follow the road network. */
export function geoMode(family: ModeFamily): GeoMode {
	switch (family) {
		case 'rail':
			return 'rail';
		case 'coach':
			return 'coach';
		case 'air':
			return 'plane';
		case 'sea':
			return 'ferry';
		default:
			return 'road';
	}
}

/** Unknown sources get the EN 16258 convention for flights (+ 95 km), the more cautious one. */
function geoFamily(f: FactorFamily): 'ademe' | 'desnz' {
	return f === 'desnz' ? 'desnz' : 'ademe';
}

export interface DetourRule {
	multiplier: number;
	addKm: number;
	/** short text for explanations (`GCD × 1.3`, `GCD + 95 km`) */
	text: string;
	source: string;
}

const RULES = new Map<string, DetourRule>();

export function detourRule(family: ModeFamily, factors: FactorFamily): DetourRule {
	const key = family + '|' + factors;
	let rule = RULES.get(key);
	if (!rule) {
		rule = makeRule(family, factors);
		RULES.set(key, rule);
	}
	return rule;
}

function makeRule(family: ModeFamily, factors: FactorFamily): DetourRule {
	const r = geoDetourRule(geoMode(family), geoFamily(factors));
	const text = r.addKm > 0 ? `GCD + ${r.addKm} km` : r.coefficient === 1 ? 'GCD' : `GCD × ${r.coefficient}`;
	return { multiplier: r.coefficient, addKm: r.addKm, text, source: r.source };
}

/**
 * Travelled distance from a great-circle distance: the geo module's rule, with its rounding to
 * 0.1 km (`travelDistance` in src/lib/geo/distance.ts; tests/unit/engine/distance.test.ts checks
 * that both give the same km). Computed here from the known great-circle distance so that a leg's
 * haversine is done once.
 */
export function detourKm(
	gcKm: number,
	family: ModeFamily,
	factors: FactorFamily
): { km: number; rule: string } {
	if (gcKm === 0) return { km: 0, rule: 'same place' };
	const rule = detourRule(family, factors);
	return { km: Math.round((gcKm * rule.multiplier + rule.addKm) * 10) / 10, rule: rule.text };
}
