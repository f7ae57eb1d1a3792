/**
 * GET /o/<network>/network/data.json?<filters> — the dashboard's data as JSON, the same protected
 * figures as the page (a hidden figure is `{ shown: false, reason }`). Logged like every export.
 */
import { error, json } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { ValidationError } from '$lib/server/errors';
import * as networks from '$lib/server/networks';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const m = await requireMembership(event);
	const db = getDb();
	try {
		const view = await networks.dashboard(db, m, Object.fromEntries(event.url.searchParams));
		await networks.logExport(db, m, 'json', view.dashboard.filters);
		return json(
			{
				format: 'empreinte-network-dashboard@1',
				network: m.org.name,
				generatedAt: new Date().toISOString(),
				...view
			},
			{ headers: { 'cache-control': 'private, no-store' }, status: view.dashboard.ok ? 200 : 400 }
		);
	} catch (e) {
		if (e instanceof ValidationError) error(400, 'Invalid filter');
		rethrowAsHttp(e);
	}
};
