/**
 * Organisations and their members. Every verb takes the caller's Membership (from
 * requireMembership) and scopes its queries by `m.orgId`: an id received from a form is only ever
 * looked up INSIDE that organisation, so another organisation's member or invitation is "not found".
 *
 * Roles: owner > editor > viewer. Owners manage members, rename and delete; an organisation always
 * keeps at least one owner.
 */
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from './db/client';
import { slugify as slugText } from '../text';
import { memberships, organisations, users } from './db/schema/auth';
import { assertRole, ForbiddenError, NotFoundError, ValidationError } from './errors';
import { isUniqueViolation } from './auth/db-errors';
import { ChangeRoleInput, CreateOrgInput, parseInput, RenameOrgInput } from './auth/schemas';
import type { Membership, OrgSummary, Role, SessionUser } from './auth/types';

export const DEMO_SLUG = 'demo';

/** Slugs that must never name a real organisation (the demo, and words that read like pages). */
const RESERVED_SLUGS = new Set([
	DEMO_SLUG,
	'demo-reseau', // the demo network (src/lib/server/demo-network.ts)
	'new',
	'create',
	'admin',
	'api',
	'settings',
	'members',
	'o',
	'orgs'
]);

/**
 * Whether an organisation is real work: not the demo, not a training team's copy. Every
 * cross-organisation view (networks, open data, aggregates) keeps only real organisations; the
 * kinds are listed so that a query can filter on them (`inArray(organisations.kind, REAL_ORG_KINDS)`).
 */
export const REAL_ORG_KINDS = ['company', 'venue', 'network'] as const;
export function isRealOrganisation(o: { kind: string; isDemo: boolean }): boolean {
	return !o.isDemo && (REAL_ORG_KINDS as readonly string[]).includes(o.kind);
}

const SLUG_RE = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function isValidSlug(slug: string): boolean {
	return SLUG_RE.test(slug);
}

/** "Compagnie Les Éclats !" → "compagnie-les-eclats" */
export function slugify(name: string): string {
	return slugText(name, { max: 40, fallback: 'structure' });
}

type OrgRow = typeof organisations.$inferSelect;

function summary(o: OrgRow): OrgSummary {
	return { id: o.id, slug: o.slug, name: o.name, kind: o.kind, isDemo: o.isDemo };
}

function membershipOf(o: OrgRow, userId: string, role: Role): Membership {
	return { orgId: o.id, userId, role, org: summary(o), anonymous: false };
}

/** Creates an organisation whose first owner is `user`. The slug is derived from the name. */
export async function create(db: Db, user: SessionUser, input: unknown): Promise<Membership> {
	const { name, kind } = parseInput(CreateOrgInput, input);
	const base = slugify(name);
	for (let attempt = 0; attempt < 20; attempt++) {
		const slug =
			attempt === 0 && !RESERVED_SLUGS.has(base)
				? base
				: attempt < 10
					? `${base}-${attempt + 1}`
					: `${base}-${crypto.randomUUID().slice(0, 6)}`;
		if (RESERVED_SLUGS.has(slug)) continue;
		const now = new Date();
		const row: OrgRow = { id: crypto.randomUUID(), slug, name, kind, isDemo: false, createdAt: now };
		try {
			await db.transaction(async (tx) => {
				await tx.insert(organisations).values(row);
				await tx
					.insert(memberships)
					.values({ orgId: row.id, userId: user.id, role: 'owner', createdAt: now });
			});
			return membershipOf(row, user.id, 'owner');
		} catch (e) {
			if (!isUniqueViolation(e)) throw e; // slug taken meanwhile: try the next one
		}
	}
	throw new Error('Could not find a free slug');
}

/** The caller's organisations, by name. */
export async function listForUser(db: Db, user: SessionUser): Promise<Membership[]> {
	const rows = await db
		.select({ org: organisations, role: memberships.role })
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.orgId))
		.where(eq(memberships.userId, user.id))
		.orderBy(asc(organisations.name));
	return rows.map((r) => membershipOf(r.org, user.id, r.role));
}

/**
 * The caller's membership of the organisation named `slug`, or null when it does not exist or the
 * caller is not a member (the two are indistinguishable on purpose). The demo organisation admits
 * everyone, logged in or not, as an anonymous viewer.
 */
export async function findMembership(
	db: Db,
	user: SessionUser | null,
	slug: string
): Promise<Membership | null> {
	if (!isValidSlug(slug)) return null;
	// one query on every organisation page: the organisation and the caller's role in it, if any
	const found = await db
		.select({ org: organisations, role: memberships.role })
		.from(organisations)
		.leftJoin(
			memberships,
			and(eq(memberships.orgId, organisations.id), eq(memberships.userId, user?.id ?? ''))
		)
		.where(eq(organisations.slug, slug))
		.get();
	if (!found) return null;
	const { org, role } = found;
	if (user && role) return membershipOf(org, user.id, role);
	if (org.isDemo) return { orgId: org.id, userId: null, role: 'viewer', org: summary(org), anonymous: true };
	return null;
}

export async function rename(db: Db, m: Membership, input: unknown): Promise<OrgSummary> {
	assertRole(m, 'owner');
	assertNotDemo(m);
	const { name } = parseInput(RenameOrgInput, input);
	const row = await db
		.update(organisations)
		.set({ name })
		.where(eq(organisations.id, m.orgId))
		.returning()
		.get();
	if (!row) throw new NotFoundError();
	return summary(row);
}

/**
 * Deletes the organisation and, by foreign-key cascade, everything that belongs to it. The owner
 * confirms by typing its slug, so that a stray click cannot do it.
 */
export async function remove(db: Db, m: Membership, input: { confirmSlug?: unknown }): Promise<void> {
	assertRole(m, 'owner');
	assertNotDemo(m);
	const typed = typeof input.confirmSlug === 'string' ? input.confirmSlug.trim() : '';
	if (typed !== m.org.slug) {
		throw new ValidationError({ confirmSlug: { key: 'auth.settings.delete.confirmMismatch' } });
	}
	await db.delete(organisations).where(eq(organisations.id, m.orgId));
}

export interface Member {
	userId: string;
	displayName: string;
	/** null for a training learner: a guest user's address is a placeholder, never shown */
	email: string | null;
	role: Role;
	since: Date;
}

/** Members of the caller's organisation; any member may see who else is in it. */
export async function listMembers(db: Db, m: Membership): Promise<Member[]> {
	assertRole(m, 'viewer');
	if (m.anonymous) return []; // demo visitors do not see who runs the demo
	const rows = await db
		.select({
			userId: memberships.userId,
			displayName: users.displayName,
			email: users.email,
			isGuest: users.isGuest,
			role: memberships.role,
			since: memberships.createdAt
		})
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.orgId, m.orgId))
		.orderBy(asc(users.displayName));
	return rows.map(({ isGuest, email, ...rest }) => ({ ...rest, email: isGuest ? null : email }));
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function ownerCount(tx: Tx | Db, orgId: string): Promise<number> {
	const row = await tx
		.select({ n: count() })
		.from(memberships)
		.where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'owner')))
		.get();
	return row?.n ?? 0;
}

const LAST_OWNER = new ValidationError({ '': { key: 'auth.members.lastOwner' } });

/** Owner only. Refuses to demote the last owner. */
export async function changeRole(db: Db, m: Membership, input: unknown): Promise<void> {
	assertRole(m, 'owner');
	const { userId, role } = parseInput(ChangeRoleInput, input);
	await db.transaction(async (tx) => {
		const target = await tx
			.select({ role: memberships.role })
			.from(memberships)
			.where(and(eq(memberships.orgId, m.orgId), eq(memberships.userId, userId)))
			.get();
		if (!target) throw new NotFoundError();
		if (target.role === 'owner' && role !== 'owner' && (await ownerCount(tx, m.orgId)) <= 1) {
			throw new ValidationError(LAST_OWNER.issues);
		}
		await tx
			.update(memberships)
			.set({ role })
			.where(and(eq(memberships.orgId, m.orgId), eq(memberships.userId, userId)));
	});
}

/** Owner only (any member may `leave`). Refuses to remove the last owner. */
export async function removeMember(db: Db, m: Membership, userId: string): Promise<void> {
	assertRole(m, 'owner');
	await deleteMembership(db, m.orgId, userId);
}

/** The caller leaves the organisation, unless they are its last owner. */
export async function leave(db: Db, m: Membership): Promise<void> {
	if (m.anonymous || !m.userId) throw new ForbiddenError();
	await deleteMembership(db, m.orgId, m.userId);
}

async function deleteMembership(db: Db, orgId: string, userId: string): Promise<void> {
	await db.transaction(async (tx) => {
		const target = await tx
			.select({ role: memberships.role })
			.from(memberships)
			.where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
			.get();
		if (!target) throw new NotFoundError();
		if (target.role === 'owner' && (await ownerCount(tx, orgId)) <= 1) {
			throw new ValidationError(LAST_OWNER.issues);
		}
		await tx.delete(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
	});
}

function assertNotDemo(m: Membership): void {
	// the demo is read-only for everyone: it is shared by every visitor
	if (m.org.isDemo) throw new ForbiddenError('The demo is read-only');
}

/** Creates the demo organisation if it is missing (called from demo.ts inside its transaction). */
export async function ensureDemoOrganisation(
	tx: Tx | Db,
	name = 'Compagnie de démonstration'
): Promise<string> {
	const existing = await tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(eq(organisations.slug, DEMO_SLUG))
		.get();
	if (existing) return existing.id;
	const id = crypto.randomUUID();
	await tx
		.insert(organisations)
		.values({ id, slug: DEMO_SLUG, name, kind: 'company', isDemo: true, createdAt: new Date() });
	return id;
}
