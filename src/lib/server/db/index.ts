/**
 * The app's database handle, opened once by the `init` hook (src/hooks.server.ts → startup.ts).
 * Services never import this: they take `db` as their first argument (see ARCHITECTURE.md), so
 * integration tests pass a fresh `:memory:` database. Routes get it from here.
 */
import type { Db } from './client';

let current: Db | undefined;

export function setDb(db: Db): void {
	current = db;
}

export function getDb(): Db {
	if (!current) throw new Error('Database not initialised: the init hook has not run');
	return current;
}

export type { Db } from './client';
