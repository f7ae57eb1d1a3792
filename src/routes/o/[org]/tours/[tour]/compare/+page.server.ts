// Comparisons of a tour: (1) forecast vs actual, when the counterpart exists; (2) the same tour
// recomputed under another factor set (`?set=NAME@VERSION`). Both split the change into what comes
// from the factors and what comes from the activity data (src/lib/engine/compare.ts). The browser
// gets the comparison's figures, not the three full results.
import { resolveBoundary, type Boundary } from '$lib/engine';
import { compareTours, type TourComparison } from '$lib/engine/compare';
import { requireMembership, rethrowAsHttp, roleAtLeast } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { diagnose, type Diagnosis } from '$lib/server/diagnostics';
import { getFactorLibrary } from '$lib/server/factor-tables';
import * as tours from '$lib/server/tours';
import { tourIsOver } from '$lib/server/tour-editing';
import { factorChanges } from '$lib/components/results/insights';
import type { PageServerLoad } from './$types';

type Ok = Extract<Diagnosis, { ok: true }>;

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
type ComparisonSummary = ReturnType<typeof summary>;

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const db = getDb();
	const tour = await tours.get(db, m, event.params.tour).catch(rethrowAsHttp);
	const other = await tours.counterpart(db, m, tour);
	const boundary: Boundary = resolveBoundary(tour.document.boundary);
	const library = getFactorLibrary();
	const fr = event.locals.locale === 'fr';
	const sets = [...library.sets.values()].map((s) => ({
		ref: s.ref,
		title: (fr ? s.fr?.title : undefined) ?? s.title,
		isDefault: s.isDefault
	}));
	const self = diagnose(tour.document, { boundary });

	// (1) forecast vs actual: A = the forecast, B = the actual, each under its own pinned set
	let phases: { summary: ComparisonSummary } | { problems: string[] } | null = null;
	if (other) {
		const [forecast, actual] = tour.phase === 'forecast' ? [tour, other] : [other, tour];
		const dF = forecast.id === tour.id ? self : diagnose(forecast.document, { boundary });
		const dA = actual.id === tour.id ? self : diagnose(actual.document, { boundary });
		if (dF.ok && dA.ok) {
			const cmp = compareTours(
				{ input: dF.input, factors: dF.factors },
				{ input: dA.input, factors: dA.factors },
				{ boundary }
			);
			phases = { summary: summary(cmp, forecast.factorSet !== actual.factorSet) };
		} else {
			phases = { problems: [...(dF.ok ? [] : ['forecast']), ...(dA.ok ? [] : ['actual'])] };
		}
	}

	// (2) the same tour under another factor set: A = as pinned, B = under `?set=`
	const requested = event.url.searchParams.get('set');
	const setRef = requested && library.sets.has(requested) ? requested : null;
	let recompute:
		| { set: string; summary: ComparisonSummary }
		| { set: string; problems: { path: string; message: string; code: string }[] }
		| null = null;
	if (setRef && self.ok) {
		const dB = diagnose(tour.document, { setRef, boundary });
		if (dB.ok) {
			const A = { input: (self as Ok).input, factors: (self as Ok).factors };
			const cmp = compareTours(A, { input: A.input, factors: dB.factors }, { boundary });
			recompute = { set: setRef, summary: summary(cmp, true) };
		} else {
			recompute = { set: setRef, problems: dB.problems };
		}
	}

	return {
		phase: tour.phase,
		canEditTour: roleAtLeast(m, 'editor'),
		tourOver: tourIsOver(tour.document.dates.map((x) => x.end ?? x.start)),
		counterpart: other ? { id: other.id, phase: other.phase } : null,
		selfOk: self.ok,
		sets,
		requestedSet: requested,
		phases,
		recompute
	};
};
