/**
 * /healthz tells the truth (issue 17): a database that answers reads but refuses writes is
 * "degraded" (503) with the driver's code, not "ok"; and a failed start prints the whole cause.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET } from '../../../src/routes/healthz/+server';
import { createTestDb } from '../../../src/lib/server/db/client';
import { setDb } from '../../../src/lib/server/db';
import { describeError } from '../../../src/hooks.server';

const probe = async () => {
	const res = await GET({} as Parameters<typeof GET>[0]);
	return { status: res.status, body: await res.json() };
};

describe('/healthz', () => {
	it('is ok when the database takes a write, and records the probe', async () => {
		const db = await createTestDb();
		setDb(db);
		const r = await probe();
		expect(r.status).toBe(200);
		expect(r.body).toMatchObject({ status: 'ok', database: 'up' });
		expect(await db.query.healthChecks.findMany()).toHaveLength(1);
	});

	it('is degraded (503) when the database reads but refuses writes', async () => {
		const db = await createTestDb();
		setDb(db);
		await db.run(sql`PRAGMA query_only = ON`); // what a read-only file or mount does to writes
		const r = await probe();
		expect(r.status).toBe(503);
		expect(r.body).toMatchObject({ status: 'degraded', database: 'read-only' });
		expect(r.body.writeError).toMatch(/^SQLITE_/);
	});
});

describe('start-up errors', () => {
	it('print every cause with its code, not only the first line', () => {
		const io = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
		const e = new Error('Failed query: CREATE TABLE …\nparams: ', { cause: io });
		const text = describeError(e);
		expect(text).toContain('Failed query');
		expect(text).toContain('caused by: Error: disk I/O error [SQLITE_IOERR]');
	});
});
