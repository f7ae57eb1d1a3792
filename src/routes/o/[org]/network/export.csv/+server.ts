/**
 * GET /o/<network>/network/export.csv?format=fr|std&<filters> — the dashboard as CSV, under the
 * same disclosure rules as the page (it is built from the same protected figures). Logged.
 */
import { error } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { ValidationError } from '$lib/server/errors';
import * as networks from '$lib/server/networks';
import { dashboardCsv } from '$lib/server/network-export';
import { translator } from '$lib/i18n';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const m = await requireMembership(event);
	const query = Object.fromEntries(event.url.searchParams);
	const variant = query.format === 'std' ? 'std' : 'fr';
	delete query.format;
	const db = getDb();
	try {
		const view = await networks.dashboard(db, m, query);
		if (!view.dashboard.ok) error(400, 'Refused filter combination');
		await networks.logExport(db, m, `csv-${variant}`, view.dashboard.filters);
		const csv = dashboardCsv(view, translator(variant === 'fr' ? 'fr' : 'en'), variant);
		return new Response(variant === 'fr' ? `\ufeff${csv}` : csv, {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="reseau-${m.org.slug}.csv"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (e) {
		if (e instanceof ValidationError) error(400, 'Invalid filter');
		rethrowAsHttp(e);
	}
};
