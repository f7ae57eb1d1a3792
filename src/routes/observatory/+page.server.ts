// The public observatory: no account. Every figure comes from the disclosure-controlled aggregates.
import { getDb } from '$lib/server/db';
import * as observatory from '$lib/server/observatory';
import { regionName } from '$lib/networks/territory';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, setHeaders }) => {
	const db = getDb();
	const live = await observatory.liveAggregates(db);
	const seasons = live.aggregates.seasons.map((s) => s.season);
	const asked = url.searchParams.get('season');
	const season = asked && seasons.includes(asked) ? asked : (seasons.at(-1) ?? null);
	const view = live.aggregates.seasons.find((s) => s.season === season) ?? null;
	const regions = Object.fromEntries(
		(view?.tables.region ?? []).map((c) => [c.key, c.key === 'unknown' ? null : regionName(c.key)])
	);
	setHeaders({ 'cache-control': 'public, max-age=60' });
	return {
		seasons,
		season,
		view,
		regions,
		computedAt: live.computedAt,
		factorSets: live.factorSets,
		releases: await observatory.listReleases(db)
	};
};
