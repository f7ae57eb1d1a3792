/**
 * GET /o/<org>/commitments/export.csv — the organisation's commitments. French: `;`, decimal commas
 * and a BOM so that Excel opens it in UTF-8; English: `,` and points.
 */
import { requireMembership } from '$lib/server/auth/guards';
import * as commitments from '$lib/server/commitments';
import { getDb } from '$lib/server/db';
import { translator } from '$lib/i18n';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const m = await requireMembership(event);
	const locale = event.locals.locale;
	const csv = await commitments.exportCsv(getDb(), m, locale, translator(locale));
	const fr = locale === 'fr';
	return new Response(fr ? `\ufeff${csv}` : csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${fr ? 'engagements' : 'commitments'}-${m.org.slug}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
