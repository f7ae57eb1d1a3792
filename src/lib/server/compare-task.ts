/**
 * The comparison page's computation (routes/o/[org]/tours/[tour]/compare): (1) forecast vs actual,
 * each under its own pinned set; (2) the same tour under another factor set. Both split the change
 * into what comes from the factors and what comes from the activity data (engine/compare.ts). Up
 * to four computations of a tour, so it runs in the compute worker pool (compute/worker.ts), never
 * on the event loop unless the pool is full. What it returns is the comparison's figures (plain
 * data, what the page shows), not the full results.
 *
 * Relative imports only: the compute worker loads this module outside SvelteKit.
 */
import type { Boundary } from '../engine';
import { compareTours, type TourComparison } from '../engine/compare';
import type { TourFile, TourFileProblem } from '../schemas/tour-file';
import { factorChanges } from '../components/results/insights';
import { diagnose } from './diagnostics';

export interface CompareTask {
	kind: 'compare';
	/** the tour the page is about */
	self: TourFile;
	/** its forecast and actual, when it has a counterpart (one of them is `self`) */
	phases: {
		forecast: TourFile;
		actual: TourFile;
		selfIs: 'forecast' | 'actual';
		/** the two tours are pinned to different factor sets: the page lists the factors that changed */
		setsDiffer: boolean;
	} | null;
	/** another factor set to recompute `self` under (`?set=`), already checked to exist */
	setRef: string | null;
	boundary: Boundary;
}

function summary(cmp: TourComparison, withFactors: boolean) {
	const side = (r: TourComparison['a']) => ({
		set: r.factorSet.ref,
		title: r.factorSet.title,
		audienceParameters: r.audienceParameters,
		engineVersion: r.engineVersion,
		dates: r.indicators.dates
	});
	return {
		a: side(cmp.a),
		b: side(cmp.b),
		split: cmp.cross !== null,
		crossError: cmp.crossError,
		totals: cmp.totals,
		byCategory: cmp.byCategory,
		byDate: cmp.byDate,
		factorChanges: withFactors ? factorChanges(cmp.a, cmp.b).slice(0, 40) : []
	};
}
export type ComparisonSummary = ReturnType<typeof summary>;

export interface CompareOutcome {
	selfOk: boolean;
	phases: { summary: ComparisonSummary } | { problems: string[] } | null;
	recompute:
		{ set: string; summary: ComparisonSummary } | { set: string; problems: TourFileProblem[] } | null;
}

export function runCompareTask(task: CompareTask): CompareOutcome {
	const { boundary } = task;
	const self = diagnose(task.self, { boundary });

	// (1) forecast vs actual: A = the forecast, B = the actual, each under its own pinned set
	let phases: CompareOutcome['phases'] = null;
	if (task.phases) {
		const { forecast, actual, selfIs, setsDiffer } = task.phases;
		const dF = selfIs === 'forecast' ? self : diagnose(forecast, { boundary });
		const dA = selfIs === 'actual' ? self : diagnose(actual, { boundary });
		if (dF.ok && dA.ok) {
			const cmp = compareTours(
				{ input: dF.input, factors: dF.factors },
				{ input: dA.input, factors: dA.factors },
				{ boundary }
			);
			phases = { summary: summary(cmp, setsDiffer) };
		} else {
			phases = { problems: [...(dF.ok ? [] : ['forecast']), ...(dA.ok ? [] : ['actual'])] };
		}
	}

	// (2) the same tour under another factor set: A = as pinned, B = under `?set=`
	let recompute: CompareOutcome['recompute'] = null;
	if (task.setRef && self.ok) {
		const dB = diagnose(task.self, { setRef: task.setRef, boundary });
		if (dB.ok) {
			const A = { input: self.input, factors: self.factors };
			const cmp = compareTours(A, { input: A.input, factors: dB.factors }, { boundary });
			recompute = { set: task.setRef, summary: summary(cmp, true) };
		} else {
			recompute = { set: task.setRef, problems: dB.problems };
		}
	}
	return { selfOk: self.ok, phases, recompute };
}
