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

/**
 * Single-use links sent by e-mail (issue 17): `signup` confirms a new address and carries the
 * pending account (name, argon2 hash of the password chosen, where to go next); `reset` lets the
 * owner of `userId` choose a new password. Only the SHA-256 of the code is stored, as for
 * invitations (src/lib/server/invitations.ts); `usedAt` is set atomically when it is consumed.
 */
export const emailTokens = sqliteTable('email_tokens', {
	id: text('id').primaryKey(),
	kind: text('kind', { enum: ['signup', 'reset'] }).notNull(),
	codeHash: text('code_hash').notNull().unique(),
	email: text('email').notNull(),
	displayName: text('display_name'),
	passwordHash: text('password_hash'),
	userId: text('user_id'),
	redirectTo: text('redirect_to'),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
	expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
	usedAt: integer('used_at', { mode: 'timestamp_ms' })
});

/**
 * Messages of the `outbox` mail transport (EMPREINTE_MAIL=outbox): kept in the database instead
 * of sent, for the tests and for an instance whose operator reads them by hand.
 */
export const mailOutbox = sqliteTable('mail_outbox', {
	id: text('id').primaryKey(),
	toAddress: text('to_address').notNull(),
	subject: text('subject').notNull(),
	textBody: text('text_body').notNull(),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});
