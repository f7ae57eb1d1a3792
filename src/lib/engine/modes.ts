/**
 * Mode vocabulary: which activity key a travel / audience mode asks the factor set for, whether its
 * factor is per passenger·km or per vehicle·km, and which family (detour rule, charts) it belongs to.
 *
 * Plane bands follow src/lib/engine/factors/activities.ts: great-circle ≤ 1000 km short, ≤ 2000
 * medium, ≤ 5000 medium_long, > 5000 long — the impactCO2 rule "first band whose max ≥ km"
 * (reference §1.3). A set may change how a flight finds its factor (`method` of the set, issue 18):
 * the band from the user's kilometres when given, a < 500 km band, DESNZ categories from the
 * countries at both ends. Without those options the rule above is unchanged, to the bit.
 */
import { EngineError } from './errors';
import type { SetMethod } from './factors/types';
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

export interface PlaneChoice {
	activity: string;
	/** why this activity, for the line's formula (`band from the user's 450 km`, `DESNZ: UK domestic`) */
	why: string | null;
	flag: string | null;
}

/**
 * A generic `plane` under a set's method options. `userKm` is the distance the user gave for the
 * leg (explicit or an override for the pair), `countries` the ISO codes of the leg's two ends.
 */
export function planeActivity(
	method: SetMethod | undefined,
	greatCircleKm: number,
	userKm: number | undefined,
	countries: [string, string]
): PlaneChoice {
	const m = method ?? {};
	const fromUser = m.planeBandFromUserDistance === true && userKm !== undefined;
	const km = fromUser ? userKm : greatCircleKm;
	const cat = m.flightCategories;
	if (cat) {
		const uk = (c: string) => c.toUpperCase() === 'GB';
		const ends = (uk(countries[0]) ? 1 : 0) + (uk(countries[1]) ? 1 : 0);
		const c =
			ends === 2
				? 'uk_domestic'
				: ends === 1
					? km <= cat.shortHaulMaxKm
						? 'uk_short_haul'
						: 'uk_long_haul'
					: 'non_uk';
		const kmText = ends === 1 ? ` (${fromUser ? "the user's" : 'great-circle'} ${Math.round(km)} km)` : '';
		return {
			activity: `plane.${c}`,
			why: `DESNZ category from the countries ${countries[0]}–${countries[1]}${kmText}`,
			flag: fromUser && ends === 1 ? 'plane.band_from_user_distance' : null
		};
	}
	let activity = `plane.${planeBand(km)}`;
	if (m.planeShortSplitKm !== undefined && km <= m.planeShortSplitKm) activity = 'plane.lt500';
	return {
		activity,
		why: fromUser ? `band from the user's ${Math.round(km * 10) / 10} km` : null,
		flag: fromUser ? 'plane.band_from_user_distance' : null
	};
}

export function modeFamily(mode: string): ModeFamily {
	if (mode.startsWith('rail.')) return 'rail';
	if (mode.startsWith('plane')) return 'air';
	if (mode === 'ferry') return 'sea';
	if (mode === 'coach') return 'coach';
	if (mode === 'bus' || mode.startsWith('bus.') || mode === 'metro' || mode === 'tram') return 'urban';
	if (
		mode === 'bike' ||
		mode === 'ebike' ||
		mode === 'walk' ||
		mode.startsWith('kick_scooter') ||
		mode.startsWith('cargo_bike')
	)
		return 'soft';
	return 'road';
}

/** Audience modes map onto the same activity keys as team travel (car = `car.average`). */
export function audienceActivity(mode: AudienceMode): string {
	return mode === 'car' ? 'car.average' : mode;
}

/**
 * Audience modes whose factor is per vehicle·km: the car (shared by its occupancy) and two-wheelers
 * (one rider: impactCO2 publishes motorbikes and scooters per vehicle, driver alone).
 */
export function audienceIsVehicle(mode: AudienceMode): boolean {
	return (
		mode === 'car' ||
		mode === 'motorbike' ||
		mode === 'motorbike.small' ||
		mode === 'scooter.petrol' ||
		mode === 'scooter.electric'
	);
}

export function sharedFreightActivity(mode: SharedFreightMode): string {
	return `freight.tkm.${mode}`;
}

export function sharedFreightFamily(mode: SharedFreightMode): ModeFamily {
	return mode === 'air' ? 'air' : mode === 'sea' ? 'sea' : mode === 'rail' ? 'rail' : 'road';
}
