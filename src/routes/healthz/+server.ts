import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { version } from '$app/environment';
import { getDb } from '$lib/server/db';
import { migrationState } from '$lib/server/db/client';
import { healthChecks } from '$lib/server/db/schema/hardening';
import type { RequestHandler } from './$types';

/**
 * Liveness and readiness: database readable AND writable (one upsert into health_checks: a full
 * disk or a read-only file makes every save fail, so "ok" must not hide it), app version,
 * migration level. Public, no data. 200 ok; 503 degraded (up but not writable, or migrations
 * pending) or error (unreachable).
 */
/** Which app process answered (several may serve one port): random, says nothing about the host. */
const INSTANCE = crypto.randomUUID().slice(0, 8);

export const GET: RequestHandler = async () => {
	const headers = { 'cache-control': 'no-store' };
	let db;
	try {
		db = getDb();
		await db.run(sql`SELECT 1`);
	} catch {
		return json({ status: 'error', database: 'down', version }, { status: 503, headers });
	}
	let writable = true;
	let writeError: string | undefined;
	try {
		const now = new Date();
		await db
			.insert(healthChecks)
			.values({ id: 'probe', checkedAt: now })
			.onConflictDoUpdate({ target: healthChecks.id, set: { checkedAt: now } });
	} catch (e) {
		writable = false;
		// the driver's code (SQLITE_READONLY, SQLITE_FULL, SQLITE_IOERR…) tells an operator why
		writeError = codeOf(e);
		console.error('[empreinte] healthz: the database refuses writes:', e);
	}
	const migrations = await migrationState(db).catch(() => null);
	const ok = writable && migrations !== null && migrations.applied === migrations.available;
	return json(
		{
			status: ok ? 'ok' : 'degraded',
			database: writable ? 'up' : 'read-only',
			...(writeError ? { writeError } : {}),
			version,
			instance: INSTANCE,
			migrations
		},
		{ status: ok ? 200 : 503, headers }
	);
};

function codeOf(e: unknown): string {
	for (let cur = e, i = 0; cur && i < 6; i++, cur = (cur as { cause?: unknown }).cause) {
		const code = (cur as { code?: unknown }).code;
		if (typeof code === 'string' && code.startsWith('SQLITE')) return code;
	}
	return 'write failed';
}
