/**
 * The tour editor's forms (strings from <form> fields) → pieces of the tour document. Messages are
 * i18n keys. The document as a whole is validated again by TourFile when it is saved.
 */
import { z } from 'zod';
import {
	LODGING_TYPES,
	MEAL_TYPES,
	PASSENGER_MODES,
	QUALITY_TAGS,
	TERRITORIES,
	VEHICLE_MODES,
	FREIGHT_VEHICLE_CLASSES,
	FREIGHT_LOAD_STATES,
	SHARED_FREIGHT_MODES,
	AUDIENCE_MODES
} from '../engine/types';

const REQUIRED = 'common.form.required';

const num = (opts: { min?: number; max?: number; int?: boolean; error: string }) =>
	z.preprocess(
		(v) =>
			v === '' || v === null || v === undefined
				? undefined
				: typeof v === 'string'
					? Number(v.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'))
					: v,
		z
			.number({ error: opts.error })
			.refine((n) => Number.isFinite(n), { error: opts.error })
			.refine((n) => !opts.int || Number.isInteger(n), { error: opts.error })
			.refine((n) => opts.min === undefined || n >= opts.min, { error: opts.error })
			.refine((n) => opts.max === undefined || n <= opts.max, { error: opts.error })
			.optional()
	);

const isoDate = z
	.string({ error: REQUIRED })
	.min(1, { error: REQUIRED })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'tours.errors.dateInvalid' });

export const Quality = z.enum(QUALITY_TAGS, { error: 'common.form.invalid' });

export const DateForm = z
	.object({
		venueName: z
			.string({ error: REQUIRED })
			.trim()
			.min(1, { error: REQUIRED })
			.max(160, { error: 'tours.errors.tooLong' }),
		start: isoDate,
		end: z.union([z.literal(''), isoDate]).default(''),
		performances: num({ min: 1, max: 1000, int: true, error: 'tours.errors.performancesInvalid' }),
		attendance: num({ min: 0, max: 10_000_000, int: true, error: 'tours.errors.countInvalid' }),
		capacity: num({ min: 0, max: 1_000_000, int: true, error: 'tours.errors.countInvalid' }),
		territory: z.union([z.literal(''), z.enum(TERRITORIES)]).default('')
	})
	.refine((d) => d.end === '' || d.end >= d.start, { path: ['end'], error: 'tours.errors.endBeforeStart' });
export type DateForm = z.infer<typeof DateForm>;

export const TRAVEL_MODES = [...PASSENGER_MODES, ...VEHICLE_MODES] as const;

export const TravelGroupForm = z.object({
	mode: z.enum(TRAVEL_MODES, { error: 'common.form.invalid' }),
	count: num({ min: 1, max: 500, int: true, error: 'tours.errors.countInvalid' }).refine(
		(v) => v !== undefined,
		{ error: REQUIRED }
	),
	occupants: num({ min: 0, max: 500, int: true, error: 'tours.errors.countInvalid' }),
	label: z.string().trim().max(80).default(''),
	quality: Quality.default('estimated')
});

export const TeamForm = z.object({
	role: z
		.string({ error: REQUIRED })
		.trim()
		.min(1, { error: REQUIRED })
		.max(60, { error: 'tours.errors.tooLong' }),
	count: num({ min: 1, max: 500, int: true, error: 'tours.errors.countInvalid' }).refine(
		(v) => v !== undefined,
		{ error: REQUIRED }
	)
});

export const BulkTravelForm = z.object({
	maxKm: num({ min: 1, max: 20000, error: 'tours.errors.kmInvalid' }).refine((v) => v !== undefined, {
		error: REQUIRED
	}),
	minKm: num({ min: 0, max: 20000, error: 'tours.errors.kmInvalid' }),
	mode: z.enum(TRAVEL_MODES, { error: 'common.form.invalid' })
});

/** The legs table's bulk bar: every field optional (a mode, figures, a distance). */
export const LegsForm = z.object({
	mode: z.union([z.literal(''), z.enum(TRAVEL_MODES, { error: 'common.form.invalid' })]).default(''),
	count: num({ min: 1, max: 500, int: true, error: 'tours.errors.countInvalid' }),
	occupants: num({ min: 0, max: 500, int: true, error: 'tours.errors.countInvalid' }),
	km: num({ min: 0, max: 40000, error: 'tours.errors.kmInvalid' })
});

export const FreightVehicleForm = z.object({
	label: z.string().trim().max(80).default(''),
	class: z.enum(FREIGHT_VEHICLE_CLASSES, { error: 'common.form.invalid' }),
	load: z.enum(FREIGHT_LOAD_STATES, { error: 'common.form.invalid' }),
	vehicles: num({ min: 1, max: 50, int: true, error: 'tours.errors.countInvalid' }),
	fuelLitres: num({ min: 0, max: 1_000_000, error: 'tours.errors.countInvalid' }),
	fuelType: z.enum(['diesel', 'petrol']).default('diesel'),
	quality: Quality.default('estimated')
});

export const FreightSharedForm = z.object({
	label: z.string().trim().max(80).default(''),
	mode: z.enum(SHARED_FREIGHT_MODES, { error: 'common.form.invalid' }),
	tonnes: num({ min: 0.001, max: 10_000, error: 'tours.errors.tonnesInvalid' }).refine(
		(v) => v !== undefined,
		{ error: REQUIRED }
	),
	quality: Quality.default('estimated')
});

export const StayForm = z.object({
	roomsPerNight: num({ min: 0, max: 500, error: 'tours.errors.countInvalid' }),
	// where the team usually sleeps: hotel (per room) or a lodging counted per person (issue 18)
	lodging: z.enum(LODGING_TYPES, { error: 'common.form.invalid' }).default('hotel'),
	roomsQuality: Quality.default('estimated'),
	mealsPerPersonPerDay: num({ min: 0, max: 6, error: 'tours.errors.mealsInvalid' }),
	mealType: z.enum(MEAL_TYPES, { error: 'common.form.invalid' }),
	mealsQuality: Quality.default('estimated')
});

export const AudienceForm = z.object({
	territory: z.union([z.literal(''), z.enum(TERRITORIES)]).default(''),
	size: z.union([z.literal(''), z.enum(['small', 'medium', 'large'])]).default(''),
	roundTripKm: num({ min: 0, max: 5000, error: 'tours.errors.kmInvalid' }),
	carOccupancy: num({ min: 1, max: 9, error: 'tours.errors.occupancyInvalid' }),
	quality: Quality.default('default'),
	...Object.fromEntries(
		AUDIENCE_MODES.map((m) => [`share_${m}`, num({ min: 0, max: 100, error: 'tours.errors.shareInvalid' })])
	)
});
