// The printable funders' report (A4, fr or en via ?lang=): the dashboard's protected figures laid
// out for print. Opening it is an export: logged.
import { error } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { ValidationError } from '$lib/server/errors';
import * as networks from '$lib/server/networks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const query = Object.fromEntries(event.url.searchParams);
	const lang = query.lang === 'en' ? 'en' : query.lang === 'fr' ? 'fr' : event.locals.locale;
	delete query.lang;
	const db = getDb();
	try {
		const view = await networks.dashboard(db, m, query);
		if (view.dashboard.ok) await networks.logExport(db, m, `report-${lang}`, view.dashboard.filters);
		return { view, lang, network: m.org.name, generatedAt: new Date().toISOString() };
	} catch (e) {
		if (e instanceof ValidationError) error(400, 'Invalid filter');
		rethrowAsHttp(e);
	}
};
