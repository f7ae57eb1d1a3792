/**
 * The contract between the factor tables (emission-factors/, loaded and validated by
 * src/lib/server/factor-tables.ts) and the pure engine.
 *
 * Vocabulary
 * - A *table* is one source at one version (e.g. `ademe-impactco2@C`, `desnz@2025`), immutable.
 * - A *factor* is one row of a table, keyed by our stable key (`rail.tgv`, `car.compact.diesel`…),
 *   with its value exactly as published (decimal string) and its published components.
 * - A *factor set* (`empreinte-default@2026.1`) maps each activity key the engine asks for to one
 *   factor of one table. A diagnostic is pinned to a set name + version.
 *
 * Boundary components
 * - `construction`: vehicle manufacturing, maintenance, end of life (ADEME "Construction").
 * - `fuel`: fuel or electricity, combustion and, for ADEME, its upstream production (ADEME "Carburant").
 * - `nonco2`: contrails / radiative forcing of flights (ADEME "Trainées", DESNZ "With RF" − "Without RF").
 * - `wtt`: well-to-tank upstream when the source publishes it as its own row (DESNZ "WTT-").
 * - `other`: any other published part (hotel energy, laundry…), always included.
 * `components` sum to `value` (checked by the loader and the tests). A source that publishes WTT
 * outside its headline total (DESNZ) links it through `wttKey` to another row of the same table.
 */

/** Units of activity a factor is expressed per. */
export const FACTOR_UNITS = [
	'passenger.km',
	'vehicle.km',
	'tonne.km',
	'room.night',
	'person.night',
	'meal',
	'litre',
	'kWh'
] as const;
export type FactorUnit = (typeof FACTOR_UNITS)[number];

export const COMPONENT_KINDS = ['construction', 'fuel', 'nonco2', 'wtt', 'other'] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export const VERIFICATION = ['verified', 'secondary', 'derived', 'unverified'] as const;
export type Verification = (typeof VERIFICATION)[number];

export interface FactorComponent {
	kind: ComponentKind;
	/** decimal string as published (or derived by exact decimal arithmetic when `derived`) */
	value: string;
	/** the same value as a double, parsed once at load */
	num: number;
	/** true when not published as such but computed from published rows (e.g. DESNZ RF part) */
	derived: boolean;
	/** the source's name for this part when several parts share a kind (hotel energy, laundry…) */
	label?: string;
}

export interface Factor {
	/** `<tableId>@<version>` of the table this row belongs to */
	table: string;
	/** our stable key, unique within a table */
	key: string;
	/** category for browsing and for result grouping */
	category: 'passenger' | 'freight' | 'accommodation' | 'meal' | 'fuel' | 'other';
	unit: FactorUnit;
	/** kgCO2e per unit, exactly as published */
	value: string;
	/** `value` parsed as a double */
	num: number;
	/** published split, in published order (empty when the source gives only a total) */
	components: FactorComponent[];
	/** key of the row of the same table holding this factor's separately published WTT part */
	wttKey: string | null;
	/** the source's own element id (Base Empreinte id, DESNZ ID…) */
	sourceId: string | null;
	/** the source's label, in the source's language */
	sourceLabel: string;
	/** ISO 3166 alpha-2 country, or `EU`, `WORLD` */
	geography: string;
	dataYear: number | null;
	/** 95 % half-width in percent, where the source publishes it */
	uncertaintyPct: number | null;
	verification: Verification;
	notes: string;
	/** 1-based line in the data file, for error messages and the explorer */
	line: number;
}

/** How `components` must add up to `value` (checked at load). */
export const COMPONENT_SUM_RULES = ['exact', 'exact-or-float64'] as const;
export type ComponentSumRule = (typeof COMPONENT_SUM_RULES)[number];

export const BOUNDARY_STATES = ['included', 'excluded', 'separable', 'n/a'] as const;
export type BoundaryState = (typeof BOUNDARY_STATES)[number];

export interface TableManifest {
	id: string;
	version: string;
	/** `${id}@${version}` */
	ref: string;
	title: string;
	sourceOrg: string;
	dataset: string;
	publishedOn: string | null;
	retrievedOn: string;
	licence: string;
	attribution: string;
	url: string;
	dataFile: string;
	sha256: string;
	boundary: {
		construction: 'included' | 'excluded' | 'separable' | 'n/a';
		fuelUpstream: 'included' | 'excluded' | 'separable' | 'n/a';
		nonCO2: 'included' | 'excluded' | 'separable' | 'n/a';
		/** well-to-tank: `separable` when published as linked rows (DESNZ) */
		wtt?: BoundaryState;
		notes: string;
	};
	notes: string;
	supersedes: string | null;
	/** first and last day the source served these values, when known (impactCO2 A/B/C) */
	validFrom?: string | null;
	validUntil?: string | null;
	/** the exact file, commit or sheet the values were read from */
	sourceFile?: string | null;
	/**
	 * `exact`: components add up to `value` in exact decimal arithmetic.
	 * `exact-or-float64`: or `value` is their IEEE-754 double sum in listed order — impactCO2 computes
	 * its car totals that way (0.1105577600556303 + 0.03169565217391306 = 0.14225341222954335).
	 */
	componentSum?: ComponentSumRule;
}

export interface FactorTable {
	manifest: TableManifest;
	factors: Factor[];
	byKey: Map<string, Factor>;
}

export interface SetEntry {
	/** activity key the engine asks for (e.g. `plane.short`, `hotel.FR`) */
	activity: string;
	/** `<tableId>@<version>` */
	table: string;
	/** factor key within that table */
	key: string;
	/** why this pick (shown in the explorer), in English */
	why?: string;
	/** the same in French */
	whyFr?: string;
	/** id of the set's rule this pick follows (`R1`, `E1`…, see `FactorSet.ruleList`) */
	rule?: string;
}

/**
 * How a set asks the engine to apply its factors, where sources differ in method and not only in
 * values (issue 18). Every option is off when absent, so a set published before an option existed
 * keeps its numbers to the bit; a set that wants one is a new set version.
 */
export interface SetMethod {
	/**
	 * A flight's distance band (plane.short … plane.long) follows the distance the user gave for the
	 * leg, when given, instead of the places' great-circle distance.
	 */
	planeBandFromUserDistance?: boolean;
	/** flights up to this many km use the activity `plane.lt500` (Base Carbone's < 500 km element) */
	planeShortSplitKm?: number;
	/**
	 * DESNZ flight categories chosen from the countries of the leg's two ends: both GB = UK domestic,
	 * one GB = short-haul up to `shortHaulMaxKm`, long-haul beyond, neither = international (non-UK).
	 */
	flightCategories?: { scheme: 'desnz'; shortHaulMaxKm: number };
	/** flights measured as the bare great-circle distance (impactCO2's own rule: no + 95 km) */
	planeGreatCircleOnly?: boolean;
	/** audience parameters the set pins (`audience-archetypes@2026.2`); absent = audience-archetypes@2026.1 */
	audienceParameters?: string;
}

/** One numbered selection rule of a set, in both languages. */
export interface SetRule {
	id: string;
	en: string;
	fr: string;
}

export interface FactorSet {
	name: string;
	version: string;
	/** `${name}@${version}` */
	ref: string;
	title: string;
	description: string;
	/** the documented selection rule, in prose */
	rules: string;
	isDefault: boolean;
	entries: SetEntry[];
	publishedOn?: string | null;
	supersedes?: string | null;
	/** French title, description and rules (the fields above are English) */
	fr?: { title: string; description: string; rules: string };
	ruleList?: SetRule[];
	method?: SetMethod;
}

/** What the engine receives: a set with every entry resolved to its factor (and WTT row). */
export interface ResolvedFactor {
	activity: string;
	set: string;
	factor: Factor;
	wtt: Factor | null;
	table: TableManifest;
}

export interface ResolvedFactorSet {
	set: FactorSet;
	byActivity: Map<string, ResolvedFactor>;
}

/** Typed error: never a silent zero. The UI translates by `code`. */
export class MissingFactorError extends Error {
	readonly code = 'factor.missing';
	constructor(
		readonly activity: string,
		readonly set: string
	) {
		super(`No factor for activity "${activity}" in factor set ${set}`);
		this.name = 'MissingFactorError';
	}
}

/** Typed error: a factor set that points nowhere, twice, or at a factor in the wrong unit. */
export class FactorSetError extends Error {
	readonly code = 'factor.set.invalid';
	constructor(
		readonly set: string,
		readonly activity: string | null,
		detail: string
	) {
		super(`Factor set ${set}${activity ? `, activity "${activity}"` : ''}: ${detail}`);
		this.name = 'FactorSetError';
	}
}

/**
 * Typed error of the factor data files (emission-factors/): the message names the file, the line
 * (1-based, when known) and the field, e.g.
 * `emission-factors/desnz@2025/factors.csv:14 [value]: "0,5" is not a plain decimal number`.
 */
export class FactorTableError extends Error {
	readonly code = 'factor.table.invalid';
	constructor(
		readonly file: string,
		readonly line: number | null,
		readonly field: string | null,
		readonly detail: string
	) {
		super(`${file}${line !== null ? `:${line}` : ''}${field ? ` [${field}]` : ''}: ${detail}`);
		this.name = 'FactorTableError';
	}
}

/**
 * A sourced parameter that is not an emission factor (car occupancy, detour coefficient…), from
 * emission-factors/parameters/<id>@<version>.json.
 */
export interface SourcedParameter {
	key: string;
	/** decimal string as published */
	value: string;
	num: number;
	unit: string;
	label: string;
	/** id of an entry of the file's `sources` */
	source: string;
	sourceId: string | null;
	verification: Verification;
	notes: string;
}

export interface ParameterTable {
	id: string;
	version: string;
	ref: string;
	title: string;
	description: string;
	retrievedOn: string;
	sources: { id: string; label: string; url: string | null; licence: string }[];
	parameters: SourcedParameter[];
	byKey: Map<string, SourcedParameter>;
}
