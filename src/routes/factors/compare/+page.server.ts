import {
	SAMPLE_TRIP_KM,
	compareSampleTrips,
	countByKind,
	diffSets,
	diffTables,
	sortChanges,
	type ChangeSort
} from '$lib/engine/factors/index';
import { latestPairs, library, memo } from '../explorer.server';
import type { PageServerLoad } from './$types';

const SORTS: ChangeSort[] = ['rel', 'abs', 'id', 'kind'];

export const load: PageServerLoad = async ({ url }) => {
	const lib = library();
	return memo(lib, `compare${url.search}`, () => {
		const a = url.searchParams.get('a')?.trim() ?? '';
		const b = url.searchParams.get('b')?.trim() ?? '';
		const sortParam = url.searchParams.get('sort') as ChangeSort | null;
		const sort: ChangeSort = sortParam && SORTS.includes(sortParam) ? sortParam : 'rel';
		const kmParam = Number(url.searchParams.get('km') ?? SAMPLE_TRIP_KM);
		const km = Number.isFinite(kmParam) && kmParam > 0 && kmParam <= 20000 ? kmParam : SAMPLE_TRIP_KM;
		const options = {
			tables: [...lib.series().values()].flat().reverse(),
			sets: [...lib.sets.keys()].sort()
		};
		const base = { a, b, sort, km, options, suggestions: latestPairs(lib) };
		if (!a || !b) return { ...base, problem: a || b ? ('both' as const) : null, result: null };
		const isTable = lib.tables.has(a) && lib.tables.has(b);
		const isSet = lib.sets.has(a) && lib.sets.has(b);
		if (!isTable && !isSet) return { ...base, problem: 'kinds' as const, result: null };
		const diff = isTable
			? diffTables(lib.tables.get(a)!, lib.tables.get(b)!)
			: diffSets(lib.resolve(a), lib.resolve(b));
		const trip = isTable
			? compareSampleTrips(lib.tables.get(a)!, lib.tables.get(b)!, km)
			: compareSampleTrips(lib.resolve(a), lib.resolve(b), km);
		const changes = sortChanges(diff.changes, sort, sort !== 'id');
		return {
			...base,
			problem: null,
			result: {
				kind: diff.kind,
				counts: { ...countByKind(changes), unchanged: diff.unchanged },
				changes: changes.map((c) => ({
					id: c.id,
					kind: c.kind,
					unit: (c.after ?? c.before)!.unit,
					beforeUnit: c.before?.unit ?? null,
					before: c.before ? { value: c.before.value, table: c.before.table, key: c.before.key } : null,
					after: c.after ? { value: c.after.value, table: c.after.table, key: c.after.key } : null,
					absChange: c.absChange,
					relChange: c.relChange,
					unitChanged: c.unitChanged,
					details: c.details
				})),
				trip: trip
					.filter((r) => r.kgA !== r.kgB)
					.sort((x, y) => Math.abs(y.rel ?? 0) - Math.abs(x.rel ?? 0) || x.id.localeCompare(y.id)),
				tripUnchanged: trip.filter((r) => r.kgA === r.kgB).length
			}
		};
	});
};
