import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

/**
 * Rate-limit counters (issue 17): one fixed window per key (`api:ip:…`, `login:ip:…`,
 * `login:acct-ip:…`…), in the database so that every app process serving it counts together.
 * Expired rows are deleted as the table is used (src/lib/server/rate-limits.ts).
 */
export const rateLimits = sqliteTable('rate_limits', {
	key: text('key').primaryKey(),
	count: integer('count').notNull(),
	/** epoch ms at which the window ends */
	resetAt: integer('reset_at').notNull()
});

/** /healthz writes one row here on each probe: a database that cannot be written is "degraded". */
export const healthChecks = sqliteTable('health_checks', {
	id: text('id').primaryKey(),
	checkedAt: integer('checked_at', { mode: 'timestamp_ms' }).notNull()
});
