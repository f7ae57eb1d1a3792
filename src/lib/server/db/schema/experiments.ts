/**
 * Experiments: scenarios (a modified copy of a tour's document, built from levers and hand edits)
 * and commitments (a team's promise to run a lever on a tour, with its status history and the later
 * real diagnostic that measures it). Scoped by org_id like everything else.
 */
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organisations, users } from './auth';
import { tours } from './tours';

export const scenarios = sqliteTable(
	'scenarios',
	{
		id: text().primaryKey(),
		orgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		/** the baseline tour the scenario was made from */
		tourId: text()
			.notNull()
			.references(() => tours.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		/** levers applied, in order, with their parameters: [{ lever, params }] */
		levers: text({ mode: 'json' }).notNull(),
		/** the scenario's tour file (empreinte-tour@1) */
		document: text({ mode: 'json' }).notNull(),
		/** optional budget and time beside CO2: touring decisions are budget- and time-bound */
		baselineCostEur: real(),
		scenarioCostEur: real(),
		baselineHours: real(),
		scenarioHours: real(),
		notes: text().notNull().default(''),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('scenarios_org_idx').on(t.orgId), index('scenarios_tour_idx').on(t.tourId)]
);

export const COMMITMENT_STATUSES = ['proposed', 'committed', 'running', 'done', 'abandoned'] as const;

export const commitments = sqliteTable(
	'commitments',
	{
		id: text().primaryKey(),
		orgId: text()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		tourId: text()
			.notNull()
			.references(() => tours.id, { onDelete: 'cascade' }),
		scenarioId: text().references(() => scenarios.id, { onDelete: 'set null' }),
		/** lever key from the catalogue */
		lever: text().notNull(),
		title: text().notNull(),
		/** promised saving, kgCO2e (company scope unless the lever is an audience one) */
		targetKg: real(),
		owner: text().notNull().default(''),
		startsOn: text(),
		endsOn: text(),
		status: text({ enum: COMMITMENT_STATUSES }).notNull().default('proposed'),
		/** [{ status, at (ISO), by (user id), reason }] */
		history: text({ mode: 'json' }).notNull(),
		/** the later real diagnostic (an actual tour) that measures the result */
		measuredTourId: text().references(() => tours.id, { onDelete: 'set null' }),
		/** consent to show it to the organisation's networks (network views come later) */
		sharedWithNetworks: integer({ mode: 'boolean' }).notNull().default(false),
		createdBy: text().references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('commitments_org_idx').on(t.orgId), index('commitments_tour_idx').on(t.tourId)]
);
