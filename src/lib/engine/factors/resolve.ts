/**
 * From a factor set (activity → table + key) to what the engine computes with: each entry
 * resolved to its factor, its table's manifest and its linked WTT row. Everything that would
 * otherwise surface as a wrong number later fails here, with a message naming set and activity:
 * a table or key that does not exist, an unknown activity, a unit that is not the activity's.
 */
import { ACTIVITIES, activityDef, unitFits } from './activities';
import { float64SumInOrder } from './decimal';
import {
	FactorSetError,
	MissingFactorError,
	type ComponentKind,
	type Factor,
	type FactorSet,
	type FactorTable,
	type ResolvedFactor,
	type ResolvedFactorSet
} from './types';

export type TableLookup = ReadonlyMap<string, FactorTable> | readonly FactorTable[];

function tableMap(tables: TableLookup): ReadonlyMap<string, FactorTable> {
	if (tables instanceof Map) return tables;
	return new Map((tables as readonly FactorTable[]).map((t) => [t.manifest.ref, t]));
}

export function resolveSet(set: FactorSet, tables: TableLookup): ResolvedFactorSet {
	const byRef = tableMap(tables);
	const byActivity = new Map<string, ResolvedFactor>();
	for (const e of set.entries) {
		if (byActivity.has(e.activity)) throw new FactorSetError(set.ref, e.activity, 'mapped twice');
		const def = activityDef(e.activity);
		if (!def) {
			throw new FactorSetError(
				set.ref,
				e.activity,
				'unknown activity (see src/lib/engine/factors/activities.ts)'
			);
		}
		const table = byRef.get(e.table);
		if (!table) throw new FactorSetError(set.ref, e.activity, `table ${e.table} does not exist`);
		const factor = table.byKey.get(e.key);
		if (!factor) throw new FactorSetError(set.ref, e.activity, `table ${e.table} has no factor "${e.key}"`);
		if (!unitFits(def, factor.unit)) {
			throw new FactorSetError(
				set.ref,
				e.activity,
				`needs a factor per ${[def.per, ...(def.alsoPer ?? [])].join(' or ')}, but ${e.table} "${e.key}" is per ${factor.unit}`
			);
		}
		const wtt = factor.wttKey ? (table.byKey.get(factor.wttKey) ?? null) : null;
		if (factor.wttKey && !wtt) {
			throw new FactorSetError(set.ref, e.activity, `WTT row "${factor.wttKey}" missing from ${e.table}`);
		}
		byActivity.set(e.activity, { activity: e.activity, set: set.ref, factor, wtt, table: table.manifest });
	}
	return { set, byActivity };
}

/** The resolved factor of an activity, or the typed MissingFactorError (never a zero). */
export function requireFactor(resolved: ResolvedFactorSet, activity: string): ResolvedFactor {
	const rf = resolved.byActivity.get(activity);
	if (!rf) throw new MissingFactorError(activity, resolved.set.ref);
	return rf;
}

/**
 * Activities the set does not map: every key of the vocabulary, plus `hotel.<CC>` for each
 * country that a hotel table used by the set covers (`hotel.XX` keys per room·night).
 */
export function missingActivities(resolved: ResolvedFactorSet, tables: TableLookup): string[] {
	const byRef = tableMap(tables);
	const wanted = new Set(ACTIVITIES.filter((a) => !a.optional).map((a) => a.key));
	const hotelTables = new Set(
		[...resolved.byActivity.values()]
			.filter((r) => r.activity.startsWith('hotel.'))
			.map((r) => r.factor.table)
	);
	for (const ref of hotelTables) {
		for (const f of byRef.get(ref)?.factors ?? []) {
			if (/^hotel\.[A-Z]{2}$/.test(f.key) && (f.unit === 'room.night' || f.unit === 'person.night'))
				wanted.add(f.key);
		}
	}
	return [...wanted].filter((a) => !resolved.byActivity.has(a)).sort();
}

/**
 * A factor's value within a boundary, as a double: the components kept, summed in published order
 * (so that impactCO2 results are reproduced to the last bit), or the total when the source gives
 * no split. `exclude` lists the component kinds to drop (e.g. `['construction']` = impactCO2 API
 * default). A kind the factor does not carry cannot be dropped: see `separable()`.
 */
export function boundaryValue(factor: Factor, exclude: readonly ComponentKind[] = []): number {
	if (factor.components.length === 0) return factor.num;
	const kept = factor.components.filter((c) => !exclude.includes(c.kind));
	// Nothing dropped and a part derived by us (DESNZ RF = With − Without): the published total is
	// the published figure; re-adding our derived part in doubles could move the last bit.
	if (kept.length === factor.components.length && kept.some((c) => c.derived)) return factor.num;
	return float64SumInOrder(kept.map((c) => c.value));
}

/** The factor's full published total as impactCO2 would compute it (components in order). */
export function factorTotal(factor: Factor): number {
	return boundaryValue(factor, []);
}

/** Component kinds this factor publishes separately (and so can be switched off). */
export function separable(factor: Factor): ComponentKind[] {
	return [...new Set(factor.components.map((c) => c.kind))];
}
