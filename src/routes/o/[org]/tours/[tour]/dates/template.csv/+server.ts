import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { templateCsv } from '$lib/server/imports/dates-csv';
import * as tours from '$lib/server/tours';
import type { RequestHandler } from './$types';

/** The dates template, in the user's language (French: `;` and dd/mm/yyyy, as Excel FR writes). */
export const GET: RequestHandler = async (event) => {
	const m = await requireMembership(event);
	await tours.get(getDb(), m, event.params.tour).catch(rethrowAsHttp);
	const locale = event.locals.locale;
	return new Response(templateCsv(locale), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${locale === 'fr' ? 'modele-dates' : 'dates-template'}.csv"`
		}
	});
};
