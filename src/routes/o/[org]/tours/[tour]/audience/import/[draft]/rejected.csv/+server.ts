/**
 * Every rejected row of a draft import, as CSV (`;`, UTF-8 with BOM so that Excel reads the
 * accents): line number, reason in the reader's language, the value at fault.
 */
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import * as audience from '$lib/server/audience-imports';
import { translate, type Locale } from '$lib/i18n';
import { writeCsv } from '$lib/engine/factors/csv';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const m = await requireMembership(event, 'editor');
	const rows = await audience
		.rejections(getDb(), m, event.params.tour, event.params.draft)
		.catch(rethrowAsHttp);
	const locale: Locale = event.locals.locale ?? 'fr';
	const header = [
		translate(locale, 'audience.preview.line'),
		translate(locale, 'audience.preview.reason'),
		translate(locale, 'audience.preview.value')
	];
	// the value at fault is the uploader's own cell, so it may well look like a formula
	const csv = writeCsv(
		header,
		rows.map((r) => [String(r.line), translate(locale, `audience.reject.${r.reason}`), r.value]),
		{ delimiter: ';', eol: '\r\n', bom: true }
	);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'cache-control': 'private, no-store',
			'content-disposition': `attachment; filename="${translate(locale, 'audience.preview.csvName')}"`
		}
	});
};
