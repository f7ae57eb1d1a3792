/**
 * Distances between places, offline: great-circle distance (haversine on a sphere of radius
 * 6,371 km) turned into a travelled distance by a documented rule per transport mode. Offline
 * routing is not realistic here (no OSM extracts, no OSRM; geodata.md §7), and a detour
 * coefficient is what ADEME-aligned and research carbon calculators use anyway (geodata.md §6).
 *
 *   road, coach:  km = great-circle × 1.4 for the first 10 km, × 1.2 beyond (marginal bands, see ROAD_SOURCE)
 *   rail, ferry:  km = great-circle × coefficient
 *   plane:        km = great-circle + constant (95 km with ADEME factors, 0 with DESNZ)
 *   same commune: the commune's mean intra-commune distance stands for the great-circle distance
 *                 (intraCommuneKm), so a spectator living in the venue's commune travels more than 0 km
 *   any mode:     a distance entered by the user (odometer, ticket) always wins
 *
 * All rules, with their sources, live in DETOUR_RULES so the UI can show them.
 */

export interface LatLon {
	lat: number;
	lon: number;
	/** Gazetteer id: two points with the same id are one commune (intra-commune trip). */
	id?: string;
	/** Area of the commune, km² (gazetteer places of France have it). */
	areaKm2?: number;
}

export type TravelMode = 'road' | 'rail' | 'coach' | 'plane' | 'ferry';
export const TRAVEL_MODES: readonly TravelMode[] = ['road', 'rail', 'coach', 'plane', 'ferry'];

/** Emission-factor family the distance will be multiplied with: it decides the flight uplift. */
export type FactorFamily = 'ademe' | 'desnz';
export const FACTOR_FAMILIES: readonly FactorFamily[] = ['ademe', 'desnz'];

/** Mean Earth radius (IUGG), the usual value for haversine distances. */
export const EARTH_RADIUS_KM = 6371;

/** A marginal band: the part of the great-circle distance up to `upToKm` is multiplied by `coefficient`. */
export interface DetourBand {
	upToKm: number;
	coefficient: number;
}

export interface DetourRule {
	/** Multiplier applied to the great-circle distance (beyond the last band when there are bands). */
	coefficient: number;
	/** Marginal bands applied before `coefficient`, as income-tax bands are: continuous and increasing. */
	bands?: DetourBand[];
	/** Kilometres added after the multiplier (flights). */
	addKm: number;
	/** Where the rule comes from, shown in the UI. */
	source: string;
	/** An alternative value some methods use, documented but not applied. */
	alternative?: { coefficient: number; addKm: number; source: string };
}

/**
 * Road: × 1.4 on the first 10 km of great-circle distance, × 1.2 beyond. The flat × 1.3 of Wang et al.
 * (2024) overstated long trips by about 10 % against published road distances between French cities
 * (Paris–Lyon: 393 km great-circle, 465 km by road; × 1.3 gave 511). Over 23 city pairs from 27 to
 * 685 km (tests/unit/geo/road-rule.test.ts, with their sources) the published road distance is
 * 1.10–1.27 × the great-circle distance beyond 50 km (median 1.17), and 1.35 for Paris–Nice; short
 * trips detour more (travel surveys find the ratio falling with distance: geodata.md §6, which
 * suggests 1.4–1.5 under 10 km). The bands are marginal, so the distance never jumps at 10 km.
 */
const ROAD_SOURCE =
	'Great-circle × 1.4 for the first 10 km, × 1.2 beyond: fitted on published road distances between French cities (median ratio 1.17 beyond 50 km; Paris–Lyon 465 km by road for 393 km great-circle), within 10 % for 22 of 23 pairs; short trips detour more (Wang, Bette, Schreckenberg & Guhr, npj Complexity 1, 22, 2024: 1.3 ± 0.1 on motorway networks, higher for short urban trips).';

/**
 * The one place where detour rules live. Values and sources from geodata.md §6.
 * `plane` depends on the factor family: ADEME factors expect the +95 km of EN 16258; DESNZ factors
 * already include an 8 % uplift for indirect routes, delays and circling, so nothing is added.
 */
export const DETOUR_RULES: {
	road: DetourRule;
	rail: DetourRule;
	coach: DetourRule;
	ferry: DetourRule;
	plane: Record<FactorFamily, DetourRule>;
} = {
	road: {
		coefficient: 1.2,
		bands: [{ upToKm: 10, coefficient: 1.4 }],
		addKm: 0,
		source: ROAD_SOURCE
	},
	rail: {
		coefficient: 1.2,
		addKm: 0,
		source:
			'GES 1point5 (labos1point5.org, advised by Frédéric Héran), as used in pledge4future/co2calculator data/detour.csv (train 1.2).'
	},
	coach: {
		coefficient: 1.2,
		bands: [{ upToKm: 10, coefficient: 1.4 }],
		addKm: 0,
		source: `Touring coaches and vans run on the road network: same rule as road. ${ROAD_SOURCE}`,
		alternative: {
			coefficient: 1.5,
			addKm: 0,
			source:
				'GES 1point5 (labos1point5.org, advised by Frédéric Héran): bus 1.5, as in pledge4future/co2calculator data/detour.csv; suited to regional bus lines.'
		}
	},
	ferry: {
		coefficient: 1,
		addKm: 0,
		source: 'pledge4future/co2calculator data/detour.csv (ferry 1.0); enter the real route length when known.'
	},
	plane: {
		ademe: {
			coefficient: 1,
			addKm: 95,
			source:
				'EN 16258:2012 (great-circle distance + 95 km), as required with ADEME Base Carbone factors; French ministry “Méthode pour la réalisation des bilans d’émissions de GES”, v4, p. 53.'
		},
		desnz: {
			coefficient: 1,
			addKm: 0,
			source:
				'DESNZ/DEFRA factors already include an 8 % uplift for indirect routes, delays and circling; they are applied to the great-circle distance, so nothing is added (to be checked against the current DESNZ methodology paper).'
		}
	}
};

/** Great-circle distance in km (haversine formula, spherical Earth of radius 6,371 km). */
export function haversineKm(a: LatLon, b: LatLon): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	// min() guards against h drifting above 1 by rounding for antipodal points.
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Travelled km for a great-circle distance under a rule (bands first, then the coefficient, then addKm). */
export function applyDetour(gcKm: number, rule: DetourRule): number {
	let km = 0;
	let from = 0;
	for (const b of rule.bands ?? []) {
		if (gcKm <= from) break;
		km += (Math.min(gcKm, b.upToKm) - from) * b.coefficient;
		from = b.upToKm;
	}
	if (gcKm > from) km += (gcKm - from) * rule.coefficient;
	return km + rule.addKm;
}

/**
 * Short, language-neutral text of a rule, shown in both interfaces: "× 1.4 (0–10 km), × 1.2 (> 10 km)",
 * "× 1.2", "+ 95 km".
 */
export function detourText(rule: DetourRule): string {
	if (rule.addKm > 0) return `+ ${rule.addKm} km`;
	if (rule.bands && rule.bands.length > 0) {
		let from = 0;
		const parts = rule.bands.map((b) => {
			const part = `× ${b.coefficient} (${from}–${b.upToKm} km)`;
			from = b.upToKm;
			return part;
		});
		return `${parts.join(', ')}, × ${rule.coefficient} (> ${from} km)`;
	}
	return rule.coefficient === 1 ? '' : `× ${rule.coefficient}`;
}

/**
 * Mean distance travelled inside one commune, as a great-circle distance: from a home spread
 * uniformly over a disc of the commune's area to its centre (where the venue, the town hall and the
 * reference point usually are), that is 2/3 of the disc's radius, 2/3 × √(area / π) ≈ 0.376 √area.
 * Paris (105 km²): 3.9 km; a commune of 15 km²: 1.5 km. The detour rule then applies to it as to any
 * great-circle distance. A place with no known area: the median French commune (10.95 km², median of
 * the communes' areas in fr-communes.json), 1.2 km.
 */
export const MEDIAN_COMMUNE_AREA_KM2 = 10.95;
export function intraCommuneKm(areaKm2: number | undefined): number {
	const a = areaKm2 && areaKm2 > 0 ? areaKm2 : MEDIAN_COMMUNE_AREA_KM2;
	return (2 / 3) * Math.sqrt(a / Math.PI);
}

/** Two gazetteer points of the same place: a trip that starts and ends in one commune. */
export function sameCommune(a: LatLon, b: LatLon): boolean {
	return a.id !== undefined && a.id === b.id;
}

/** The detour rule that applies to a mode (and, for flights, to the factor family). */
export function detourRule(mode: TravelMode, family: FactorFamily = 'ademe'): DetourRule {
	if (mode === 'plane') return DETOUR_RULES.plane[family];
	return DETOUR_RULES[mode];
}

export type DistanceMethod =
	| 'user'
	| 'great-circle-x-coefficient'
	| 'great-circle-plus-constant'
	/** One commune: the mean intra-commune distance × the detour rule. */
	| 'intra-commune';

export interface TravelDistance {
	/** Distance to use in the calculation, km (rounded to 0.1 km). */
	km: number;
	method: DistanceMethod;
	/** Multiplier applied (1 for flights and user distances; the one beyond the bands for road). */
	coefficient: number;
	/** Kilometres added (95 for flights with ADEME factors, else 0). */
	addedKm: number;
	/** Great-circle distance, km (rounded to 0.1 km); 0 when only a user distance was given. */
	greatCircleKm: number;
	mode: TravelMode;
	/** Human-readable source of the rule, or of the user's figure. */
	source: string;
}

export interface TravelDistanceOptions {
	factorFamily?: FactorFamily;
	/** A distance entered by the user (km). When set, it is returned as is. */
	overrideKm?: number | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Travelled distance between two points for a mode. `from`/`to` may be null when the user gave a
 * distance and the places are unknown.
 */
export function travelDistance(
	from: LatLon | null,
	to: LatLon | null,
	mode: TravelMode,
	options: TravelDistanceOptions = {}
): TravelDistance {
	const family = options.factorFamily ?? 'ademe';
	const local = from && to && sameCommune(from, to);
	const gc = from && to ? (local ? intraCommuneKm(to.areaKm2 ?? from.areaKm2) : haversineKm(from, to)) : null;
	const override = options.overrideKm;
	if (override !== undefined && override !== null) {
		if (!Number.isFinite(override) || override < 0) {
			throw new RangeError(`overrideKm must be a finite number ≥ 0, got ${override}`);
		}
		return {
			km: override,
			method: 'user',
			coefficient: 1,
			addedKm: 0,
			greatCircleKm: gc === null ? 0 : round1(gc),
			mode,
			source: 'Distance entered by the user.'
		};
	}
	if (gc === null) throw new RangeError('travelDistance needs two points or an overrideKm');
	const rule = detourRule(mode, family);
	return {
		km: round1(applyDetour(gc, rule)),
		method: local
			? 'intra-commune'
			: rule.addKm > 0
				? 'great-circle-plus-constant'
				: 'great-circle-x-coefficient',
		coefficient: rule.coefficient,
		addedKm: rule.addKm,
		greatCircleKm: round1(gc),
		mode,
		source: local
			? `Same commune: mean intra-commune distance 2/3 × √(area / π) (home spread over a disc of the commune's area, to its centre), then: ${rule.source}`
			: rule.source
	};
}
