import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import * as tours from '$lib/server/tours';
import { TOUR_SCHEMA_ID } from '$lib/schemas/tour-file';
import { slugify } from '$lib/text';
import type { RequestHandler } from './$types';

/** The whole tour as a tour file (empreinte-tour@1): what `npx empreinte compute` and the import read. */
export const GET: RequestHandler = async (event) => {
	const m = await requireMembership(event);
	const tour = await tours.get(getDb(), m, event.params.tour).catch(rethrowAsHttp);
	const file = { $schema: TOUR_SCHEMA_ID, ...tour.document, factorSet: tour.factorSet };
	const name = slugify(`${tour.productionTitle}-${tour.season}-${tour.phase}`, { fallback: 'tour' });
	return new Response(JSON.stringify(file, null, '\t') + '\n', {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${name}.json"`
		}
	});
};
