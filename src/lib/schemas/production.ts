/**
 * Form shapes of productions and tours. Messages are i18n keys (src/lib/i18n/messages/tours.ts),
 * turned into field issues by parseInput (src/lib/server/auth/schemas.ts).
 */
import { z } from 'zod';

const REQUIRED = 'common.form.required';

/** An empty form field means "not given". */
const optionalInt = (min: number, max: number, error: string) =>
	z.preprocess(
		(v) =>
			v === '' || v === null || v === undefined
				? undefined
				: typeof v === 'string'
					? Number(v.replace(',', '.'))
					: v,
		z.number({ error }).int({ error }).min(min, { error }).max(max, { error }).optional()
	);

export const DISCIPLINES = [
	'theatre',
	'dance',
	'circus',
	'music',
	'street',
	'puppetry',
	'opera',
	'multidisciplinary',
	'other'
] as const;

export const ProductionInput = z.object({
	title: z
		.string({ error: REQUIRED })
		.trim()
		.min(1, { error: REQUIRED })
		.max(160, { error: 'tours.errors.tooLong' }),
	discipline: z.enum(DISCIPLINES, { error: 'tours.errors.disciplineInvalid' }),
	creationYear: optionalInt(1900, 2100, 'tours.errors.yearInvalid'),
	teamSize: optionalInt(0, 500, 'tours.errors.teamSizeInvalid'),
	setDescription: z.string().trim().max(2000, { error: 'tours.errors.tooLong' }).default('')
});
export type ProductionInput = z.infer<typeof ProductionInput>;

export const TourInput = z.object({
	season: z
		.string({ error: REQUIRED })
		.trim()
		.min(1, { error: REQUIRED })
		.max(60, { error: 'tours.errors.tooLong' }),
	homePlaceId: z
		.string({ error: 'tours.errors.placeRequired' })
		.regex(/^(fr:[0-9][0-9AB][0-9]{3}|gn:[0-9]+)$/, { error: 'tours.errors.placeRequired' }),
	homeName: z.string().trim().max(160).default(''),
	factorSet: z
		.string()
		.regex(/^[a-z0-9][a-z0-9-]*@[A-Za-z0-9.-]+$/, { error: 'tours.errors.factorSetInvalid' })
});
export type TourInput = z.infer<typeof TourInput>;
