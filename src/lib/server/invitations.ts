/**
 * Invitations: an owner creates a code for a role; whoever opens /invite/<code> while logged in
 * joins with that role. The code is shown once and only its SHA-256 is stored; it is single-use
 * (consumed atomically) and expires after INVITATION_LIFETIME_MS.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from './db/client';
import { invitations, memberships, organisations } from './db/schema/auth';
import { assertRole, NotFoundError } from './errors';
import { InviteInput, parseInput } from './auth/schemas';
import type { Membership, OrgSummary, Role, SessionUser } from './auth/types';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * 80 random bits by default, 16 base32 characters: unguessable, yet short enough to read out or
 * type. Shared by every code of the app given to a person (invitations, network invitations,
 * anonymous estimates, venue links), which keep only its hash.
 */
export function generateCode(byteCount = 10): string {
	const bytes = new Uint8Array(byteCount);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** Codes are compared case-insensitively, ignoring spaces and dashes someone may type. */
export function normaliseCode(code: string): string {
	return code.toLowerCase().replace(/[\s-]+/g, '');
}

/** What is stored of a code: the hex SHA-256 of its normalised form. */
export function hashCode(code: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(normaliseCode(code))));
}

export interface CreatedInvitation {
	id: string;
	/** the only time the code exists in clear */
	code: string;
	role: Role;
	expiresAt: Date;
}

export async function create(
	db: Db,
	m: Membership,
	input: unknown,
	now: Date = new Date()
): Promise<CreatedInvitation> {
	assertRole(m, 'owner');
	const { role } = parseInput(InviteInput, input);
	const code = generateCode();
	const row = {
		id: crypto.randomUUID(),
		orgId: m.orgId,
		codeHash: hashCode(code),
		role,
		createdBy: m.userId,
		createdAt: now,
		expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS)
	};
	await db.insert(invitations).values(row);
	return { id: row.id, code, role, expiresAt: row.expiresAt };
}

export interface PendingInvitation {
	id: string;
	role: Role;
	createdAt: Date;
	expiresAt: Date;
}

/** Unused, unexpired invitations of the caller's organisation (owner only). */
export async function listPending(
	db: Db,
	m: Membership,
	now: Date = new Date()
): Promise<PendingInvitation[]> {
	assertRole(m, 'owner');
	return db
		.select({
			id: invitations.id,
			role: invitations.role,
			createdAt: invitations.createdAt,
			expiresAt: invitations.expiresAt
		})
		.from(invitations)
		.where(and(eq(invitations.orgId, m.orgId), isNull(invitations.usedAt), gt(invitations.expiresAt, now)))
		.orderBy(asc(invitations.createdAt));
}

/** Withdraws an invitation of the caller's organisation (owner only); another org's id is "not found". */
export async function revoke(db: Db, m: Membership, id: string): Promise<void> {
	assertRole(m, 'owner');
	const gone = await db
		.delete(invitations)
		.where(and(eq(invitations.id, id), eq(invitations.orgId, m.orgId)))
		.returning({ id: invitations.id });
	if (gone.length === 0) throw new NotFoundError();
}

export interface InvitationPreview {
	org: OrgSummary;
	role: Role;
	expiresAt: Date;
}

/** What a valid code invites to, or null when it is unknown, used or expired (not told apart). */
export async function preview(
	db: Db,
	code: string,
	now: Date = new Date()
): Promise<InvitationPreview | null> {
	if (!normaliseCode(code)) return null;
	const row = await db
		.select({ org: organisations, role: invitations.role, expiresAt: invitations.expiresAt })
		.from(invitations)
		.innerJoin(organisations, eq(organisations.id, invitations.orgId))
		.where(
			and(
				eq(invitations.codeHash, hashCode(code)),
				isNull(invitations.usedAt),
				gt(invitations.expiresAt, now)
			)
		)
		.get();
	if (!row) return null;
	const { org } = row;
	return {
		org: { id: org.id, slug: org.slug, name: org.name, kind: org.kind, isDemo: org.isDemo },
		role: row.role,
		expiresAt: row.expiresAt
	};
}

export type AcceptResult =
	{ ok: true; membership: Membership } | { ok: false; reason: 'invalid' | 'alreadyMember'; slug?: string };

/**
 * Joins the organisation of a valid code with its role, consuming the code in the same
 * transaction (UPDATE … WHERE used_at IS NULL: two people racing for one code cannot both win).
 * A member who opens a code again is told so, and the code stays usable for someone else.
 */
export async function accept(
	db: Db,
	user: SessionUser,
	code: string,
	now: Date = new Date()
): Promise<AcceptResult> {
	const found = await preview(db, code, now);
	if (!found) return { ok: false, reason: 'invalid' };
	return db.transaction(async (tx): Promise<AcceptResult> => {
		const already = await tx
			.select({ role: memberships.role })
			.from(memberships)
			.where(and(eq(memberships.orgId, found.org.id), eq(memberships.userId, user.id)))
			.get();
		if (already) return { ok: false, reason: 'alreadyMember', slug: found.org.slug };
		const used = await tx
			.update(invitations)
			.set({ usedAt: now, usedBy: user.id })
			.where(
				and(
					eq(invitations.codeHash, hashCode(code)),
					isNull(invitations.usedAt),
					gt(invitations.expiresAt, now)
				)
			)
			.returning({ orgId: invitations.orgId, role: invitations.role });
		const inv = used[0];
		if (!inv) return { ok: false, reason: 'invalid' };
		await tx
			.insert(memberships)
			.values({ orgId: inv.orgId, userId: user.id, role: inv.role, createdAt: now });
		return {
			ok: true,
			membership: { orgId: inv.orgId, userId: user.id, role: inv.role, org: found.org, anonymous: false }
		};
	});
}
