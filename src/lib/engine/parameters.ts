/**
 * The engine's parameters as data: audience archetypes and uncertainty spreads, both in
 * emission-factors/parameters/ with their sources and reasoning. They are bundled (a static JSON
 * import, no I/O) so that the browser, the server, the CLI and the tests read the same numbers.
 * tests/unit/engine/parameters.test.ts checks their shape and internal consistency.
 *
 * Audience parameters are versioned like the factor tables (issue 22): one folder per version,
 * `emission-factors/parameters/audience-archetypes@<version>/archetypes.json`, never edited once
 * released. A factor set pins the version it uses (`method.audienceParameters`); a set that pins
 * none uses 2026.1, the version every set used before pinning existed, so their tours keep their
 * numbers. A new version is added here, to AUDIENCE_PARAMETERS, and pinned by a new set version.
 */
import archetypes20261 from '../../../emission-factors/parameters/audience-archetypes@2026.1/archetypes.json';
import archetypes20262 from '../../../emission-factors/parameters/audience-archetypes@2026.2/archetypes.json';
import uncertaintyJson from '../../../emission-factors/parameters/uncertainty.json';
import type { FactorSet } from './factors/types';
import type { AudienceMode, QualityTag, Territory, VenueSize } from './types';

/** Confidence of one sourced cell (research note audience-defaults.md: [V] [R] [D] [U]). */
export type CellLabel = 'verified' | 'reported' | 'derived' | 'assumed';

/** One number of an archetype with where it comes from, shown wherever the default is used. */
export interface SourcedCell {
	value: number | string;
	/** ids of the file's `sources` */
	sources: string[];
	/** year(s) of the data */
	year: string;
	/** who was surveyed */
	population: string;
	label: CellLabel;
	note?: string;
}

/**
 * A distance band of an archetype (2026.2 on): the share of spectators living in it, their one-way
 * distance and the modal shares within the band — the shape an audience import produces, so that
 * defaults and imported data go through one formula. `same-commune` takes the intra-commune
 * distance of the archetype's territory (`intraCommune`).
 */
export interface ArchetypeBand {
	id: string;
	share: number;
	/** one-way km of the band's spectators; absent for `same-commune` */
	oneWayKm?: number;
	modalShares: Partial<Record<AudienceMode, number>>;
}

export interface AudienceArchetype {
	territory: Territory;
	size: VenueSize;
	meanRoundTripKm: number;
	modalShares: Partial<Record<AudienceMode, number>>;
	roundTripKm: Partial<Record<AudienceMode, number>>;
	carOccupancy: number;
	verification: string;
	/** 2026.2 on */
	label?: { fr: string; en: string };
	bands?: ArchetypeBand[];
	cells?: Record<string, SourcedCell>;
}

export interface AudienceSource {
	id: string;
	title: string;
	publisher?: string;
	year: number;
	/** null for the project's own research note (not published at a URL) */
	url: string | null;
	figures?: string;
	verification?: string;
	note?: string;
}

export interface AudienceParameters {
	version: string;
	sizeThresholds: { smallMaxSeats: number; mediumMaxSeats: number };
	defaultCarOccupancy: { value: number };
	archetypes: Record<string, AudienceArchetype>;
	sources?: AudienceSource[];
	/** one-way km of a trip within the venue's commune, by territory (2026.2 on) */
	intraCommune?: Record<Territory, { oneWayKm: number; label: CellLabel; reasoning: string }>;
	/** event-type modifiers adopted (2026.2: none — see `eventTypes.note`) */
	eventTypes?: { modifiers: unknown[]; note: { fr: string; en: string } };
}

export interface UncertaintyParameters {
	version: string;
	quality: Record<QualityTag, { pct: number }>;
	factorDefaults: { rules: { prefix: string; pct: number }[] };
}

export interface EngineParameters {
	audience: AudienceParameters;
	uncertainty: UncertaintyParameters;
}

/** Every released version of the audience parameters, by ref. */
export const AUDIENCE_PARAMETERS: Record<string, AudienceParameters> = {
	'audience-archetypes@2026.1': archetypes20261 as unknown as AudienceParameters,
	'audience-archetypes@2026.2': archetypes20262 as unknown as AudienceParameters
};

/** What a set that pins no audience parameters uses (every set published before pinning). */
export const UNPINNED_AUDIENCE_PARAMETERS = 'audience-archetypes@2026.1';

export const DEFAULT_PARAMETERS: EngineParameters = {
	audience: AUDIENCE_PARAMETERS[UNPINNED_AUDIENCE_PARAMETERS],
	uncertainty: uncertaintyJson as unknown as UncertaintyParameters
};

/** The audience parameters ref a set uses. */
export function audienceParametersRef(set: Pick<FactorSet, 'method'>): string {
	return set.method?.audienceParameters ?? UNPINNED_AUDIENCE_PARAMETERS;
}

/** The engine parameters of a set: its pinned audience version, the shared uncertainty spreads. */
export function parametersForSet(set: Pick<FactorSet, 'method'>): EngineParameters {
	const ref = audienceParametersRef(set);
	const audience = AUDIENCE_PARAMETERS[ref];
	if (!audience)
		throw new Error(
			`Unknown audience parameters ${ref} (known: ${Object.keys(AUDIENCE_PARAMETERS).join(', ')})`
		);
	return audience === DEFAULT_PARAMETERS.audience ? DEFAULT_PARAMETERS : { ...DEFAULT_PARAMETERS, audience };
}

export function archetypeKey(territory: Territory, size: VenueSize): string {
	return `${territory}.${size}`;
}

export function sizeFromCapacity(capacity: number | null, p: AudienceParameters): VenueSize | null {
	if (capacity === null) return null;
	if (capacity <= p.sizeThresholds.smallMaxSeats) return 'small';
	if (capacity <= p.sizeThresholds.mediumMaxSeats) return 'medium';
	return 'large';
}

/** 95 % half-width (percent) of a factor's uncertainty: published value, else the category default. */
export function factorUncertaintyPct(
	activity: string,
	published: number | null,
	p: UncertaintyParameters
): number {
	if (published !== null && Number.isFinite(published)) return published;
	for (const r of p.factorDefaults.rules) {
		if (r.prefix === '*' || activity.startsWith(r.prefix)) return r.pct;
	}
	return 0;
}
