/**
 * The quick estimate's questions (« première estimation »): about ten things an administrator
 * already knows, as form fields. Form values arrive as strings ("12", "30 %", "1 200"); the schema
 * turns them into numbers. Messages are i18n keys (src/lib/i18n/messages/estimate.ts).
 *
 * Places (home commune, towns of the tour) are resolved by the server from the gazetteer before
 * this schema runs: it receives gazetteer ids.
 */
import { z } from 'zod';
import { TERRITORIES } from '../engine/types';

const E = 'estimate.errors';

/** How the team mostly travels. Each maps to one travel plan in src/lib/estimate/build.ts. */
export const QUICK_MODES = ['car', 'van', 'minibus', 'train', 'plane'] as const;
export type QuickMode = (typeof QUICK_MODES)[number];

/** The set and equipment: the vehicle that carries it, or nothing beyond the team's vehicles. */
export const QUICK_SETS = ['none', 'van', 'truck', 'large-truck', 'semi'] as const;
export type QuickSet = (typeof QUICK_SETS)[number];

export const QUICK_NIGHTS = ['every', 'count'] as const;
export const QUICK_RETURNS = ['each', 'chain'] as const;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** "1 200", "1 200", "30 %", "12,5" → number; blank → undefined; anything else stays (and fails). */
function toNumber(v: unknown): unknown {
	if (blank(v)) return undefined;
	if (typeof v !== 'string') return v;
	const s = v
		.trim()
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/%$/, '')
		.replace(',', '.');
	const n = Number(s);
	return s === '' || Number.isNaN(n) ? v : n;
}

const int = (min: number, max: number, error: string) =>
	z.preprocess(toNumber, z.number({ error }).int({ error }).min(min, { error }).max(max, { error }));

const IsoDay = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${E}.date` })
	.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), { error: `${E}.date` });

export const QuickEstimate = z
	.object({
		title: z
			.string({ error: 'common.form.required' })
			.trim()
			.min(1, { error: 'common.form.required' })
			.max(120, { error: `${E}.tooLong` }),
		season: z
			.string({ error: 'common.form.required' })
			.trim()
			.regex(/^\d{4}(-\d{4})?$/, { error: `${E}.season` }),
		firstDate: z.preprocess((v) => (blank(v) ? undefined : v), IsoDay.optional()),
		homePlaceId: z.string({ error: 'common.form.required' }).min(1, { error: 'common.form.required' }),
		/** the towns of the tour, in tour order, one date per town */
		towns: z
			.array(z.object({ placeId: z.string().min(1), name: z.string().min(1) }))
			.min(1, { error: `${E}.townsEmpty` })
			.max(200, { error: `${E}.townsTooMany` }),
		performances: int(1, 5000, `${E}.performances`),
		oneOffPct: z.preprocess(
			toNumber,
			z
				.number({ error: `${E}.percent` })
				.min(0)
				.max(100)
				.default(50)
		),
		team: int(1, 300, `${E}.team`),
		mode: z.enum(QUICK_MODES, { error: `${E}.choice` }),
		set: z.enum(QUICK_SETS, { error: `${E}.choice` }),
		nights: z.enum(QUICK_NIGHTS, { error: `${E}.choice` }).default('every'),
		nightsCount: z.preprocess(
			toNumber,
			z
				.number({ error: `${E}.count` })
				.int()
				.min(0)
				.max(100_000)
				.optional()
		),
		mealsPerDay: z.preprocess(
			toNumber,
			z
				.number({ error: `${E}.meals` })
				.min(0)
				.max(5)
				.optional()
		),
		returns: z.enum(QUICK_RETURNS, { error: `${E}.choice` }).default('each'),
		audience: z.preprocess(
			toNumber,
			z
				.number({ error: `${E}.count` })
				.int()
				.min(0)
				.max(10_000_000)
				.optional()
		),
		territory: z.enum([...TERRITORIES, 'unknown'], { error: `${E}.choice` }).default('unknown')
	})
	.superRefine((v, ctx) => {
		if (v.performances < v.towns.length)
			ctx.addIssue({
				code: 'custom',
				path: ['performances'],
				message: `${E}.performancesBelowTowns`,
				params: { towns: v.towns.length }
			});
		if (v.nights === 'count' && v.nightsCount === undefined)
			ctx.addIssue({ code: 'custom', path: ['nightsCount'], message: `${E}.count` });
	});
export type QuickEstimate = z.infer<typeof QuickEstimate>;
