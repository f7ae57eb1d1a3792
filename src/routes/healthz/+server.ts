import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { version } from '$app/environment';
import { getDb } from '$lib/server/db';
import { migrationState } from '$lib/server/db/client';
import type { RequestHandler } from './$types';

/** Liveness and readiness: database reachable, app version, migration level. Public, no data. */
export const GET: RequestHandler = async () => {
	try {
		const db = getDb();
		await db.run(sql`SELECT 1`);
		const migrations = await migrationState(db);
		const ok = migrations.applied === migrations.available;
		return json(
			{ status: ok ? 'ok' : 'degraded', database: 'up', version, migrations },
			{ status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } }
		);
	} catch {
		return json(
			{ status: 'error', database: 'down', version },
			{ status: 503, headers: { 'cache-control': 'no-store' } }
		);
	}
};
