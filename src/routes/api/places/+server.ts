/**
 * GET /api/places?q=…&limit=…&country=… — venue autocomplete over the offline gazetteer.
 * Public (place names are public data); the gazetteer itself stays on the server. Returns
 * `{ places }`, ranked: each place with its id (`fr:<INSEE>` or `gn:<GeoNames id>`), label,
 * coordinates, whether the position is estimated, and how it matched.
 */
import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n';
import { getGazetteer } from '$lib/server/geo';
import type { RequestHandler } from './$types';

/** Most a client can ask for: an autocomplete list, not a data export. */
const MAX_LIMIT = 20;

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
		.optional()
});

export const GET: RequestHandler = async ({ url, locals }) => {
	const params = Object.fromEntries(
		['q', 'limit', 'country'].flatMap((k) => {
			const v = url.searchParams.get(k);
			return v === null || v === '' ? [] : [[k, v]];
		})
	);
	const parsed = Query.safeParse(params);
	if (!parsed.success) {
		error(400, { message: translate(locals.locale ?? 'fr', 'geo.api.invalidQuery') });
	}
	const { q, limit, country } = parsed.data;
	const places = getGazetteer()
		.search(q, { limit, country })
		// Aliases can run to dozens of exonyms for a capital: the client only needs the one that matched.
		.map(({ aliases: _aliases, score: _score, ...place }) => place);
	return json({ places }, { headers: { 'cache-control': 'public, max-age=3600' } });
};
