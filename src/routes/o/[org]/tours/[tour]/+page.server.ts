// The results page. The load sends the engine's input and the part of the factor set this tour uses
// (not the result): the page computes the result with the same engine, on the server for the first
// render and in the browser when a boundary switch moves. Without JavaScript the switches are a GET
// form and this load computes under `?boundary=…`. The server's computation is kept per tour version
// (results-cache.ts) and handed to the page's server render with the payload (live.ts computeLive).
import { redirect } from '@sveltejs/kit';
import { resolveBoundary, type Boundary } from '$lib/engine';
import { requireMembership, rethrowAsHttp, roleAtLeast } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { getFactorLibrary } from '$lib/server/factor-tables';
import { runAction } from '$lib/server/forms';
import { liveResults, pageLive } from '$lib/server/results-cache';
import { parseBoundarySpec } from '$lib/server/tour-file';
import * as tours from '$lib/server/tours';
import { oncePerRequest } from '$lib/server/request-memo';
import { tourIsOver } from '$lib/server/tour-editing';
import { boundaryFromQuery } from '$lib/components/results/live';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const tour = await oncePerRequest(event, `tour:${event.params.tour}`, () =>
		tours.getForReading(getDb(), m, event.params.tour)
	).catch(rethrowAsHttp);
	const other = await tours.counterpartRef(getDb(), m, tour);
	const own: Boundary = resolveBoundary(tour.document.boundary);
	const boundary = boundaryFromQuery(event.url.searchParams, own, parseBoundarySpec);
	// computed in the worker pool once per tour version and boundary, then kept (results-cache.ts)
	const d = await liveResults(tour, boundary);
	const set = getFactorLibrary().sets.get(tour.factorSet);
	const setTitle =
		(event.locals.locale === 'fr' ? set?.fr?.title : undefined) ?? set?.title ?? tour.factorSet;
	return {
		canEditTour: roleAtLeast(m, 'editor'),
		// « créer le réalisé » once the last date is over, not before
		tourOver: tourIsOver(tour.document.dates.map((x) => x.end ?? x.start)),
		phase: tour.phase,
		counterpart: other ? { id: other.id, phase: other.phase } : null,
		own,
		// the page reads the boundary from the address, as this load does (+page.svelte)
		setTitle,
		diagnosis: d.ok
			? { ok: true as const, live: pageLive(event, d) }
			: { ok: false as const, problems: d.problems }
	};
};

export const actions: Actions = {
	/** After the tour: a linked copy of the forecast becomes the actual (tours.makeActual). */
	makeActual: async (event) => {
		const m = await requireMembership(event, 'editor');
		const made = await runAction({}, () => tours.makeActual(getDb(), m, event.params.tour), 'makeActual');
		if ('id' in made) redirect(303, `/o/${m.org.slug}/tours/${made.id}`);
		return made;
	}
};
