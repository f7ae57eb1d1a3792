/**
 * Co-routing and shared freight across a network (issue 19).
 *
 * Who is compared: the network's active company and venue members that opted in to « opportunités
 * de mutualisation » (latest row of corouting_consents), and of them only the tours they share with
 * the network (their consent selection, src/lib/server/networks.ts isShared). A demo network only
 * ever compares demo members, a real network only real ones.
 *
 * What is shown to whom: a member sees only the opportunities it is part of, with the other member's
 * name and the fields of the opportunity (dates, places, distance, vehicle class) — nothing else of
 * the other's tours. A referent sees a pair only when both members share at tier « visible » or
 * above.
 *
 * Savings come from the engine: the freight rider's tour with the « shared-freight » lever applied
 * (its vehicle stays home for that date, its set rides in the partner's truck as tonne·km), against
 * the tour as it is (scenarios.buildDocument + diagnose). For two venues near each other, the
 * figure is an upper bound: what the member's travel and freight to that date emit (the
 * back-and-forth a swapped or added date could avoid).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from './db/client';
import { organisations, tours as toursTable } from './db/schema/index';
import { networkMembers } from './db/schema/networks';
import { coroutingConsents } from './db/schema/corouting';
import { assertRole, ForbiddenError, NotFoundError } from './errors';
import type { Membership } from './auth/types';
import { diagnose } from './diagnostics';
import { isShared, MEMBER_KINDS, type Selection, type Tier } from './networks';
import * as scenarios from './scenarios';
import { explicitLegs } from '../experiments';
import {
	dayNumber,
	DEFAULT_MATCH,
	findFreightPairs,
	findVenuePairs,
	type Movement,
	type Stay
} from '../corouting/match';
import type { ResultLine } from '../engine/types';
import type { TourFile } from '../schemas/tour-file';

/**
 * Mass of a set carried by a dedicated vehicle of each class, in tonnes: a choice of this tool to
 * size the shared freight (the member edits it in the scenario), not an emission factor.
 */
export const TYPICAL_LOAD_T: Record<string, number> = {
	van: 0.8,
	rigid_7_5t: 2.5,
	rigid_17t: 5,
	rigid: 5,
	rigid_over_17t: 8,
	hgv: 10,
	artic: 10
};

const TIER_RANK: Record<Tier, number> = { counted: 0, visible: 1, publishable: 2 };

export interface Side {
	member: string;
	memberName: string;
	tourId: string;
	productionTitle: string;
	dateId: string;
	venueName: string;
	placeName: string;
	start: string;
	end: string;
	/** freight: the vehicle and the leg */
	freightId?: string;
	vehicleClass?: string;
	from?: string;
	to?: string;
}

export interface Opportunity {
	/** stable: SHA-256 of the two sides' tour, date and freight ids */
	key: string;
	kind: 'freight' | 'venue';
	/** freight: `a` rides in `b`'s vehicle; venue: the two stays */
	a: Side;
	b: Side;
	km: number;
	/** freight: distance between the destinations */
	toKm: number | null;
	dayGap: number;
	/** kg CO2e the engine finds avoided (freight), or at most (venue) */
	savingKg: number | null;
	upperBound: boolean;
	/** the member whose tour the saving (and the scenario) concerns */
	savingFor: string;
	tonnes: number | null;
}

async function latestOptIns(db: Db, networkId: string): Promise<Map<string, boolean>> {
	const rows = await db
		.select()
		.from(coroutingConsents)
		.where(eq(coroutingConsents.networkId, networkId))
		.orderBy(asc(coroutingConsents.at));
	const out = new Map<string, boolean>();
	for (const r of rows) out.set(r.memberOrgId, r.enabled);
	return out;
}

async function networkOf(db: Db, slug: string) {
	const n = await db.select().from(organisations).where(eq(organisations.slug, slug)).get();
	if (!n || n.kind !== 'network') throw new NotFoundError();
	return n;
}

/** The member's own row in the network (404 when it is not a member). */
async function membership(db: Db, m: Membership, networkSlug: string) {
	if (!(MEMBER_KINDS as readonly string[]).includes(m.org.kind)) throw new NotFoundError();
	const network = await networkOf(db, networkSlug);
	const row = await db
		.select()
		.from(networkMembers)
		.where(and(eq(networkMembers.networkId, network.id), eq(networkMembers.memberOrgId, m.orgId)))
		.get();
	if (!row) throw new NotFoundError();
	return { network, row };
}

export async function isOptedIn(db: Db, networkId: string, orgId: string): Promise<boolean> {
	return (await latestOptIns(db, networkId)).get(orgId) ?? false;
}

/** An owner of the member organisation turns the opt-in on or off; the change is dated and kept. */
export async function setOptIn(db: Db, m: Membership, networkSlug: string, enabled: boolean): Promise<void> {
	assertRole(m, 'owner');
	if (m.org.isDemo || m.anonymous) throw new ForbiddenError('The demo is read-only');
	const { network, row } = await membership(db, m, networkSlug);
	if (row.status !== 'active') throw new ForbiddenError('Not an active member');
	await db.insert(coroutingConsents).values({
		id: crypto.randomUUID(),
		networkId: network.id,
		memberOrgId: m.orgId,
		enabled,
		byUserId: m.userId,
		at: new Date()
	});
}

interface Participant {
	orgId: string;
	name: string;
	tier: Tier;
	tours: { id: string; title: string; doc: TourFile }[];
}

/** Opted-in active members and the tours they share with the network. */
async function participants(db: Db, network: { id: string; isDemo: boolean }): Promise<Participant[]> {
	const optIns = await latestOptIns(db, network.id);
	const ids = [...optIns].filter(([, on]) => on).map(([id]) => id);
	if (ids.length === 0) return [];
	const members = await db
		.select({
			orgId: networkMembers.memberOrgId,
			name: organisations.name,
			kind: organisations.kind,
			isDemo: organisations.isDemo,
			tier: networkMembers.tier,
			status: networkMembers.status,
			selection: networkMembers.selection
		})
		.from(networkMembers)
		.innerJoin(organisations, eq(organisations.id, networkMembers.memberOrgId))
		.where(and(eq(networkMembers.networkId, network.id), inArray(networkMembers.memberOrgId, ids)));
	const eligible = members.filter(
		(x) =>
			x.status === 'active' &&
			(MEMBER_KINDS as readonly string[]).includes(x.kind) &&
			x.isDemo === network.isDemo
	);
	if (eligible.length === 0) return [];
	const tourRows = await db
		.select({
			id: toursTable.id,
			orgId: toursTable.orgId,
			season: toursTable.season,
			phase: toursTable.phase,
			document: toursTable.document
		})
		.from(toursTable)
		.where(
			inArray(
				toursTable.orgId,
				eligible.map((e) => e.orgId)
			)
		);
	return eligible.map((e) => ({
		orgId: e.orgId,
		name: e.name,
		tier: e.tier,
		tours: tourRows
			.filter((t) => t.orgId === e.orgId && isShared(e.selection as Selection, t))
			.map((t) => ({
				id: t.id,
				title: (t.document as TourFile).production.title,
				doc: t.document as TourFile
			}))
	}));
}

interface Indexed {
	moves: Movement[];
	stays: Stay[];
	sides: Map<string, Side>;
	docs: Map<string, { doc: TourFile; member: string }>;
	/** each tour computed once per request */
	results: Map<string, ReturnType<typeof diagnose>>;
}

function resultOf(ix: Indexed, tourId: string) {
	let r = ix.results.get(tourId);
	if (!r) {
		r = diagnose(ix.docs.get(tourId)!.doc);
		ix.results.set(tourId, r);
	}
	return r;
}

/** At most what a member's travel and freight to that date emit: the back-and-forth to avoid. */
function venueSaving(ix: Indexed, side: Side): number | null {
	const d = resultOf(ix, side.tourId);
	return d.ok ? companyKg(d.result.lines, side.dateId, ['travel', 'freight']) : null;
}

function sideKey(tourId: string, dateId: string, freightId = ''): string {
	return `${tourId}|${dateId}|${freightId}`;
}

/** Every opted-in tour's freight movements and venue stays, from its route (the engine's context). */
function index(people: Participant[]): Indexed {
	const moves: Movement[] = [];
	const stays: Stay[] = [];
	const sides = new Map<string, Side>();
	const docs = new Map<string, { doc: TourFile; member: string }>();
	for (const p of people)
		for (const t of p.tours) {
			let ctx;
			try {
				ctx = scenarios.contextOf(t.doc);
			} catch {
				continue; // a tour that cannot be computed yet has no route to compare
			}
			docs.set(t.id, { doc: t.doc, member: p.orgId });
			const dates = new Map(ctx.dates.map((d) => [d.id, d]));
			for (const d of ctx.dates) {
				const side: Side = {
					member: p.orgId,
					memberName: p.name,
					tourId: t.id,
					productionTitle: t.title,
					dateId: d.id,
					venueName: d.venueName,
					placeName: d.place.name,
					start: d.start,
					end: d.end
				};
				sides.set(sideKey(t.id, d.id), side);
				stays.push({
					member: p.orgId,
					tourId: t.id,
					dateId: d.id,
					venueName: d.venueName,
					place: { id: d.place.id, name: d.place.name, lat: d.place.lat, lon: d.place.lon },
					first: dayNumber(d.start),
					last: dayNumber(d.end)
				});
			}
			for (const f of t.doc.freight) {
				if (f.kind !== 'vehicle' || f.fuel) continue;
				for (const [n, leg] of explicitLegs(f, ctx).entries()) {
					if (!leg.date) continue;
					const d = dates.get(leg.date);
					const routeLeg = ctx.legs.find(
						(l) => l.dateId === leg.date && JSON.stringify(l.from.ref) === JSON.stringify(leg.from)
					);
					if (!d || !routeLeg) continue;
					const side: Side = {
						...sides.get(sideKey(t.id, d.id))!,
						freightId: f.id,
						vehicleClass: f.class,
						from: routeLeg.from.name,
						to: routeLeg.to.name
					};
					// only the legs arriving at a date: the one a partner passing by could carry
					if (JSON.stringify(leg.to) !== JSON.stringify(d.place.ref)) continue;
					sides.set(sideKey(t.id, d.id, `${f.id}#${n}`), side);
					moves.push({
						member: p.orgId,
						tourId: t.id,
						freightId: f.id,
						legId: `${f.id}#${n}`,
						vehicleClass: f.class,
						dateId: d.id,
						day: dayNumber(d.start),
						from: {
							id: routeLeg.from.id,
							name: routeLeg.from.name,
							lat: routeLeg.from.lat,
							lon: routeLeg.from.lon
						},
						to: { id: routeLeg.to.id, name: routeLeg.to.name, lat: routeLeg.to.lat, lon: routeLeg.to.lon }
					});
				}
			}
		}
	return { moves, stays, sides, docs, results: new Map() };
}

const keyOf = (...parts: string[]) =>
	encodeHexLowerCase(sha256(new TextEncoder().encode(parts.join('§')))).slice(0, 24);

function companyKg(lines: ResultLine[], dateId?: string, categories?: string[]): number {
	let s = 0;
	for (const l of lines) {
		if (l.scope !== 'company') continue;
		if (dateId !== undefined && l.dateId !== dateId) continue;
		if (categories && !categories.includes(l.category)) continue;
		s += l.kgCO2e;
	}
	return s;
}

/** The scenario step a freight opportunity gives the rider's tour. */
export function freightStep(o: Opportunity): { lever: string; params: Record<string, unknown> } {
	return {
		lever: 'shared-freight',
		params: {
			freightId: o.a.freightId,
			fromDate: o.a.dateId,
			toDate: o.a.dateId,
			tonnes: o.tonnes,
			partner: o.b.memberName,
			mode: 'road',
			arrivalOnly: true
		}
	};
}

/** Every opportunity among the opted-in members, with the engine's savings, largest first. */
function opportunities(ix: Indexed, involving: (a: string, b: string) => boolean): Opportunity[] {
	const out: Opportunity[] = [];
	for (const p of findFreightPairs(ix.moves, DEFAULT_MATCH)) {
		if (!involving(p.rider.member, p.carrier.member)) continue;
		const a = ix.sides.get(sideKey(p.rider.tourId, p.rider.dateId, p.rider.legId))!;
		const b = ix.sides.get(sideKey(p.carrier.tourId, p.carrier.dateId, p.carrier.legId))!;
		const o: Opportunity = {
			key: keyOf('freight', a.tourId, a.dateId, a.freightId ?? '', b.tourId, b.dateId, b.freightId ?? ''),
			kind: 'freight',
			a,
			b,
			km: p.fromKm,
			toKm: p.toKm,
			dayGap: p.dayGap,
			savingKg: null,
			upperBound: false,
			savingFor: a.member,
			tonnes: TYPICAL_LOAD_T[p.rider.vehicleClass] ?? 1
		};
		const doc = ix.docs.get(a.tourId)!.doc;
		try {
			const before = resultOf(ix, a.tourId);
			const after = diagnose(scenarios.buildDocument(doc, [freightStep(o)]).document);
			if (before.ok && after.ok)
				o.savingKg = before.result.totals.company.kg - after.result.totals.company.kg;
		} catch {
			// the lever does not fit this tour (shown without a figure)
		}
		// two full vehicles of the same size: carrying one's load in the other avoids nothing
		if (o.savingKg !== null && o.savingKg <= 0) continue;
		out.push(o);
	}
	for (const p of findVenuePairs(ix.stays, DEFAULT_MATCH)) {
		if (!involving(p.a.member, p.b.member)) continue;
		const a = ix.sides.get(sideKey(p.a.tourId, p.a.dateId))!;
		const b = ix.sides.get(sideKey(p.b.tourId, p.b.dateId))!;
		out.push({
			key: keyOf('venue', a.tourId, a.dateId, b.tourId, b.dateId),
			kind: 'venue',
			a,
			b,
			km: p.km,
			toKm: null,
			dayGap: p.dayGap,
			savingKg: venueSaving(ix, a),
			upperBound: true,
			savingFor: a.member,
			tonnes: null
		});
	}
	return out.sort((x, y) => (y.savingKg ?? -1) - (x.savingKg ?? -1) || x.key.localeCompare(y.key));
}

export interface MemberOpportunities {
	network: { name: string; slug: string };
	optedIn: boolean;
	canEdit: boolean;
	opportunities: Opportunity[];
}

/** A member's view: only the opportunities it is part of, and only when it opted in itself. */
export async function forMember(db: Db, m: Membership, networkSlug: string): Promise<MemberOpportunities> {
	const { network, row } = await membership(db, m, networkSlug);
	const optedIn = row.status === 'active' && (await isOptedIn(db, network.id, m.orgId));
	const ix = optedIn ? index(await participants(db, network)) : null;
	const list = ix ? opportunities(ix, (a, b) => a === m.orgId || b === m.orgId) : [];
	// two venues: the member's own stay first, with its own figure (« your date … their date »)
	const mine = list
		.map((o) =>
			ix && o.kind === 'venue' && o.b.member === m.orgId
				? { ...o, a: o.b, b: o.a, savingKg: venueSaving(ix, o.b), savingFor: m.orgId }
				: o
		)
		.sort((x, y) => (y.savingKg ?? -1) - (x.savingKg ?? -1) || x.key.localeCompare(y.key));
	return {
		network: { name: network.name, slug: network.slug },
		optedIn,
		canEdit: m.role === 'owner' && !m.org.isDemo && !m.anonymous,
		opportunities: mine
	};
}

/** A referent's view: pairs whose two members both share at tier « visible » or above. */
export async function forReferent(db: Db, m: Membership): Promise<Opportunity[]> {
	if (m.org.kind !== 'network') throw new NotFoundError();
	const network = { id: m.orgId, isDemo: m.org.isDemo };
	const people = await participants(db, network);
	const visible = new Set(people.filter((p) => TIER_RANK[p.tier] >= TIER_RANK.visible).map((p) => p.orgId));
	return opportunities(index(people), (a, b) => visible.has(a) && visible.has(b));
}

/** From a freight opportunity, the rider's scenario on its own tour (reusing the experiments). */
export async function createScenario(
	db: Db,
	m: Membership,
	networkSlug: string,
	key: string,
	name: (o: Opportunity) => string
): Promise<scenarios.ScenarioRecord> {
	assertRole(m, 'editor');
	const view = await forMember(db, m, networkSlug);
	const o = view.opportunities.find((x) => x.key === key);
	if (!o || o.kind !== 'freight' || o.a.member !== m.orgId) throw new NotFoundError();
	return scenarios.create(db, m, o.a.tourId, {
		name: name(o).slice(0, 120),
		steps: [freightStep(o)]
	});
}
