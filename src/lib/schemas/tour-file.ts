/**
 * The JSON tour file, format `empreinte-tour@1`: a whole tour in one documented, versioned file that
 * the CLI (`npx empreinte compute FILE`), the API (`POST /api/compute`) and the app's import read.
 * The JSON Schema in static/schemas/tour-file-1.json is generated from this module
 * (scripts/export-tour-schema.ts; a unit test keeps it up to date).
 *
 * Places are gazetteer ids — `fr:<INSEE code>` for French communes, `gn:<GeoNames id>` elsewhere
 * (`npx empreinte geo search TEXT` finds them) — or explicit `{ name, country, lat, lon }`.
 * Dates are `YYYY-MM-DD`. Distances in km, masses in tonnes.
 *
 * Versioning: a change that makes a valid file invalid or changes what a file means is a new format
 * (`empreinte-tour@2`, with a migration); optional additions keep `@1`.
 */
import { z } from 'zod';
import {
	AUDIENCE_MODES,
	LODGING_TYPES,
	FREIGHT_LOAD_STATES,
	FREIGHT_VEHICLE_CLASSES,
	MEAL_TYPES,
	PASSENGER_MODES,
	QUALITY_TAGS,
	SHARED_FREIGHT_MODES,
	TERRITORIES,
	VEHICLE_MODES,
	VENUE_SIZES
} from '../engine/types';

export const TOUR_FORMAT = 'empreinte-tour@1';
export const TOUR_SCHEMA_ID = 'https://empreinte.app/schemas/tour-file-1.json';

const VEHICLE = new Set<string>(VEHICLE_MODES);

/**
 * How big one tour may grow: checked wherever a tour document is validated (every save in the app,
 * every import, the CLI, POST /api/compute), so no page or request costs more than these allow.
 * The numbers sit far above real tours (the longest tours we know have about 300 dates a season;
 * the engine bench's 300-date, 2 000-leg tour computes in ~40 ms) and far below what stalled the
 * server in the hardening probe (42 000 dates: a 194 s results page). Messages: `limits.*`.
 */
export const LIMITS = {
	/** dates (venues × days) in one tour */
	dates: 1000,
	/** explicit legs (derived legs follow the dates: at most about twice their number) */
	legs: 3000,
	/** team roles */
	team: 100,
	/** travel groups in one plan (the tour's default plan, a date's or a leg's own plan) */
	travel: 50,
	/** freight entries (vehicles and shared freight) */
	freight: 100,
	/** explicit legs of one freight entry */
	freightLegs: 3000,
	/** known distances */
	distances: 5000,
	/** extra room-nights or meal lines, and meal lines of one date */
	extras: 1000
} as const;
export type LimitKey = keyof typeof LIMITS;

/** An array capped at LIMITS[key]; the English message names the limit, `limits.*` translates it. */
const capped = <T extends z.ZodType>(item: T, key: LimitKey) =>
	z.array(item).max(LIMITS[key], `at most ${LIMITS[key]} items here (limit "${key}")`);

export const Id = z
	.string()
	.regex(
		/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/,
		'letters, digits, "_", "." or "-", starting with a letter or digit'
	)
	.describe('A short identifier, unique in its list (used in result line ids).');

export const IsoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
	.refine((s) => {
		const [y, m, d] = s.split('-').map(Number);
		const t = new Date(Date.UTC(y, m - 1, d));
		return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
	}, 'not a calendar date')
	.describe('A calendar date, YYYY-MM-DD.');

export const Quality = z
	.enum(QUALITY_TAGS)
	.describe(
		'How the figure was obtained: measured (ticket, invoice, odometer, survey), estimated (your estimate), default (a tool default).'
	);

export const PlaceId = z
	.string()
	.regex(/^(fr:[0-9][0-9AB][0-9]{3}|gn:[0-9]+)$/, 'a gazetteer id: fr:<INSEE code> or gn:<GeoNames id>')
	.describe(
		'Gazetteer id: fr:<INSEE code> (French commune) or gn:<GeoNames id>. Find one with `npx empreinte geo search TEXT`.'
	);

export const ExplicitPlace = z
	.object({
		name: z.string().min(1),
		country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 country code'),
		lat: z.number().min(-90).max(90),
		lon: z.number().min(-180).max(180)
	})
	.strict()
	.describe('A place given by its coordinates (WGS 84 degrees) when it is not in the gazetteer.');

export const PlaceRef = z.union([PlaceId, ExplicitPlace]);
export type PlaceRef = z.infer<typeof PlaceRef>;

const Count = z.number().int().min(0);
const Positive = z.number().positive();
const NonNegative = z.number().min(0);
const Km = z.number().min(0).describe('km');

export const TravelGroup = z
	.object({
		id: Id,
		label: z.string().optional(),
		mode: z
			.enum([...PASSENGER_MODES, ...VEHICLE_MODES])
			.describe(
				'Passenger modes (factor per passenger·km): rail.*, coach, bus (diesel), bus.electric, bus.cng, metro, tram, plane (band chosen from the great-circle distance, or from distanceKm where the factor set says so) or plane.<band>, ferry, bike, ebike, kick_scooter.electric, cargo_bike.electric, walk. Vehicle modes (factor per vehicle·km, shared by occupants): car (= car.average), car.<size>.<energy>, van.passenger, minibus, campervan, motorbike (> 250 cm³), motorbike.small (≤ 250 cm³), scooter.petrol, scooter.electric.'
			),
		people: Count.optional().describe('Passenger modes: people travelling this way.'),
		vehicles: z.number().int().min(1).optional().describe('Vehicle modes: number of vehicles.'),
		occupants: Count.optional().describe(
			'Vehicle modes: people riding in those vehicles (they share the emissions).'
		),
		quality: Quality.optional()
	})
	.strict()
	.superRefine((g, ctx) => {
		if (VEHICLE.has(g.mode)) {
			if (g.vehicles === undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['vehicles'],
					message: `mode "${g.mode}" is per vehicle: give "vehicles"`
				});
			if (g.people !== undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['people'],
					message: `mode "${g.mode}" is per vehicle: use "occupants", not "people"`
				});
		} else {
			if (g.people === undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['people'],
					message: `mode "${g.mode}" is per passenger: give "people"`
				});
			if (g.vehicles !== undefined || g.occupants !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['vehicles'],
					message: `mode "${g.mode}" is per passenger: "vehicles" and "occupants" do not apply`
				});
			}
		}
	});
export type TravelGroup = z.infer<typeof TravelGroup>;

const ModeShares = z.partialRecord(z.enum(AUDIENCE_MODES), z.number().min(0).max(1));

export const AudienceFigures = z
	.object({
		archetype: z
			.object({ territory: z.enum(TERRITORIES), size: z.enum(VENUE_SIZES).optional() })
			.strict()
			.optional()
			.describe(
				'Venue archetype whose documented defaults fill what you do not know (size from the capacity when absent: ≤ 300 seats small, ≤ 1000 medium, else large).'
			),
		modalShares: ModeShares.optional().describe('Share of spectators by mode, 0…1, summing to at most 1.'),
		roundTripKm: z
			.union([Km, z.partialRecord(z.enum(AUDIENCE_MODES), Km)])
			.optional()
			.describe('Mean round-trip distance per spectator (one number for all modes, or one per mode).'),
		carOccupancy: z.number().min(1).optional().describe('Spectators per car.'),
		distribution: capped(
			z.object({ mode: z.enum(AUDIENCE_MODES), share: z.number().min(0).max(1), roundTripKm: Km }).strict(),
			'extras'
		)
			.optional()
			.describe(
				'A distance distribution (from a survey or ticketing postcodes): replaces modal shares and distances.'
			),
		quality: Quality.optional()
	})
	.strict();
export type AudienceFigures = z.infer<typeof AudienceFigures>;

export const MealCount = z
	.object({ type: z.enum(MEAL_TYPES), count: NonNegative, quality: Quality.optional() })
	.strict();

// ——— Presence, stays between dates and meal mixes (additive to @1: files without them compute as before)

/** A share of the meals, by type; the shares of a mix sum to 1. */
export const MealShare = z.object({ type: z.enum(MEAL_TYPES), share: z.number().min(0).max(1) }).strict();
export const MealMix = z
	.array(MealShare)
	.superRefine((mix, ctx) => {
		const types = new Set(mix.map((m) => m.type));
		if (types.size !== mix.length) ctx.addIssue({ code: 'custom', message: 'a meal type is given twice' });
		const sum = mix.reduce((s, m) => s + m.share, 0);
		if (mix.length > 0 && Math.abs(sum - 1) > 0.01 + 1e-9)
			ctx.addIssue({ code: 'custom', message: `shares sum to ${Math.round(sum * 1000) / 1000}, not 1` });
	})
	.describe('A mix of meal types (shares summing to 1, e.g. half vegetarian, half average).');

const DateStayFields = {
	travelHome: z
		.array(TravelGroup)
		.optional()
		.describe('How the team goes home from this date (the last leg, a way home across a gap).'),
	mealMix: MealMix.optional().describe('The mix of meals served at this date (replaces the tour’s).'),
	gapRoomNights: NonNegative.optional().describe(
		'Room-nights between the previous date and this one (replaces the automatic rule: rooms × nights in between when the team does not go home).'
	),
	gapRoomNightsQuality: Quality.optional(),
	gapCountry: z
		.string()
		.regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 country code')
		.optional()
		.describe('Where the team sleeps between the previous date and this one (default: this date’s country).'),
	gapMeals: z
		.array(MealCount)
		.optional()
		.describe('Meals between the previous date and this one (replace the automatic rule).')
};

export const TeamRole = z
	.object({
		role: z.string().min(1),
		count: z.number().int().min(0),
		dates: z.array(Id).optional().describe('Ids of the dates this role is present at (absent: every date).')
	})
	.strict();

export const TourDate = z
	.object({
		id: Id.optional().describe('Defaults to d1, d2… in file order.'),
		venue: z.object({ name: z.string().min(1), place: PlaceRef }).strict(),
		start: IsoDate,
		end: IsoDate.optional().describe('Defaults to start.'),
		performances: Count.default(1),
		attendance: NonNegative.optional().describe(
			'Spectators actually present, all performances of the date together.'
		),
		capacity: Count.optional().describe('Seats per performance (jauge).'),
		audience: AudienceFigures.optional(),
		travel: capped(TravelGroup, 'travel')
			.optional()
			.describe('How the team reaches this date, when it differs from the tour travel plan.'),
		roomNights: NonNegative.optional().describe('Room-nights at this date (replaces the automatic rule).'),
		roomNightsQuality: Quality.optional(),
		lodging: z
			.enum(LODGING_TYPES)
			.optional()
			.describe(
				'Where the team sleeps at this date when not the tour accommodation type: hotel (per room) or camping, holiday_rental, host_family, campervan (per person).'
			),
		personNights: NonNegative.optional().describe(
			'Person-nights at this date for a lodging counted per person (replaces people × nights).'
		),
		meals: capped(MealCount, 'extras')
			.optional()
			.describe('Meals at this date (replace the automatic rule).'),
		...DateStayFields
	})
	.strict();
export type TourDate = z.infer<typeof TourDate>;

export const Leg = z
	.object({
		id: Id,
		from: PlaceRef,
		to: PlaceRef,
		date: Id.optional().describe('Id of the date this leg is counted under.'),
		travel: capped(TravelGroup, 'travel').min(1),
		distanceKm: Km.optional(),
		quality: Quality.optional()
	})
	.strict();

export const DistanceOverride = z
	.object({
		from: PlaceRef,
		to: PlaceRef,
		km: Km,
		mode: z
			.enum(['rail', 'road', 'coach', 'air', 'sea', 'urban', 'soft'])
			.optional()
			.describe('Only for this mode family (default: every mode).'),
		quality: Quality.optional()
	})
	.strict()
	.describe('A distance you know (odometer, ticket): it wins over the computed one, both directions.');

const FreightLeg = z
	.object({
		from: PlaceRef,
		to: PlaceRef,
		distanceKm: Km.optional(),
		load: z.enum(FREIGHT_LOAD_STATES).optional(),
		date: Id.optional()
	})
	.strict();

export const FreightVehicle = z
	.object({
		kind: z.literal('vehicle'),
		id: Id,
		label: z.string().optional(),
		class: z
			.enum(FREIGHT_VEHICLE_CLASSES)
			.describe(
				'van (< 3.5 t), rigid_7_5t, rigid_17t, rigid_over_17t, rigid (all rigids), artic, hgv (all HGVs).'
			),
		load: z.enum(FREIGHT_LOAD_STATES).default('average'),
		vehicles: z.number().int().min(1).default(1),
		followTour: z.boolean().default(true).describe('The vehicle makes every leg of the tour route.'),
		legs: capped(FreightLeg, 'freightLegs').default([]),
		emptyReturn: z
			.boolean()
			.default(false)
			.describe('Each explicit leg is followed by the same leg backwards, empty.'),
		fuel: z
			.object({ type: z.enum(['diesel', 'petrol']), litres: NonNegative, quality: Quality.optional() })
			.strict()
			.optional()
			.describe('Fuel actually bought for this vehicle: litres × fuel factor replaces vehicle·km.'),
		quality: Quality.optional()
	})
	.strict();

export const FreightShared = z
	.object({
		kind: z.literal('shared'),
		id: Id,
		label: z.string().optional(),
		mode: z.enum(SHARED_FREIGHT_MODES),
		tonnes: Positive,
		followTour: z.boolean().default(false),
		legs: capped(FreightLeg, 'freightLegs').default([]),
		quality: Quality.optional()
	})
	.strict()
	.describe('Freight sharing a vehicle with others (groupage, rail, air, sea cargo): tonne·km.');

export const Freight = z.discriminatedUnion('kind', [FreightVehicle, FreightShared]);

export const Boundary = z
	.object({
		construction: z.boolean().optional().describe('Vehicle manufacturing, maintenance, end of life.'),
		nonCO2: z.boolean().optional().describe('Contrails and other non-CO2 effects of flights.'),
		wtt: z.boolean().optional().describe('Well-to-tank upstream, where the source publishes it apart.')
	})
	.strict()
	.describe('Components to include; default: the source’s full published boundary (all true).');

export const TourFile = z
	.object({
		$schema: z.string().optional(),
		format: z.literal(TOUR_FORMAT),
		production: z
			.object({
				title: z.string().min(1),
				company: z.string().optional(),
				season: z.string().optional(),
				notes: z.string().optional()
			})
			.strict(),
		homeBase: z
			.object({ name: z.string().optional(), place: PlaceRef })
			.strict()
			.describe('Where the team and vehicles leave from and come back to.'),
		factorSet: z
			.string()
			.regex(/^[a-z0-9][a-z0-9-]*@[A-Za-z0-9.-]+$/, 'NAME@VERSION')
			.optional()
			.describe('Factor set NAME@VERSION; default: the library’s default set.'),
		boundary: Boundary.optional(),
		route: z
			.object({
				derive: z.boolean().default(true).describe('Derive legs home → venue → … → home from the dates.'),
				returnHomeGapDays: z
					.number()
					.int()
					.min(1)
					.nullable()
					.default(null)
					.describe('Go home between two dates when the gap is at least this many days (null: never).')
			})
			.strict()
			.default({ derive: true, returnHomeGapDays: null }),
		team: capped(TeamRole, 'team').default([]),
		travel: capped(TravelGroup, 'travel')
			.default([])
			.describe('The default travel plan: how the team moves on every derived leg.'),
		dates: capped(TourDate, 'dates').default([]),
		legs: capped(Leg, 'legs')
			.default([])
			.describe('Explicit legs: all of them when route.derive is false, extra ones otherwise.'),
		distances: capped(DistanceOverride, 'distances').default([]),
		freight: capped(Freight, 'freight').default([]),
		accommodation: z
			.object({
				roomsPerNight: NonNegative.optional().describe(
					'Rooms booked per night away from home (room-nights = rooms × days of each date).'
				),
				type: z
					.enum(LODGING_TYPES)
					.optional()
					.describe(
						'Usual lodging: hotel (default, counted per room) or camping, holiday_rental, host_family, campervan (counted per person).'
					),
				people: NonNegative.optional().describe(
					'People sleeping away each night (default: the team size). Converts rooms and persons when a factor is per person.'
				),
				quality: Quality.optional(),
				extra: capped(
					z
						.object({
							id: Id,
							country: z.string().regex(/^[A-Z]{2}$/),
							roomNights: NonNegative,
							quality: Quality.optional()
						})
						.strict(),
					'extras'
				).default([])
			})
			.strict()
			.default({ extra: [] }),
		meals: z
			.object({
				perPersonPerDay: NonNegative.optional().describe('Meals per team member per day of each date.'),
				type: z.enum(MEAL_TYPES).default('average'),
				mix: MealMix.optional().describe('A mix of types for the automatic count (replaces "type").'),
				quality: Quality.optional(),
				extra: capped(MealCount.extend({ id: Id }), 'extras').default([])
			})
			.strict()
			.default({ type: 'average', extra: [] }),
		quality: z.object({ distances: Quality.optional() }).strict().optional()
	})
	.strict()
	.superRefine((t, ctx) => {
		const ids = new Map<string, number>();
		t.dates.forEach((d, i) => {
			const id = d.id ?? `d${i + 1}`;
			if (id === 'home')
				ctx.addIssue({ code: 'custom', path: ['dates', i, 'id'], message: '"home" is reserved' });
			if (ids.has(id))
				ctx.addIssue({
					code: 'custom',
					path: ['dates', i, 'id'],
					message: `the id "${id}" is already used by dates[${ids.get(id)}]`
				});
			ids.set(id, i);
			if (d.end !== undefined && d.end < d.start)
				ctx.addIssue({ code: 'custom', path: ['dates', i, 'end'], message: 'ends before it starts' });
			if (d.audience?.modalShares) {
				const sum = Object.values(d.audience.modalShares).reduce((s: number, v) => s + (v ?? 0), 0);
				if (sum > 1 + 1e-6)
					ctx.addIssue({
						code: 'custom',
						path: ['dates', i, 'audience', 'modalShares'],
						message: `shares sum to ${sum}, more than 1`
					});
			}
		});
		const checkRef = (id: string | undefined, path: (string | number)[]) => {
			if (id !== undefined && !ids.has(id))
				ctx.addIssue({ code: 'custom', path, message: `no date has the id "${id}"` });
		};
		t.legs.forEach((l, i) => checkRef(l.date, ['legs', i, 'date']));
		t.team.forEach((r, i) => r.dates?.forEach((id, j) => checkRef(id, ['team', i, 'dates', j])));
		t.freight.forEach((f, i) =>
			f.legs.forEach((l, j) => checkRef(l.date, ['freight', i, 'legs', j, 'date']))
		);
		const unique = (list: { id: string }[], key: string) => {
			const seen = new Set<string>();
			list.forEach((x, i) => {
				if (seen.has(x.id))
					ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `the id "${x.id}" is used twice` });
				seen.add(x.id);
			});
		};
		unique(t.travel, 'travel');
		unique(t.legs, 'legs');
		unique(t.freight, 'freight');
	})
	.describe('An Empreinte tour file (format empreinte-tour@1).');
export type TourFile = z.infer<typeof TourFile>;
/** What a person writes (defaults not yet applied). */
export type TourFileInput = z.input<typeof TourFile>;

/** JSON Schema (draft 2020-12) of the file as written, for editors and other tools. */
export function tourFileJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(TourFile, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
	return { $id: TOUR_SCHEMA_ID, title: 'Empreinte tour file (empreinte-tour@1)', ...schema };
}

/** A validation problem, located by its JSON path (`dates[2].venue.place`). */
export interface TourFileProblem {
	path: string;
	message: string;
	code: string;
	/** for `tour.limit`: which of LIMITS and its value, so that the app can say it in French */
	params?: { limit: LimitKey; max: number };
}

const LIMIT_KEYS = new Set<string>(Object.keys(LIMITS));
/** `tour.limit` problems (a list longer than LIMITS allows), else undefined. */
function limitOf(issue: z.core.$ZodIssue): LimitKey | undefined {
	if (issue.code !== 'too_big' || issue.origin !== 'array') return undefined;
	const m = /\(limit "(\w+)"\)$/.exec(issue.message);
	return m && LIMIT_KEYS.has(m[1]) ? (m[1] as LimitKey) : undefined;
}

export function jsonPath(path: readonly PropertyKey[]): string {
	let s = '';
	for (const p of path) {
		if (typeof p === 'number') s += `[${p}]`;
		else s += s === '' ? String(p) : `.${String(p)}`;
	}
	return s === '' ? '$' : s;
}

export type TourFileParse = { ok: true; tour: TourFile } | { ok: false; problems: TourFileProblem[] };

/** Validate a parsed JSON value: the file, or one problem per issue with its JSON path. */
export function validateTourFile(raw: unknown): TourFileParse {
	const r = TourFile.safeParse(raw);
	if (r.success) return { ok: true, tour: r.data };
	const problems = r.error.issues.map((i): TourFileProblem => {
		const limit = limitOf(i);
		if (limit) {
			return {
				path: jsonPath(i.path),
				message: i.message,
				code: 'tour.limit',
				params: { limit, max: LIMITS[limit] }
			};
		}
		return { path: jsonPath(i.path), message: i.message, code: `tour.${i.code}` };
	});
	return { ok: false, problems };
}

/** Parse a file's text (JSON) and validate it. */
export function parseTourFileText(text: string): TourFileParse {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		return {
			ok: false,
			problems: [{ path: '$', message: `not valid JSON: ${(e as Error).message}`, code: 'tour.json' }]
		};
	}
	return validateTourFile(raw);
}
