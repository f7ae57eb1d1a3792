// Comparisons of a tour: (1) forecast vs actual, when the counterpart exists; (2) the same tour
// recomputed under another factor set (`?set=NAME@VERSION`). Both split the change into what comes
// from the factors and what comes from the activity data (src/lib/engine/compare.ts). The browser
// gets the comparison's figures, not the three full results.
import { resolveBoundary, type Boundary } from '$lib/engine';
import { requireMembership, rethrowAsHttp, roleAtLeast } from '$lib/server/auth/guards';
import { runCompareTask, type CompareTask } from '$lib/server/compare-task';
import { BusyError, computePool } from '$lib/server/compute';
import { getDb } from '$lib/server/db';
import { getFactorLibrary } from '$lib/server/factor-tables';
import * as tours from '$lib/server/tours';
import { tourIsOver } from '$lib/server/tour-editing';
import type { PageServerLoad } from './$types';

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
	const requested = event.url.searchParams.get('set');
	const setRef = requested && library.sets.has(requested) ? requested : null;
	const [forecast, actual] = other ? (tour.phase === 'forecast' ? [tour, other] : [other, tour]) : [];
	const task: CompareTask = {
		kind: 'compare',
		self: tour.document,
		phases:
			forecast && actual
				? {
						forecast: forecast.document,
						actual: actual.document,
						selfIs: forecast.id === tour.id ? 'forecast' : 'actual',
						setsDiffer: forecast.factorSet !== actual.factorSet
					}
				: null,
		setRef,
		boundary
	};
	// up to four computations of the tour: in the worker pool, on this thread only when it is full
	const { selfOk, phases, recompute } = await computePool()
		.run(task)
		.catch((e) => {
			if (e instanceof BusyError) return runCompareTask(task);
			throw e;
		});

	return {
		phase: tour.phase,
		canEditTour: roleAtLeast(m, 'editor'),
		tourOver: tourIsOver(tour.document.dates.map((x) => x.end ?? x.start)),
		counterpart: other ? { id: other.id, phase: other.phase } : null,
		selfOk,
		sets,
		requestedSet: requested,
		phases,
		recompute
	};
};
