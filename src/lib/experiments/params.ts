/**
 * The parameters of each lever (zod): one source of truth for the forms, the JSON a user can edit on
 * a scenario page, and the transformations. Form values arrive as strings ("700", "on", "12,5");
 * JSON as numbers, booleans and arrays: both parse to the same values. Error messages are i18n keys
 * (src/lib/i18n/messages/experiments.ts).
 *
 * Defaults are choices a user can change, never emission factors: the engine computes every saving.
 */
import { z } from 'zod';
import { FREIGHT_VEHICLE_CLASSES, TERRITORIES } from '../engine/types';
import type { LeverKey } from './catalogue';

const E = 'experiments.errors';

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function toNumber(v: unknown): unknown {
	if (blank(v)) return undefined;
	if (typeof v === 'string') {
		const n = Number(v.trim().replace(/\s/g, '').replace(',', '.'));
		return Number.isNaN(n) ? v : n;
	}
	return v;
}

function toBoolean(v: unknown): unknown {
	if (v === true || v === 'on' || v === 'true' || v === '1') return true;
	if (v === false || v === 'false' || v === '0' || v === '') return false;
	return v;
}

function toList(v: unknown): unknown {
	if (blank(v)) return [];
	if (typeof v === 'string')
		return v
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
	return v;
}

const number = (min: number, max: number, error: string, def: number) =>
	z.preprocess(toNumber, z.number({ error }).min(min, { error }).max(max, { error }).default(def));
const integer = (min: number, max: number, error: string, def: number) =>
	z.preprocess(
		toNumber,
		z.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(def)
	);
const flag = (def: boolean) => z.preprocess(toBoolean, z.boolean({ error: `${E}.invalid` }).default(def));
const id = (error: string) =>
	z
		.string({ error })
		.trim()
		.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, { error });
const ids = () =>
	z.preprocess(
		toList,
		z
			.array(id(`${E}.dateInvalid`))
			.max(500)
			.default([])
	);

export const RAIL_CHOICES = [
	'auto',
	'rail.tgv',
	'rail.intercites',
	'rail.ter',
	'rail.international'
] as const;

export const TrainParams = z
	.object({
		/** legs strictly shorter than this (km, travelled distance) go by train */
		maxKm: number(1, 20_000, `${E}.kmInvalid`, 700),
		/** and at least this long */
		minKm: number(0, 20_000, `${E}.kmInvalid`, 0),
		/** which groups move: planes, road vehicles (car, van, minibus…), or both */
		replace: z.enum(['plane-and-road', 'plane', 'road'], { error: `${E}.invalid` }).default('plane-and-road'),
		/** `auto`: international across a border, TER under `regionalBelowKm`, TGV above */
		rail: z.enum(RAIL_CHOICES, { error: `${E}.invalid` }).default('auto'),
		regionalBelowKm: number(0, 20_000, `${E}.kmInvalid`, 200)
	})
	.refine((p) => p.minKm < p.maxKm, { error: `${E}.minAboveMax`, path: ['minKm'] });

export const FewerVehiclesParams = z.object({
	/** vehicles removed from each group that has more than one */
	remove: integer(1, 50, `${E}.countInvalid`, 1),
	/** seats per vehicle: a group keeps enough vehicles to seat its occupants */
	seats: integer(1, 90, `${E}.seatsInvalid`, 9),
	/** also remove freight vehicles where an item has several */
	freight: flag(false)
});

export const LighterSetParams = z.object({
	/** freight items concerned (empty: all) */
	freightIds: z.preprocess(
		toList,
		z
			.array(id(`${E}.freightInvalid`))
			.max(100)
			.default([])
	),
	/** share of the mass of shared freight (tonne·km) removed, % */
	massReductionPct: number(0, 100, `${E}.percentInvalid`, 0),
	/** dedicated trucks larger than this class move down to it ('' = keep) */
	downsizeTo: z.preprocess(
		(v) => (blank(v) ? undefined : v),
		z.enum(FREIGHT_VEHICLE_CLASSES, { error: `${E}.invalid` }).optional()
	),
	/** dates where the set is found locally: the freight legs counted under them are dropped */
	localDates: ids()
});

export const SharedFreightParams = z.object({
	/** the dedicated vehicle that stays home for those dates */
	freightId: id(`${E}.freightInvalid`),
	/** first and last date of the run shared (tour order) */
	fromDate: id(`${E}.dateInvalid`),
	toDate: id(`${E}.dateInvalid`),
	/** mass carried in the partner's truck */
	tonnes: z.preprocess(
		toNumber,
		z
			.number({ error: `${E}.tonnesInvalid` })
			.positive({ error: `${E}.tonnesInvalid` })
			.max(100, { error: `${E}.tonnesInvalid` })
	),
	partner: z
		.string()
		.trim()
		.max(80, { error: `${E}.tooLong` })
		.default(''),
	mode: z.enum(['road', 'rail'], { error: `${E}.invalid` }).default('road'),
	/** only the legs arriving at the run's dates move (one leg shared with a partner met on the way) */
	arrivalOnly: flag(false)
});

export const CoRoutingParams = z.object({
	/** go home only when two dates are at least this many days apart (blank: never) */
	returnHomeGapDays: z.preprocess(
		(v) => (blank(v) ? null : toNumber(v)),
		z
			.number({ error: `${E}.gapInvalid` })
			.int({ error: `${E}.gapInvalid` })
			.min(1, { error: `${E}.gapInvalid` })
			.max(365, { error: `${E}.gapInvalid` })
			.nullable()
			.default(null)
	),
	/** count the nights between dates spent on the road (rooms per night × nights) */
	addGapNights: flag(true)
});

export const LongerRunsParams = z.object({
	/** venues at most this far apart (great-circle km) can be gathered */
	maxKm: number(0, 2000, `${E}.kmInvalid`, 60),
	/** gather only one-off dates (a single performance) */
	onlyOneOff: flag(true)
});

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${E}.dateInvalid` });

export const TourOrderParams = z.object({
	/** the new order of the dates (every date id once) */
	order: z
		.array(id(`${E}.dateInvalid`))
		.min(1, { error: `${E}.dateInvalid` })
		.max(500),
	/** the new first day of each date (its length is kept) */
	starts: z.record(z.string(), IsoDay)
});

export const AudienceCarpoolParams = z.object({
	/** carpool: fuller cars; shuttle: spectators move from car to coach */
	mode: z.enum(['carpool', 'shuttle'], { error: `${E}.invalid` }).default('carpool'),
	/** percentage points of the attendance that move (capped at the car share) */
	points: number(0, 100, `${E}.percentInvalid`, 15),
	/** dates in venues of this territory ('all': every date with audience figures) */
	territory: z.enum([...TERRITORIES, 'all'], { error: `${E}.invalid` }).default('rural'),
	/** or exactly these dates (wins over the territory) */
	dates: ids(),
	/** spectators per carpooled car */
	carpoolOccupancy: number(1.5, 9, `${E}.occupancyInvalid`, 3)
});

export const VegetarianParams = z.object({
	/** share of the team's meals that are vegetarian or vegan after the change, % */
	share: number(0, 100, `${E}.percentInvalid`, 50),
	type: z.enum(['vegetarian', 'vegan'], { error: `${E}.invalid` }).default('vegetarian')
});

export const LocalTechniciansParams = z.object({
	/** people hired near each venue, who no longer travel */
	people: integer(1, 200, `${E}.countInvalid`, 1),
	/** rooms per night after the change (blank: in proportion to the people who still travel) */
	roomsPerNight: z.preprocess(
		toNumber,
		z
			.number({ error: `${E}.countInvalid` })
			.min(0, { error: `${E}.countInvalid` })
			.max(500)
			.optional()
	)
});

export const LEVER_PARAMS = {
	train: TrainParams,
	'fewer-vehicles': FewerVehiclesParams,
	'lighter-set': LighterSetParams,
	'shared-freight': SharedFreightParams,
	'co-routing': CoRoutingParams,
	'longer-runs': LongerRunsParams,
	'tour-order': TourOrderParams,
	'audience-carpool': AudienceCarpoolParams,
	vegetarian: VegetarianParams,
	'local-technicians': LocalTechniciansParams
} satisfies Record<LeverKey, z.ZodType>;

export type LeverParams = { [K in LeverKey]: z.infer<(typeof LEVER_PARAMS)[K]> };
