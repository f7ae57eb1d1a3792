import { searchFactors } from '$lib/engine/factors/index';
import {
	facets,
	factorView,
	isEmptyQuery,
	library,
	memo,
	manifestView,
	neighbours,
	readQuery,
	tableOr404,
	tableSummary
} from '../../explorer.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const lib = library();
	return memo(lib, `table:${params.ref}${url.search}`, () => {
		const table = tableOr404(lib, params.ref);
		const query = readQuery(url);
		delete query.source;
		const rows = isEmptyQuery(query) ? table.factors : searchFactors(table.factors, query);
		const usedBy = [...lib.sets.values()]
			.filter((s) => s.entries.some((e) => e.table === table.manifest.ref))
			.map((s) => ({
				ref: s.ref,
				isDefault: s.isDefault,
				count: s.entries.filter((e) => e.table === table.manifest.ref).length
			}));
		return {
			manifest: manifestView(table.manifest),
			summary: tableSummary(table),
			query,
			filtered: !isEmptyQuery(query),
			facets: facets(table.factors),
			factors: rows.map(factorView),
			...neighbours(lib, table.manifest.ref),
			usedBy
		};
	});
};
