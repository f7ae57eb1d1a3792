/**
 * The engine's parameters as data: audience archetypes and uncertainty spreads, both in
 * emission-factors/parameters/ with their sources and reasoning. They are bundled (a static JSON
 * import, no I/O) so that the browser, the server, the CLI and the tests read the same numbers.
 * tests/unit/engine/parameters.test.ts checks their shape and internal consistency.
 */
import archetypesJson from '../../../emission-factors/parameters/audience-archetypes.json';
import uncertaintyJson from '../../../emission-factors/parameters/uncertainty.json';
import type { AudienceMode, QualityTag, Territory, VenueSize } from './types';

export interface AudienceArchetype {
	territory: Territory;
	size: VenueSize;
	meanRoundTripKm: number;
	modalShares: Partial<Record<AudienceMode, number>>;
	roundTripKm: Partial<Record<AudienceMode, number>>;
	carOccupancy: number;
	verification: string;
}

export interface AudienceParameters {
	version: string;
	sizeThresholds: { smallMaxSeats: number; mediumMaxSeats: number };
	defaultCarOccupancy: { value: number };
	archetypes: Record<string, AudienceArchetype>;
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

export const DEFAULT_PARAMETERS: EngineParameters = {
	audience: archetypesJson as unknown as AudienceParameters,
	uncertainty: uncertaintyJson as unknown as UncertaintyParameters
};

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
