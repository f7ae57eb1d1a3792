/**
 * Co-routing (issue 19): each member organisation opts in, per network, to « opportunités de
 * mutualisation » — off by default, revocable. Every change is a dated row; the latest one counts.
 * This consent is apart from the network's sharing tiers (src/lib/server/db/schema/networks.ts).
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organisations, users } from './auth';

export const coroutingConsents = sqliteTable(
	'corouting_consents',
	{
		id: text().primaryKey(),
		networkId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		memberOrgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		enabled: integer({ mode: 'boolean' }).notNull(),
		byUserId: text().references(() => users.id, { onDelete: 'set null' }),
		at: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('corouting_consents_idx').on(t.networkId, t.memberOrgId, t.at)]
);
