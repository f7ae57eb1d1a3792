/**
 * The engine's input and output shapes.
 *
 * Input (`TourInput`) is a tour whose places are already resolved to coordinates (the server turns a
 * tour file into it through the gazetteer: src/lib/server/tour-file.ts); output (`TourResult`) is every
 * result line with its explanation plus the aggregates and indicators.
 *
 * Units: distances in km, masses in tonnes, emissions in kgCO2e. Dates are ISO `YYYY-MM-DD` strings.
 */
import type { ComponentKind, FactorUnit } from './factors/types';

/** How sure the user is of an input (spreads and reasoning: emission-factors/parameters/uncertainty.json). */
export const QUALITY_TAGS = ['measured', 'estimated', 'default'] as const;
export type QualityTag = (typeof QUALITY_TAGS)[number];

export interface EnginePlace {
	/** gazetteer id (`fr:<INSEE>`, `gn:<geonameid>`) or `x:<slug>` for an explicit place */
	id: string;
	name: string;
	/** ISO 3166 alpha-2 */
	country: string;
	lat: number;
	lon: number;
	/** area of a gazetteer commune, km²: gives the mean distance of a trip inside it */
	areaKm2?: number;
}

/** Components the user can switch. Default: everything the source publishes (full boundary). */
export interface Boundary {
	/** vehicle manufacturing, maintenance, end of life */
	construction: boolean;
	/** contrails / radiative forcing of flights */
	nonCO2: boolean;
	/** well-to-tank upstream where the source separates it (DESNZ WTT rows) */
	wtt: boolean;
}

/**
 * Team travel modes. Passenger modes (factor per passenger·km) and vehicle modes (factor per
 * vehicle·km, shared by occupants). `plane` picks its distance band from the great-circle distance;
 * `car` is `car.average`.
 */
export const PASSENGER_MODES = [
	'rail.tgv',
	'rail.intercites',
	'rail.ter',
	'rail.international',
	'rail.rer',
	'coach',
	'bus',
	'metro',
	'tram',
	'plane',
	'plane.short',
	'plane.medium',
	'plane.medium_long',
	'plane.long',
	'ferry',
	'bike',
	'ebike',
	'walk',
	// added with issue 18 (impactCO2 C publishes them; per passenger·km)
	'bus.electric',
	'bus.cng',
	'kick_scooter.electric',
	'cargo_bike.electric'
] as const;
export const VEHICLE_MODES = [
	'car',
	'car.average',
	'car.small.petrol',
	'car.small.diesel',
	'car.small.electric',
	'car.small.hybrid',
	'car.small.phev',
	'car.compact.petrol',
	'car.compact.diesel',
	'car.compact.electric',
	'car.compact.hybrid',
	'car.compact.phev',
	'car.sedan.petrol',
	'car.sedan.diesel',
	'car.sedan.electric',
	'car.sedan.hybrid',
	'car.sedan.phev',
	'car.large.petrol',
	'car.large.diesel',
	'car.large.electric',
	'car.large.hybrid',
	'car.large.phev',
	'van.passenger',
	'minibus',
	'campervan',
	'motorbike',
	// added with issue 18 (impactCO2 C publishes them per vehicle·km, one rider)
	'motorbike.small',
	'scooter.petrol',
	'scooter.electric'
] as const;
export type PassengerMode = (typeof PASSENGER_MODES)[number];
export type VehicleMode = (typeof VEHICLE_MODES)[number];
export type TravelMode = PassengerMode | VehicleMode;

/** Broad mode families: charts, detour rules, levers. */
export type ModeFamily = 'rail' | 'road' | 'coach' | 'air' | 'sea' | 'urban' | 'soft';

/** One way a part of the team moves on a leg. */
export interface TravelGroup {
	/** stable id within the tour (`vans`, `plane-artists`) */
	id: string;
	label?: string;
	mode: TravelMode;
	/** passenger modes: number of people */
	people?: number;
	/** vehicle modes: number of vehicles … */
	vehicles?: number;
	/** … and the people riding in them (they share the vehicles' emissions) */
	occupants?: number;
	quality?: QualityTag;
}

export interface RouteOptions {
	/** derive legs base → venue → … → base from the dates (default true) */
	derive: boolean;
	/**
	 * go home between two dates when the gap (days between one date's end and the next one's start)
	 * is at least this many days; null = never go home mid-tour
	 */
	returnHomeGapDays: number | null;
}

export interface DistanceOverride {
	fromId: string;
	toId: string;
	km: number;
	/** restrict to one mode family; undefined = every mode */
	family?: ModeFamily;
	quality?: QualityTag;
}

export const AUDIENCE_MODES = [
	'car',
	'motorbike',
	'bus',
	'tram',
	'metro',
	'rail.ter',
	'rail.intercites',
	'rail.tgv',
	'coach',
	'bike',
	'ebike',
	'walk',
	// added with issue 18; appended so that existing orderings (bins, charts) keep their places
	'motorbike.small',
	'scooter.petrol',
	'scooter.electric',
	'kick_scooter.electric',
	'cargo_bike.electric',
	'bus.electric',
	'bus.cng'
] as const;
export type AudienceMode = (typeof AUDIENCE_MODES)[number];

export const TERRITORIES = ['urban', 'peri-urban', 'rural'] as const;
export type Territory = (typeof TERRITORIES)[number];
export const VENUE_SIZES = ['small', 'medium', 'large'] as const;
export type VenueSize = (typeof VENUE_SIZES)[number];

export interface AudienceArchetypeRef {
	territory: Territory;
	/** when absent, derived from the capacity (thresholds in the audience parameters the set pins) */
	size?: VenueSize;
}

/** One slice of an audience: spectators (share of attendance) coming by one mode over one distance. */
export interface AudienceBin {
	mode: AudienceMode;
	/** share of attendance, 0…1 */
	share: number;
	roundTripKm: number;
}

export interface AudienceInput {
	archetype?: AudienceArchetypeRef;
	/** own modal shares (sum ≤ 1 + ε); missing modes count as 0 */
	modalShares?: Partial<Record<AudienceMode, number>>;
	/** one mean round-trip distance for every mode, or one per mode */
	roundTripKm?: number | Partial<Record<AudienceMode, number>>;
	carOccupancy?: number;
	/** a distance distribution (survey, ticketing postcodes): overrides shares and distances */
	distribution?: AudienceBin[];
	quality?: QualityTag;
}

export const MEAL_TYPES = ['vegan', 'vegetarian', 'white_meat', 'red_meat', 'fish', 'average'] as const;
export type MealType = (typeof MEAL_TYPES)[number];

export interface MealCount {
	type: MealType;
	count: number;
	quality?: QualityTag;
}

export interface TourDateInput {
	id: string;
	venueName: string;
	place: EnginePlace;
	start: string;
	end: string;
	performances: number;
	/** spectators actually present over all the date's performances */
	attendance: number | null;
	/** seats per performance */
	capacity: number | null;
	audience: AudienceInput | null;
	/** how the team reaches this date (replaces the tour's default travel plan for the arriving leg) */
	travel?: TravelGroup[];
	/** explicit room-nights at this date (replaces the automatic rule) */
	roomNights?: number;
	roomNightsQuality?: QualityTag;
	/** explicit meals at this date (replace the automatic rule) */
	meals?: MealCount[];
	/** where the team sleeps at this date, when not the tour's accommodation type */
	lodging?: LodgingType;
	/** explicit person-nights at this date, for a lodging counted per person (camping, rental…) */
	personNights?: number;
	/** how the team leaves this date when it goes home (return leg, way home across a gap, leavers) */
	travelHome?: TravelGroup[];
	/** the mix of meal types served at this date (replaces the tour's mix for the automatic count) */
	mealMix?: MealShare[];
	/** room-nights between the previous date and this one (replaces the automatic gap rule) */
	gapRoomNights?: number;
	gapRoomNightsQuality?: QualityTag;
	/** country where the team sleeps between the previous date and this one (default: this date's) */
	gapCountry?: string;
	/** meals between the previous date and this one (replace the automatic gap rule) */
	gapMeals?: MealCount[];
}

/** A share of the meals served, by type (shares of a mix sum to 1). */
export interface MealShare {
	type: MealType;
	share: number;
}

/** A role of the team; `dates` lists the dates it is present at (absent: every date). */
export interface TeamRole {
	role: string;
	count: number;
	dates?: string[];
}

export interface ExplicitLegInput {
	id: string;
	from: EnginePlace;
	to: EnginePlace;
	/** date the leg belongs to (for "by date"), if any */
	dateId?: string | null;
	groups: TravelGroup[];
	distanceKm?: number;
	quality?: QualityTag;
}

export const FREIGHT_VEHICLE_CLASSES = [
	'van',
	'rigid_7_5t',
	'rigid_17t',
	'rigid_over_17t',
	'rigid',
	'artic',
	'hgv'
] as const;
export type FreightVehicleClass = (typeof FREIGHT_VEHICLE_CLASSES)[number];
export const FREIGHT_LOAD_STATES = ['empty', 'half', 'full', 'average'] as const;
export type FreightLoad = (typeof FREIGHT_LOAD_STATES)[number];
export const SHARED_FREIGHT_MODES = ['road', 'rail', 'air', 'sea'] as const;
export type SharedFreightMode = (typeof SHARED_FREIGHT_MODES)[number];

export interface FreightLegInput {
	from: EnginePlace;
	to: EnginePlace;
	distanceKm?: number;
	/** vehicle freight only: load on this leg (an empty return is a leg with `empty`) */
	load?: FreightLoad;
	dateId?: string | null;
}

export interface FreightVehicleInput {
	kind: 'vehicle';
	id: string;
	label?: string;
	class: FreightVehicleClass;
	load: FreightLoad;
	vehicles: number;
	/** follow the tour's derived route, or only the explicit legs */
	followTour: boolean;
	legs: FreightLegInput[];
	/** add, after each explicit leg, the same leg backwards with load `empty` */
	emptyReturn: boolean;
	/** when the team knows the fuel it bought: litres × fuel factor replaces vehicle·km */
	fuel?: { type: 'diesel' | 'petrol'; litres: number; quality?: QualityTag };
	quality?: QualityTag;
}

export interface FreightSharedInput {
	kind: 'shared';
	id: string;
	label?: string;
	mode: SharedFreightMode;
	tonnes: number;
	followTour: boolean;
	legs: FreightLegInput[];
	quality?: QualityTag;
}

export type FreightInput = FreightVehicleInput | FreightSharedInput;

/**
 * Where the team sleeps: a hotel (counted per room, the room's factor by country) or another type
 * counted per person (impactCO2 / ADEME tourism 2022 publishes those per night and person).
 */
export const LODGING_TYPES = ['hotel', 'camping', 'holiday_rental', 'host_family', 'campervan'] as const;
export type LodgingType = (typeof LODGING_TYPES)[number];

export interface AccommodationInput {
	/** rooms per night for the automatic rule (room-nights = rooms × nights of each date away from home) */
	roomsPerNight: number | null;
	/** the tour's usual lodging (default hotel); a date may give its own */
	type?: LodgingType;
	/** people sleeping away each night (default: the team size); converts rooms ↔ persons */
	people?: number;
	quality?: QualityTag;
	/** room-nights not tied to a date (residency, rehearsal) */
	extra: { id: string; country: string; roomNights: number; quality?: QualityTag }[];
}

export interface MealsInput {
	/** automatic rule: team size × days of each date × meals per person per day, of this type */
	perPersonPerDay: number | null;
	type: MealType;
	/** a mix of types for the automatic rule (replaces `type` when given) */
	mix?: MealShare[];
	quality?: QualityTag;
	extra: (MealCount & { id: string })[];
}

export interface TourInput {
	production: { title: string; company?: string; season?: string };
	homeBase: EnginePlace;
	team: TeamRole[];
	/** the default travel plan: how the team moves on every derived leg */
	travel: TravelGroup[];
	dates: TourDateInput[];
	route: RouteOptions;
	/** explicit legs (all the legs when `route.derive` is false, extra legs otherwise) */
	legs: ExplicitLegInput[];
	distances: DistanceOverride[];
	freight: FreightInput[];
	accommodation: AccommodationInput;
	meals: MealsInput;
	/** default quality of distances computed from coordinates */
	distanceQuality?: QualityTag;
}

export type UncertaintyMethod = 'analytic' | 'monte-carlo';

export interface ComputeOptions {
	boundary?: Partial<Boundary>;
	uncertainty?: { method?: UncertaintyMethod; runs?: number; seed?: number };
}

// ————————————————————————————————————————— results

export const RESULT_CATEGORIES = ['travel', 'freight', 'accommodation', 'meal', 'audience'] as const;
export type ResultCategory = (typeof RESULT_CATEGORIES)[number];

/** `company` = the touring company's own emissions; `audience` = spectators' travel, kept beside. */
export type ResultScope = 'company' | 'audience';

export interface Range {
	/** point estimate (the deterministic sum) */
	kg: number;
	/** 2.5 % and 97.5 % quantiles */
	low: number;
	high: number;
}

export interface LineQuantities {
	people?: number;
	vehicles?: number;
	occupants?: number;
	distanceKm?: number;
	greatCircleKm?: number;
	tonnes?: number;
	litres?: number;
	roomNights?: number;
	personNights?: number;
	peoplePerRoom?: number;
	meals?: number;
	spectators?: number;
	share?: number;
	occupancy?: number;
}

export interface LineFactor {
	/** activity key asked of the set (`rail.tgv`, `hotel.FR`) */
	activity: string;
	/** factor key in its table */
	key: string;
	/** `<name>@<version>` of the factor set */
	set: string;
	/** `<tableId>@<version>` */
	table: string;
	sourceId: string | null;
	sourceLabel: string;
	unit: FactorUnit;
	/** value as published (decimal string) */
	published: string;
	/** value actually used, under the boundary (kgCO2e per unit) */
	value: number;
	/** linked WTT row added under the boundary (DESNZ) */
	wtt: { key: string; sourceId: string | null; value: string } | null;
	included: ComponentKind[];
	excluded: ComponentKind[];
	/** requested exclusions the source does not separate: they stay in `value` */
	notSeparable: ComponentKind[];
	uncertaintyPct: number | null;
	verification: string;
}

export interface ResultLine {
	/** stable id built from the input's ids (`travel:leg:home>d1:vans`) */
	id: string;
	category: ResultCategory;
	scope: ResultScope;
	family: ModeFamily | null;
	/** travel / audience mode, freight class, hotel country, meal type */
	mode: string | null;
	label: string;
	legId: string | null;
	dateId: string | null;
	/** JSON path of the input element this line comes from */
	source: string;
	quantities: LineQuantities;
	/** activity amount in the factor's unit */
	quantity: number;
	factor: LineFactor;
	kgCO2e: number;
	/** per-person share for shared vehicles (kgCO2e per occupant) */
	perPersonKg: number | null;
	/** person·km carried by this line (team travel only) */
	personKm: number;
	/** human-readable formula built from the quantities */
	formula: string;
	quality: QualityTag;
	/** true when the line rests on documented defaults (audience archetypes, default hotel) */
	isDefault: boolean;
	flags: string[];
	range: Range;
}

export interface LegResult {
	id: string;
	kind: 'outbound' | 'between' | 'return' | 'home-return' | 'home-departure' | 'join' | 'leave' | 'explicit';
	fromId: string;
	fromName: string;
	toId: string;
	toName: string;
	dateId: string | null;
	greatCircleKm: number;
	/** distance used per mode family (overrides win) */
	distances: { family: ModeFamily; km: number; rule: string; overridden: boolean }[];
	kgCO2e: number;
}

export interface DateResult {
	id: string;
	venueName: string;
	placeId: string;
	country: string;
	start: string;
	end: string;
	performances: number;
	attendance: number | null;
	oneOff: boolean;
	company: number;
	audience: number;
	audienceIsDefault: boolean;
	/**
	 * the venue archetype (`rural.medium`) whose defaults the date's audience rests on, or null; its
	 * cells and sources are in the audience parameters named by `TourResult.audienceParameters`
	 */
	audienceArchetype: string | null;
}

export interface Breakdown {
	key: string;
	scope: ResultScope;
	kgCO2e: number;
}

export interface Indicators {
	dates: number;
	performances: number;
	spectators: number;
	personKm: number;
	oneOffDates: number;
	/** share of dates with a single performance, 0…1 */
	oneOffShare: number;
	/** company emissions (without audience) per unit; null when the denominator is 0 */
	perDate: number | null;
	perPerformance: number | null;
	perSpectator: number | null;
	/** team travel emissions per person·km */
	perPersonKm: number | null;
	/** audience emissions per spectator */
	audiencePerSpectator: number | null;
}

export interface ResultWarning {
	code: string;
	params: Record<string, string | number>;
	lineId?: string;
	path?: string;
}

export interface TourResult {
	engineVersion: string;
	production: { title: string; company?: string; season?: string };
	factorSet: { ref: string; title: string };
	/** audience parameters used for default-based audience lines (`audience-archetypes@2026.2`) */
	audienceParameters: string;
	tables: { ref: string; title: string; sourceOrg: string; licence: string }[];
	boundary: Boundary & { isFull: boolean; notSeparableLines: number };
	uncertainty: { method: UncertaintyMethod; runs: number | null; seed: number | null; note: string };
	totals: {
		/** the company's own emissions (team travel, freight, accommodation, meals) */
		company: Range;
		/** audience mobility, reported beside, never mixed in silently */
		audience: Range;
		/** company + audience, for those who want it, labelled as such */
		withAudience: Range;
		/** = company; spelled out so that a reader never has to guess */
		withoutAudience: Range;
	};
	byCategory: Breakdown[];
	byMode: Breakdown[];
	byLeg: LegResult[];
	byDate: DateResult[];
	indicators: Indicators;
	lines: ResultLine[];
	warnings: ResultWarning[];
}
