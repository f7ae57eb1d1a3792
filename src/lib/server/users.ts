/**
 * Accounts: sign-up, log-in, password change, deletion. Passwords are argon2id hashes
 * (auth/password.ts); e-mails are stored lower-cased.
 */
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from './db/client';
import { memberships, organisations, users } from './db/schema/auth';
import { ValidationError } from './errors';
import { isUniqueViolation } from './auth/db-errors';
import { hashPassword, verifyDummyPassword, verifyPassword } from './auth/password';
import {
	ChangePasswordInput,
	DeleteAccountInput,
	parseInput,
	SignUpInput,
	type LogInInput
} from './auth/schemas';
import { invalidateUserSessions } from './auth/session';
import type { OrgSummary, SessionUser } from './auth/types';

const EMAIL_TAKEN = { email: { key: 'auth.errors.emailTaken' } };

/** Creates an account. Throws ValidationError (field `email` when the address is taken). */
export async function signUp(db: Db, input: unknown): Promise<SessionUser> {
	const { displayName, email, password } = parseInput(SignUpInput, input);
	const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
	if (existing) throw new ValidationError(EMAIL_TAKEN);
	const passwordHash = await hashPassword(password);
	const now = new Date();
	const id = crypto.randomUUID();
	try {
		await db
			.insert(users)
			.values({ id, email, displayName, passwordHash, createdAt: now, passwordChangedAt: now });
	} catch (e) {
		if (isUniqueViolation(e)) throw new ValidationError(EMAIL_TAKEN); // two sign-ups at once
		throw e;
	}
	return { id, email, displayName };
}

/**
 * The user whose e-mail and password match, or null. Takes the same time whether or not the
 * e-mail exists, and the caller shows one message for both, so log-in reveals no accounts.
 */
export async function authenticate(db: Db, input: LogInInput): Promise<SessionUser | null> {
	const row = await db.select().from(users).where(eq(users.email, input.email)).get();
	if (!row) return verifyDummyPassword(input.password).then(() => null);
	if (!(await verifyPassword(row.passwordHash, input.password))) return null;
	return { id: row.id, email: row.email, displayName: row.displayName };
}

export async function getUser(db: Db, id: string): Promise<SessionUser | null> {
	const row = await db
		.select({ id: users.id, email: users.email, displayName: users.displayName })
		.from(users)
		.where(eq(users.id, id))
		.get();
	return row ?? null;
}

async function checkCurrentPassword(db: Db, user: SessionUser, password: string, field: string) {
	const row = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get();
	if (!row || !(await verifyPassword(row.hash, password))) {
		throw new ValidationError({ [field]: { key: 'auth.errors.currentPasswordWrong' } });
	}
}

/**
 * Changes the password after checking the current one, then revokes EVERY session of the user
 * (a thief holding a session cookie loses it). The caller opens a fresh session for the browser
 * that made the change.
 */
export async function changePassword(db: Db, user: SessionUser, input: unknown): Promise<void> {
	const { current, next } = parseInput(ChangePasswordInput, input);
	await checkCurrentPassword(db, user, current, 'current');
	const passwordHash = await hashPassword(next);
	await db.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, user.id));
	await invalidateUserSessions(db, user.id);
}

export interface DeletionPlan {
	/** organisations the user alone owns while others are members: deletion is refused until
	 * ownership is handed over (members page) or the organisation is deleted (settings page) */
	blocking: OrgSummary[];
	/** organisations the user is the only member of: deleted with the account */
	deletedWithAccount: OrgSummary[];
}

export async function deletionPlan(db: Db, user: SessionUser): Promise<DeletionPlan> {
	const owned = await db
		.select({ org: organisations })
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.orgId))
		.where(and(eq(memberships.userId, user.id), eq(memberships.role, 'owner')));
	const plan: DeletionPlan = { blocking: [], deletedWithAccount: [] };
	for (const { org } of owned) {
		const [owners, members] = await Promise.all([
			db
				.select({ n: count() })
				.from(memberships)
				.where(and(eq(memberships.orgId, org.id), eq(memberships.role, 'owner')))
				.get(),
			db.select({ n: count() }).from(memberships).where(eq(memberships.orgId, org.id)).get()
		]);
		if ((owners?.n ?? 0) > 1) continue;
		const s: OrgSummary = { id: org.id, slug: org.slug, name: org.name, kind: org.kind, isDemo: org.isDemo };
		if ((members?.n ?? 0) > 1) plan.blocking.push(s);
		else plan.deletedWithAccount.push(s);
	}
	return plan;
}

/**
 * Deletes the account (password and an explicit tick required). Refused while the user is the
 * sole owner of an organisation that has other members; organisations where the user is the only
 * member are deleted with it. Sessions and memberships go by foreign-key cascade.
 */
export async function deleteAccount(db: Db, user: SessionUser, input: unknown): Promise<DeletionPlan> {
	const { password } = parseInput(DeleteAccountInput, input);
	await checkCurrentPassword(db, user, password, 'password');
	const plan = await deletionPlan(db, user);
	if (plan.blocking.length > 0) {
		throw new ValidationError({ '': { key: 'auth.account.delete.blocked' } });
	}
	await db.transaction(async (tx) => {
		const ids = plan.deletedWithAccount.map((o) => o.id);
		if (ids.length > 0) await tx.delete(organisations).where(inArray(organisations.id, ids));
		await tx.delete(users).where(eq(users.id, user.id));
	});
	return plan;
}
