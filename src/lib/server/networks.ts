/**
 * Networks (issue 11). Two chairs, two kinds of Membership:
 *
 * - the referent side: a Membership of an organisation of kind `network` (its own members are its
 *   referents: owner/editor decide, viewer reads). Everything is scoped by `m.orgId` = the network;
 * - the member side: a Membership of a company or venue (owner to join, choose what it shares,
 *   leave). Everything is scoped by `m.orgId` = the member organisation.
 *
 * What a referent may see of a member is decided here, on the server, from the member's current
 * consent (network_members): counted only → its shared tours feed the aggregates, through the
 * disclosure module, and nothing else; visible → the referents may open those shared tours,
 * read-only; publishable → its commitments shared with networks may be named in reports. Leaving
 * sets the consent back to nothing at once: the next load no longer counts it.
 *
 * Only companies and venues join (never a network, never a training organisation, whatever kind a
 * later issue adds), and a demo network counts only demo organisations and a real one only real
 * ones: `sharedTours` filters on both, so no other path can mix them.
 */
import { and, asc, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './db/client';
import { BoundedCache } from './bounded-cache';
import { generateCode, hashCode, normaliseCode } from './invitations';
import { memberships, organisations, users } from './db/schema/auth';
import { commitments } from './db/schema/experiments';
import {
	CONSENT_TIERS,
	networkConsentEvents,
	networkExports,
	networkInvitations,
	networkJoinRequests,
	networkMembers,
	networkReviews,
	tourIndicators
} from './db/schema/networks';
import { productions, tours } from './db/schema/tours';
import { assertRole, ForbiddenError, NotFoundError, ValidationError } from './errors';
import { parseInput } from './auth/schemas';
import type { Membership } from './auth/types';
import { diagnose } from './diagnostics';
import {
	buildDashboard,
	buildIndex,
	ownPosition,
	FILTER_DIMS,
	type Dashboard,
	type ExperimentsView,
	type Filters,
	type SharedTour
} from '../networks/dashboard';
import type { TourFacts } from '../networks/facts';
import { byContributor, protectCount, protectSum, RULES, type AuditIndex } from '../disclosure';
import type { TourFile } from '../schemas/tour-file';

export type Tier = (typeof CONSENT_TIERS)[number];
export const MEMBER_KINDS = ['company', 'venue'] as const;
export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

export interface Selection {
	/** every tour of these seasons (in the phases below) */
	seasons: string[];
	phases: ('forecast' | 'actual')[];
	/** and these tours one by one */
	tourIds: string[];
}

export const EMPTY_SELECTION: Selection = { seasons: [], phases: ['forecast', 'actual'], tourIds: [] };

export function isShared(sel: Selection, tour: { id: string; season: string; phase: 'forecast' | 'actual' }) {
	return (
		(sel.seasons.includes(tour.season) && sel.phases.includes(tour.phase)) || sel.tourIds.includes(tour.id)
	);
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

// ———————————————————————————————————————————— guards of the two chairs

function assertNetwork(m: Membership): void {
	// a company's /network page does not exist: 404, like anything that is not yours
	if (m.org.kind !== 'network') throw new NotFoundError();
}

function assertMemberSide(m: Membership): void {
	if (!(MEMBER_KINDS as readonly string[]).includes(m.org.kind)) throw new NotFoundError();
}

function assertWritable(m: Membership): void {
	if (m.org.isDemo || m.anonymous) throw new ForbiddenError('The demo is read-only');
}

// ———————————————————————————————————————————— codes: the same as the organisations' invitations

export { normaliseCode };

// ———————————————————————————————————————————— shared tours: the one query every figure starts from

interface SharedRow extends SharedTour {
	memberName: string;
	tier: Tier;
	productionTitle: string;
}

/**
 * The tours the network's active members currently share, with their stored facts. Consent is
 * read at each call: a change or a departure takes effect on the next load.
 *
 * Reading 10 000 tours' facts costs far more than aggregating them, so the rows of the last load
 * are kept per network with a version read from the database on EVERY call (counts and latest
 * change times of the consents, tours, indicators, productions and reviews involved): any save,
 * consent change, departure or review changes the version and the rows are read again. The
 * version comes from the database, so several server processes stay correct; the cache only
 * saves work. It lives in the server process and holds what the referents of that network may
 * already aggregate, never anything per user.
 */
export const sharedCache = new BoundedCache<string, { version: string; rows: SharedRow[] }>({
	// 50 networks, and at most 100 000 shared tours' rows in all (a row is a few hundred bytes)
	maxEntries: 50,
	maxWeight: 100_000,
	weigh: (e) => e.rows.length
});

/** The audit index of a set of shared tours, built once per (cached) load: it is immutable. */
const indexes = new WeakMap<SharedRow[], AuditIndex>();
function indexOf(rows: SharedRow[]): AuditIndex {
	let index = indexes.get(rows);
	if (!index) {
		index = buildIndex(rows);
		indexes.set(rows, index);
	}
	return index;
}

async function sharedVersion(db: Db | Tx, networkId: string): Promise<string> {
	const r = await db.all<{ n: number; c: number; u: number; p: number; j: number; k: number }>(sql`
		select count(*) as n, max(i.computed_at) as c, max(nm.updated_at) as u,
			max(p.updated_at) as p, max(t.updated_at) as j, sum(o.kind in ('company', 'venue')) as k
		from network_members nm
		join organisations o on o.id = nm.member_org_id
		join tours t on t.org_id = nm.member_org_id
		join productions p on p.id = t.production_id
		join tour_indicators i on i.tour_id = t.id
		where nm.network_id = ${networkId}`);
	// updated_at is set on every join, consent change and departure: its sum moves with any of them
	const m = await db.all<{ n: number; s: number; a: number }>(sql`
		select count(*) as n, sum(updated_at) as s, sum(status = 'active') as a
		from network_members where network_id = ${networkId}`);
	const v = await db.all<{ n: number; a: number }>(sql`
		select count(*) as n, max(at) as a from network_reviews where network_id = ${networkId}`);
	// every join, consent change and departure adds an event: two within one millisecond still count
	const e = await db.all<{ n: number }>(sql`
		select count(*) as n from network_consent_events where network_id = ${networkId}`);
	return JSON.stringify([r[0], m[0], v[0], e[0]]);
}

async function sharedTours(db: Db | Tx, network: { id: string; isDemo: boolean }): Promise<SharedRow[]> {
	const version = await sharedVersion(db, network.id);
	const hit = sharedCache.get(network.id);
	if (hit && hit.version === version) return hit.rows;
	const rows = await loadSharedTours(db, network);
	sharedCache.set(network.id, { version, rows });
	return rows;
}

async function loadSharedTours(db: Db | Tx, network: { id: string; isDemo: boolean }): Promise<SharedRow[]> {
	const rows = await db
		.select({
			tourId: tours.id,
			member: tours.orgId,
			memberKind: organisations.kind,
			memberName: organisations.name,
			season: tours.season,
			phase: tours.phase,
			discipline: productions.discipline,
			productionTitle: productions.title,
			facts: tourIndicators.facts,
			refCompanyKg: tourIndicators.refCompanyKg,
			tier: networkMembers.tier,
			selection: networkMembers.selection
		})
		.from(networkMembers)
		.innerJoin(organisations, eq(organisations.id, networkMembers.memberOrgId))
		.innerJoin(tours, eq(tours.orgId, networkMembers.memberOrgId))
		.innerJoin(productions, eq(productions.id, tours.productionId))
		.innerJoin(tourIndicators, eq(tourIndicators.tourId, tours.id))
		.where(
			and(
				eq(networkMembers.networkId, network.id),
				eq(networkMembers.status, 'active'),
				inArray(organisations.kind, [...MEMBER_KINDS]),
				eq(organisations.isDemo, network.isDemo)
			)
		);
	const verified = await verifiedTours(db, network.id);
	const out: SharedRow[] = [];
	for (const r of rows) {
		if (!isShared(r.selection as Selection, { id: r.tourId, season: r.season, phase: r.phase })) continue;
		out.push({
			tourId: r.tourId,
			member: r.member,
			memberKind: r.memberKind as 'company' | 'venue',
			memberName: r.memberName,
			season: r.season,
			phase: r.phase,
			discipline: r.discipline,
			productionTitle: r.productionTitle,
			reviewed: verified.has(r.tourId),
			facts: r.facts as TourFacts,
			refCompanyKg: r.refCompanyKg,
			tier: r.tier
		});
	}
	return out;
}

/** Tours whose latest review in this network is « vérifiée ». */
async function verifiedTours(db: Db | Tx, networkId: string): Promise<Set<string>> {
	const rows = await db
		.select({ tourId: networkReviews.tourId, status: networkReviews.status })
		.from(networkReviews)
		.where(eq(networkReviews.networkId, networkId))
		.orderBy(asc(networkReviews.at));
	const latest = new Map<string, string>();
	for (const r of rows) latest.set(r.tourId, r.status);
	return new Set([...latest].filter(([, s]) => s === 'verified').map(([id]) => id));
}

// ———————————————————————————————————————————— referent side: dashboard

export const FilterInput = z
	.object(Object.fromEntries(FILTER_DIMS.map((d) => [d, z.string().trim().max(40).optional()])))
	.transform((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v)) as Filters);

export interface DashboardView {
	dashboard: Dashboard;
	members: number;
	/** values present in the shared data, for the filter selects (no member behind a value is named) */
	options: Record<string, string[]>;
	experiments: ExperimentsView;
}

export async function dashboard(db: Db, m: Membership, input: unknown): Promise<DashboardView> {
	assertNetwork(m);
	const filters = parseInput(FilterInput, input);
	const network = { id: m.orgId, isDemo: m.org.isDemo };
	const [shared, memberCount] = await Promise.all([sharedTours(db, network), countMembers(db, m.orgId)]);
	const d = buildDashboard(shared, filters, RULES, indexOf(shared));
	const options: Record<string, string[]> = {};
	for (const dim of FILTER_DIMS) options[dim] = [];
	for (const t of shared) {
		const a: Record<string, string> = {
			discipline: t.discipline,
			kind: t.memberKind,
			region: t.facts.homeRegion ?? '',
			department: t.facts.homeDepartment ?? '',
			scope: t.facts.scope,
			season: t.season,
			phase: t.phase,
			reviewed: t.reviewed ? 'yes' : 'no'
		};
		for (const dim of FILTER_DIMS) if (a[dim] && !options[dim].includes(a[dim])) options[dim].push(a[dim]);
	}
	for (const dim of FILTER_DIMS) options[dim].sort();
	options.reviewed = ['yes', 'no'];
	options.phase = ['forecast', 'actual'];
	return { dashboard: d, members: memberCount, options, experiments: await experiments(db, m.orgId, shared) };
}

async function countMembers(db: Db, networkId: string): Promise<number> {
	const rows = await db
		.select({ id: networkMembers.memberOrgId })
		.from(networkMembers)
		.where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.status, 'active')));
	return rows.length;
}

// ———————————————————————————————————————————— experiments across the network

async function experiments(db: Db, networkId: string, shared: SharedRow[]): Promise<ExperimentsView> {
	if (shared.length === 0) return { levers: [], cases: [] };
	const byTour = new Map(shared.map((t) => [t.tourId, t]));
	// the commitments of the network's active members, then only those on shared tours
	const rows = (
		await db
			.select({ c: commitments })
			.from(commitments)
			.innerJoin(networkMembers, eq(networkMembers.memberOrgId, commitments.orgId))
			.where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.status, 'active')))
	)
		.map((r) => r.c)
		.filter((c) => byTour.has(c.tourId));
	const levers = [...new Set(rows.map((c) => c.lever))].sort();
	const statuses = ['proposed', 'committed', 'running', 'done', 'abandoned'];
	return {
		levers: levers.map((lever) => {
			const of = rows.filter((c) => c.lever === lever);
			const count = (s: string) =>
				protectSum(
					byContributor(of.filter((c) => c.status === s).map((c) => ({ contributor: c.orgId, value: 1 })))
				);
			return {
				lever,
				byStatus: Object.fromEntries(statuses.map((s) => [s, count(s)])),
				promisedKg: protectSum(
					byContributor(of.map((c) => ({ contributor: c.orgId, value: c.targetKg ?? 0 })))
				)
			};
		}),
		cases: rows
			.filter((c) => c.sharedWithNetworks && byTour.get(c.tourId)?.tier === 'publishable')
			.map((c) => ({
				member: byTour.get(c.tourId)!.memberName,
				title: c.title,
				lever: c.lever,
				status: c.status,
				targetKg: c.targetKg
			}))
			.sort((a, b) => a.member.localeCompare(b.member) || a.title.localeCompare(b.title))
	};
}

// ———————————————————————————————————————————— referent side: members, invitations, requests

export interface NetworkMemberView {
	orgId: string;
	name: string;
	kind: string;
	tier: Tier;
	joinedAt: Date;
	/** only for members who made their tours visible to the referents */
	sharedTours: number | null;
}

export async function listMembers(db: Db, m: Membership): Promise<NetworkMemberView[]> {
	assertNetwork(m);
	const rows = await db
		.select({
			orgId: organisations.id,
			name: organisations.name,
			kind: organisations.kind,
			tier: networkMembers.tier,
			joinedAt: networkMembers.joinedAt
		})
		.from(networkMembers)
		.innerJoin(organisations, eq(organisations.id, networkMembers.memberOrgId))
		.where(and(eq(networkMembers.networkId, m.orgId), eq(networkMembers.status, 'active')))
		.orderBy(asc(organisations.name));
	const shared = await sharedTours(db, { id: m.orgId, isDemo: m.org.isDemo });
	return rows.map((r) => ({
		...r,
		sharedTours: r.tier === 'counted' ? null : shared.filter((t) => t.member === r.orgId).length
	}));
}

export interface CreatedNetworkInvitation {
	id: string;
	code: string;
	label: string;
	expiresAt: Date;
}

const InvitationInput = z.object({ label: z.string().trim().max(120).optional().default('') });

export async function createInvitation(
	db: Db,
	m: Membership,
	input: unknown,
	now = new Date()
): Promise<CreatedNetworkInvitation> {
	assertNetwork(m);
	assertRole(m, 'editor');
	assertWritable(m);
	const { label } = parseInput(InvitationInput, input);
	const code = generateCode();
	const row = {
		id: crypto.randomUUID(),
		networkId: m.orgId,
		codeHash: hashCode(code),
		label,
		createdBy: m.userId,
		createdAt: now,
		expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS)
	};
	await db.insert(networkInvitations).values(row);
	return { id: row.id, code, label, expiresAt: row.expiresAt };
}

export async function listInvitations(db: Db, m: Membership, now = new Date()) {
	assertNetwork(m);
	assertRole(m, 'editor');
	return db
		.select({
			id: networkInvitations.id,
			label: networkInvitations.label,
			createdAt: networkInvitations.createdAt,
			expiresAt: networkInvitations.expiresAt
		})
		.from(networkInvitations)
		.where(
			and(
				eq(networkInvitations.networkId, m.orgId),
				isNull(networkInvitations.usedAt),
				gt(networkInvitations.expiresAt, now)
			)
		)
		.orderBy(asc(networkInvitations.createdAt));
}

export async function revokeInvitation(db: Db, m: Membership, id: string): Promise<void> {
	assertNetwork(m);
	assertRole(m, 'editor');
	const gone = await db
		.delete(networkInvitations)
		.where(and(eq(networkInvitations.id, id), eq(networkInvitations.networkId, m.orgId)))
		.returning({ id: networkInvitations.id });
	if (gone.length === 0) throw new NotFoundError();
}

export async function listRequests(db: Db, m: Membership) {
	assertNetwork(m);
	assertRole(m, 'editor');
	return db
		.select({
			id: networkJoinRequests.id,
			orgName: organisations.name,
			orgKind: organisations.kind,
			createdAt: networkJoinRequests.createdAt
		})
		.from(networkJoinRequests)
		.innerJoin(organisations, eq(organisations.id, networkJoinRequests.orgId))
		.where(and(eq(networkJoinRequests.networkId, m.orgId), eq(networkJoinRequests.status, 'pending')))
		.orderBy(asc(networkJoinRequests.createdAt));
}

const DecisionInput = z.object({
	id: z.string().min(1, { error: 'common.form.required' }),
	decision: z.enum(['accept', 'refuse'], { error: 'common.form.required' })
});

export async function decideRequest(db: Db, m: Membership, input: unknown, now = new Date()): Promise<void> {
	assertNetwork(m);
	assertRole(m, 'editor');
	assertWritable(m);
	const { id, decision } = parseInput(DecisionInput, input);
	await db.transaction(async (tx) => {
		const req = await tx
			.select()
			.from(networkJoinRequests)
			.where(
				and(
					eq(networkJoinRequests.id, id),
					eq(networkJoinRequests.networkId, m.orgId),
					eq(networkJoinRequests.status, 'pending')
				)
			)
			.get();
		if (!req) throw new NotFoundError();
		await tx
			.update(networkJoinRequests)
			.set({ status: decision === 'accept' ? 'accepted' : 'refused', decidedBy: m.userId, decidedAt: now })
			.where(eq(networkJoinRequests.id, id));
		if (decision === 'accept') await join(tx, m.orgId, req.orgId, m.userId, now);
	});
}

/** Adds (or re-admits) a member, counted only and sharing nothing until it chooses. */
async function join(tx: Tx, networkId: string, orgId: string, userId: string | null, now: Date) {
	const existing = await tx
		.select()
		.from(networkMembers)
		.where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.memberOrgId, orgId)))
		.get();
	if (existing?.status === 'active')
		throw new ValidationError({ '': { key: 'networks.errors.alreadyMember' } });
	const values = {
		status: 'active' as const,
		tier: 'counted' as const,
		selection: EMPTY_SELECTION,
		joinedAt: now,
		leftAt: null,
		updatedAt: now
	};
	if (existing)
		await tx
			.update(networkMembers)
			.set(values)
			.where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.memberOrgId, orgId)));
	else await tx.insert(networkMembers).values({ networkId, memberOrgId: orgId, ...values });
	await tx.insert(networkConsentEvents).values({
		id: crypto.randomUUID(),
		networkId,
		memberOrgId: orgId,
		event: 'joined',
		tier: 'counted',
		selection: EMPTY_SELECTION,
		byUserId: userId,
		at: now
	});
}

// ———————————————————————————————————————————— referent side: a visible member's shared tour, reviews

export interface DefaultInput {
	source: string;
	label: string;
	category: string;
}

/**
 * A member's shared tour as the referents may see it: only when the member chose « visible » (or
 * « publishable ») for this network AND the tour is in its selection. Anything else is 404, the
 * same answer as for a tour that does not exist.
 */
export async function getSharedTour(db: Db, m: Membership, tourId: string) {
	assertNetwork(m);
	const shared = await sharedTours(db, { id: m.orgId, isDemo: m.org.isDemo });
	const t = shared.find((x) => x.tourId === tourId);
	if (!t || t.tier === 'counted') throw new NotFoundError();
	const row = await db.select().from(tours).where(eq(tours.id, tourId)).get();
	if (!row) throw new NotFoundError();
	const doc = row.document as TourFile;
	const d = diagnose(doc);
	const defaults: DefaultInput[] = [];
	if (d.ok) {
		const seen = new Set<string>();
		for (const l of d.result.lines)
			if ((l.isDefault || l.quality === 'default') && !seen.has(l.source)) {
				seen.add(l.source);
				defaults.push({ source: l.source, label: l.label, category: l.category });
			}
	}
	const reviews = await db
		.select({
			status: networkReviews.status,
			note: networkReviews.note,
			at: networkReviews.at,
			by: users.displayName
		})
		.from(networkReviews)
		.leftJoin(users, eq(users.id, networkReviews.byUserId))
		.where(and(eq(networkReviews.networkId, m.orgId), eq(networkReviews.tourId, tourId)))
		.orderBy(desc(networkReviews.at));
	return {
		id: t.tourId,
		memberName: t.memberName,
		productionTitle: t.productionTitle,
		season: t.season,
		phase: t.phase,
		facts: t.facts,
		result: d.ok
			? {
					company: d.result.totals.company,
					audience: d.result.totals.audience,
					byCategory: d.result.byCategory,
					indicators: d.result.indicators,
					dates: d.result.byDate.map((x) => ({
						venueName: x.venueName,
						start: x.start,
						performances: x.performances,
						company: x.company,
						audience: x.audience
					}))
				}
			: null,
		defaults,
		reviews
	};
}

/** Shared tours the referents may open (members who chose « visible » or « publishable »). */
export async function listVisibleTours(db: Db, m: Membership) {
	assertNetwork(m);
	const shared = await sharedTours(db, { id: m.orgId, isDemo: m.org.isDemo });
	return shared
		.filter((t) => t.tier !== 'counted')
		.map((t) => ({
			id: t.tourId,
			memberName: t.memberName,
			productionTitle: t.productionTitle,
			season: t.season,
			phase: t.phase,
			reviewed: t.reviewed
		}))
		.sort((a, b) => a.memberName.localeCompare(b.memberName) || b.season.localeCompare(a.season));
}

const ReviewInput = z.object({
	status: z.enum(['verified', 'changes_requested'], { error: 'common.form.required' }),
	note: z.string().trim().max(2000, { error: 'networks.errors.tooLong' }).optional().default('')
});

export async function review(db: Db, m: Membership, tourId: string, input: unknown, now = new Date()) {
	assertRole(m, 'editor');
	assertWritable(m);
	const v = parseInput(ReviewInput, input);
	const t = await getSharedTour(db, m, tourId);
	const shared = await db.select({ orgId: tours.orgId }).from(tours).where(eq(tours.id, tourId)).get();
	await db.insert(networkReviews).values({
		id: crypto.randomUUID(),
		networkId: m.orgId,
		memberOrgId: shared!.orgId,
		tourId,
		status: v.status,
		note: v.note,
		missing: v.status === 'changes_requested' ? t.defaults : [],
		byUserId: m.userId,
		at: now
	});
}

// ———————————————————————————————————————————— exports log

export async function logExport(db: Db, m: Membership, format: string, filters: Filters): Promise<void> {
	assertNetwork(m);
	// anonymous visitors of the demo network: fictional data, and no one's writes to keep
	if (m.anonymous) return;
	await db.insert(networkExports).values({
		id: crypto.randomUUID(),
		networkId: m.orgId,
		userId: m.userId,
		format,
		filters,
		at: new Date()
	});
}

export async function listExports(db: Db, m: Membership) {
	assertNetwork(m);
	assertRole(m, 'owner');
	if (m.anonymous) throw new NotFoundError();
	const rows = await db
		.select({
			id: networkExports.id,
			format: networkExports.format,
			filters: networkExports.filters,
			at: networkExports.at,
			who: users.displayName
		})
		.from(networkExports)
		.leftJoin(users, eq(users.id, networkExports.userId))
		.where(eq(networkExports.networkId, m.orgId))
		.orderBy(desc(networkExports.at))
		.limit(500);
	return rows.map((r) => ({ ...r, filters: r.filters as Filters }));
}

// ———————————————————————————————————————————— member side

export async function previewInvitation(db: Db, code: string, now = new Date()) {
	if (!normaliseCode(code)) return null;
	const row = await db
		.select({ name: organisations.name, slug: organisations.slug, id: organisations.id })
		.from(networkInvitations)
		.innerJoin(organisations, eq(organisations.id, networkInvitations.networkId))
		.where(
			and(
				eq(networkInvitations.codeHash, hashCode(code)),
				isNull(networkInvitations.usedAt),
				gt(networkInvitations.expiresAt, now)
			)
		)
		.get();
	return row ?? null;
}

/** An owner of a company or venue accepts a network's invitation code for its organisation. */
export async function acceptInvitation(db: Db, m: Membership, code: string, now = new Date()) {
	assertMemberSide(m);
	assertRole(m, 'owner');
	assertWritable(m);
	const found = await previewInvitation(db, code, now);
	if (!found) throw new ValidationError({ code: { key: 'networks.errors.invalidCode' } });
	await db.transaction(async (tx) => {
		const used = await tx
			.update(networkInvitations)
			.set({ usedAt: now, usedByOrgId: m.orgId })
			.where(
				and(
					eq(networkInvitations.codeHash, hashCode(code)),
					isNull(networkInvitations.usedAt),
					gt(networkInvitations.expiresAt, now)
				)
			)
			.returning({ networkId: networkInvitations.networkId });
		if (!used[0]) throw new ValidationError({ code: { key: 'networks.errors.invalidCode' } });
		await join(tx, used[0].networkId, m.orgId, m.userId, now);
	});
	return { slug: found.slug, name: found.name };
}

const RequestInput = z.object({
	network: z
		.string({ error: 'common.form.required' })
		.trim()
		.toLowerCase()
		.min(1, { error: 'common.form.required' })
		.max(200)
		// a pasted address (…/o/<slug>/…) or the slug itself
		.transform((s) => s.match(/\/o\/([a-z0-9-]+)/)?.[1] ?? s)
});

/**
 * Asks to join a network by its address. A referent accepts or refuses. Any organisation that is
 * not a real network gives the same answer as one that does not exist.
 */
export async function requestJoin(db: Db, m: Membership, input: unknown, now = new Date()) {
	assertMemberSide(m);
	assertRole(m, 'owner');
	assertWritable(m);
	const { network } = parseInput(RequestInput, input);
	const net = await db
		.select({
			id: organisations.id,
			name: organisations.name,
			kind: organisations.kind,
			isDemo: organisations.isDemo
		})
		.from(organisations)
		.where(eq(organisations.slug, network))
		.get();
	if (!net || net.kind !== 'network' || net.isDemo)
		throw new ValidationError({ network: { key: 'networks.errors.noSuchNetwork' } });
	const member = await db
		.select({ status: networkMembers.status })
		.from(networkMembers)
		.where(and(eq(networkMembers.networkId, net.id), eq(networkMembers.memberOrgId, m.orgId)))
		.get();
	if (member?.status === 'active')
		throw new ValidationError({ network: { key: 'networks.errors.alreadyMember' } });
	const pending = await db
		.select({ id: networkJoinRequests.id })
		.from(networkJoinRequests)
		.where(
			and(
				eq(networkJoinRequests.networkId, net.id),
				eq(networkJoinRequests.orgId, m.orgId),
				eq(networkJoinRequests.status, 'pending')
			)
		)
		.get();
	if (pending) throw new ValidationError({ network: { key: 'networks.errors.alreadyRequested' } });
	await db.insert(networkJoinRequests).values({
		id: crypto.randomUUID(),
		networkId: net.id,
		orgId: m.orgId,
		requestedBy: m.userId,
		createdAt: now
	});
	return { name: net.name };
}

export interface JoinedNetwork {
	slug: string;
	name: string;
	status: 'active' | 'left';
	tier: Tier;
	joinedAt: Date;
	leftAt: Date | null;
}

export async function listForMember(db: Db, m: Membership) {
	assertMemberSide(m);
	const joined = await db
		.select({
			slug: organisations.slug,
			name: organisations.name,
			status: networkMembers.status,
			tier: networkMembers.tier,
			joinedAt: networkMembers.joinedAt,
			leftAt: networkMembers.leftAt
		})
		.from(networkMembers)
		.innerJoin(organisations, eq(organisations.id, networkMembers.networkId))
		.where(eq(networkMembers.memberOrgId, m.orgId))
		.orderBy(asc(organisations.name));
	const requests = await db
		.select({
			id: networkJoinRequests.id,
			name: organisations.name,
			createdAt: networkJoinRequests.createdAt
		})
		.from(networkJoinRequests)
		.innerJoin(organisations, eq(organisations.id, networkJoinRequests.networkId))
		.where(and(eq(networkJoinRequests.orgId, m.orgId), eq(networkJoinRequests.status, 'pending')));
	return { joined: joined as JoinedNetwork[], requests };
}

/** The member's row in one network it joined (by the network's slug), or 404. */
async function memberRow(db: Db | Tx, m: Membership, networkSlug: string) {
	const r = await db
		.select({
			networkId: organisations.id,
			name: organisations.name,
			slug: organisations.slug,
			isDemo: organisations.isDemo,
			row: networkMembers
		})
		.from(networkMembers)
		.innerJoin(organisations, eq(organisations.id, networkMembers.networkId))
		.where(and(eq(organisations.slug, networkSlug), eq(networkMembers.memberOrgId, m.orgId)))
		.get();
	if (!r) throw new NotFoundError();
	return r;
}

/** Everything the member's page about one network shows: consent, history, position, reviews. */
export async function memberView(db: Db, m: Membership, networkSlug: string) {
	assertMemberSide(m);
	const r = await memberRow(db, m, networkSlug);
	const [history, ownTours, reviews] = await Promise.all([
		db
			.select({
				event: networkConsentEvents.event,
				tier: networkConsentEvents.tier,
				selection: networkConsentEvents.selection,
				at: networkConsentEvents.at,
				by: users.displayName
			})
			.from(networkConsentEvents)
			.leftJoin(users, eq(users.id, networkConsentEvents.byUserId))
			.where(
				and(eq(networkConsentEvents.networkId, r.networkId), eq(networkConsentEvents.memberOrgId, m.orgId))
			)
			.orderBy(desc(networkConsentEvents.at)),
		db
			.select({ id: tours.id, season: tours.season, phase: tours.phase, title: productions.title })
			.from(tours)
			.innerJoin(productions, eq(productions.id, tours.productionId))
			.where(eq(tours.orgId, m.orgId))
			.orderBy(desc(tours.season), asc(productions.title)),
		db
			.select({
				tourId: networkReviews.tourId,
				status: networkReviews.status,
				note: networkReviews.note,
				missing: networkReviews.missing,
				at: networkReviews.at
			})
			.from(networkReviews)
			.where(and(eq(networkReviews.networkId, r.networkId), eq(networkReviews.memberOrgId, m.orgId)))
			.orderBy(desc(networkReviews.at))
	]);
	const active = r.row.status === 'active';
	const position = active
		? ownPosition(await sharedTours(db, { id: r.networkId, isDemo: r.isDemo }), m.orgId)
		: [];
	const selection = r.row.selection as Selection;
	return {
		network: { name: r.name, slug: r.slug },
		status: r.row.status,
		tier: r.row.tier,
		selection,
		joinedAt: r.row.joinedAt,
		leftAt: r.row.leftAt,
		history: history.map((h) => ({ ...h, selection: h.selection as Selection })),
		tours: ownTours.map((t) => ({ ...t, shared: active && isShared(selection, t) })),
		seasons: [...new Set(ownTours.map((t) => t.season))].sort().reverse(),
		reviews: reviews.map((x) => ({ ...x, missing: x.missing as DefaultInput[] })),
		position
	};
}

const ConsentInput = z.object({
	tier: z.enum(CONSENT_TIERS, { error: 'networks.errors.tierRequired' }),
	seasons: z.array(z.string().trim().min(1).max(20)).max(50).default([]),
	phases: z
		.array(z.enum(['forecast', 'actual']))
		.max(2)
		.default([]),
	tourIds: z.array(z.string().min(1).max(64)).max(1000).default([])
});

/** The member's owner changes what it shares with one network; the change is dated and kept. */
export async function setConsent(
	db: Db,
	m: Membership,
	networkSlug: string,
	input: unknown,
	now = new Date()
) {
	assertMemberSide(m);
	assertRole(m, 'owner');
	assertWritable(m);
	const v = parseInput(ConsentInput, input);
	await db.transaction(async (tx) => {
		const r = await memberRow(tx, m, networkSlug);
		if (r.row.status !== 'active') throw new NotFoundError();
		// tours one by one: only the organisation's own tours, whatever the form said
		const own = v.tourIds.length
			? await tx
					.select({ id: tours.id })
					.from(tours)
					.where(and(eq(tours.orgId, m.orgId), inArray(tours.id, v.tourIds)))
			: [];
		const selection: Selection = {
			seasons: [...new Set(v.seasons)].sort(),
			phases: [...new Set(v.phases)].sort() as Selection['phases'],
			tourIds: own.map((t) => t.id).sort()
		};
		await tx
			.update(networkMembers)
			.set({ tier: v.tier, selection, updatedAt: now })
			.where(and(eq(networkMembers.networkId, r.networkId), eq(networkMembers.memberOrgId, m.orgId)));
		await tx.insert(networkConsentEvents).values({
			id: crypto.randomUUID(),
			networkId: r.networkId,
			memberOrgId: m.orgId,
			event: 'consent',
			tier: v.tier,
			selection,
			byUserId: m.userId,
			at: now
		});
	});
}

/** Leaving withdraws every share at once: nothing of the member counts from the next load. */
export async function leave(db: Db, m: Membership, networkSlug: string, now = new Date()) {
	assertMemberSide(m);
	assertRole(m, 'owner');
	assertWritable(m);
	await db.transaction(async (tx) => {
		const r = await memberRow(tx, m, networkSlug);
		if (r.row.status !== 'active') throw new NotFoundError();
		await tx
			.update(networkMembers)
			.set({
				status: 'left',
				tier: 'counted',
				selection: { ...EMPTY_SELECTION, phases: [] },
				leftAt: now,
				updatedAt: now
			})
			.where(and(eq(networkMembers.networkId, r.networkId), eq(networkMembers.memberOrgId, m.orgId)));
		await tx.insert(networkConsentEvents).values({
			id: crypto.randomUUID(),
			networkId: r.networkId,
			memberOrgId: m.orgId,
			event: 'left',
			tier: 'counted',
			selection: { ...EMPTY_SELECTION, phases: [] },
			byUserId: m.userId,
			at: now
		});
	});
}

/** The latest review of one of the member's own tours by each network (shown on its tour). */
export async function reviewsOfOwnTour(db: Db, m: Membership, tourId: string) {
	const rows = await db
		.select({
			network: organisations.name,
			status: networkReviews.status,
			note: networkReviews.note,
			missing: networkReviews.missing,
			at: networkReviews.at
		})
		.from(networkReviews)
		.innerJoin(organisations, eq(organisations.id, networkReviews.networkId))
		.where(and(eq(networkReviews.memberOrgId, m.orgId), eq(networkReviews.tourId, tourId)))
		.orderBy(desc(networkReviews.at));
	const seen = new Set<string>();
	return rows
		.filter((r) => !seen.has(r.network) && seen.add(r.network))
		.map((r) => ({ ...r, missing: r.missing as DefaultInput[] }));
}

/** Owners of company/venue organisations of a user, for the invitation page (choose who joins). */
export async function joinableOrganisations(db: Db, userId: string) {
	return db
		.select({ slug: organisations.slug, name: organisations.name, kind: organisations.kind })
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.orgId))
		.where(
			and(
				eq(memberships.userId, userId),
				eq(memberships.role, 'owner'),
				inArray(organisations.kind, [...MEMBER_KINDS]),
				eq(organisations.isDemo, false)
			)
		)
		.orderBy(asc(organisations.name));
}

export { RULES, protectCount };
/** for tests and benchmarks: the shared tours a network's figures are built from */
export const sharedToursForTests = sharedTours;
export type { ExperimentsView };
