import { requireMembership, rethrowAsHttp, roleAtLeast } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import * as tours from '$lib/server/tours';
import type { LayoutServerLoad } from './$types';

// The tab bar's data. Each page below calls its own guard too: a layout guard alone can be skipped.
export const load: LayoutServerLoad = async (event) => {
	const m = await requireMembership(event);
	const tour = await tours.get(getDb(), m, event.params.tour).catch(rethrowAsHttp);
	return {
		orgName: m.org.name,
		canEdit: roleAtLeast(m, 'editor'),
		tour: {
			id: tour.id,
			season: tour.season,
			phase: tour.phase,
			forecastId: tour.forecastId,
			factorSet: tour.factorSet,
			productionId: tour.productionId,
			productionTitle: tour.productionTitle,
			dates: tour.document.dates.length,
			summary: tour.summary,
			version: tour.version
		}
	};
};
