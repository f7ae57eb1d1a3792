// The public observatory: no account. Every figure comes from the disclosure-controlled aggregates.
import { getDb } from '$lib/server/db';
import * as observatory from '$lib/server/observatory';
import { regionCodes, regionName } from '$lib/networks/territory';
import { isLeverKey, leverText } from '$lib/experiments/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const db = getDb();
	const live = await observatory.liveAggregates(db);
	const seasons = live.aggregates.seasons.map((s) => s.season);
	const asked = url.searchParams.get('season');
	const season = asked && seasons.includes(asked) ? asked : (seasons.at(-1) ?? null);
	const view = live.aggregates.seasons.find((s) => s.season === season) ?? null;
	const regions = Object.fromEntries(
		(view?.tables.region ?? []).map((c) => [c.key, c.key === 'unknown' ? null : regionName(c.key)])
	);
	const levers = Object.fromEntries(
		(view?.levers ?? []).map((c) => [
			c.key,
			isLeverKey(c.key) ? { fr: leverText(c.key, 'fr').title, en: leverText(c.key, 'en').title } : null
		])
	);
	// no HTTP cache header: the layout around this page can show who is logged in, and a withdrawal
	// must show at once; the aggregates themselves are cached in the server (LIVE_TTL_MS)
	return {
		seasons,
		season,
		view,
		regions,
		regionNames: Object.fromEntries(regionCodes().map((c) => [c, regionName(c)])),
		levers,
		computedAt: live.computedAt,
		factorSets: live.factorSets,
		releases: await observatory.listReleases(db)
	};
};
