/**
 * The activity vocabulary: the keys the engine asks a factor set for. A factor set maps each of
 * these to one factor of one table (emission-factors/sets/*.json); the default set must map all
 * of them (checked by tests/unit/factors), other sets may map fewer (a missing one is a typed
 * MissingFactorError at compute time, never a zero).
 *
 * `per` is the unit the factor must be expressed in; `mode` groups keys for charts and levers.
 */
import type { FactorUnit } from './types';

export interface ActivityDef {
	key: string;
	per: FactorUnit;
	/**
	 * other units a set may map this activity to, the engine converting explicitly (hotel nights:
	 * per room or per person, converted from the tour's people and rooms; see accommodation.ts)
	 */
	alsoPer?: FactorUnit[];
	/**
	 * asked for only when a set's `method` option says so (flight categories, < 500 km band): the
	 * default set need not map it
	 */
	optional?: boolean;
	category: 'travel' | 'freight' | 'accommodation' | 'meal' | 'fuel';
	mode?: 'rail' | 'road' | 'air' | 'sea' | 'urban' | 'soft';
}

const p = (key: string, mode: ActivityDef['mode']): ActivityDef => ({
	key,
	per: 'passenger.km',
	category: 'travel',
	mode
});
const v = (
	key: string,
	mode: ActivityDef['mode'],
	category: ActivityDef['category'] = 'travel'
): ActivityDef => ({
	key,
	per: 'vehicle.km',
	category,
	mode
});

export const CAR_SIZES = ['small', 'compact', 'sedan', 'large'] as const;
export const CAR_ENERGIES = ['petrol', 'diesel', 'electric', 'hybrid', 'phev'] as const;
/** road freight vehicle classes (DESNZ classes; `van` = light commercial vehicle < 3.5 t, diesel) */
export const FREIGHT_CLASSES = [
	'van',
	'rigid_7_5t',
	'rigid_17t',
	'rigid_over_17t',
	'rigid',
	'artic',
	'hgv'
] as const;
export const FREIGHT_LOADS = ['empty', 'half', 'full', 'average'] as const;
/** plane distance bands in great-circle km: short ≤ 1000 < medium ≤ 2000 < medium_long ≤ 5000 < long */
export const PLANE_BANDS = ['short', 'medium', 'medium_long', 'long'] as const;
/** DESNZ flight categories (set option `flightCategories`), from the countries at the two ends */
export const DESNZ_FLIGHT_CATEGORIES = ['uk_domestic', 'uk_short_haul', 'uk_long_haul', 'non_uk'] as const;
/** nights other than hotels, per person·night (impactCO2 / ADEME tourism study 2022 publishes them so) */
export const NIGHT_TYPES = ['camping', 'holiday_rental', 'host_family', 'campervan'] as const;

export const ACTIVITIES: ActivityDef[] = [
	// team and audience travel, per passenger·km
	p('rail.tgv', 'rail'),
	p('rail.intercites', 'rail'),
	p('rail.ter', 'rail'),
	p('rail.international', 'rail'),
	p('rail.rer', 'rail'),
	p('coach', 'road'),
	p('bus', 'urban'),
	p('metro', 'urban'),
	p('tram', 'urban'),
	...PLANE_BANDS.map((b) => p(`plane.${b}`, 'air')),
	p('ferry', 'sea'),
	p('bike', 'soft'),
	p('ebike', 'soft'),
	p('walk', 'soft'),
	p('bus.electric', 'urban'),
	p('bus.cng', 'urban'),
	p('kick_scooter.electric', 'soft'),
	p('cargo_bike.electric', 'soft'),
	{ ...p('plane.lt500', 'air'), optional: true },
	...DESNZ_FLIGHT_CATEGORIES.map((c) => ({ ...p(`plane.${c}`, 'air'), optional: true })),
	// vehicles shared by their occupants, per vehicle·km
	...CAR_SIZES.flatMap((s) => CAR_ENERGIES.map((e) => v(`car.${s}.${e}`, 'road'))),
	v('car.average', 'road'),
	v('van.passenger', 'road'),
	v('minibus', 'road'),
	v('campervan', 'road'),
	v('motorbike', 'road'),
	v('motorbike.small', 'road'),
	v('scooter.petrol', 'road'),
	v('scooter.electric', 'road'),
	// freight, per vehicle·km by class and load
	...FREIGHT_CLASSES.flatMap((c) =>
		c === 'van'
			? [v('freight.van', 'road', 'freight')]
			: FREIGHT_LOADS.map((l) => v(`freight.${c}.${l}`, 'road', 'freight'))
	),
	// shared freight, per tonne·km
	{ key: 'freight.tkm.road', per: 'tonne.km', category: 'freight', mode: 'road' },
	{ key: 'freight.tkm.rail', per: 'tonne.km', category: 'freight', mode: 'rail' },
	{ key: 'freight.tkm.air', per: 'tonne.km', category: 'freight', mode: 'air' },
	{ key: 'freight.tkm.sea', per: 'tonne.km', category: 'freight', mode: 'sea' },
	// fuel actually consumed, per litre
	{ key: 'fuel.diesel', per: 'litre', category: 'fuel' },
	{ key: 'fuel.petrol', per: 'litre', category: 'fuel' },
	// accommodation: `hotel.<ISO country>` per room·night, `hotel.default` when the country has none
	{ key: 'hotel.default', per: 'room.night', alsoPer: ['person.night'], category: 'accommodation' },
	...NIGHT_TYPES.map((n): ActivityDef => ({
		key: `night.${n}`,
		per: 'person.night',
		category: 'accommodation'
	})),
	// meals
	{ key: 'meal.vegan', per: 'meal', category: 'meal' },
	{ key: 'meal.vegetarian', per: 'meal', category: 'meal' },
	{ key: 'meal.white_meat', per: 'meal', category: 'meal' },
	{ key: 'meal.red_meat', per: 'meal', category: 'meal' },
	{ key: 'meal.fish', per: 'meal', category: 'meal' },
	{ key: 'meal.average', per: 'meal', category: 'meal' }
];

/** `hotel.XX` keys are open-ended (one per country the set covers). */
export function activityDef(key: string): ActivityDef | undefined {
	if (/^hotel\.[A-Z]{2}$/.test(key))
		return { key, per: 'room.night', alsoPer: ['person.night'], category: 'accommodation' };
	return ACTIVITIES.find((a) => a.key === key);
}

/** Whether a factor in `unit` may serve the activity (its own unit, or one the engine converts). */
export function unitFits(def: ActivityDef, unit: FactorUnit): boolean {
	return def.per === unit || (def.alsoPer?.includes(unit) ?? false);
}
