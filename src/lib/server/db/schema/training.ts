/**
 * Training mode. A session belongs to its trainer (`owner_id`); each team works in an organisation
 * of kind `training` created for it (hidden: never listed as real work, never joinable to a
 * network, never counted in an aggregate — see isRealOrganisation in ../../organisations.ts);
 * learners are guest users (`users.is_guest`) whose only membership is their team's organisation.
 * Deleting a session deletes its team organisations (and by cascade their tours and scenarios)
 * and its guest users; expired sessions are purged at start-up and daily.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organisations, users } from './auth';

export const TRAINING_START_MODES = ['baseline', 'blank'] as const;
export const TRAINING_IDENTITIES = ['none', 'first-name', 'email'] as const;
export const TRAINING_GROUPINGS = ['teams', 'seats'] as const;

export const trainingSessions = sqliteTable(
	'training_sessions',
	{
		id: text().primaryKey(),
		ownerId: text()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		/** case keys (src/lib/training/cases.ts) or `custom:<id>`, dealt to teams in turn */
		caseKeys: text({ mode: 'json' }).$type<string[]>().notNull(),
		/** what a team starts from: the case's full baseline, or a blank tour to fill from the brief */
		startMode: text({ enum: TRAINING_START_MODES }).notNull(),
		/** what a learner gives when joining; the trainer is the data controller for it */
		identity: text({ enum: TRAINING_IDENTITIES }).notNull(),
		/** `teams`: N teams made at creation; `seats`: one team per learner, made at join */
		grouping: text({ enum: TRAINING_GROUPINGS }).notNull(),
		/** the join code, three words joined by hyphens; unique while stored */
		code: text().notNull().unique(),
		codeExpiresAt: integer({ mode: 'timestamp_ms' }).notNull(),
		/** the day of the session (local date, YYYY-MM-DD) */
		sessionDate: text().notNull(),
		/** when everything of the session is deleted (default: 30 days after the session) */
		purgeAt: integer({ mode: 'timestamp_ms' }).notNull(),
		/** inputs frozen: learners are viewers of their team until the trainer unfreezes */
		frozen: integer({ mode: 'boolean' }).notNull().default(false),
		/** lever cards up to this round are shown to the teams (0: none yet) */
		releasedRound: integer().notNull().default(0),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		index('training_sessions_owner_idx').on(t.ownerId),
		index('training_sessions_purge_idx').on(t.purgeAt)
	]
);

export const trainingTeams = sqliteTable(
	'training_teams',
	{
		id: text().primaryKey(),
		sessionId: text()
			.notNull()
			.references(() => trainingSessions.id, { onDelete: 'cascade' }),
		/** the team's hidden organisation (kind `training`) */
		orgId: text()
			.notNull()
			.unique()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		number: integer().notNull(),
		caseKey: text().notNull(),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('training_teams_session_idx').on(t.sessionId)]
);

export const trainingLearners = sqliteTable(
	'training_learners',
	{
		id: text().primaryKey(),
		sessionId: text()
			.notNull()
			.references(() => trainingSessions.id, { onDelete: 'cascade' }),
		/** the guest user the learner's cookie logs in as */
		userId: text()
			.notNull()
			.unique()
			.references(() => users.id, { onDelete: 'cascade' }),
		teamId: text().references(() => trainingTeams.id, { onDelete: 'set null' }),
		pseudonym: text().notNull(),
		firstName: text(),
		email: text(),
		joinedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('training_learners_session_idx').on(t.sessionId)]
);

/** A trainer's own case: a detached copy of one of their tours (no link back to the real tour). */
export const trainingCases = sqliteTable(
	'training_cases',
	{
		id: text().primaryKey(),
		ownerId: text()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		document: text({ mode: 'json' }).notNull(),
		briefFr: text().notNull().default(''),
		briefEn: text().notNull().default(''),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('training_cases_owner_idx').on(t.ownerId)]
);
