/**
 * The lever catalogue: levers.json (text in French and English, sources), checked against this
 * shape when the module loads so that a broken edit of the data fails every test at once.
 *
 * A lever names the transformation that turns it into a scenario (./transforms.ts) and the scope
 * its saving is counted in: `company` (the team's own emissions) or `audience` (spectators' travel,
 * reported beside, never mixed in).
 */
import { z } from 'zod';
import data from './levers.json';

export const LEVER_KEYS = [
	'train',
	'fewer-vehicles',
	'lighter-set',
	'shared-freight',
	'co-routing',
	'longer-runs',
	'tour-order',
	'audience-carpool',
	'vegetarian',
	'local-technicians'
] as const;
export type LeverKey = (typeof LEVER_KEYS)[number];

const Source = z.object({ label: z.string().min(1), url: z.url().optional() }).strict();
const Text = z
	.object({
		title: z.string().min(1),
		changes: z.string().min(1),
		why: z.string().min(1),
		sources: z.array(Source).min(1)
	})
	.strict();

export const Lever = z
	.object({
		key: z.enum(LEVER_KEYS),
		transform: z.enum(LEVER_KEYS),
		scope: z.enum(['company', 'audience']),
		category: z.enum(['travel', 'freight', 'route', 'audience', 'meal']),
		fr: Text,
		en: Text
	})
	.strict();
export type Lever = z.infer<typeof Lever>;
export type LeverText = z.infer<typeof Text>;

const Catalogue = z.object({ $comment: z.string().optional(), levers: z.array(Lever) }).strict();

export const LEVERS: readonly Lever[] = Catalogue.parse(data).levers;

const BY_KEY = new Map(LEVERS.map((l) => [l.key, l]));

export function isLeverKey(v: unknown): v is LeverKey {
	return typeof v === 'string' && BY_KEY.has(v as LeverKey);
}

export function getLever(key: LeverKey): Lever {
	const l = BY_KEY.get(key);
	if (!l) throw new Error(`unknown lever "${key}"`);
	return l;
}

/** The lever's text in a locale (French for any other). */
export function leverText(key: LeverKey, locale: string): LeverText {
	const l = getLever(key);
	return locale === 'en' ? l.en : l.fr;
}
