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
		notes: string;
	};
	notes: string;
	supersedes: string | null;
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
	/** why this pick (shown in the explorer) */
	why?: string;
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
