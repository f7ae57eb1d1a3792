// GET /api/observatory: the live aggregates as JSON, under the same disclosure rules as the page.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as observatory from '$lib/server/observatory';
import { LICENCE, SCHEMAS } from '$lib/observatory/index';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const live = await observatory.liveAggregates(getDb());
	return json(
		{
			computedAt: live.computedAt,
			licence: LICENCE,
			factorSets: live.factorSets,
			rules: { minStructures: 3, dominanceShare: 0.85, minForQuartiles: 5 },
			schemas: SCHEMAS,
			schemaUrl: '/api/observatory/schema',
			seasons: live.aggregates.seasons
		}
		// no HTTP cache header: a withdrawal must show at once; the server caches the aggregates
	);
};
