/**
 * Leg distance, engine side.
 *
 * Formula: km = user distance if any, else the gazetteer's rule (src/lib/geo/distance.ts, the one place
 *          where detour rules live): road, coach, urban and soft modes great-circle × 1.4 for the first
 *          10 km, × 1.2 beyond · rail × 1.2 ·
 *          ferry × 1.0 · plane great-circle + 95 km with ADEME-family factors, + 0 km with DESNZ
 *          factors (their 8 % uplift is built in; adding it would double count). The geo module rounds
 *          computed distances to 0.1 km.
 * Units:   km. Great-circle: haversine on a sphere of radius 6371 km (impactCO2's convention).
 *          A leg that starts and ends in one commune (same gazetteer id) uses the commune's mean
 *          intra-commune distance, 2/3 × √(area / π), as its great-circle distance.
 * Sources: reference/geodata.md §6 and emission-factor-sources.md §1.9 (road bands fitted on
 *          published French road distances, tests/unit/geo/road-rule.test.ts; GES 1point5 rail 1.2;
 *          EN 16258:2012 plane + 95 km; DESNZ great-circle without uplift).
 *
 * This file only maps the engine's mode families and factor families onto the geo module's modes.
 */
import {
	applyDetour,
	detourRule as geoDetourRule,
	detourText,
	haversineKm,
	intraCommuneKm,
	type DetourRule as GeoRule,
	type TravelMode as GeoMode
} from '../geo/distance';
import type { EnginePlace, ModeFamily } from './types';

export function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	return haversineKm(a, b);
}

/**
 * The great-circle distance a leg stands on: between two places, or, when both ends are the same
 * gazetteer commune, its mean intra-commune distance (so that a trip inside one town counts).
 */
export function legGreatCircleKm(a: EnginePlace, b: EnginePlace): number {
	if (a.id === b.id && a.areaKm2 !== undefined) return intraCommuneKm(a.areaKm2);
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
	/** the multiplier beyond the bands (road) or the only one */
	multiplier: number;
	addKm: number;
	/** short text for explanations (`GCD × 1.4 (0–10 km), × 1.2 (> 10 km)`, `GCD × 1.2`, `GCD + 95 km`) */
	text: string;
	source: string;
	/** the geo module's rule, bands included */
	geo: GeoRule;
}

/** Rules by mode family, then factor family (no key string built per call: a tour asks thousands of times). */
const RULES: Partial<Record<ModeFamily, Partial<Record<FactorFamily, DetourRule>>>> = Object.create(null);

export function detourRule(family: ModeFamily, factors: FactorFamily): DetourRule {
	const byFactors = (RULES[family] ??= Object.create(null) as Partial<Record<FactorFamily, DetourRule>>);
	let rule = byFactors[factors];
	if (!rule) {
		rule = makeRule(family, factors);
		byFactors[factors] = rule;
	}
	return rule;
}

function makeRule(family: ModeFamily, factors: FactorFamily): DetourRule {
	const r = geoDetourRule(geoMode(family), geoFamily(factors));
	const text = `GCD ${detourText(r)}`.trim();
	return { multiplier: r.coefficient, addKm: r.addKm, text, source: r.source, geo: r };
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
	return { km: Math.round(applyDetour(gcKm, rule.geo) * 10) / 10, rule: rule.text };
}
