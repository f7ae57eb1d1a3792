/**
 * Networks (issue 11): an organisation of kind `network` whose own members are its referents, and
 * the companies and venues that joined it. Each member organisation chooses, per network, what it
 * shares (consent tier and tour selection); every change is kept, dated, in network_consent_events.
 *
 * Consent is per (network, member organisation) on purpose: the open observatory and co-routing
 * will add their own consent rows beside these, never reuse a network's.
 *
 * tour_indicators stores, per tour, what aggregation needs (src/lib/networks/facts.ts), recomputed
 * by the engine on every tour save (src/lib/server/network-indicators.ts) — never by SQL.
 */
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organisations, users } from './auth';
import { tours } from './tours';

/** counted only (default) · visible to the referents · publishable cases */
export const CONSENT_TIERS = ['counted', 'visible', 'publishable'] as const;
export const MEMBER_STATUSES = ['active', 'left'] as const;

export const networkMembers = sqliteTable(
	'network_members',
	{
		networkId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		memberOrgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		status: text({ enum: MEMBER_STATUSES }).notNull().default('active'),
		tier: text({ enum: CONSENT_TIERS }).notNull().default('counted'),
		/** { seasons: string[], phases: ('forecast'|'actual')[], tourIds: string[] } */
		selection: text({ mode: 'json' }).notNull(),
		joinedAt: integer({ mode: 'timestamp_ms' }).notNull(),
		leftAt: integer({ mode: 'timestamp_ms' }),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		primaryKey({ columns: [t.networkId, t.memberOrgId] }),
		index('network_members_member_idx').on(t.memberOrgId)
	]
);

export const networkConsentEvents = sqliteTable(
	'network_consent_events',
	{
		id: text().primaryKey(),
		networkId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		memberOrgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		event: text({ enum: ['joined', 'consent', 'left'] }).notNull(),
		tier: text({ enum: CONSENT_TIERS }).notNull(),
		selection: text({ mode: 'json' }).notNull(),
		byUserId: text().references(() => users.id, { onDelete: 'set null' }),
		at: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('network_consent_events_idx').on(t.networkId, t.memberOrgId)]
);

/** An invitation link from a referent, accepted by an owner of the joining organisation. */
export const networkInvitations = sqliteTable(
	'network_invitations',
	{
		id: text().primaryKey(),
		networkId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		/** hex SHA-256 of the code (the code is shown once to the referent) */
		codeHash: text().notNull().unique(),
		label: text().notNull().default(''),
		createdBy: text().references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer({ mode: 'timestamp_ms' }).notNull(),
		usedAt: integer({ mode: 'timestamp_ms' }),
		usedByOrgId: text().references(() => organisations.id, { onDelete: 'set null' })
	},
	(t) => [index('network_invitations_network_idx').on(t.networkId)]
);

/** A company or venue asking to join, accepted or refused by a referent. */
export const networkJoinRequests = sqliteTable(
	'network_join_requests',
	{
		id: text().primaryKey(),
		networkId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		orgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		status: text({ enum: ['pending', 'accepted', 'refused', 'withdrawn'] })
			.notNull()
			.default('pending'),
		requestedBy: text().references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		decidedBy: text().references(() => users.id, { onDelete: 'set null' }),
		decidedAt: integer({ mode: 'timestamp_ms' })
	},
	(t) => [
		index('network_join_requests_network_idx').on(t.networkId),
		index('network_join_requests_org_idx').on(t.orgId)
	]
);

/** A referent's review of a shared tour: « vérifiée » with a note, or a request to complete it. */
export const networkReviews = sqliteTable(
	'network_reviews',
	{
		id: text().primaryKey(),
		networkId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		memberOrgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		tourId: text()
			.notNull()
			.references(() => tours.id, { onDelete: 'cascade' }),
		status: text({ enum: ['verified', 'changes_requested'] }).notNull(),
		note: text().notNull().default(''),
		/** for a request: the default-valued inputs [{ source, label, category }] */
		missing: text({ mode: 'json' }).notNull(),
		byUserId: text().references(() => users.id, { onDelete: 'set null' }),
		at: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		index('network_reviews_tour_idx').on(t.tourId),
		index('network_reviews_network_idx').on(t.networkId)
	]
);

/** Every export (CSV, report, JSON): who, when, which filters. Visible to the network's owners. */
export const networkExports = sqliteTable(
	'network_exports',
	{
		id: text().primaryKey(),
		networkId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		userId: text().references(() => users.id, { onDelete: 'set null' }),
		format: text().notNull(),
		filters: text({ mode: 'json' }).notNull(),
		at: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('network_exports_network_idx').on(t.networkId)]
);

/** Per-tour facts for aggregation, recomputed by the engine on every save (one row per tour). */
export const tourIndicators = sqliteTable(
	'tour_indicators',
	{
		tourId: text()
			.primaryKey()
			.references(() => tours.id, { onDelete: 'cascade' }),
		orgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		/** TourFacts (src/lib/networks/facts.ts) under the tour's pinned factor set */
		facts: text({ mode: 'json' }).notNull(),
		/** company kgCO2e under the reference (default) factor set: splits a trend into factor and activity parts */
		refCompanyKg: real(),
		refSet: text(),
		computedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('tour_indicators_org_idx').on(t.orgId)]
);
