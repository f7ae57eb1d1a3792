import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, createTestDb, migrateDb, migrationState } from '../../src/lib/server/db/client';
import { isDemoSeeded, seedDemoIfMissing } from '../../src/lib/server/demo';
import { startup } from '../../src/lib/server/startup';

const dir = mkdtempSync(join(tmpdir(), 'empreinte-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('database start-up', () => {
	it('migrates a fresh in-memory database to the latest level', async () => {
		const db = await createTestDb();
		const state = await migrationState(db);
		expect(state.available).toBeGreaterThan(0);
		expect(state.applied).toBe(state.available);
	});

	it('creates the missing folder, applies migrations once, and a second start applies nothing', async () => {
		const url = `file:${join(dir, 'nested', 'folder', 'e.db')}`;
		const first = await startup({ DATABASE_URL: url });
		expect(first.report.migrationsApplied).toBeGreaterThan(0);
		expect(first.report.demoSeeded).toBe(true);
		const second = await startup({ DATABASE_URL: url });
		expect(second.report.migrationsApplied).toBe(0);
		expect(second.report.demoSeeded).toBe(false);
		// a write-ahead log, whose commits wait for checkpoints to reach the disk (issue #21)
		const pragma = async (name: string) =>
			Object.values((await second.db.all<Record<string, unknown>>(sql.raw(`PRAGMA ${name}`)))[0])[0];
		expect(await pragma('journal_mode')).toBe('wal');
		expect(await pragma('synchronous')).toBe(1); // NORMAL
	});

	it('keeps data across restarts', async () => {
		const url = `file:${join(dir, 'keep.db')}`;
		const a = createDb(url);
		await migrateDb(a);
		expect(await seedDemoIfMissing(a)).toBe(true);
		const b = createDb(url);
		expect(await isDemoSeeded(b)).toBe(true);
	});
});
