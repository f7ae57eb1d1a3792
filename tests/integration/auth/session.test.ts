import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type Db } from '../../../src/lib/server/db/client';
import { sessions } from '../../../src/lib/server/db/schema/auth';
import {
	countUserSessions,
	createSession,
	generateSessionToken,
	invalidateSession,
	SESSION_LIFETIME_MS,
	SESSION_RENEW_BELOW_MS,
	sessionIdFromToken,
	validateSessionToken
} from '../../../src/lib/server/auth/session';
import * as users from '../../../src/lib/server/users';
import { makeUser, PASSWORD } from './helpers';
import type { SessionUser } from '../../../src/lib/server/auth/types';

const DAY = 24 * 60 * 60 * 1000;
let db: Db;
let user: SessionUser;

beforeEach(async () => {
	db = await createTestDb();
	user = await makeUser(db, 'ana');
});

describe('sessions', () => {
	it('uses long random tokens', () => {
		const a = generateSessionToken();
		expect(a).toMatch(/^[a-z2-7]{32}$/);
		expect(generateSessionToken()).not.toBe(a);
	});

	it('stores only the SHA-256 of the token', async () => {
		const token = generateSessionToken();
		await createSession(db, token, user.id);
		const rows = await db.select().from(sessions);
		expect(rows).toHaveLength(1);
		expect(rows[0].id).toBe(sessionIdFromToken(token));
		expect(rows[0].id).toMatch(/^[0-9a-f]{64}$/);
		expect(JSON.stringify(rows)).not.toContain(token);
	});

	it('validates a token into its user, and refuses unknown or malformed tokens', async () => {
		const token = generateSessionToken();
		await createSession(db, token, user.id);
		const v = await validateSessionToken(db, token);
		expect(v.user).toEqual(user);
		expect((await validateSessionToken(db, generateSessionToken())).user).toBeNull();
		expect((await validateSessionToken(db, "' OR 1=1 --")).user).toBeNull();
		// the hash itself, presented as a token, is not a valid token
		expect((await validateSessionToken(db, sessionIdFromToken(token))).user).toBeNull();
	});

	it('expires after its lifetime and deletes the row', async () => {
		const t0 = new Date('2026-01-01T00:00:00Z');
		const token = generateSessionToken();
		await createSession(db, token, user.id, t0);
		const late = new Date(t0.getTime() + SESSION_LIFETIME_MS + 1);
		expect((await validateSessionToken(db, token, late)).session).toBeNull();
		expect(await db.select().from(sessions)).toHaveLength(0);
	});

	it('slides its expiry when used in the second half of its life, not before', async () => {
		const t0 = new Date('2026-01-01T00:00:00Z');
		const token = generateSessionToken();
		const s = await createSession(db, token, user.id, t0);
		const early = await validateSessionToken(db, token, new Date(t0.getTime() + DAY));
		expect(early.session?.expiresAt.getTime()).toBe(s.expiresAt.getTime());
		const t1 = new Date(s.expiresAt.getTime() - SESSION_RENEW_BELOW_MS + DAY);
		const renewed = await validateSessionToken(db, token, t1);
		expect(renewed.session?.expiresAt.getTime()).toBe(t1.getTime() + SESSION_LIFETIME_MS);
		const row = await db
			.select()
			.from(sessions)
			.where(eq(sessions.id, sessionIdFromToken(token)))
			.get();
		expect(row?.expiresAt.getTime()).toBe(t1.getTime() + SESSION_LIFETIME_MS);
		// still valid past the ORIGINAL expiry thanks to the slide
		const afterOriginal = new Date(s.expiresAt.getTime() + DAY);
		expect((await validateSessionToken(db, token, afterOriginal)).user).toEqual(user);
	});

	it('log-out invalidates one session', async () => {
		const a = generateSessionToken();
		const b = generateSessionToken();
		const sa = await createSession(db, a, user.id);
		await createSession(db, b, user.id);
		await invalidateSession(db, sa.id);
		expect((await validateSessionToken(db, a)).user).toBeNull();
		expect((await validateSessionToken(db, b)).user).toEqual(user);
	});

	it('a password change revokes every session of the user, and only theirs', async () => {
		const other = await makeUser(db, 'bob');
		const tokens = [generateSessionToken(), generateSessionToken()];
		for (const t of tokens) await createSession(db, t, user.id);
		const otherToken = generateSessionToken();
		await createSession(db, otherToken, other.id);
		await users.changePassword(db, user, { current: PASSWORD, next: 'a brand new passphrase' });
		expect(await countUserSessions(db, user.id)).toBe(0);
		for (const t of tokens) expect((await validateSessionToken(db, t)).user).toBeNull();
		expect((await validateSessionToken(db, otherToken)).user).toEqual(other);
	});

	it('deleting the account deletes its sessions', async () => {
		const token = generateSessionToken();
		await createSession(db, token, user.id);
		await users.deleteAccount(db, user, { password: PASSWORD, confirm: 'on' });
		expect((await validateSessionToken(db, token)).user).toBeNull();
		expect(await db.select().from(sessions)).toHaveLength(0);
	});
});
