/**
 * Distances between places, offline: great-circle distance (haversine on a sphere of radius
 * 6,371 km) turned into a travelled distance by a documented rule per transport mode. Offline
 * routing is not realistic here (no OSM extracts, no OSRM; geodata.md §7), and a detour
 * coefficient is what ADEME-aligned and research carbon calculators use anyway (geodata.md §6).
 *
 *   road, rail, coach, ferry: km = great-circle × coefficient
 *   plane:                    km = great-circle + constant (95 km with ADEME factors, 0 with DESNZ)
 *   any mode:                 a distance entered by the user (odometer, ticket) always wins
 *
 * All rules, with their sources, live in DETOUR_RULES so the UI can show them.
 */

export interface LatLon {
	lat: number;
	lon: number;
}

export type TravelMode = 'road' | 'rail' | 'coach' | 'plane' | 'ferry';
export const TRAVEL_MODES: readonly TravelMode[] = ['road', 'rail', 'coach', 'plane', 'ferry'];

/** Emission-factor family the distance will be multiplied with: it decides the flight uplift. */
export type FactorFamily = 'ademe' | 'desnz';
export const FACTOR_FAMILIES: readonly FactorFamily[] = ['ademe', 'desnz'];

/** Mean Earth radius (IUGG), the usual value for haversine distances. */
export const EARTH_RADIUS_KM = 6371;

export interface DetourRule {
	/** Multiplier applied to the great-circle distance. */
	coefficient: number;
	/** Kilometres added after the multiplier (flights). */
	addKm: number;
	/** Where the rule comes from, shown in the UI. */
	source: string;
	/** An alternative value some methods use, documented but not applied. */
	alternative?: { coefficient: number; addKm: number; source: string };
}

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
		coefficient: 1.3,
		addKm: 0,
		source:
			'Wang, Bette, Schreckenberg & Guhr, “How much longer do you have to drive than the crow has to fly?”, npj Complexity 1, 22 (2024), arXiv:2406.06490: 1.3 ± 0.1 on motorway networks. Higher (1.4–1.5) for short urban trips.'
	},
	rail: {
		coefficient: 1.2,
		addKm: 0,
		source:
			'GES 1point5 (labos1point5.org, advised by Frédéric Héran), as used in pledge4future/co2calculator data/detour.csv (train 1.2).'
	},
	coach: {
		coefficient: 1.3,
		addKm: 0,
		source:
			'Touring coaches and vans run on the motorway network: same ratio as road, 1.3 (Wang et al. 2024).',
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

/** The detour rule that applies to a mode (and, for flights, to the factor family). */
export function detourRule(mode: TravelMode, family: FactorFamily = 'ademe'): DetourRule {
	if (mode === 'plane') return DETOUR_RULES.plane[family];
	return DETOUR_RULES[mode];
}

export type DistanceMethod = 'user' | 'great-circle-x-coefficient' | 'great-circle-plus-constant';

export interface TravelDistance {
	/** Distance to use in the calculation, km (rounded to 0.1 km). */
	km: number;
	method: DistanceMethod;
	/** Multiplier applied (1 for flights and user distances). */
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
	const gc = from && to ? haversineKm(from, to) : null;
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
		km: round1(gc * rule.coefficient + rule.addKm),
		method: rule.addKm > 0 ? 'great-circle-plus-constant' : 'great-circle-x-coefficient',
		coefficient: rule.coefficient,
		addedKm: rule.addKm,
		greatCircleKm: round1(gc),
		mode,
		source: rule.source
	};
}
