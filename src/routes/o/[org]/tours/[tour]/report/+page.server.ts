// The printable report: the same computation as the results page (engine input + the factors this
// tour uses, and the result the server keeps for them), laid out for A4 by its print stylesheet.
import { resolveBoundary } from '$lib/engine';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { getFactorLibrary } from '$lib/server/factor-tables';
import { liveResults, pageLive } from '$lib/server/results-cache';
import { parseBoundarySpec } from '$lib/server/tour-file';
import * as tours from '$lib/server/tours';
import { boundaryFromQuery } from '$lib/components/results/live';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const tour = await tours.get(getDb(), m, event.params.tour).catch(rethrowAsHttp);
	const own = resolveBoundary(tour.document.boundary);
	const boundary = boundaryFromQuery(event.url.searchParams, own, parseBoundarySpec);
	// computed in the worker pool once per tour version and boundary, then kept (results-cache.ts)
	const d = await liveResults(tour, boundary);
	const set = getFactorLibrary().sets.get(tour.factorSet);
	const fr = event.locals.locale === 'fr';
	return {
		phase: tour.phase,
		company: tour.document.production.company ?? m.org.name,
		boundary,
		setTitle: (fr ? set?.fr?.title : undefined) ?? set?.title ?? tour.factorSet,
		setRules: (fr ? set?.fr?.rules : undefined) ?? set?.rules ?? '',
		generatedAt: new Date().toISOString(),
		diagnosis: d.ok
			? { ok: true as const, live: pageLive(event, d) }
			: { ok: false as const, problems: d.problems }
	};
};
