// The teams' results as CSV, without identities (no pseudonym, first name or e-mail): one row per
// team start and per scenario. Locale as the tour CSV: French → `;` and decimal comma, UTF-8 BOM.
import { writeCsv } from '$lib/engine/factors/csv';
import { translator } from '$lib/i18n';
import { requireUser, rethrowAsHttp } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import * as training from '$lib/server/training';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const locale = event.locals.locale;
	const t = translator(locale);
	const b = await training.board(getDb(), user, event.params.session).catch(rethrowAsHttp);
	const num = (n: number | null) =>
		n === null ? '' : locale === 'fr' ? String(n).replace('.', ',') : String(n);
	const rows = training
		.resultRows(b.teams)
		.map((r) => [
			r.team,
			r.caseKey,
			r.row === 'baseline' ? t('training.csv.baseline') : r.row,
			r.levers,
			num(r.companyKg),
			num(r.audienceKg),
			num(r.savingKg)
		]);
	const headers = ['team', 'case', 'row', 'levers', 'company', 'audience', 'saving'].map((k) =>
		t(`training.csv.${k}`)
	);
	const csv = writeCsv(headers, rows, { delimiter: locale === 'fr' ? ';' : ',' });
	return new Response('\uFEFF' + csv.replace(/\n/g, '\r\n'), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="empreinte-formation-${b.session.sessionDate}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
