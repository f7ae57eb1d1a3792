/**
 * Types of the offline gazetteer: places (French communes, Paris/Lyon/Marseille arrondissements,
 * European and world cities), the raw row formats of the two JSON assets written by
 * scripts/build-geodata.mjs, and search results.
 */

/** Where a place's coordinates come from. Everything but `geonames` is an estimate (`approx: true`). */
export type PlaceSource =
	/** A GeoNames cities500 point joined on department + name or on the INSEE code. */
	| 'geonames'
	/** Population-weighted centre of the exactly placed communes sharing a postal code (median error ≈ 4–5 km). */
	| 'postcode'
	/** Population-weighted centre of the department (median error ≈ 28 km). */
	| 'department'
	/** Marseille arrondissements: population-weighted centre of their GeoNames quartiers. */
	| 'quartiers'
	/** Hand table: Paris arrondissements (±1 km), TAAF districts and Clipperton. */
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

/** Row of `communes` in fr-communes.json: [insee, name, lat, lon, population, "cp cp", src, "alias|alias"?]. */
export type CommuneRow = [string, string, number, number, number, string, number, string?];
/** Row of `arrondissements`: [insee, name, lat, lon, population, "cp", src, parentInsee]. */
export type ArrondissementRow = [string, string, number, number, number, string, number, string];
/** Row of `departments`: [code, name, lat, lon]. */
export type DepartmentRow = [string, string, number, number];
/** Row of places.json: [geonameid, name, cc, lat, lon, population, "alt|alt"?, admin1?]. */
export type WorldRow = [number, string, string, number, number, number, string?, string?];

export interface AssetMeta {
	asset: string;
	format: Record<string, string>;
	sources: Record<string, { package: string; attribution: string; [k: string]: unknown }>;
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
	/** ISO2 country hint: breaks near-ties in favour of that country, never filters. */
	country?: string;
	/** Keep only places of these ISO2 countries (a hard filter, unlike `country`). */
	countries?: string[];
}
