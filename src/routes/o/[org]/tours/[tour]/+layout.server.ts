import { requireMembership, rethrowAsHttp, roleAtLeast } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import * as tours from '$lib/server/tours';
import { oncePerRequest } from '$lib/server/request-memo';
import { reviewsOfOwnTour } from '$lib/server/networks';
import { getFactorLibrary } from '$lib/server/factor-tables';
import type { LayoutServerLoad } from './$types';

// The tab bar's data. Each page below calls its own guard too: a layout guard alone can be skipped.
export const load: LayoutServerLoad = async (event) => {
	const m = await requireMembership(event);
	const tour = await oncePerRequest(event, `tour:${event.params.tour}`, () =>
		tours.getForReading(getDb(), m, event.params.tour)
	).catch(rethrowAsHttp);
	// the factor set by its name in the reader's language, not its key (`empreinte-default@2026.1`)
	const set = getFactorLibrary().sets.get(tour.factorSet);
	const french = event.locals.locale !== 'en';
	return {
		orgName: m.org.name,
		canEdit: roleAtLeast(m, 'editor'),
		tour: {
			id: tour.id,
			season: tour.season,
			phase: tour.phase,
			forecastId: tour.forecastId,
			factorSet: tour.factorSet,
			factorSetTitle: (french ? set?.fr?.title : set?.title) ?? set?.title ?? tour.factorSet,
			factorSetDescription: (french ? set?.fr?.description : set?.description) ?? '',
			productionId: tour.productionId,
			productionTitle: tour.productionTitle,
			dates: tour.document.dates.length,
			summary: tour.summary,
			version: tour.version
		},
		// referents' review requests on this tour (issue 11: networks)
		networkReviews: await reviewsOfOwnTour(getDb(), m, tour.id)
	};
};
