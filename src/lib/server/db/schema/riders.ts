/**
 * Quick estimates made without an account, and green riders (« fiche technique verte ») with the
 * links through which a host venue sends its figures back.
 *
 * Codes are secrets: only their SHA-256 is stored (as sessions and invitations do), so a stolen
 * database does not open anyone's estimate or venue link.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organisations, users } from './auth';
import { tours } from './tours';

/** An estimate made on the public page: kept a while so it can be reopened, downloaded or kept. */
export const quickEstimates = sqliteTable(
	'quick_estimates',
	{
		/** hex SHA-256 of the code in the estimate's address */
		id: text().primaryKey(),
		/** the tour file (validated) */
		document: text({ mode: 'json' }).notNull(),
		/** the answers as typed, to reopen the form */
		answers: text({ mode: 'json' }).notNull(),
		discipline: text().notNull(),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('quick_estimates_expires_idx').on(t.expiresAt)]
);

/** The rider of a tour: which requests and commitments the company keeps, in its own words. */
export const tourRiders = sqliteTable('tour_riders', {
	tourId: text()
		.primaryKey()
		.references(() => tours.id, { onDelete: 'cascade' }),
	orgId: text()
		.notNull()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	/** { items: { [key]: { included, tag, text } } } — see src/lib/rider/requests.ts */
	choices: text({ mode: 'json' }).notNull(),
	updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
});

/** A no-account link for one date's host venue. */
export const riderLinks = sqliteTable(
	'rider_links',
	{
		id: text().primaryKey(),
		orgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		tourId: text()
			.notNull()
			.references(() => tours.id, { onDelete: 'cascade' }),
		dateId: text().notNull(),
		/** hex SHA-256 of the code */
		codeHash: text().notNull().unique(),
		createdBy: text().references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer({ mode: 'timestamp_ms' }).notNull(),
		revokedAt: integer({ mode: 'timestamp_ms' })
	},
	(t) => [index('rider_links_tour_idx').on(t.tourId)]
);

/** What a venue sent back through its link, waiting for the company to accept or reject it. */
export const riderReturns = sqliteTable(
	'rider_returns',
	{
		id: text().primaryKey(),
		linkId: text()
			.notNull()
			.references(() => riderLinks.id, { onDelete: 'cascade' }),
		orgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		tourId: text()
			.notNull()
			.references(() => tours.id, { onDelete: 'cascade' }),
		dateId: text().notNull(),
		/** attendance, audience shares, meals, local technicians, contact, comment (VenueReturn) */
		figures: text({ mode: 'json' }).notNull(),
		/** an audience file (survey or ticketing CSV), imported by the company through the audience import */
		fileName: text(),
		fileData: text(),
		status: text({ enum: ['pending', 'accepted', 'rejected'] })
			.notNull()
			.default('pending'),
		submittedAt: integer({ mode: 'timestamp_ms' }).notNull(),
		decidedAt: integer({ mode: 'timestamp_ms' }),
		decidedBy: text().references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [index('rider_returns_tour_idx').on(t.tourId)]
);
