/**
 * Accounts by e-mail link (issue 17, finding 7): when mail is configured, sign-up never tells
 * whether an address already has an account. Every sign-up answers the same « check your inbox »;
 * a new address receives a confirmation link (the account is created when it is followed), an
 * address that has an account receives a message saying so, with links to log in and to choose a
 * new password. Password reset by mail follows the same rule.
 *
 * Both branches do the same work in the same order (an argon2 hash of the password, one lookup,
 * one token written, one message sent), so that neither the answer nor its time tells them apart.
 * Codes come from invitations.ts (80 random bits) and only their SHA-256 is stored; a code is
 * single-use (consumed by one atomic UPDATE … WHERE used_at IS NULL) and expires.
 */
import { and, eq, gt, isNull, lt, or, isNotNull } from 'drizzle-orm';
import type { Db } from './db/client';
import { users } from './db/schema/auth';
import { emailTokens } from './db/schema/hardening';
import { generateCode, hashCode } from './invitations';
import { hashPassword } from './auth/password';
import { invalidateUserSessions } from './auth/session';
import { Email, NewPassword, parseInput, SignUpInput } from './auth/schemas';
import { isUniqueViolation } from './auth/db-errors';
import type { SessionUser } from './auth/types';
import type { MailTransport } from './mail';
import { translate, type Locale } from '../i18n';
import { z } from 'zod';

export const SIGNUP_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;
export const RESET_LINK_LIFETIME_MS = 60 * 60 * 1000;

export type LinkKind = 'signup' | 'reset';

export interface LinkContext {
	/** the served origin, e.g. https://empreinte.example.org (links in the messages are absolute) */
	origin: string;
	locale: Locale;
	now?: Date;
}

const m = (locale: Locale, key: string, params: Record<string, string | number> = {}) =>
	translate(locale, `auth.mail.${key}`, params);

async function storeToken(
	db: Db,
	kind: LinkKind,
	fields: Partial<typeof emailTokens.$inferInsert> & { email: string },
	now: Date
): Promise<string> {
	const code = generateCode();
	const lifetime = kind === 'signup' ? SIGNUP_LINK_LIFETIME_MS : RESET_LINK_LIFETIME_MS;
	await db.insert(emailTokens).values({
		...fields,
		id: crypto.randomUUID(),
		kind,
		codeHash: hashCode(code),
		createdAt: now,
		expiresAt: new Date(now.getTime() + lifetime)
	});
	// spent and expired links are swept as new ones are made: the table stays small
	await db
		.delete(emailTokens)
		.where(
			or(lt(emailTokens.expiresAt, now), and(isNotNull(emailTokens.usedAt), lt(emailTokens.usedAt, now)))
		);
	return code;
}

/**
 * A sign-up request. Validates like the direct sign-up (field errors do not depend on whether the
 * address is known), then mails a confirmation link or an « you already have an account » message.
 */
export async function requestSignUp(
	db: Db,
	mail: MailTransport,
	input: unknown,
	redirectTo: string,
	ctx: LinkContext
): Promise<void> {
	const { displayName, email, password } = parseInput(SignUpInput, input);
	const now = ctx.now ?? new Date();
	// hashed in both branches: the time of argon2 would otherwise tell a known address apart
	const passwordHash = await hashPassword(password);
	const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
	if (existing) {
		const code = await storeToken(db, 'reset', { email, userId: existing.id }, now);
		await mail.send({
			to: email,
			subject: m(ctx.locale, 'existing.subject'),
			text: m(ctx.locale, 'existing.body', {
				login: `${ctx.origin}/login`,
				reset: `${ctx.origin}/password/reset/${code}`,
				hours: RESET_LINK_LIFETIME_MS / 3_600_000
			})
		});
		return;
	}
	const code = await storeToken(db, 'signup', { email, displayName, passwordHash, redirectTo }, now);
	await mail.send({
		to: email,
		subject: m(ctx.locale, 'confirm.subject'),
		text: m(ctx.locale, 'confirm.body', {
			name: displayName,
			link: `${ctx.origin}/signup/confirm/${code}`,
			hours: SIGNUP_LINK_LIFETIME_MS / 3_600_000
		})
	});
}

/** Whether a code is a live link of that kind (the page shows its form, or « expired or used »). */
export async function isLive(db: Db, kind: LinkKind, code: string, now = new Date()): Promise<boolean> {
	const row = await db
		.select({ id: emailTokens.id })
		.from(emailTokens)
		.where(
			and(
				eq(emailTokens.codeHash, hashCode(code)),
				eq(emailTokens.kind, kind),
				isNull(emailTokens.usedAt),
				gt(emailTokens.expiresAt, now)
			)
		)
		.get();
	return Boolean(row);
}

/** Marks a live code used and returns its row; null when unknown, expired or already used. */
async function consume(db: Db, kind: LinkKind, code: string, now: Date) {
	const rows = await db
		.update(emailTokens)
		.set({ usedAt: now })
		.where(
			and(
				eq(emailTokens.codeHash, hashCode(code)),
				eq(emailTokens.kind, kind),
				isNull(emailTokens.usedAt),
				gt(emailTokens.expiresAt, now)
			)
		)
		.returning();
	return rows[0] ?? null;
}

export type ConfirmOutcome =
	{ ok: true; user: SessionUser; redirectTo: string } | { ok: false; reason: 'invalid' | 'taken' };

/** Follows a confirmation link: creates the account it carries (once). */
export async function confirmSignUp(db: Db, code: string, now = new Date()): Promise<ConfirmOutcome> {
	const row = await consume(db, 'signup', code, now);
	if (!row || !row.displayName || !row.passwordHash) return { ok: false, reason: 'invalid' };
	const id = crypto.randomUUID();
	try {
		await db.insert(users).values({
			id,
			email: row.email,
			displayName: row.displayName,
			passwordHash: row.passwordHash,
			createdAt: now,
			passwordChangedAt: now
		});
	} catch (e) {
		// two links for one address, both followed: the first made the account
		if (isUniqueViolation(e)) return { ok: false, reason: 'taken' };
		throw e;
	}
	return {
		ok: true,
		user: { id, email: row.email, displayName: row.displayName },
		redirectTo: row.redirectTo ?? '/orgs'
	};
}

const ForgotInput = z.object({ email: Email });

/**
 * « Mot de passe oublié » : the same answer whatever the address; an account gets a reset link,
 * an unknown address a message saying it has no account (with the sign-up link).
 */
export async function requestPasswordReset(
	db: Db,
	mail: MailTransport,
	input: unknown,
	ctx: LinkContext
): Promise<void> {
	const { email } = parseInput(ForgotInput, input);
	const now = ctx.now ?? new Date();
	const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
	if (!existing) {
		await mail.send({
			to: email,
			subject: m(ctx.locale, 'noAccount.subject'),
			text: m(ctx.locale, 'noAccount.body', { signup: `${ctx.origin}/signup` })
		});
		return;
	}
	const code = await storeToken(db, 'reset', { email, userId: existing.id }, now);
	await mail.send({
		to: email,
		subject: m(ctx.locale, 'reset.subject'),
		text: m(ctx.locale, 'reset.body', {
			link: `${ctx.origin}/password/reset/${code}`,
			hours: RESET_LINK_LIFETIME_MS / 3_600_000
		})
	});
}

const ResetInput = z.object({ password: NewPassword });

/**
 * Follows a reset link with a new password: sets it and revokes every session of the account (a
 * thief holding one loses it). Null when the link is unknown, expired or used. The password is
 * checked before the link is consumed, so a too-short password does not spend it.
 */
export async function resetPassword(
	db: Db,
	code: string,
	input: unknown,
	now = new Date()
): Promise<SessionUser | null> {
	const { password } = parseInput(ResetInput, input);
	const passwordHash = await hashPassword(password);
	const row = await consume(db, 'reset', code, now);
	if (!row?.userId) return null;
	const user = await db
		.select({ id: users.id, email: users.email, displayName: users.displayName })
		.from(users)
		.where(eq(users.id, row.userId))
		.get();
	if (!user) return null;
	await db.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, user.id));
	await invalidateUserSessions(db, user.id);
	return user;
}
