/**
 * The remote database path (DATABASE_URL=http://…, as for sqld or Turso), exercised against a
 * local libSQL HTTP STAND-IN (tests/support/libsql-http-standin.ts: Hrana 2 over HTTP on an
 * embedded file; not sqld itself, which is not installable here). Start-up migrates and seeds
 * through it, /healthz writes through it, rate-limit counters and a rolled-back transaction behave
 * as on a file.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { startup } from '../../../src/lib/server/startup';
import { RateLimiter } from '../../../src/lib/server/auth/rate-limit';
import { appMeta } from '../../../src/lib/server/db/schema';
import { GET } from '../../../src/routes/healthz/+server';
import { startLibsqlStandIn, type StandIn } from '../../support/libsql-http-standin';

let standIn: StandIn | undefined;
afterAll(async () => {
	await standIn?.close();
});

describe('DATABASE_URL pointing at a libSQL server (HTTP stand-in)', () => {
	it('migrates, seeds, serves /healthz, counts rate limits and rolls back, all over HTTP', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'empreinte-remote-'));
		standIn = await startLibsqlStandIn(join(dir, 'remote.db'));
		const { db, report } = await startup({ DATABASE_URL: standIn.url });
		expect(report.migrationsApplied).toBeGreaterThan(0);
		expect(report.demoSeeded).toBe(true);
		expect(standIn.requests).toBeGreaterThan(10);

		const health = await GET({} as Parameters<typeof GET>[0]);
		expect(health.status).toBe(200);
		expect(await health.json()).toMatchObject({ status: 'ok', database: 'up' });

		const limiter = new RateLimiter(() => db, 'remote', { max: 2, windowMs: 60_000 });
		const verdicts = [];
		for (let i = 0; i < 3; i++) verdicts.push((await limiter.take('1.2.3.4')).allowed);
		expect(verdicts).toEqual([true, true, false]);

		await expect(
			db.transaction(async (tx) => {
				await tx.insert(appMeta).values({ key: 'remote-test', value: 'x', updatedAt: new Date() });
				throw new Error('roll back');
			})
		).rejects.toThrow('roll back');
		const left = await db.all(sql`SELECT key FROM app_meta WHERE key = 'remote-test'`);
		expect(left).toEqual([]);

		// a second start on the same server applies nothing and seeds nothing
		const again = await startup({ DATABASE_URL: standIn.url });
		expect(again.report).toMatchObject({ migrationsApplied: 0, demoSeeded: false });
	}, 120_000);
});
