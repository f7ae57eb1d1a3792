/**
 * GET /api/places?q=…&limit=…&country=… — venue autocomplete over the offline gazetteer.
 * Public (place names are public data); the gazetteer itself stays on the server. Returns
 * `{ places }`, ranked.
 *
 * What it sends (issue #21: each keystroke's answer was 4–5 ms of server time, 9× a page):
 * - by default only what the place field shows and keeps: `{ id, label }`;
 * - `detail=1`: the place as the gazetteer describes it (name, country, coordinates, population,
 *   kind, whether the position is estimated, how it matched), without its aliases;
 * - `aliases=1` (with detail): its aliases too — a capital has dozens of exonyms, sent on demand only.
 * Answers are kept in a small least-recently-used cache: the gazetteer does not change while the
 * process runs, and the same prefixes ("sai", "sain", "saint") come back from every user typing.
 */
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n';
import { getGazetteer, type SearchHit } from '$lib/server/geo';
import { placeLabel } from '$lib/geo/store';
import { placesCache as cache } from '$lib/server/geo/places-cache';
import type { RequestHandler } from './$types';

/** Most a client can ask for: an autocomplete list, not a data export. */
const MAX_LIMIT = 20;

const flag = z
	.enum(['0', '1', 'true', 'false'])
	.optional()
	.transform((v) => v === '1' || v === 'true');

const Query = z.object({
	q: z.string().trim().min(1).max(100),
	limit: z.coerce
		.number()
		.int()
		.min(1)
		.default(8)
		.transform((n) => Math.min(n, MAX_LIMIT)),
	country: z
		.string()
		.regex(/^[A-Za-z]{2}$/)
		.transform((c) => c.toUpperCase())
		.optional(),
	detail: flag,
	aliases: flag
});
type Query = z.infer<typeof Query>;

// the label names a foreign country in the reader's language, chosen by the `lang` cookie
const HEADERS = {
	'content-type': 'application/json',
	'cache-control': 'public, max-age=3600',
	vary: 'Cookie'
};

function shape(hit: SearchHit, q: Query, locale: string) {
	const label = placeLabel(hit, locale);
	if (!q.detail) return { id: hit.id, label };
	const { aliases, score: _score, ...place } = hit;
	return q.aliases ? { ...place, label, aliases: aliases ?? [] } : { ...place, label };
}

function answer(q: Query, locale: string): string {
	const key = [locale, q.q, q.limit, q.country ?? '', q.detail ? 1 : 0, q.aliases ? 1 : 0].join('\u0000');
	const hit = cache.get(key);
	if (hit !== undefined) return hit;
	const places = getGazetteer()
		.search(q.q, { limit: q.limit, country: q.country })
		.map((h) => shape(h, q, locale));
	const body = JSON.stringify({ places });
	cache.set(key, body);
	return body;
}

export const GET: RequestHandler = async ({ url, locals }) => {
	const params = Object.fromEntries(
		['q', 'limit', 'country', 'detail', 'aliases'].flatMap((k) => {
			const v = url.searchParams.get(k);
			return v === null || v === '' ? [] : [[k, v]];
		})
	);
	const parsed = Query.safeParse(params);
	if (!parsed.success) {
		error(400, { message: translate(locals.locale ?? 'fr', 'geo.api.invalidQuery') });
	}
	return new Response(answer(parsed.data, locals.locale ?? 'fr'), { headers: HEADERS });
};
