/**
 * Productions and their tours. A tour's activity data is ONE document in the JSON tour-file format
 * (src/lib/schemas/tour-file.ts) — the same format the CLI computes and the import/export uses —
 * so an import, a bulk edit or a CSV of dates replaces it in a single UPDATE: nothing half-saved.
 * Every row carries `org_id`; services filter on it from the acting membership.
 */
import { index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { organisations } from './auth';

export const productions = sqliteTable(
	'productions',
	{
		id: text().primaryKey(),
		orgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		discipline: text().notNull(),
		creationYear: integer(),
		teamSize: integer(),
		setDescription: text().notNull().default(''),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('productions_org_idx').on(t.orgId)]
);

export const tours = sqliteTable(
	'tours',
	{
		id: text().primaryKey(),
		orgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		productionId: text()
			.notNull()
			.references(() => productions.id, { onDelete: 'cascade' }),
		season: text().notNull(),
		/** forecast (before the tour) or actual (after it) */
		phase: text({ enum: ['forecast', 'actual'] })
			.notNull()
			.default('forecast'),
		/** for an actual: the forecast it was made from */
		forecastId: text().references((): AnySQLiteColumn => tours.id, { onDelete: 'set null' }),
		/** factor set pinned at creation, `name@version` */
		factorSet: text().notNull(),
		/** the tour file (JSON), validated by TourFile on every write */
		document: text({ mode: 'json' }).notNull(),
		/** engine version and totals of the last computation, for lists and comparisons */
		summary: text({ mode: 'json' }),
		/**
		 * Bumped by every save: an edit made on an older version is refused (lost updates, issue 17),
		 * naming who saved last (`updatedBy`, a user id; null for saves made before this column).
		 */
		version: integer().notNull().default(0),
		updatedBy: text(),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('tours_org_idx').on(t.orgId), index('tours_production_idx').on(t.productionId)]
);

/** Venues an organisation has used, remembered for its next dates. */
export const venues = sqliteTable(
	'venues',
	{
		id: text().primaryKey(),
		orgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		/** gazetteer id of the town (`fr:<INSEE>` / `gn:<id>`) */
		placeId: text().notNull(),
		placeLabel: text().notNull(),
		capacity: integer(),
		territory: text({ enum: ['urban', 'peri-urban', 'rural'] }),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('venues_org_idx').on(t.orgId)]
);
