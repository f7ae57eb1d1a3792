/**
 * Audience data imports (spectator surveys, ticketing postcodes). Only what the calculation needs is
 * kept: the aggregated distribution lands in the tour document (date.audience.distribution); this
 * table records each import's provenance and counts, and the column mapping an organisation used,
 * so its next file of the same tool maps itself.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organisations, users } from './auth';
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

/**
 * An import between upload and save (a draft): the file's kept columns — never the columns the
 * privacy filter dropped — cut into blocks, and the user's choices (mapping, label review). The
 * browser sends a large file block by block (a request holds 512 kB by default), and the pages of
 * the import read it back without the file being sent again. Deleted when the import is saved or
 * discarded; drafts older than a day are deleted when the organisation starts another.
 */
export const audienceDrafts = sqliteTable(
	'audience_drafts',
	{
		id: text().primaryKey(),
		orgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		tourId: text()
			.notNull()
			.references(() => tours.id, { onDelete: 'cascade' }),
		createdBy: text().references(() => users.id, { onDelete: 'cascade' }),
		kind: text({ enum: ['survey', 'ticketing'] }).notNull(),
		/** ids of the tour dates the data describes (one date, or every date at one venue) */
		dateIds: text({ mode: 'json' }).notNull(),
		fileName: text().notNull(),
		/** encoding, separator, kept columns, dropped columns, counts, the user's settings */
		meta: text({ mode: 'json' }).notNull(),
		/** true once every block has arrived */
		complete: integer({ mode: 'boolean' }).notNull().default(false),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('audience_drafts_org_idx').on(t.orgId)]
);

export const audienceDraftBlocks = sqliteTable(
	'audience_draft_blocks',
	{
		draftId: text()
			.notNull()
			.references(() => audienceDrafts.id, { onDelete: 'cascade' }),
		seq: integer().notNull(),
		rows: integer().notNull(),
		/** src/lib/audience/staged.ts StagedBlock, as JSON */
		data: text().notNull()
	},
	(t) => [primaryKey({ columns: [t.draftId, t.seq] })]
);
