import { searchFactors } from '$lib/engine/factors/index';
import {
	FEATURED_ACTIVITIES,
	allFactors,
	facets,
	factorView,
	isEmptyQuery,
	latestPairs,
	library,
	memo,
	readQuery,
	setSummary,
	tableSummary
} from './explorer.server';
import type { PageServerLoad } from './$types';

/** Search results shown at most; the count says how many matched. */
const MAX_RESULTS = 200;

export const load: PageServerLoad = async ({ url }) => {
	const lib = library();
	return memo(lib, `index${url.search}`, () => {
		const query = readQuery(url);
		const factors = allFactors(lib);
		const resolved = lib.resolve();
		let results: ReturnType<typeof factorView>[] | null = null;
		let total = 0;
		if (!isEmptyQuery(query)) {
			const found = searchFactors(factors, query);
			total = found.length;
			results = found.slice(0, MAX_RESULTS).map(factorView);
		}
		return {
			query,
			results,
			total,
			max: MAX_RESULTS,
			facets: facets(factors),
			defaultSet: setSummary(lib.defaultSet),
			featured: FEATURED_ACTIVITIES.map((a) => {
				const rf = resolved.byActivity.get(a)!;
				return { activity: a, factor: factorView(rf.factor) };
			}),
			sets: [...lib.sets.values()]
				.map(setSummary)
				.sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.ref.localeCompare(b.ref)),
			tables: [...lib.tables.values()].map(tableSummary),
			series: [...lib.series().entries()].map(([id, refs]) => ({ id, refs })),
			latest: latestPairs(lib)
		};
	});
};
