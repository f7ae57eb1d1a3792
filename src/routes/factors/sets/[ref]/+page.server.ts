import { missingActivities } from '$lib/engine/factors/index';
import { audienceParametersRef } from '$lib/engine/parameters';
import {
	activityCategory,
	activityOrder,
	factorView,
	library,
	memo,
	setOr404,
	setSummary
} from '../../explorer.server';
import type { PageServerLoad } from './$types';

const GROUPS = ['travel', 'freight', 'fuel', 'accommodation', 'meal'] as const;

export const load: PageServerLoad = async ({ params }) => {
	const lib = library();
	return memo(lib, `set:${params.ref}`, () => {
		const set = setOr404(lib, params.ref);
		const resolved = lib.resolve(set.ref);
		const rules = new Map((set.ruleList ?? []).map((r) => [r.id, r]));
		const entries = [...set.entries]
			.sort(
				(a, b) =>
					activityOrder(a.activity) - activityOrder(b.activity) || a.activity.localeCompare(b.activity)
			)
			.map((e) => {
				const rf = resolved.byActivity.get(e.activity)!;
				return {
					activity: e.activity,
					group: activityCategory(e.activity),
					rule: e.rule ?? null,
					// the entry's own note when it has one; the rule text is shown once, above
					note:
						e.rule && rules.get(e.rule)?.en === e.why
							? null
							: { en: e.why ?? '', fr: e.whyFr ?? e.why ?? '' },
					factor: factorView(rf.factor),
					wtt: rf.wtt ? { key: rf.wtt.key, value: rf.wtt.value } : null
				};
			});
		return {
			set: setSummary(set),
			supersedes: set.supersedes ?? null,
			method: set.method ?? {},
			audienceParameters: audienceParametersRef(set),
			ruleList: set.ruleList ?? [],
			groups: GROUPS.map((g) => ({ id: g, entries: entries.filter((e) => e.group === g) })).filter(
				(g) => g.entries.length > 0
			),
			missing: missingActivities(resolved, lib.tables),
			otherSets: [...lib.sets.keys()].filter((r) => r !== set.ref),
			tables: [...new Set(set.entries.map((e) => e.table))].sort()
		};
	});
};
