/**
 * Database construction and migration, with no dependency on SvelteKit's runtime, so integration
 * tests and the CLI build a fresh migrated database (`:memory:`) with the same code as the app.
 */
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { sql } from 'drizzle-orm';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import * as schema from './schema/index';

export type Db = ReturnType<typeof drizzle<typeof schema>>;

export function migrationsFolder(): string {
	return join(process.env.EMPREINTE_ROOT ?? process.cwd(), 'migrations');
}

export function createDb(url: string, authToken?: string): Db {
	if (url.startsWith('file:')) {
		// libsql does not create a missing folder for a file database.
		const path = url.slice('file:'.length);
		if (path && path !== ':memory:')
			mkdirSync(dirname(isAbsolute(path) ? path : resolve(path)), { recursive: true });
	}
	// Busy timeout for file databases: the client pools connections, and several app processes may
	// share the file (README, "Several processes"); a writer waits up to 5 s for another's lock
	// instead of failing at once with SQLITE_BUSY.
	const client = createClient({ url, authToken, timeout: url.startsWith('file:') ? 5000 : undefined });
	// Same casing as drizzle.config.ts: columns declared without an explicit SQL name are
	// snake_case in the migrations, so queries must translate them the same way at run time.
	return drizzle(client, { schema, casing: 'snake_case' });
}

interface Journal {
	entries: { idx: number; tag: string; when: number }[];
}

function readJournal(folder: string): Journal {
	return JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

export interface MigrationState {
	/** migrations shipped with this build */
	available: number;
	/** migrations recorded as applied in the database */
	applied: number;
	/** tag of the newest applied migration */
	latest: string | null;
}

/** Applies pending migrations (drizzle records them in __drizzle_migrations; a second run applies nothing). */
export async function migrateDb(db: Db, folder = migrationsFolder()): Promise<{ appliedNow: number }> {
	const before = await appliedCount(db);
	await db.run(sql`PRAGMA foreign_keys = ON`);
	await migrate(db, { migrationsFolder: folder });
	const after = await appliedCount(db);
	return { appliedNow: after - before };
}

async function appliedCount(db: Db): Promise<number> {
	try {
		const rows = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM __drizzle_migrations`);
		return Number(rows[0]?.n ?? 0);
	} catch {
		return 0;
	}
}

export async function migrationState(db: Db, folder = migrationsFolder()): Promise<MigrationState> {
	const journal = readJournal(folder);
	const applied = await appliedCount(db);
	const latest = applied > 0 ? (journal.entries[applied - 1]?.tag ?? null) : null;
	return { available: journal.entries.length, applied, latest };
}

/** A fresh, migrated in-memory database: what integration tests run services on. */
export async function createTestDb(): Promise<Db> {
	const db = createDb(':memory:');
	await migrateDb(db);
	return db;
}
