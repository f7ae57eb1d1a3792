/**
 * What the pages show of a comparison (src/lib/engine/compare.ts): the figures without the result
 * lines, and, for a commitment's measured result, the change split into what can explain it —
 * the factor effect (another factor-set version), dates dropped or added, the dates both tours
 * share, and what no date carries.
 *
 * A saving is a reduction: saving = baseline − other (kgCO2e), positive when the other emits less.
 */
import type { CategoryDelta, DateDelta, Delta, TourComparison } from '../engine/compare';

export type SavingScope = 'company' | 'audience';

export interface ComparisonView {
	factorSets: { a: string; b: string };
	totals: { company: Delta; audience: Delta; withAudience: Delta };
	byCategory: CategoryDelta[];
	byDate: DateDelta[];
	crossError: TourComparison['crossError'];
}

export function comparisonView(c: TourComparison): ComparisonView {
	return {
		factorSets: { a: c.a.factorSet.ref, b: c.b.factorSet.ref },
		totals: c.totals,
		byCategory: c.byCategory,
		byDate: c.byDate,
		crossError: c.crossError
	};
}

export interface DatedChange {
	id: string;
	venueName: string;
	start: string;
	kg: number;
}

export interface ChangeExplanation {
	scope: SavingScope;
	/** the other tour − the baseline */
	change: number;
	saving: number;
	/** saving ÷ baseline; null when the baseline is 0 */
	relative: number | null;
	sameFactorSet: boolean;
	factorSets: { a: string; b: string };
	/** part of the change due to the factors (another set version); null when it cannot be split */
	factorEffect: number | null;
	/** part due to what was done (activity) */
	activityEffect: number | null;
	/** baseline dates the other tour does not have (their baseline emissions) */
	removedDates: DatedChange[];
	/** dates only the other tour has (their emissions) */
	addedDates: DatedChange[];
	/** the change on the dates both tours have */
	commonDates: number;
	/** the change that no date carries (extra nights or meals, undated freight legs) */
	undated: number;
}

export function explainChange(view: ComparisonView, scope: SavingScope): ChangeExplanation {
	const total = scope === 'company' ? view.totals.company : view.totals.audience;
	const of = (d: DateDelta): Delta => (scope === 'company' ? d : d.audience);
	const removedDates: DatedChange[] = [];
	const addedDates: DatedChange[] = [];
	let commonDates = 0;
	let dated = 0;
	for (const d of view.byDate) {
		const x = of(d);
		dated += x.change;
		if (d.inA && !d.inB) removedDates.push({ id: d.id, venueName: d.venueName, start: d.start, kg: x.a });
		else if (d.inB && !d.inA) addedDates.push({ id: d.id, venueName: d.venueName, start: d.start, kg: x.b });
		else commonDates += x.change;
	}
	return {
		scope,
		change: total.change,
		saving: -total.change,
		relative: total.a !== 0 ? -total.change / total.a : null,
		sameFactorSet: view.factorSets.a === view.factorSets.b,
		factorSets: view.factorSets,
		factorEffect: total.factorEffect,
		activityEffect: total.activityEffect,
		removedDates,
		addedDates,
		commonDates,
		undated: total.change - dated
	};
}
