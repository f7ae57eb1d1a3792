/**
 * Sign-up and password reset by e-mail link (issue 17, finding 7): with mail configured, sign-up
 * answers the same for a new and a taken address, and does the same work for both (argon2 hash
 * included: counted here, never timed); links are single-use, expire, and only their hash is kept.
 */
import { isRedirect, type RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/lib/server/auth/password', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../../src/lib/server/auth/password')>();
	return {
		...real,
		hashPassword: (p: string) => {
			hashes.count += 1;
			return real.hashPassword(p);
		}
	};
});

import { createTestDb, type Db } from '../../../src/lib/server/db/client';
import { setDb } from '../../../src/lib/server/db';
import { emailTokens, mailOutbox } from '../../../src/lib/server/db/schema/hardening';
import { users as usersTable } from '../../../src/lib/server/db/schema/auth';
import * as links from '../../../src/lib/server/account-links';
import * as users from '../../../src/lib/server/users';
import { OutboxTransport, outboxFor } from '../../../src/lib/server/mail/outbox';
import { hashCode } from '../../../src/lib/server/invitations';
import { createSession, generateSessionToken, countUserSessions } from '../../../src/lib/server/auth/session';
import { ValidationError } from '../../../src/lib/server/errors';

const PASSWORD = 'correct horse battery';
const ctx = { origin: 'https://empreinte.test', locale: 'fr' as const };
let db: Db;
let mail: OutboxTransport;

beforeEach(async () => {
	db = await createTestDb();
	setDb(db);
	mail = new OutboxTransport(() => db);
});

const linkIn = (text: string, path: string) => {
	const m = new RegExp(`https://empreinte\\.test${path}/([a-z0-9]+)`).exec(text);
	if (!m) throw new Error(`no ${path} link in: ${text}`);
	return m[1];
};

describe('requestSignUp', () => {
	it('mails a new address a confirmation link; the account exists only once it is followed, once', async () => {
		await links.requestSignUp(
			db,
			mail,
			{ displayName: 'Léa', email: 'Lea@Example.org', password: PASSWORD },
			'/orgs',
			ctx
		);
		expect(await db.select().from(usersTable)).toHaveLength(0);
		const [msg] = await outboxFor(db, 'lea@example.org');
		expect(msg.subject).toBe('Empreinte : confirmez votre adresse');
		const code = linkIn(msg.text, '/signup/confirm');
		// only the hash is stored
		const [row] = await db.select().from(emailTokens);
		expect(row.codeHash).toBe(hashCode(code));
		expect(JSON.stringify(row)).not.toContain(code);
		expect(await links.isLive(db, 'signup', code)).toBe(true);

		const first = await links.confirmSignUp(db, code);
		expect(first).toMatchObject({ ok: true, user: { email: 'lea@example.org', displayName: 'Léa' } });
		expect(await users.authenticate(db, { email: 'lea@example.org', password: PASSWORD })).not.toBeNull();
		expect(await links.confirmSignUp(db, code)).toEqual({ ok: false, reason: 'invalid' });
		expect(await links.isLive(db, 'signup', code)).toBe(false);
	});

	it('mails a taken address « you already have an account » with a working reset link, and changes nothing', async () => {
		const owner = await users.signUp(db, {
			displayName: 'Owner',
			email: 'owner@example.org',
			password: PASSWORD
		});
		await links.requestSignUp(
			db,
			mail,
			{ displayName: 'Intrus', email: 'owner@example.org', password: 'another password' },
			'/orgs',
			ctx
		);
		expect(await db.select().from(usersTable)).toHaveLength(1);
		const [msg] = await outboxFor(db, 'owner@example.org');
		expect(msg.subject).toBe('Empreinte : vous avez déjà un compte');
		expect(msg.text).toContain('https://empreinte.test/login');
		const code = linkIn(msg.text, '/password/reset');
		// the old password still works until the owner uses the link
		expect(await users.authenticate(db, { email: 'owner@example.org', password: PASSWORD })).not.toBeNull();
		const user = await links.resetPassword(db, code, { password: 'a brand new password' });
		expect(user?.id).toBe(owner.id);
		expect(
			await users.authenticate(db, { email: 'owner@example.org', password: 'a brand new password' })
		).not.toBeNull();
	});

	it('does the same work for a new and a taken address: one argon2 hash, one token, one message', async () => {
		await users.signUp(db, { displayName: 'Owner', email: 'taken@example.org', password: PASSWORD });
		const work = async (email: string) => {
			const before = {
				hashes: hashes.count,
				tokens: (await db.select().from(emailTokens)).length,
				mails: (await db.select().from(mailOutbox)).length
			};
			await links.requestSignUp(db, mail, { displayName: 'X', email, password: PASSWORD }, '/orgs', ctx);
			return {
				hashes: hashes.count - before.hashes,
				tokens: (await db.select().from(emailTokens)).length - before.tokens,
				mails: (await db.select().from(mailOutbox)).length - before.mails
			};
		};
		const taken = await work('taken@example.org');
		const fresh = await work('fresh@example.org');
		expect(taken).toEqual({ hashes: 1, tokens: 1, mails: 1 });
		expect(fresh).toEqual(taken);
	});

	it('refuses a malformed form the same way for any address (field errors only)', async () => {
		await users.signUp(db, { displayName: 'Owner', email: 'taken@example.org', password: PASSWORD });
		const issues = async (email: string) => {
			try {
				await links.requestSignUp(db, mail, { displayName: 'X', email, password: 'short' }, '/orgs', ctx);
			} catch (e) {
				return (e as ValidationError).issues;
			}
			throw new Error('accepted');
		};
		expect(await issues('taken@example.org')).toEqual(await issues('fresh@example.org'));
		expect(await db.select().from(mailOutbox)).toHaveLength(0);
	});

	it('a confirmation link expires after a day', async () => {
		const t0 = new Date('2027-01-01T00:00:00Z');
		await links.requestSignUp(
			db,
			mail,
			{ displayName: 'L', email: 'late@example.org', password: PASSWORD },
			'/orgs',
			{ ...ctx, now: t0 }
		);
		const code = linkIn((await outboxFor(db, 'late@example.org'))[0].text, '/signup/confirm');
		const later = new Date(t0.getTime() + links.SIGNUP_LINK_LIFETIME_MS + 1);
		expect(await links.confirmSignUp(db, code, later)).toEqual({ ok: false, reason: 'invalid' });
		expect(await db.select().from(usersTable)).toHaveLength(0);
	});

	it('two confirmation links for one address: the second finds the account made', async () => {
		for (let i = 0; i < 2; i++)
			await links.requestSignUp(
				db,
				mail,
				{ displayName: 'D', email: 'twice@example.org', password: PASSWORD },
				'/orgs',
				ctx
			);
		const codes = (await outboxFor(db, 'twice@example.org')).map((m) => linkIn(m.text, '/signup/confirm'));
		expect((await links.confirmSignUp(db, codes[0])).ok).toBe(true);
		expect(await links.confirmSignUp(db, codes[1])).toEqual({ ok: false, reason: 'taken' });
	});
});

describe('password reset', () => {
	it('mails a reset link to an account and « no account » to an unknown address, nothing else', async () => {
		await users.signUp(db, { displayName: 'Owner', email: 'owner@example.org', password: PASSWORD });
		await links.requestPasswordReset(db, mail, { email: 'owner@example.org' }, ctx);
		await links.requestPasswordReset(db, mail, { email: 'nobody@example.org' }, ctx);
		expect((await outboxFor(db, 'owner@example.org'))[0].subject).toBe(
			'Empreinte : choisir un nouveau mot de passe'
		);
		const none = (await outboxFor(db, 'nobody@example.org'))[0];
		expect(none.subject).toBe('Empreinte : aucun compte à cette adresse');
		expect(none.text).not.toMatch(/\/password\/reset\//);
	});

	it('a reset link is single-use, expires after an hour, and revokes every session', async () => {
		const owner = await users.signUp(db, {
			displayName: 'Owner',
			email: 'owner@example.org',
			password: PASSWORD
		});
		await createSession(db, generateSessionToken(), owner.id);
		const t0 = new Date();
		await links.requestPasswordReset(db, mail, { email: 'owner@example.org' }, { ...ctx, now: t0 });
		const code = linkIn((await outboxFor(db, 'owner@example.org'))[0].text, '/password/reset');
		// a refused password does not spend the link
		await expect(links.resetPassword(db, code, { password: 'short' })).rejects.toBeInstanceOf(
			ValidationError
		);
		expect(await links.isLive(db, 'reset', code)).toBe(true);
		const late = new Date(t0.getTime() + links.RESET_LINK_LIFETIME_MS + 1);
		expect(await links.resetPassword(db, code, { password: 'a brand new password' }, late)).toBeNull();
		expect(await links.resetPassword(db, code, { password: 'a brand new password' })).toMatchObject({
			id: owner.id
		});
		expect(await countUserSessions(db, owner.id)).toBe(0);
		expect(await links.resetPassword(db, code, { password: 'yet another password' })).toBeNull();
		const [u] = await db.select().from(usersTable).where(eq(usersTable.id, owner.id));
		expect(u.passwordChangedAt).toBeTruthy();
	});
});

describe('POST /signup with EMPREINTE_MAIL=outbox', () => {
	it('answers a new and a taken address identically: the same redirect, no cookie, no body', async () => {
		vi.stubEnv('EMPREINTE_MAIL', 'outbox');
		vi.resetModules();
		const { actions } = await import('../../../src/routes/signup/+page.server');
		const { setDb: setFreshDb } = await import('../../../src/lib/server/db');
		setFreshDb(db);
		await users.signUp(db, { displayName: 'Owner', email: 'taken@example.org', password: PASSWORD });
		const answer = async (email: string) => {
			const cookies: unknown[] = [];
			const body = new URLSearchParams({ displayName: 'Someone', email, password: PASSWORD });
			const event = {
				request: new Request('http://localhost/signup', { method: 'POST', body }),
				url: new URL('http://localhost/signup'),
				locals: { user: null, session: null, locale: 'fr' },
				cookies: { set: (...a: unknown[]) => cookies.push(a), delete: (...a: unknown[]) => cookies.push(a) },
				getClientAddress: () => '192.0.2.1'
			} as unknown as RequestEvent;
			try {
				const r = await actions.default(event as never);
				return { returned: r, cookies };
			} catch (e) {
				if (isRedirect(e)) return { status: e.status, location: e.location, cookies };
				throw e;
			}
		};
		const taken = await answer('taken@example.org');
		const fresh = await answer('fresh@example.org');
		expect(taken).toEqual({ status: 303, location: '/check-inbox', cookies: [] });
		expect(fresh).toEqual(taken);
		expect(await db.select().from(mailOutbox)).toHaveLength(2);
		vi.unstubAllEnvs();
	});
});
