/**
 * Mode vocabulary: which activity key a travel / audience mode asks the factor set for, whether its
 * factor is per passenger·km or per vehicle·km, and which family (detour rule, charts) it belongs to.
 *
 * Plane bands follow src/lib/engine/factors/activities.ts: great-circle ≤ 1000 km short, ≤ 2000
 * medium, ≤ 5000 medium_long, > 5000 long — the impactCO2 rule "first band whose max ≥ km"
 * (reference §1.3).
 */
import { EngineError } from './errors';
import type { AudienceMode, ModeFamily, SharedFreightMode, TravelMode } from './types';
import { PASSENGER_MODES, VEHICLE_MODES } from './types';

const PASSENGER = new Set<string>(PASSENGER_MODES);
const VEHICLE = new Set<string>(VEHICLE_MODES);

export function isVehicleMode(mode: string): boolean {
	return VEHICLE.has(mode);
}

export function isTravelMode(mode: string): mode is TravelMode {
	return PASSENGER.has(mode) || VEHICLE.has(mode);
}

export function planeBand(greatCircleKm: number): 'short' | 'medium' | 'medium_long' | 'long' {
	if (greatCircleKm <= 1000) return 'short';
	if (greatCircleKm <= 2000) return 'medium';
	if (greatCircleKm <= 5000) return 'medium_long';
	return 'long';
}

/** Activity key for a travel mode; `plane` needs the great-circle distance to pick its band. */
export function travelActivity(mode: string, greatCircleKm: number): string {
	if (mode === 'plane') return `plane.${planeBand(greatCircleKm)}`;
	if (mode === 'car') return 'car.average';
	if (!isTravelMode(mode))
		throw new EngineError('engine.unknown_mode', `Unknown travel mode "${mode}"`, { mode });
	return mode;
}

export function modeFamily(mode: string): ModeFamily {
	if (mode.startsWith('rail.')) return 'rail';
	if (mode.startsWith('plane')) return 'air';
	if (mode === 'ferry') return 'sea';
	if (mode === 'coach') return 'coach';
	if (mode === 'bus' || mode === 'metro' || mode === 'tram') return 'urban';
	if (mode === 'bike' || mode === 'ebike' || mode === 'walk') return 'soft';
	return 'road';
}

/** Audience modes map onto the same activity keys as team travel (car = `car.average`). */
export function audienceActivity(mode: AudienceMode): string {
	return mode === 'car' ? 'car.average' : mode;
}

export function audienceIsVehicle(mode: AudienceMode): boolean {
	return mode === 'car' || mode === 'motorbike';
}

export function sharedFreightActivity(mode: SharedFreightMode): string {
	return `freight.tkm.${mode}`;
}

export function sharedFreightFamily(mode: SharedFreightMode): ModeFamily {
	return mode === 'air' ? 'air' : mode === 'sea' ? 'sea' : mode === 'rail' ? 'rail' : 'road';
}
