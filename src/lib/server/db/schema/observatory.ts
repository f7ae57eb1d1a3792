/**
 * Open observatory (issue 13). A separate consent from the networks' (its own rows, never a
 * network's): « contribuer à l'observatoire ouvert », off by default, revocable, every change dated
 * in observatory_consent_events. Releases are immutable rows: the files as published (with their
 * SHA-256) and the records they were built from, so a release can be rebuilt and checked, and a
 * later publication can be audited against it for differencing.
 */
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organisations, users } from './auth';
import { tours } from './tours';

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
		factorSets: text({ mode: 'json' }).notNull(),
		/** 1: aggregates + categories (first releases); 2: + team size, scope, flows, experiments */
		format: integer().notNull().default(1),
		/** format 2: the last observatory_shown seq the release was checked against (rebuilds read the same) */
		shownSeq: integer().notNull().default(0)
	},
	(t) => [uniqueIndex('observatory_releases_period_version_idx').on(t.period, t.version)]
);

/**
 * The compact per-tour row the observatory aggregates (issue 13, precomputed at save time beside
 * tour_indicators and back-filled at start-up): plain columns, so the live page reads 10 000 tours
 * without parsing JSON documents. Every kgCO2e and person·km is the engine's result of the tour.
 */
export const tourObservatory = sqliteTable(
	'tour_observatory',
	{
		tourId: text()
			.primaryKey()
			.references(() => tours.id, { onDelete: 'cascade' }),
		orgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		factorSet: text().notNull(),
		engineVersion: text().notNull(),
		/** INSEE region code of the home base; null abroad or not a French commune */
		homeRegion: text(),
		/** people on the road: the largest team present at one date (0 when unknown) */
		teamSize: integer().notNull(),
		/** regional / national / international (src/lib/networks/territory.ts tourScope) */
		scope: text().notNull(),
		dates: integer().notNull(),
		performances: integer().notNull(),
		spectators: real().notNull(),
		companyKg: real().notNull(),
		/** audience mobility (kept for audience levers' measured savings; never in the company figures) */
		audienceKg: real().notNull(),
		travelKg: real().notNull(),
		freightKg: real().notNull(),
		accommodationKg: real().notNull(),
		mealKg: real().notNull(),
		/** Flow[] as a compact JSON array (src/lib/observatory/tour-row.ts) */
		flows: text().notNull(),
		computedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('tour_observatory_org_idx').on(t.orgId)]
);

/**
 * What the live page has shown, cell by cell (append-only): each time a cell is shown with figures
 * that differ from the last shown ones, its per-structure measures are kept, so a later figure of
 * the same cell is checked against every earlier one (differencing the page against itself).
 */
export const observatoryShown = sqliteTable(
	'observatory_shown',
	{
		seq: integer().primaryKey({ autoIncrement: true }),
		/** `season|table|value` */
		cell: text().notNull(),
		/** [[contributor, m1, m2, …], …] — never published */
		measures: text({ mode: 'json' }).notNull(),
		at: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('observatory_shown_cell_idx').on(t.cell)]
);
