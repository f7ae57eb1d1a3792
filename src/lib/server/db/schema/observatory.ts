/**
 * Open observatory (issue 13). A separate consent from the networks' (its own rows, never a
 * network's): « contribuer à l'observatoire ouvert », off by default, revocable, every change dated
 * in observatory_consent_events. Releases are immutable rows: the files as published (with their
 * SHA-256) and the records they were built from, so a release can be rebuilt and checked, and a
 * later publication can be audited against it for differencing.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organisations, users } from './auth';

/** The current choice of an organisation (absent row = not contributing). */
export const observatoryConsent = sqliteTable('observatory_consent', {
	orgId: text()
		.primaryKey()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	contributing: integer({ mode: 'boolean' }).notNull().default(false),
	updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
});

export const observatoryConsentEvents = sqliteTable(
	'observatory_consent_events',
	{
		id: text().primaryKey(),
		orgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		contributing: integer({ mode: 'boolean' }).notNull(),
		byUserId: text().references(() => users.id, { onDelete: 'set null' }),
		at: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('observatory_consent_events_org_idx').on(t.orgId)]
);

export const observatoryReleases = sqliteTable(
	'observatory_releases',
	{
		id: text().primaryKey(),
		period: text().notNull(),
		version: integer().notNull(),
		/** ISO date-time written into the files */
		createdAt: text().notNull(),
		/** [{ path, content, sha256 }] as published */
		files: text({ mode: 'json' }).notNull(),
		/** the ObsRecord[] the release was built from (contributors are organisation ids: never published) */
		records: text({ mode: 'json' }).notNull(),
		factorSets: text({ mode: 'json' }).notNull()
	},
	(t) => [uniqueIndex('observatory_releases_period_version_idx').on(t.period, t.version)]
);
