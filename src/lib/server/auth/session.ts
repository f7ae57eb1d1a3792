/**
 * Sessions. The browser holds a random token (160 bits) in an httpOnly, SameSite=Lax cookie; the
 * database holds only its SHA-256, so a leaked database or backup cannot be replayed as cookies.
 * Expiry slides: a session used in the second half of its life is extended to a full lifetime, so
 * an active user stays logged in and an abandoned session dies after SESSION_LIFETIME_MS.
 */
import type { Cookies } from '@sveltejs/kit';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessions, users } from '../db/schema/auth';
import type { Session, SessionUser } from './types';

export const SESSION_COOKIE = 'empreinte_session';
const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** below this remaining lifetime, a validated session is extended (one write per ~15 days, not per request) */
export const SESSION_RENEW_BELOW_MS = 15 * DAY_MS;

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(
	db: Db,
	token: string,
	userId: string,
	now: Date = new Date()
): Promise<Session> {
	const session: Session = {
		id: sessionIdFromToken(token),
		userId,
		expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS)
	};
	await db.insert(sessions).values({ ...session, createdAt: now });
	return session;
}

export type SessionValidation = { session: Session; user: SessionUser } | { session: null; user: null };

/** Looks the token up by its hash; deletes it when expired; slides its expiry when half used. */
export async function validateSessionToken(
	db: Db,
	token: string,
	now: Date = new Date()
): Promise<SessionValidation> {
	// a token we never issued cannot be valid; skip the query for obvious garbage
	if (!/^[a-z2-7]{32}$/.test(token)) return { session: null, user: null };
	const id = sessionIdFromToken(token);
	const row = await db
		.select({
			id: sessions.id,
			userId: sessions.userId,
			expiresAt: sessions.expiresAt,
			email: users.email,
			displayName: users.displayName,
			isGuest: users.isGuest
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, id))
		.get();
	if (!row) return { session: null, user: null };
	if (now.getTime() >= row.expiresAt.getTime()) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return { session: null, user: null };
	}
	let expiresAt = row.expiresAt;
	if (row.expiresAt.getTime() - now.getTime() < SESSION_RENEW_BELOW_MS) {
		expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
		await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
	}
	return {
		session: { id, userId: row.userId, expiresAt },
		// isGuest only on training learners: a real account's shape is unchanged
		user: {
			id: row.userId,
			email: row.email,
			displayName: row.displayName,
			...(row.isGuest ? { isGuest: true } : {})
		}
	};
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Logs a user out everywhere: on password change, and when the account is deleted. */
export async function invalidateUserSessions(db: Db, userId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Housekeeping: expired rows are otherwise deleted only when their token is presented again. */
export async function deleteExpiredSessions(db: Db, now: Date = new Date()): Promise<void> {
	await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function countUserSessions(db: Db, userId: string): Promise<number> {
	const rows = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId));
	return rows.length;
}

/**
 * httpOnly: scripts (and an XSS) cannot read it. SameSite=Lax: not sent on cross-site POSTs, on
 * top of SvelteKit's origin check. Secure whenever the app is served over https.
 */
export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date, secure: boolean): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
