/**
 * Audience data imports (spectator surveys, ticketing postcodes). Only what the calculation needs is
 * kept: the aggregated distribution lands in the tour document (date.audience.distribution); this
 * table records each import's provenance and counts, and the column mapping an organisation used,
 * so its next file of the same tool maps itself.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organisations } from './auth';
import { tours } from './tours';

export const audienceMappings = sqliteTable(
	'audience_mappings',
	{
		orgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		/** survey | ticketing */
		kind: text({ enum: ['survey', 'ticketing'] }).notNull(),
		/** { column mapping, mode label mapping } */
		mapping: text({ mode: 'json' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.orgId, t.kind] })]
);

export const audienceImports = sqliteTable(
	'audience_imports',
	{
		id: text().primaryKey(),
		orgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		tourId: text()
			.notNull()
			.references(() => tours.id, { onDelete: 'cascade' }),
		/** the tour date the data describes */
		dateId: text().notNull(),
		kind: text({ enum: ['survey', 'ticketing'] }).notNull(),
		fileName: text().notNull(),
		rowsTotal: integer().notNull(),
		rowsUsed: integer().notNull(),
		rowsRejected: integer().notNull(),
		/** aggregated result and its interval, as computed at import time */
		summary: text({ mode: 'json' }).notNull(),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('audience_imports_org_idx').on(t.orgId), index('audience_imports_tour_idx').on(t.tourId)]
);
