/**
 * Accounts, organisations and roles. Every later aggregate (productions, tours, networks…) hangs off
 * `organisations.id`, and every query of src/lib/server is scoped by the orgId of the caller's
 * membership (see src/lib/server/auth/guards.ts).
 *
 * Secrets are never stored in clear: sessions keep the SHA-256 of their cookie token, invitations the
 * SHA-256 of their code, users an argon2id hash of their password.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const ROLES = ['owner', 'editor', 'viewer'] as const;
/** The kinds a user can create. */
export const ORG_KINDS = ['company', 'venue', 'network'] as const;
/**
 * Every kind stored: `training` is a team's organisation inside a training session, made only by
 * src/lib/server/training.ts — never real work (see isRealOrganisation).
 */
export const ALL_ORG_KINDS = [...ORG_KINDS, 'training'] as const;

export const users = sqliteTable('users', {
	id: text('id').primaryKey(),
	/** stored trimmed and lower-cased, so that `Ana@X.org` and `ana@x.org` are one account */
	email: text('email').notNull().unique(),
	displayName: text('display_name').notNull(),
	passwordHash: text('password_hash').notNull(),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
	passwordChangedAt: integer('password_changed_at', { mode: 'timestamp_ms' }).notNull(),
	/**
	 * A learner of a training session: no usable e-mail or password (they cannot log in), only the
	 * cookie made when they joined by code; deleted with the session.
	 */
	isGuest: integer('is_guest', { mode: 'boolean' }).notNull().default(false)
});

export const sessions = sqliteTable(
	'sessions',
	{
		/** hex SHA-256 of the cookie token: a stolen database does not yield usable cookies */
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('sessions_user_id_idx').on(t.userId)]
);

export const organisations = sqliteTable('organisations', {
	id: text('id').primaryKey(),
	/** the URL name, /o/<slug>/…; unique, lower-case ASCII */
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	kind: text('kind', { enum: ALL_ORG_KINDS }).notNull(),
	/** the demo workspace: readable by anyone, writable by no one */
	isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

export const memberships = sqliteTable(
	'memberships',
	{
		orgId: text('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role', { enum: ROLES }).notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.orgId, t.userId] }), index('memberships_user_id_idx').on(t.userId)]
);

export const invitations = sqliteTable(
	'invitations',
	{
		id: text('id').primaryKey(),
		orgId: text('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		/** hex SHA-256 of the code: the code itself is shown once, to the owner who created it */
		codeHash: text('code_hash').notNull().unique(),
		role: text('role', { enum: ROLES }).notNull(),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		/** set once, atomically, when the invitation is accepted: single use */
		usedAt: integer('used_at', { mode: 'timestamp_ms' }),
		usedBy: text('used_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [index('invitations_org_id_idx').on(t.orgId)]
);
