/**
 * Training sessions on a migrated in-memory database: the lifecycle (create → join → edit → board →
 * freeze → reset → delete), join codes (unknown, expired, collisions), isolation (a learner's
 * membership reaches only their team's copy; a trainer sees only their own sessions; training
 * organisations are never real organisations and never listed as anyone's work), and the purge.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as training from '../../../src/lib/server/training';
import * as tours from '../../../src/lib/server/tours';
import * as scenarios from '../../../src/lib/server/scenarios';
import * as organisations from '../../../src/lib/server/organisations';
import { findMembership, isRealOrganisation, listForUser } from '../../../src/lib/server/organisations';
import {
	validateSessionToken,
	createSession,
	generateSessionToken
} from '../../../src/lib/server/auth/session';
import { authenticate } from '../../../src/lib/server/users';
import { organisations as orgTable, users as usersTable } from '../../../src/lib/server/db/schema/auth';
import { trainingSessions } from '../../../src/lib/server/db/schema/training';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../src/lib/server/errors';
import type { SessionUser } from '../../../src/lib/server/auth/types';
import { makeWorld, type World } from '../auth/helpers';

let w: World;
let trainer: SessionUser;

const baseInput = {
	title: 'Module mobilité',
	cases: ['theatre-camion', 'danse-europe'],
	startMode: 'baseline',
	identity: 'none',
	grouping: 'teams',
	teamCount: '2',
	sessionDate: '2026-12-02',
	retentionDays: '30'
};

beforeAll(async () => {
	w = await makeWorld();
	trainer = w.owner;
});

/** A learner as the hooks would see them: the guest user behind their session cookie. */
async function asLearner(userId: string): Promise<SessionUser> {
	const token = generateSessionToken();
	await createSession(w.db, token, userId);
	const v = await validateSessionToken(w.db, token);
	if (!v.user) throw new Error('no session');
	return v.user;
}

async function joinAs(code: string, extra: Record<string, string> = {}) {
	const j = await training.join(w.db, { code, ...extra }, new Date('2026-12-02T09:00:00Z'));
	const user = await asLearner(j.userId);
	const m = await findMembership(w.db, user, j.teamSlug!);
	return { j, user, m: m! };
}

describe('a session from creation to deletion', () => {
	it('creates one hidden organisation per team with its copy of the case', async () => {
		const s = await training.create(w.db, trainer, baseInput, { now: new Date('2026-11-20T10:00:00Z') });
		expect(s.code).toMatch(/^[a-z]+-[a-z]+-[a-z]+$/);
		const b = await training.board(w.db, trainer, s.id);
		expect(b.teams.map((t) => t.caseKey)).toEqual(['theatre-camion', 'danse-europe']);
		for (const t of b.teams) {
			expect(t.baseline?.companyKg).toBeGreaterThan(0);
			const org = await w.db.select().from(orgTable).where(eq(orgTable.slug, t.slug)).get();
			expect(org?.kind).toBe('training');
			expect(isRealOrganisation(org!)).toBe(false);
		}
		// the trainer is not a member of the teams: their own organisations list is unchanged
		expect((await listForUser(w.db, trainer)).map((m) => m.org.kind)).toEqual(['company']);
	});

	it('lets learners join by code (typed loosely) into the emptiest team, as confined guests', async () => {
		const s = await training.create(w.db, trainer, baseInput);
		const loose = s.code.toUpperCase().replace(/-/g, ' ');
		const a = await joinAs(loose);
		const b = await joinAs(s.code, { pseudonym: 'Loutre agile' });
		expect(a.user.isGuest).toBe(true);
		expect(b.user.displayName).toBe('Loutre agile');
		expect(a.j.teamSlug).not.toBe(b.j.teamSlug);
		expect(a.m.role).toBe('editor');
		// a guest has only their team: no other organisation, not the other team's, not a real one
		expect((await listForUser(w.db, a.user)).map((m) => m.org.slug)).toEqual([a.j.teamSlug]);
		expect(await findMembership(w.db, a.user, b.j.teamSlug!)).toBeNull();
		expect(await findMembership(w.db, a.user, w.asOwner.org.slug)).toBeNull();
		// and no password logs in as a guest
		const row = await w.db.select().from(usersTable).where(eq(usersTable.id, a.user.id)).get();
		expect(await authenticate(w.db, { email: row!.email, password: '!guest' })).toBeNull();
		expect(await authenticate(w.db, { email: row!.email, password: '' })).toBeNull();
		// the team's member list never shows a guest's placeholder address
		const members = await organisations.listMembers(w.db, a.m);
		expect(members.find((x) => x.userId === a.user.id)?.email).toBeNull();
		expect(members.some((x) => x.email?.endsWith('.invalid'))).toBe(false);
	});

	it('a learner edits only their team’s copy; the board shows both teams, baseline and scenario', async () => {
		const s = await training.create(w.db, trainer, baseInput);
		const a = await joinAs(s.code);
		const b = await joinAs(s.code);
		const [tourA] = await tours.listForOrg(w.db, a.m);
		const [tourB] = await tours.listForOrg(w.db, b.m);
		// A's membership cannot read or write B's tour (same service calls as the pages)
		await expect(tours.get(w.db, a.m, tourB.id)).rejects.toBeInstanceOf(NotFoundError);
		await expect(tours.mutate(w.db, a.m, tourB.id, (d) => d)).rejects.toBeInstanceOf(NotFoundError);
		await tours.mutate(w.db, a.m, tourA.id, (d) => {
			d.accommodation.roomsPerNight = 8;
		});
		await scenarios.create(w.db, a.m, tourA.id, { name: 'Train', steps: [{ lever: 'train', params: {} }] });
		const board = await training.board(w.db, trainer, s.id);
		const teamA = board.teams.find((t) => t.slug === a.j.teamSlug)!;
		expect(teamA.learners).toHaveLength(1);
		expect(teamA.scenarios).toHaveLength(1);
		expect(teamA.scenarios[0].levers).toEqual(['train']);
		expect(teamA.scenarios[0].companyKg).toBeLessThan(teamA.baseline!.companyKg);
		expect(training.leverEffects(board.teams)[0].lever).toBe('train');
		// where defaults dominated: a share between 0 and 1 for every computed team
		const shares = await training.defaultShares(w.db, trainer, s.id);
		expect(shares).toHaveLength(2);
		for (const d of shares) {
			expect(d.company).toBeGreaterThanOrEqual(0);
			expect(d.company).toBeLessThanOrEqual(1);
			// audience figures of the cases come from venue archetypes: all default
			expect(d.audience).toBeCloseTo(1, 6);
		}
		await expect(training.defaultShares(w.db, w.outsider, s.id)).rejects.toBeInstanceOf(NotFoundError);
		// no identities in the results rows
		const rows = training.resultRows(board.teams);
		expect(JSON.stringify(rows)).not.toContain(a.user.displayName);
	});

	it('freezing makes learners viewers (edits refused) and unfreezing gives editing back', async () => {
		const s = await training.create(w.db, trainer, baseInput);
		const a = await joinAs(s.code);
		await training.setFrozen(w.db, trainer, s.id, true);
		const frozen = (await findMembership(w.db, a.user, a.j.teamSlug!))!;
		const [tour] = await tours.listForOrg(w.db, frozen);
		await expect(tours.mutate(w.db, frozen, tour.id, (d) => d)).rejects.toBeInstanceOf(ForbiddenError);
		const late = await joinAs(s.code);
		expect(late.m.role).toBe('viewer');
		await training.setFrozen(w.db, trainer, s.id, false);
		expect((await findMembership(w.db, a.user, a.j.teamSlug!))!.role).toBe('editor');
	});

	it('releases lever cards round by round to the learners', async () => {
		const s = await training.create(w.db, trainer, {
			...baseInput,
			cases: ['theatre-camion'],
			teamCount: '1'
		});
		const a = await joinAs(s.code);
		expect((await training.learnerHome(w.db, a.user)).levers).toEqual([]);
		await training.setReleasedRound(w.db, trainer, s.id, '1');
		const round1 = (await training.learnerHome(w.db, a.user)).levers.map((l) => l.lever);
		expect(round1).toEqual(['tour-order', 'co-routing']);
		await training.setReleasedRound(w.db, trainer, s.id, '2');
		expect((await training.learnerHome(w.db, a.user)).levers.length).toBeGreaterThan(round1.length);
	});

	it('reset restores every copy to the case and keeps the session (and, by choice, the learners)', async () => {
		const s = await training.create(w.db, trainer, { ...baseInput, startMode: 'blank' });
		const a = await joinAs(s.code);
		const [tour] = await tours.listForOrg(w.db, a.m);
		expect(tour.document.dates).toEqual([]);
		await tours.mutate(w.db, a.m, tour.id, (d) => {
			d.accommodation.roomsPerNight = 3;
		});
		await scenarios.create(w.db, a.m, tour.id, { name: 'X', steps: [{ lever: 'vegetarian', params: {} }] });
		await training.reset(w.db, trainer, s.id);
		const [fresh] = await tours.listForOrg(w.db, a.m);
		expect(fresh.document.accommodation.roomsPerNight).toBeUndefined();
		expect(await scenarios.listForOrg(w.db, a.m)).toEqual([]);
		await training.reset(w.db, trainer, s.id, { removeLearners: true });
		const gone = await w.db.select().from(usersTable).where(eq(usersTable.id, a.user.id)).get();
		expect(gone).toBeUndefined();
		expect((await training.board(w.db, trainer, s.id)).teams).toHaveLength(2);
	});

	it('delete removes the teams’ organisations, their data and the guest users', async () => {
		const s = await training.create(w.db, trainer, baseInput);
		const a = await joinAs(s.code);
		const slugs = (await training.board(w.db, trainer, s.id)).teams.map((t) => t.slug);
		await training.remove(w.db, trainer, s.id);
		for (const slug of slugs)
			expect(await w.db.select().from(orgTable).where(eq(orgTable.slug, slug)).get()).toBeUndefined();
		expect(await w.db.select().from(usersTable).where(eq(usersTable.id, a.user.id)).get()).toBeUndefined();
		await expect(training.get(w.db, trainer, s.id)).rejects.toBeInstanceOf(NotFoundError);
		// real organisations untouched
		expect(await findMembership(w.db, w.owner, w.asOwner.org.slug)).not.toBeNull();
	});
});

describe('codes and access', () => {
	it('refuses an unknown or an expired code with the same message', async () => {
		const s = await training.create(w.db, trainer, { ...baseInput, sessionDate: '2026-01-10' });
		const expired = training.join(w.db, { code: s.code }, new Date('2026-01-12T00:00:01Z'));
		await expect(expired).rejects.toBeInstanceOf(ValidationError);
		const unknown = training.join(w.db, { code: 'zzz-zzz-zzz' });
		await expect(unknown).rejects.toMatchObject({ issues: { code: { key: 'training.errors.codeUnknown' } } });
		await expect(
			training.join(w.db, { code: s.code }, new Date('2026-01-12T00:00:01Z'))
		).rejects.toMatchObject({
			issues: { code: { key: 'training.errors.codeUnknown' } }
		});
	});

	it('never reuses a stored code: a colliding draw is retried', async () => {
		const first = await training.create(w.db, trainer, baseInput, { code: () => 'lune-calme-piano' });
		expect(first.code).toBe('lune-calme-piano');
		const draws = ['lune-calme-piano', 'lune-calme-piano', 'pomme-vif-phare'];
		const second = await training.create(w.db, trainer, baseInput, { code: () => draws.shift()! });
		expect(second.code).toBe('pomme-vif-phare');
		const renewed = await training.renewCode(w.db, trainer, first.id);
		expect(renewed).not.toBe('lune-calme-piano');
		await expect(training.join(w.db, { code: 'lune-calme-piano' })).rejects.toBeInstanceOf(ValidationError);
	});

	it('asks for what the trainer chose to collect', async () => {
		const s = await training.create(w.db, trainer, { ...baseInput, identity: 'first-name' });
		await expect(
			training.join(w.db, { code: s.code }, new Date('2026-12-02T09:00:00Z'))
		).rejects.toMatchObject({
			issues: { firstName: { key: 'training.errors.firstNameRequired' } }
		});
		const ok = await joinAs(s.code, { firstName: 'Ana' });
		const board = await training.board(w.db, trainer, s.id);
		expect(board.teams.flatMap((t) => t.learners).find((l) => l.id === ok.j.learnerId)?.firstName).toBe(
			'Ana'
		);
	});

	it('one team per learner when the session gives seats', async () => {
		const s = await training.create(w.db, trainer, { ...baseInput, grouping: 'seats' });
		expect((await training.board(w.db, trainer, s.id)).teams).toHaveLength(0);
		await joinAs(s.code);
		await joinAs(s.code);
		await joinAs(s.code);
		const b = await training.board(w.db, trainer, s.id);
		expect(b.teams.map((t) => t.caseKey)).toEqual(['theatre-camion', 'danse-europe', 'theatre-camion']);
	});

	it('another user, or a learner, cannot see or act on a trainer’s session', async () => {
		const s = await training.create(w.db, trainer, baseInput);
		const a = await joinAs(s.code);
		for (const who of [w.outsider, a.user]) {
			await expect(training.board(w.db, who, s.id)).rejects.toBeInstanceOf(NotFoundError);
			await expect(training.reset(w.db, who, s.id)).rejects.toBeInstanceOf(NotFoundError);
			await expect(training.remove(w.db, who, s.id)).rejects.toBeInstanceOf(NotFoundError);
			await expect(training.setFrozen(w.db, who, s.id, true)).rejects.toBeInstanceOf(NotFoundError);
		}
		await expect(training.create(w.db, a.user, baseInput)).rejects.toBeInstanceOf(NotFoundError);
		expect(await training.listForOwner(w.db, w.outsider)).toEqual([]);
		// a trainer cannot assign a learner of their session to another session's team
		const other = await training.create(w.db, trainer, baseInput);
		const otherTeam = (await training.board(w.db, trainer, other.id)).teams[0];
		await expect(
			training.assignLearner(w.db, trainer, s.id, { learnerId: a.j.learnerId, teamId: otherTeam.id })
		).rejects.toBeInstanceOf(ValidationError);
	});

	it('a trainer turns their own tour into a detached case', async () => {
		const s0 = await training.create(w.db, trainer, {
			...baseInput,
			cases: ['jeune-public'],
			teamCount: '1'
		});
		const seed = (await training.board(w.db, trainer, s0.id)).teams[0];
		// a real tour of the trainer's organisation: copy the shipped case into it first
		const doc = await training.teamTourFile(w.db, trainer, s0.id, seed.id);
		const { importFile } = tours;
		const productions = await import('../../../src/lib/server/productions');
		const p = await productions.create(w.db, w.asOwner, { title: 'Vraie', discipline: 'theatre' });
		const real = await importFile(w.db, w.asOwner, p.id, doc, doc.factorSet!);
		const caseId = await training.createCaseFromTour(w.db, w.asOwner, { tourId: real.id, title: 'Mon cas' });
		const s = await training.create(w.db, trainer, {
			...baseInput,
			cases: [`custom:${caseId}`],
			teamCount: '1'
		});
		const team = (await training.board(w.db, trainer, s.id)).teams[0];
		expect(team.baseline?.companyKg).toBeCloseTo(seed.baseline!.companyKg, 6);
		// detached: editing the real tour does not change the case
		await tours.mutate(w.db, w.asOwner, real.id, (d) => {
			d.dates = [];
		});
		await training.reset(w.db, trainer, s.id);
		expect((await training.board(w.db, trainer, s.id)).teams[0].baseline).not.toBeNull();
		// an outsider cannot use it
		await expect(
			training.create(w.db, w.outsider, { ...baseInput, cases: [`custom:${caseId}`] })
		).rejects.toBeInstanceOf(ValidationError);
	});
});

describe('training never counts as real work', () => {
	it('isRealOrganisation is false for training and demo organisations only', () => {
		expect(isRealOrganisation({ kind: 'company', isDemo: false })).toBe(true);
		expect(isRealOrganisation({ kind: 'venue', isDemo: false })).toBe(true);
		expect(isRealOrganisation({ kind: 'training', isDemo: false })).toBe(false);
		expect(isRealOrganisation({ kind: 'company', isDemo: true })).toBe(false);
	});

	it('no user can create a training organisation by hand', async () => {
		await expect(
			organisations.create(w.db, w.outsider, { name: 'Faux', kind: 'training' })
		).rejects.toBeInstanceOf(ValidationError);
	});

	it('every training organisation in the database is excluded by the real-organisation filter', async () => {
		const all = await w.db.select().from(orgTable);
		const trainingOrgs = all.filter((o) => o.kind === 'training');
		expect(trainingOrgs.length).toBeGreaterThan(0);
		expect(all.filter(isRealOrganisation).some((o) => o.kind === 'training')).toBe(false);
		// and no real user is a member of any of them
		for (const u of [w.owner, w.editor, w.viewer, w.outsider])
			expect((await listForUser(w.db, u)).some((m) => m.org.kind === 'training')).toBe(false);
	});
});

describe('purge', () => {
	it('deletes sessions past their purge date, with their teams and learners, and nothing else', async () => {
		const old = await training.create(w.db, trainer, {
			...baseInput,
			sessionDate: '2025-01-10',
			retentionDays: '5'
		});
		const kept = await training.create(w.db, trainer, { ...baseInput, sessionDate: '2026-12-02' });
		const oldSlugs = (await training.board(w.db, trainer, old.id)).teams.map((t) => t.slug);
		const n = await training.purgeExpired(w.db, new Date('2026-12-02T10:00:00Z'));
		expect(n).toBeGreaterThanOrEqual(1);
		expect(
			await w.db.select().from(trainingSessions).where(eq(trainingSessions.id, old.id)).get()
		).toBeUndefined();
		for (const slug of oldSlugs)
			expect(await w.db.select().from(orgTable).where(eq(orgTable.slug, slug)).get()).toBeUndefined();
		expect((await training.get(w.db, trainer, kept.id)).id).toBe(kept.id);
	});

	it('also clears what a deleted trainer account left behind: team organisations and guests', async () => {
		const { makeUser } = await import('../auth/helpers');
		const gone = await makeUser(w.db, 'gone');
		const s = await training.create(w.db, gone, baseInput);
		const j = await training.join(w.db, { code: s.code }, new Date('2026-12-02T09:00:00Z'));
		const slugs = (await training.board(w.db, gone, s.id)).teams.map((t) => t.slug);
		// what deleting the account does to its rows: the user row goes, its sessions cascade
		await w.db.delete(usersTable).where(eq(usersTable.id, gone.id));
		await training.purgeExpired(w.db);
		for (const slug of slugs)
			expect(await w.db.select().from(orgTable).where(eq(orgTable.slug, slug)).get()).toBeUndefined();
		expect(await w.db.select().from(usersTable).where(eq(usersTable.id, j.userId)).get()).toBeUndefined();
		// the others' sessions are untouched
		expect((await training.listForOwner(w.db, trainer)).length).toBeGreaterThan(0);
	});
});
