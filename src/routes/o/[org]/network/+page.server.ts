// The referent's dashboard: filters from the query string (a GET form: works without JavaScript),
// every figure built and protected by the server (networks.dashboard → src/lib/disclosure).
import { error } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { ValidationError } from '$lib/server/errors';
import * as networks from '$lib/server/networks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const db = getDb();
	const query = Object.fromEntries(event.url.searchParams);
	try {
		const [view, visible] = await Promise.all([
			networks.dashboard(db, m, query),
			networks.listVisibleTours(db, m)
		]);
		return {
			view,
			visible,
			query: view.dashboard.filters as Record<string, string>,
			canExportLog: m.role === 'owner' && !m.anonymous
		};
	} catch (e) {
		if (e instanceof ValidationError) error(400, 'Invalid filter');
		rethrowAsHttp(e);
	}
};
