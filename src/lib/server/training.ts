/**
 * Training sessions. A trainer (any signed-in, non-guest user) creates a session on prepared cases;
 * learners join with a three-word code, without an account. Design, and why:
 *
 * - Each team works in a hidden organisation of kind `training` holding its copy of the case as an
 *   ordinary production + tour, so the learners use the same pages as a real tour (dates, travel,
 *   freight, stay, audience, results, experiments) behind the same guards — nothing to re-implement.
 * - A learner is a guest user (`users.is_guest`): no usable e-mail or password (no log-in), only the
 *   session cookie made at join, and one membership (editor) in their team's organisation. The
 *   guards confine guests to /learn and their team (requireUser sends them back; requireMembership
 *   gives 404 anywhere else).
 * - Training organisations are never real work: the trainer is not a member of them (the board
 *   reads them through this service after checking the session is theirs), `isRealOrganisation`
 *   is false for them, and every cross-organisation view keeps only REAL_ORG_KINDS.
 * - Freezing inputs turns every learner of the session into a viewer of their team, so every
 *   existing write guard refuses their edits; unfreezing makes them editors again.
 *
 * Every trainer verb takes the SessionUser and looks the session up by id AND owner: another
 * user's session is NotFoundError (404), like another organisation's data.
 */
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './db/client';
import { BoundedCache } from './bounded-cache';
import { memberships, organisations, users } from './db/schema/auth';
import { productions, tours as toursTable, venues } from './db/schema/tours';
import { scenarios as scenariosTable } from './db/schema/experiments';
import {
	TRAINING_GROUPINGS,
	TRAINING_IDENTITIES,
	TRAINING_START_MODES,
	trainingCases,
	trainingLearners,
	trainingSessions,
	trainingTeams
} from './db/schema/training';
import { NotFoundError, ValidationError } from './errors';
import { parseInput } from './auth/schemas';
import { RateLimiter } from './auth/rate-limit';
import type { Membership, SessionUser } from './auth/types';
import { getFactorLibrary } from './factor-tables';
import * as tours from './tours';
import { diagnose, summarise } from './diagnostics';
import {
	blankDocument,
	caseDocument,
	CASE_KEYS,
	findCase,
	MAX_ROUND,
	type LeverCard
} from '../training/cases';
import { isWellFormedCode, makeCode, makePseudonym, normaliseCode } from '../training/codes';
import { progressOf, type Implausible, type ProgressTab } from '../training/progress';
import type { TourFile } from '../schemas/tour-file';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Default retention after the session day (the issue: « default 30 days after the session »). */
export const DEFAULT_RETENTION_DAYS = 30;
/** A join code works until the end of the day after the session (late joiners, a second half-day). */
const CODE_VALID_DAYS_AFTER = 1;
export const MAX_TEAMS = 40;
/** Guest e-mails live in the reserved `.invalid` TLD (RFC 2606): they can never receive mail or collide with a real address. */
const GUEST_EMAIL_DOMAIN = 'training.invalid';

type SessionRow = typeof trainingSessions.$inferSelect;
type TeamRow = typeof trainingTeams.$inferSelect;
type LearnerRow = typeof trainingLearners.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const E = 'training.errors';

// ————————————————————————————————————————— input shapes

const CaseKey = z.string().regex(/^([a-z0-9-]+|custom:[0-9a-f-]{36})$/, { error: `${E}.caseInvalid` });

export const CreateSessionInput = z.object({
	title: z
		.string()
		.trim()
		.min(1, { error: `${E}.titleRequired` })
		.max(120, { error: `${E}.titleTooLong` }),
	cases: z
		.array(CaseKey)
		.min(1, { error: `${E}.casesRequired` })
		.max(8, { error: `${E}.caseInvalid` }),
	startMode: z.enum(TRAINING_START_MODES, { error: `${E}.choiceInvalid` }),
	identity: z.enum(TRAINING_IDENTITIES, { error: `${E}.choiceInvalid` }),
	grouping: z.enum(TRAINING_GROUPINGS, { error: `${E}.choiceInvalid` }),
	teamCount: z.coerce
		.number({ error: `${E}.teamCountInvalid` })
		.int({ error: `${E}.teamCountInvalid` })
		.min(1, { error: `${E}.teamCountInvalid` })
		.max(MAX_TEAMS, { error: `${E}.teamCountInvalid` }),
	sessionDate: z.iso.date({ error: `${E}.dateInvalid` }),
	retentionDays: z.coerce
		.number({ error: `${E}.retentionInvalid` })
		.int({ error: `${E}.retentionInvalid` })
		.min(1, { error: `${E}.retentionInvalid` })
		.max(365, { error: `${E}.retentionInvalid` })
		.default(DEFAULT_RETENTION_DAYS)
});
export type CreateSessionInput = z.infer<typeof CreateSessionInput>;

const Pseudonym = z
	.string()
	.trim()
	.min(1, { error: `${E}.pseudonymRequired` })
	.max(40, { error: `${E}.pseudonymTooLong` });

export const JoinInput = z.object({
	code: z.string().max(80, { error: `${E}.codeUnknown` }),
	pseudonym: z.preprocess((v) => (v === '' ? undefined : v), Pseudonym.optional()),
	firstName: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
		z
			.string()
			.trim()
			.max(60, { error: `${E}.firstNameTooLong` })
			.optional()
	),
	email: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
		z
			.email({ error: `${E}.emailInvalid` })
			.max(200, { error: `${E}.emailInvalid` })
			.optional()
	)
});

const LearnerRef = z.object({ learnerId: z.string().uuid({ error: `${E}.learnerUnknown` }) });
const RenameLearnerInput = LearnerRef.extend({ pseudonym: Pseudonym });
const AssignLearnerInput = LearnerRef.extend({ teamId: z.string().uuid({ error: `${E}.teamUnknown` }) });
const OwnCaseInput = z.object({
	tourId: z.string().uuid({ error: `${E}.tourUnknown` }),
	title: z
		.string()
		.trim()
		.min(1, { error: `${E}.titleRequired` })
		.max(120, { error: `${E}.titleTooLong` }),
	briefFr: z
		.string()
		.max(4000, { error: `${E}.briefTooLong` })
		.default(''),
	briefEn: z
		.string()
		.max(4000, { error: `${E}.briefTooLong` })
		.default('')
});

// ————————————————————————————————————————— cases

export interface CaseOption {
	key: string;
	title: string;
	own: boolean;
	levers: LeverCard[];
	brief: { fr: string; en: string };
}

function docTitle(doc: unknown): string {
	const p = (doc as { production?: { title?: string } }).production;
	return p?.title ?? '';
}

/** The shipped cases, then the trainer's own. */
export async function listCases(db: Db, user: SessionUser): Promise<CaseOption[]> {
	const own = await db
		.select()
		.from(trainingCases)
		.where(eq(trainingCases.ownerId, user.id))
		.orderBy(asc(trainingCases.title));
	return [
		...CASE_KEYS.map((key) => {
			const c = findCase(key)!;
			return { key, title: docTitle(c.tour), own: false, levers: c.levers, brief: c.brief };
		}),
		...own.map((c) => ({
			key: `custom:${c.id}`,
			title: c.title,
			own: true,
			levers: [],
			brief: { fr: c.briefFr, en: c.briefEn }
		}))
	];
}

interface ResolvedCase {
	key: string;
	document: Record<string, unknown>;
	levers: LeverCard[];
	brief: { fr: string; en: string };
	discipline: 'theatre' | 'dance' | 'circus' | 'other';
}

const DISCIPLINE_OF: Record<string, ResolvedCase['discipline']> = {
	'jeune-public': 'theatre',
	'theatre-camion': 'theatre',
	'danse-europe': 'dance',
	'cirque-chapiteau': 'circus'
};

async function resolveCase(db: Db | Tx, ownerId: string, key: string): Promise<ResolvedCase | null> {
	if (key.startsWith('custom:')) {
		const row = await db
			.select()
			.from(trainingCases)
			.where(and(eq(trainingCases.id, key.slice(7)), eq(trainingCases.ownerId, ownerId)))
			.get();
		if (!row) return null;
		return {
			key,
			document: structuredClone(row.document) as Record<string, unknown>,
			levers: [],
			brief: { fr: row.briefFr, en: row.briefEn },
			discipline: 'other'
		};
	}
	const c = findCase(key);
	if (!c) return null;
	return { key, document: caseDocument(c), levers: c.levers, brief: c.brief, discipline: DISCIPLINE_OF[key] };
}

/**
 * Turns one of the caller's tours into a case: a detached copy of its document (no link back; later
 * edits of the tour do not reach the case). The membership proves the caller may read the tour.
 */
export async function createCaseFromTour(db: Db, m: Membership, input: unknown): Promise<string> {
	if (!m.userId || m.anonymous) throw new NotFoundError();
	const v = parseInput(OwnCaseInput, input);
	const tour = await tours.get(db, m, v.tourId).catch(() => {
		throw new ValidationError({ tour: { key: `${E}.tourUnknown` } });
	});
	const doc = structuredClone(tour.document) as Record<string, unknown>;
	doc.production = { ...(doc.production as object), company: v.title };
	const id = crypto.randomUUID();
	await db.insert(trainingCases).values({
		id,
		ownerId: m.userId,
		title: v.title,
		document: doc,
		briefFr: v.briefFr,
		briefEn: v.briefEn,
		createdAt: new Date()
	});
	return id;
}

export async function removeOwnCase(db: Db, user: SessionUser, caseId: string): Promise<void> {
	await db.delete(trainingCases).where(and(eq(trainingCases.id, caseId), eq(trainingCases.ownerId, user.id)));
}

// ————————————————————————————————————————— sessions

export interface SessionSummary {
	id: string;
	title: string;
	code: string;
	codeExpiresAt: Date;
	sessionDate: string;
	purgeAt: Date;
	caseKeys: string[];
	startMode: SessionRow['startMode'];
	identity: SessionRow['identity'];
	grouping: SessionRow['grouping'];
	frozen: boolean;
	releasedRound: number;
	maxRound: number;
	createdAt: Date;
}

function sessionSummary(s: SessionRow): SessionSummary {
	return {
		id: s.id,
		title: s.title,
		code: s.code,
		codeExpiresAt: s.codeExpiresAt,
		sessionDate: s.sessionDate,
		purgeAt: s.purgeAt,
		caseKeys: s.caseKeys,
		startMode: s.startMode,
		identity: s.identity,
		grouping: s.grouping,
		frozen: s.frozen,
		releasedRound: s.releasedRound,
		maxRound: MAX_ROUND,
		createdAt: s.createdAt
	};
}

function assertTrainer(user: SessionUser): void {
	// a learner cannot run a session (nor reach these pages: requireUser sends guests to /learn)
	if (user.isGuest) throw new NotFoundError();
}

async function ownedSession(db: Db | Tx, user: SessionUser, id: string): Promise<SessionRow> {
	assertTrainer(user);
	if (!/^[0-9a-f-]{36}$/.test(id)) throw new NotFoundError();
	const row = await db
		.select()
		.from(trainingSessions)
		.where(and(eq(trainingSessions.id, id), eq(trainingSessions.ownerId, user.id)))
		.get();
	if (!row) throw new NotFoundError();
	return row;
}

export async function listForOwner(db: Db, user: SessionUser): Promise<SessionSummary[]> {
	assertTrainer(user);
	const rows = await db
		.select()
		.from(trainingSessions)
		.where(eq(trainingSessions.ownerId, user.id))
		.orderBy(asc(trainingSessions.sessionDate));
	return rows.map(sessionSummary);
}

export async function get(db: Db, user: SessionUser, id: string): Promise<SessionSummary> {
	return sessionSummary(await ownedSession(db, user, id));
}

/** A free code: random words, retried on the (rare) collision with a stored one. */
async function freeCode(db: Db | Tx, random: () => string = makeCode): Promise<string> {
	for (let attempt = 0; attempt < 20; attempt++) {
		const code = random();
		const taken = await db
			.select({ id: trainingSessions.id })
			.from(trainingSessions)
			.where(eq(trainingSessions.code, code))
			.get();
		if (!taken) return code;
	}
	throw new Error('Could not find a free join code');
}

function endOfDay(isoDate: string, plusDays: number): Date {
	return new Date(Date.parse(`${isoDate}T23:59:59Z`) + plusDays * DAY_MS);
}

export async function create(
	db: Db,
	user: SessionUser,
	input: unknown,
	opts: { now?: Date; code?: () => string } = {}
): Promise<SessionSummary> {
	assertTrainer(user);
	const v = parseInput(CreateSessionInput, input);
	const cases = [...new Set(v.cases)];
	for (const key of cases) {
		if (!(await resolveCase(db, user.id, key)))
			throw new ValidationError({ cases: { key: `${E}.caseInvalid` } });
	}
	const now = opts.now ?? new Date();
	const row: SessionRow = {
		id: crypto.randomUUID(),
		ownerId: user.id,
		title: v.title,
		caseKeys: cases,
		startMode: v.startMode,
		identity: v.identity,
		grouping: v.grouping,
		code: await freeCode(db, opts.code),
		codeExpiresAt: endOfDay(v.sessionDate, CODE_VALID_DAYS_AFTER),
		sessionDate: v.sessionDate,
		purgeAt: endOfDay(v.sessionDate, v.retentionDays),
		frozen: false,
		releasedRound: 0,
		createdAt: now
	};
	await db.transaction(async (tx) => {
		await tx.insert(trainingSessions).values(row);
		if (row.grouping === 'teams') for (let n = 1; n <= v.teamCount; n++) await addTeam(tx, row, n);
	});
	return sessionSummary(row);
}

/** A new code (the old one stops working), valid again until the day after the session. */
export async function renewCode(db: Db, user: SessionUser, id: string, now = new Date()): Promise<string> {
	const s = await ownedSession(db, user, id);
	const code = await freeCode(db);
	const expires = new Date(
		Math.max(endOfDay(s.sessionDate, CODE_VALID_DAYS_AFTER).getTime(), now.getTime() + DAY_MS)
	);
	await db
		.update(trainingSessions)
		.set({ code, codeExpiresAt: expires })
		.where(eq(trainingSessions.id, s.id));
	return code;
}

// ————————————————————————————————————————— teams and their copies

function teamMembership(
	org: typeof organisations.$inferSelect,
	userId: string | null,
	role: 'owner' | 'viewer'
): Membership {
	return {
		orgId: org.id,
		userId,
		role,
		org: { id: org.id, slug: org.slug, name: org.name, kind: org.kind, isDemo: org.isDemo },
		anonymous: false
	};
}

/** A team: its hidden organisation and its copy of the case (the n-th case of the session, in turn). */
async function addTeam(tx: Tx, s: SessionRow, n: number): Promise<TeamRow> {
	const caseKey = s.caseKeys[(n - 1) % s.caseKeys.length];
	const org: typeof organisations.$inferSelect = {
		id: crypto.randomUUID(),
		// random, so a team's URL tells nothing about the session or the other teams
		slug: `formation-${crypto.randomUUID().slice(0, 13)}`,
		name: `${s.title} · ${n}`,
		kind: 'training',
		isDemo: false,
		createdAt: new Date()
	};
	await tx.insert(organisations).values(org);
	const team: TeamRow = {
		id: crypto.randomUUID(),
		sessionId: s.id,
		orgId: org.id,
		number: n,
		caseKey,
		createdAt: new Date()
	};
	await tx.insert(trainingTeams).values(team);
	await seedCopy(tx, s, team, org);
	return team;
}

/** The team's copy of its case: one production and one tour, as the case starts (baseline or blank). */
async function seedCopy(
	tx: Tx,
	s: SessionRow,
	team: TeamRow,
	org: typeof organisations.$inferSelect
): Promise<void> {
	const c = await resolveCase(tx, s.ownerId, team.caseKey);
	if (!c) return; // a trainer's own case deleted since: the team starts empty, the board says so
	const doc = s.startMode === 'blank' ? blankDocument({ tour: c.document }) : c.document;
	const now = new Date();
	const productionId = crypto.randomUUID();
	await tx.insert(productions).values({
		id: productionId,
		orgId: org.id,
		title: docTitle(doc) || s.title,
		discipline: c.discipline,
		creationYear: null,
		teamSize: null,
		setDescription: '',
		createdAt: now,
		updatedAt: now
	});
	const m = teamMembership(org, null, 'owner');
	await tours.importFile(tx as unknown as Db, m, productionId, doc, getFactorLibrary().defaultSet.ref);
}

async function teamsOf(db: Db | Tx, sessionId: string) {
	return db
		.select({ team: trainingTeams, org: organisations })
		.from(trainingTeams)
		.innerJoin(organisations, eq(organisations.id, trainingTeams.orgId))
		.where(eq(trainingTeams.sessionId, sessionId))
		.orderBy(asc(trainingTeams.number));
}

// ————————————————————————————————————————— joining

export interface Joined {
	userId: string;
	learnerId: string;
	sessionId: string;
	teamSlug: string | null;
}

/**
 * A learner joins by code: a guest user, a learner row, and an editor membership in the team with
 * the fewest learners (or a new team of their own when the session gives one per seat). An
 * unknown or expired code is one and the same message: nothing tells which.
 */
export async function join(db: Db, input: unknown, now = new Date()): Promise<Joined> {
	const v = parseInput(JoinInput, input);
	const code = normaliseCode(v.code);
	const unknown = new ValidationError({ code: { key: `${E}.codeUnknown` } });
	if (!isWellFormedCode(code)) throw unknown;
	const s = await db.select().from(trainingSessions).where(eq(trainingSessions.code, code)).get();
	if (!s || s.codeExpiresAt.getTime() <= now.getTime()) throw unknown;
	if (s.identity === 'first-name' && !v.firstName)
		throw new ValidationError({ firstName: { key: `${E}.firstNameRequired` } });
	if (s.identity === 'email' && !v.email) throw new ValidationError({ email: { key: `${E}.emailRequired` } });
	const pseudonym = v.pseudonym ?? makePseudonym();
	return db.transaction(async (tx) => {
		const team = await pickTeam(tx, s);
		const userId = crypto.randomUUID();
		await tx.insert(users).values({
			id: userId,
			email: `guest-${userId}@${GUEST_EMAIL_DOMAIN}`,
			displayName: pseudonym,
			// not an argon2 hash: verifyPassword fails on it, so no password ever logs in as a guest
			passwordHash: '!guest',
			createdAt: now,
			passwordChangedAt: now,
			isGuest: true
		});
		const learnerId = crypto.randomUUID();
		await tx.insert(trainingLearners).values({
			id: learnerId,
			sessionId: s.id,
			userId,
			teamId: team?.team.id ?? null,
			pseudonym,
			firstName: s.identity === 'first-name' ? (v.firstName ?? null) : null,
			email: s.identity === 'email' ? (v.email ?? null) : null,
			joinedAt: now
		});
		if (team)
			await tx
				.insert(memberships)
				.values({ orgId: team.org.id, userId, role: s.frozen ? 'viewer' : 'editor', createdAt: now });
		return { userId, learnerId, sessionId: s.id, teamSlug: team?.org.slug ?? null };
	});
}

async function pickTeam(tx: Tx, s: SessionRow) {
	const teams = await teamsOf(tx, s.id);
	if (s.grouping === 'seats') {
		const n = teams.reduce((max, t) => Math.max(max, t.team.number), 0) + 1;
		const team = await addTeam(tx, s, n);
		const org = await tx.select().from(organisations).where(eq(organisations.id, team.orgId)).get();
		return { team, org: org! };
	}
	if (teams.length === 0) return null;
	const counts = await tx
		.select({ teamId: trainingLearners.teamId, n: sql<number>`count(*)` })
		.from(trainingLearners)
		.where(eq(trainingLearners.sessionId, s.id))
		.groupBy(trainingLearners.teamId);
	const byTeam = new Map(counts.map((c) => [c.teamId, Number(c.n)]));
	return teams.reduce((best, t) =>
		(byTeam.get(t.team.id) ?? 0) < (byTeam.get(best.team.id) ?? 0) ? t : best
	);
}

// ————————————————————————————————————————— the learner's side

export interface LearnerHome {
	learnerId: string;
	pseudonym: string;
	session: { title: string; sessionDate: string; purgeAt: Date; frozen: boolean; releasedRound: number };
	team: { number: number; slug: string; caseKey: string; tourId: string | null } | null;
	brief: { fr: string; en: string } | null;
	levers: LeverCard[];
	/** the case's data sheet, for teams that start blank */
	sheet: TourFile | null;
}

async function learnerOf(db: Db, user: SessionUser): Promise<LearnerRow> {
	if (!user.isGuest) throw new NotFoundError();
	const row = await db.select().from(trainingLearners).where(eq(trainingLearners.userId, user.id)).get();
	if (!row) throw new NotFoundError();
	return row;
}

export async function learnerHome(db: Db, user: SessionUser): Promise<LearnerHome> {
	const l = await learnerOf(db, user);
	const s = await db.select().from(trainingSessions).where(eq(trainingSessions.id, l.sessionId)).get();
	if (!s) throw new NotFoundError();
	const home: LearnerHome = {
		learnerId: l.id,
		pseudonym: l.pseudonym,
		session: {
			title: s.title,
			sessionDate: s.sessionDate,
			purgeAt: s.purgeAt,
			frozen: s.frozen,
			releasedRound: s.releasedRound
		},
		team: null,
		brief: null,
		levers: [],
		sheet: null
	};
	if (!l.teamId) return home;
	const t = await db
		.select({ team: trainingTeams, org: organisations })
		.from(trainingTeams)
		.innerJoin(organisations, eq(organisations.id, trainingTeams.orgId))
		.where(eq(trainingTeams.id, l.teamId))
		.get();
	if (!t) return home;
	const tour = await db
		.select({ id: toursTable.id })
		.from(toursTable)
		.where(eq(toursTable.orgId, t.org.id))
		.orderBy(asc(toursTable.createdAt))
		.get();
	const c = await resolveCase(db, s.ownerId, t.team.caseKey);
	home.team = { number: t.team.number, slug: t.org.slug, caseKey: t.team.caseKey, tourId: tour?.id ?? null };
	home.brief = c?.brief ?? null;
	home.levers = (c?.levers ?? []).filter((x) => x.round <= s.releasedRound);
	home.sheet = c && s.startMode === 'blank' ? (c.document as unknown as TourFile) : null;
	return home;
}

export async function setOwnPseudonym(db: Db, user: SessionUser, input: unknown): Promise<void> {
	const l = await learnerOf(db, user);
	const { pseudonym } = parseInput(z.object({ pseudonym: Pseudonym }), input);
	await renameLearnerRow(db, l, pseudonym);
}

async function renameLearnerRow(db: Db, l: LearnerRow, pseudonym: string): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.update(trainingLearners).set({ pseudonym }).where(eq(trainingLearners.id, l.id));
		await tx.update(users).set({ displayName: pseudonym }).where(eq(users.id, l.userId));
	});
}

// ————————————————————————————————————————— the trainer's lobby

async function sessionLearner(db: Db | Tx, s: SessionRow, input: unknown, schema = LearnerRef) {
	const v = parseInput(schema, input);
	const l = await db
		.select()
		.from(trainingLearners)
		.where(and(eq(trainingLearners.id, v.learnerId), eq(trainingLearners.sessionId, s.id)))
		.get();
	if (!l) throw new NotFoundError();
	return { l, v };
}

export async function renameLearner(
	db: Db,
	user: SessionUser,
	sessionId: string,
	input: unknown
): Promise<void> {
	const s = await ownedSession(db, user, sessionId);
	const { l, v } = await sessionLearner(db, s, input, RenameLearnerInput);
	await renameLearnerRow(db, l, (v as z.infer<typeof RenameLearnerInput>).pseudonym);
}

/** Removes a learner: their guest user goes, and with it their cookie session and membership. */
export async function removeLearner(
	db: Db,
	user: SessionUser,
	sessionId: string,
	input: unknown
): Promise<void> {
	const s = await ownedSession(db, user, sessionId);
	const { l } = await sessionLearner(db, s, input);
	await db.delete(users).where(and(eq(users.id, l.userId), eq(users.isGuest, true)));
}

export async function assignLearner(
	db: Db,
	user: SessionUser,
	sessionId: string,
	input: unknown
): Promise<void> {
	const s = await ownedSession(db, user, sessionId);
	const { l, v } = await sessionLearner(db, s, input, AssignLearnerInput);
	const teamId = (v as z.infer<typeof AssignLearnerInput>).teamId;
	const team = await db
		.select()
		.from(trainingTeams)
		.where(and(eq(trainingTeams.id, teamId), eq(trainingTeams.sessionId, s.id)))
		.get();
	if (!team) throw new ValidationError({ teamId: { key: `${E}.teamUnknown` } });
	await db.transaction(async (tx) => {
		await tx.delete(memberships).where(eq(memberships.userId, l.userId));
		await tx.insert(memberships).values({
			orgId: team.orgId,
			userId: l.userId,
			role: s.frozen ? 'viewer' : 'editor',
			createdAt: new Date()
		});
		await tx.update(trainingLearners).set({ teamId: team.id }).where(eq(trainingLearners.id, l.id));
	});
}

export async function addTeamToSession(db: Db, user: SessionUser, sessionId: string): Promise<void> {
	const s = await ownedSession(db, user, sessionId);
	await db.transaction(async (tx) => {
		const teams = await teamsOf(tx, s.id);
		if (teams.length >= MAX_TEAMS) throw new ValidationError({ '': { key: `${E}.teamCountInvalid` } });
		await addTeam(tx, s, teams.reduce((max, t) => Math.max(max, t.team.number), 0) + 1);
	});
}

// ————————————————————————————————————————— rounds, freeze

async function learnerUserIds(db: Db | Tx, sessionId: string): Promise<string[]> {
	const rows = await db
		.select({ userId: trainingLearners.userId })
		.from(trainingLearners)
		.where(eq(trainingLearners.sessionId, sessionId));
	return rows.map((r) => r.userId);
}

/** Frozen: every learner becomes a viewer of their team (the existing write guards then refuse). */
export async function setFrozen(
	db: Db,
	user: SessionUser,
	sessionId: string,
	frozen: boolean
): Promise<void> {
	const s = await ownedSession(db, user, sessionId);
	await db.transaction(async (tx) => {
		await tx.update(trainingSessions).set({ frozen }).where(eq(trainingSessions.id, s.id));
		const ids = await learnerUserIds(tx, s.id);
		if (ids.length > 0)
			await tx
				.update(memberships)
				.set({ role: frozen ? 'viewer' : 'editor' })
				.where(inArray(memberships.userId, ids));
	});
}

export async function setReleasedRound(
	db: Db,
	user: SessionUser,
	sessionId: string,
	round: unknown
): Promise<void> {
	const s = await ownedSession(db, user, sessionId);
	const r = parseInput(z.coerce.number().int().min(0).max(MAX_ROUND), round);
	await db.update(trainingSessions).set({ releasedRound: r }).where(eq(trainingSessions.id, s.id));
}

// ————————————————————————————————————————— the board

export interface ScenarioFigures {
	id: string;
	name: string;
	levers: string[];
	companyKg: number | null;
	audienceKg: number | null;
}

export interface TeamBoard {
	id: string;
	number: number;
	slug: string;
	caseKey: string;
	learners: { id: string; pseudonym: string; firstName: string | null; email: string | null }[];
	tourId: string | null;
	updatedAt: Date | null;
	filled: Record<ProgressTab, boolean> | null;
	implausible: Implausible[];
	/** the default-quality inputs' share is not stored; the summary's totals are */
	baseline: { companyKg: number; audienceKg: number } | null;
	scenarios: ScenarioFigures[];
}

export interface Board {
	session: SessionSummary;
	teams: TeamBoard[];
	unassigned: TeamBoard['learners'];
}

/**
 * A scenario's totals, through the one compute path (summarise → diagnose → engine). Kept per
 * scenario and version (`id@updatedAt`) because the board polls every few seconds and a scenario
 * changes far less often; the cache holds computed figures only, never who may see them (the
 * board checks ownership before it reads anything).
 */
export const scenarioCache = new BoundedCache<string, { companyKg: number; audienceKg: number } | null>({
	maxEntries: 2000
});

function scenarioTotals(id: string, updatedAt: Date, doc: TourFile) {
	const key = `${id}@${updatedAt.getTime()}`;
	if (scenarioCache.has(key)) return scenarioCache.get(key)!;
	const s = summarise(doc);
	const v = s ? { companyKg: s.companyKg, audienceKg: s.audienceKg } : null;
	scenarioCache.set(key, v);
	return v;
}

export async function board(db: Db, user: SessionUser, sessionId: string): Promise<Board> {
	const s = await ownedSession(db, user, sessionId);
	const teams = await teamsOf(db, s.id);
	const learners = await db
		.select()
		.from(trainingLearners)
		.where(eq(trainingLearners.sessionId, s.id))
		.orderBy(asc(trainingLearners.joinedAt));
	// Two queries for every team at once (not two per team): the board is polled every few seconds
	// by a trainer with up to 40 teams. Scoped by the team organisations of this owned session only.
	const orgIds = teams.map((t) => t.org.id);
	const tourRows = orgIds.length
		? await db
				.select()
				.from(toursTable)
				.where(inArray(toursTable.orgId, orgIds))
				.orderBy(asc(toursTable.createdAt))
		: [];
	const scenarioRows = orgIds.length
		? await db
				.select()
				.from(scenariosTable)
				.where(inArray(scenariosTable.orgId, orgIds))
				.orderBy(asc(scenariosTable.createdAt))
		: [];
	const out: TeamBoard[] = [];
	for (const t of teams) {
		const tour = tourRows.find((r) => r.orgId === t.org.id);
		const doc = tour?.document as TourFile | undefined;
		const progress = doc ? progressOf(doc) : null;
		const summary = tour?.summary as { companyKg: number; audienceKg: number } | null | undefined;
		const scen = tour ? scenarioRows.filter((x) => x.tourId === tour.id) : [];
		out.push({
			id: t.team.id,
			number: t.team.number,
			slug: t.org.slug,
			caseKey: t.team.caseKey,
			learners: learners
				.filter((l) => l.teamId === t.team.id)
				.map((l) => ({ id: l.id, pseudonym: l.pseudonym, firstName: l.firstName, email: l.email })),
			tourId: tour?.id ?? null,
			updatedAt: tour?.updatedAt ?? null,
			filled: progress?.filled ?? null,
			implausible: progress?.implausible ?? [],
			baseline: summary ? { companyKg: summary.companyKg, audienceKg: summary.audienceKg } : null,
			scenarios: scen.map((x) => {
				const totals = scenarioTotals(x.id, x.updatedAt, x.document as TourFile);
				const steps = (Array.isArray(x.levers) ? x.levers : []) as { lever: string }[];
				return {
					id: x.id,
					name: x.name,
					levers: [...new Set(steps.map((st) => st.lever))],
					companyKg: totals?.companyKg ?? null,
					audienceKg: totals?.audienceKg ?? null
				};
			})
		});
	}
	const unassigned = learners
		.filter((l) => !l.teamId)
		.map((l) => ({ id: l.id, pseudonym: l.pseudonym, firstName: l.firstName, email: l.email }));
	return { session: sessionSummary(s), teams: out, unassigned };
}

/** The team's tour file, for the trainer (a learner downloads theirs from the tour's export). */
export async function teamTourFile(
	db: Db,
	user: SessionUser,
	sessionId: string,
	teamId: string
): Promise<TourFile> {
	const s = await ownedSession(db, user, sessionId);
	const t = (await teamsOf(db, s.id)).find((x) => x.team.id === teamId);
	if (!t) throw new NotFoundError();
	const [tour] = await tours.listForOrg(db, teamMembership(t.org, user.id, 'viewer'));
	if (!tour) throw new NotFoundError();
	return tour.document;
}

// ————————————————————————————————————————— debrief and exports

export interface LeverEffect {
	lever: string;
	/** scenarios using this lever */
	scenarios: number;
	/** the best company saving among them, kg (a scenario may combine levers: see the page's note) */
	bestSavingKg: number;
	meanSavingKg: number;
}

/** Which levers moved most: over every scenario that computes, its saving against its team's baseline. */
export function leverEffects(teams: TeamBoard[]): LeverEffect[] {
	const acc = new Map<string, number[]>();
	for (const t of teams) {
		if (!t.baseline) continue;
		for (const s of t.scenarios) {
			if (s.companyKg === null) continue;
			const saving = t.baseline.companyKg - s.companyKg;
			for (const l of s.levers) acc.set(l, [...(acc.get(l) ?? []), saving]);
		}
	}
	return [...acc.entries()]
		.map(([lever, v]) => ({
			lever,
			scenarios: v.length,
			bestSavingKg: Math.max(...v),
			meanSavingKg: v.reduce((a, b) => a + b, 0) / v.length
		}))
		.sort((a, b) => b.meanSavingKg - a.meanSavingKg);
}

/** One row per team and scenario, no identities (no pseudonym, first name or e-mail). */
export function resultRows(teams: TeamBoard[]) {
	const rows: {
		team: number;
		caseKey: string;
		row: string;
		levers: string;
		companyKg: number | null;
		audienceKg: number | null;
		savingKg: number | null;
	}[] = [];
	for (const t of teams) {
		rows.push({
			team: t.number,
			caseKey: t.caseKey,
			row: 'baseline',
			levers: '',
			companyKg: t.baseline?.companyKg ?? null,
			audienceKg: t.baseline?.audienceKg ?? null,
			savingKg: null
		});
		for (const s of t.scenarios)
			rows.push({
				team: t.number,
				caseKey: t.caseKey,
				row: s.name,
				levers: s.levers.join(' + '),
				companyKg: s.companyKg,
				audienceKg: s.audienceKg,
				savingKg: t.baseline && s.companyKg !== null ? t.baseline.companyKg - s.companyKg : null
			});
	}
	return rows;
}

// ————————————————————————————————————————— reset, delete, purge

/**
 * Restores every team's copy to the case's start (their tours, scenarios and commitments go, a
 * fresh copy is made), unfreezes, hides the lever cards again. With `removeLearners`, the
 * learners go too (the next group joins afresh); otherwise they stay in their teams.
 */
export async function reset(
	db: Db,
	user: SessionUser,
	sessionId: string,
	opts: { removeLearners?: boolean } = {}
): Promise<void> {
	const s = await ownedSession(db, user, sessionId);
	await db.transaction(async (tx) => {
		const teams = await teamsOf(tx, s.id);
		const orgIds = teams.map((t) => t.org.id);
		if (orgIds.length > 0) {
			// productions cascade to tours, and tours to scenarios, commitments and audience imports
			await tx.delete(productions).where(inArray(productions.orgId, orgIds));
			await tx.delete(venues).where(inArray(venues.orgId, orgIds));
		}
		if (opts.removeLearners) {
			const ids = await learnerUserIds(tx, s.id);
			if (ids.length > 0) await tx.delete(users).where(and(inArray(users.id, ids), eq(users.isGuest, true)));
		} else {
			const ids = await learnerUserIds(tx, s.id);
			if (ids.length > 0)
				await tx.update(memberships).set({ role: 'editor' }).where(inArray(memberships.userId, ids));
		}
		await tx
			.update(trainingSessions)
			.set({ frozen: false, releasedRound: 0 })
			.where(eq(trainingSessions.id, s.id));
		const fresh = { ...s, frozen: false, releasedRound: 0 };
		for (const t of teams) await seedCopy(tx, fresh, t.team, t.org);
	});
}

/** Everything of the session: its team organisations (and their data), its guest users, itself. */
async function deleteSession(db: Db | Tx, sessionId: string): Promise<void> {
	const teams = await db
		.select({ orgId: trainingTeams.orgId })
		.from(trainingTeams)
		.where(eq(trainingTeams.sessionId, sessionId));
	const ids = await learnerUserIds(db, sessionId);
	if (ids.length > 0) await db.delete(users).where(and(inArray(users.id, ids), eq(users.isGuest, true)));
	const orgIds = teams.map((t) => t.orgId);
	if (orgIds.length > 0)
		await db
			.delete(organisations)
			.where(and(inArray(organisations.id, orgIds), eq(organisations.kind, 'training')));
	await db.delete(trainingSessions).where(eq(trainingSessions.id, sessionId));
}

export async function remove(db: Db, user: SessionUser, sessionId: string): Promise<void> {
	const s = await ownedSession(db, user, sessionId);
	await db.transaction((tx) => deleteSession(tx, s.id));
}

/** Deletes every session past its purge date; returns how many. Run at start-up and daily. */
export async function purgeExpired(db: Db, now: Date = new Date()): Promise<number> {
	const expired = await db
		.select({ id: trainingSessions.id })
		.from(trainingSessions)
		.where(lt(trainingSessions.purgeAt, now));
	for (const s of expired) await db.transaction((tx) => deleteSession(tx, s.id));
	// leftovers of a session deleted with its trainer's account (the session row cascades, its team
	// organisations and guest users do not): a training organisation without its team row, a guest
	// without their learner row
	await db
		.delete(organisations)
		.where(
			and(
				eq(organisations.kind, 'training'),
				sql`${organisations.id} not in (select ${trainingTeams.orgId} from ${trainingTeams})`
			)
		);
	await db
		.delete(users)
		.where(
			and(
				eq(users.isGuest, true),
				sql`${users.id} not in (select ${trainingLearners.userId} from ${trainingLearners})`
			)
		);
	return expired.length;
}

// ————————————————————————————————————————— guessing codes

/**
 * Wrong codes per client address: a classroom shares one address, so only FAILED attempts count
 * (30 learners joining rightly cost nothing), 30 per 15 minutes — enough for typos, far too few to
 * walk the 196 608 codes. Counted in the database (rate_limits) like the log-in limiters, so that
 * it holds across processes: `joinFailures(db)`.
 */
export const JOIN_FAILURES = { max: 30, windowMs: 15 * 60 * 1000 };
export const joinFailures = (db: () => Db) => new RateLimiter(db, 'join-ip', JOIN_FAILURES);

/** The identity a session asks for, from a code as typed (null when unknown or expired). */
export async function identityForCode(
	db: Db,
	typed: string,
	now = new Date()
): Promise<SessionRow['identity'] | null> {
	const code = normaliseCode(typed);
	if (!isWellFormedCode(code)) return null;
	const s = await db
		.select({ identity: trainingSessions.identity, expires: trainingSessions.codeExpiresAt })
		.from(trainingSessions)
		.where(eq(trainingSessions.code, code))
		.get();
	return s && s.expires.getTime() > now.getTime() ? s.identity : null;
}

// ————————————————————————————————————————— where defaults dominated

export interface DefaultsShare {
	teamId: string;
	number: number;
	/** share of the company's kgCO2e resting on default inputs (0…1), null when not computable */
	company: number | null;
	/** the same for audience travel (archetype defaults) */
	audience: number | null;
}

/** Per tour version, as for scenarios: the debrief polls, a tour changes less often. */
export const defaultsCache = new BoundedCache<string, { company: number | null; audience: number | null }>({
	maxEntries: 2000
});

function defaultsOf(id: string, updatedAt: Date, doc: TourFile) {
	const key = `${id}@${updatedAt.getTime()}`;
	const hit = defaultsCache.get(key);
	if (hit) return hit;
	const d = diagnose(doc);
	let v: { company: number | null; audience: number | null } = { company: null, audience: null };
	if (d.ok) {
		const share = (scope: 'company' | 'audience') => {
			const lines = d.result.lines.filter((l) => l.scope === scope);
			const total = lines.reduce((s, l) => s + l.kgCO2e, 0);
			return total > 0 ? lines.filter((l) => l.isDefault).reduce((s, l) => s + l.kgCO2e, 0) / total : null;
		};
		v = { company: share('company'), audience: share('audience') };
	}
	defaultsCache.set(key, v);
	return v;
}

/** For the debrief: how much of each team's result rests on default values rather than entered data. */
export async function defaultShares(db: Db, user: SessionUser, sessionId: string): Promise<DefaultsShare[]> {
	const s = await ownedSession(db, user, sessionId);
	const out: DefaultsShare[] = [];
	for (const t of await teamsOf(db, s.id)) {
		const [tour] = await tours.listForOrg(db, teamMembership(t.org, user.id, 'viewer'));
		const v = tour ? defaultsOf(tour.id, tour.updatedAt, tour.document) : { company: null, audience: null };
		out.push({ teamId: t.team.id, number: t.team.number, ...v });
	}
	return out;
}
