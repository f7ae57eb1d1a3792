/**
 * The engine's public surface. Pure TypeScript: no I/O, no SvelteKit, no Svelte, no database; it
 * runs in the browser (live results), on the server (API), in the CLI (tsx) and in the tests.
 */
export { computeTour, DEFAULT_MC_RUNS, DEFAULT_MC_SEED } from './compute';
export { ENGINE_VERSION } from './version';
export { EngineError, ENGINE_ERROR_CODES, isEngineError, type EngineErrorCode } from './errors';
export { FULL_BOUNDARY, applyBoundary, resolveBoundary, isFullBoundary } from './boundary';
export { greatCircleKm, detourKm, detourRule, factorFamily, geoMode, type FactorFamily } from './distance';
export { planeBand, travelActivity, modeFamily, isVehicleMode } from './modes';
export { deriveRoute, orderDates, isOneOff, type RouteLeg } from './route';
export { analyticRange, monteCarloRanges, mulberry32 } from './uncertainty';
export {
	DEFAULT_PARAMETERS,
	sizeFromCapacity,
	archetypeKey,
	type EngineParameters,
	type AudienceArchetype
} from './parameters';
export * from './types';
