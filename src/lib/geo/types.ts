/**
 * Types of the offline gazetteer: places (French communes, Paris/Lyon/Marseille arrondissements,
 * European and world cities), the raw row formats of the two JSON assets written by
 * scripts/build-geodata.mjs, and search results.
 */

/**
 * Where a place's coordinates come from. Everything but `laposte` and `geonames` is an estimate
 * (`approx: true`).
 */
export type PlaceSource =
	/** The commune's own reference point in La Poste's « Base officielle des codes postaux » (COG 2024). */
	| 'laposte'
	/** A GeoNames cities500 point (world cities; French communes the La Poste file lacks). */
	| 'geonames'
	/** A merged commune: the La Poste point of its most populated former commune. */
	| 'former-commune'
	/** Population-weighted centre of the exactly placed communes sharing a postal code (median error ≈ 4–5 km). */
	| 'postcode'
	/** Population-weighted centre of the department (older assets only: no commune is placed so now). */
	| 'department'
	/** Older assets only: Marseille arrondissements from their GeoNames quartiers. */
	| 'quartiers'
	/** Hand table: TAAF districts, Clipperton, a few New Caledonia and French Polynesia communes. */
	| 'manual';

export type PlaceKind = 'commune' | 'arrondissement' | 'city';

export interface Place {
	/** `fr:<INSEE code>` for French communes and arrondissements, `gn:<GeoNames id>` elsewhere. */
	id: string;
	name: string;
	/** Disambiguating label: "Saint-Étienne (Loire, 42)", "Brussels, Belgique". */
	label: string;
	/** ISO 3166-1 alpha-2. French overseas communes are `FR` (see `territory`). */
	country: string;
	lat: number;
	lon: number;
	/** Legal population (INSEE) for communes, GeoNames population for cities; 0 when unknown. */
	population: number;
	/** Area of a French commune or arrondissement, km² (INSEE); absent elsewhere. */
	areaKm2?: number;
	kind: PlaceKind;
	/** French postal codes of the commune (many-to-many). */
	postcodes?: string[];
	/** French department code ("42", "2A", "974") and name. */
	department?: string;
	departmentName?: string;
	/** GeoNames country code of a French overseas territory ("RE", "GP", "NC"…). */
	territory?: string;
	/** Id of the commune an arrondissement belongs to (`fr:75056`). */
	parent?: string;
	/** Other names found for the place (former communes, exonyms). */
	aliases?: string[];
	/** GeoNames admin1 code, kept only to tell same-name places of one country apart. */
	admin1?: string;
	/** True when the point is an estimate rather than the place's own point. */
	approx: boolean;
	source: PlaceSource;
}

/** Row of `communes` in fr-communes.json: [insee, name, lat, lon, population, "cp cp", src, areaKm2, "alias|alias"?]. */
export type CommuneRow = [string, string, number, number, number, string, number, number, string?];
/** Row of `arrondissements`: [insee, name, lat, lon, population, "cp", src, parentInsee, areaKm2]. */
export type ArrondissementRow = [string, string, number, number, number, string, number, string, number];
/** Row of `departments`: [code, name, lat, lon]. */
export type DepartmentRow = [string, string, number, number];
/** Row of places.json: [geonameid, name, cc, lat, lon, population, "alt|alt"?, admin1?]. */
export type WorldRow = [number, string, string, number, number, number, string?, string?];

export interface AssetMeta {
	asset: string;
	format: Record<string, string>;
	sources: Record<string, { package?: string; attribution: string; [k: string]: unknown }>;
	rules: string[];
	counts: Record<string, unknown>;
}

export interface FrAsset {
	meta: AssetMeta;
	departments: DepartmentRow[];
	communes: CommuneRow[];
	arrondissements: ArrondissementRow[];
}

export interface WorldAsset {
	meta: AssetMeta;
	places: WorldRow[];
}

/**
 * How a search hit matched: an id or INSEE code, a postal code, the whole name or an alias, the
 * beginning of one, or a near spelling (Levenshtein/OSA distance in `distance`).
 */
export type MatchKind = 'id' | 'postcode' | 'exact' | 'prefix' | 'fuzzy';

export type SearchHit = Place & {
	match: MatchKind;
	/** The name or alias that matched, as written in the data ("Bruxelles" for Brussels). */
	matched: string;
	/** Edit distance of a fuzzy match (0 otherwise). */
	distance: number;
	/** Ranking score (higher first): log10 population plus match bonuses; for debugging and tests. */
	score: number;
};

export interface SearchOptions {
	/** Maximum number of results (default 10). */
	limit?: number;
	/** ISO2 country to weigh instead of France (an order of magnitude of population); never filters. */
	country?: string;
	/** Keep only places of these ISO2 countries (a hard filter, unlike `country`). */
	countries?: string[];
}
