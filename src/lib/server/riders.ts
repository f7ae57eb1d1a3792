/**
 * Green riders (« fiche technique verte ») and the venue's way back.
 *
 * - The rider of a tour, or of one of its dates: the requests of src/lib/rider/requests.ts ranked
 *   by the saving the engine finds when each one's lever is applied to the tour (scenarios'
 *   buildDocument + diagnose: the same path as the experiments tab), with the company's own choices
 *   (included, « incitatif » / « contractuel », its own words) remembered per tour.
 * - A venue link per date: an unguessable code (only its SHA-256 stored), valid until
 *   LINK_VALID_DAYS after the date, revocable. Through it, and nothing else of the company, the venue
 *   reads its date's rider and sends figures back (attendance, its audience survey's shares, meals
 *   served, local technicians) and, optionally, its survey or ticketing CSV.
 * - The company sees what came back, and accepts it into the date (quality « mesuré ») or rejects it;
 *   a CSV goes through the audience import the company already uses (staged as a draft).
 */
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './db/client';
import { generateCode, hashCode } from './invitations';
import { riderLinks, riderReturns, tourRiders } from './db/schema/riders';
import { organisations } from './db/schema/auth';
import { productions, tours as toursTable } from './db/schema/tours';
import { assertRole, NotFoundError, ValidationError } from './errors';
import type { Membership } from './auth/types';
import { parseInput } from './auth/schemas';
import * as audience from './audience-imports';
import { diagnose } from './diagnostics';
import * as scenarios from './scenarios';
import * as tours from './tours';
import {
	COMMITMENTS,
	DATA_BACK,
	effectiveChoices,
	rankRequests,
	REQUESTS,
	RIDER_TAGS,
	type RankedRequest,
	type RiderChoices,
	type SavingOutcome
} from '../rider/requests';
import type { ResultLine } from '../engine/types';
import type { TourFile } from '../schemas/tour-file';

export const LINK_VALID_DAYS = 90;
const DAY_MS = 24 * 3600 * 1000;
/** Largest audience file a venue may send (the no-JavaScript import's own limit, EMPREINTE_UPLOAD_AUDIENCE_MB). */
export const maxReturnFileBytes = () => audience.maxFormFileBytes();

function dateIdsOf(doc: TourFile): string[] {
	return doc.dates.map((d, i) => d.id ?? `d${i + 1}`);
}

function sumKg(lines: ResultLine[], scope: 'company' | 'audience', dateIds: Set<string> | null): number {
	let s = 0;
	for (const l of lines) {
		if (l.scope !== scope) continue;
		if (dateIds && (l.dateId === null || !dateIds.has(l.dateId))) continue;
		s += l.kgCO2e;
	}
	return s;
}

/**
 * What each request's lever would avoid on this tour (all dates) or on one date: the tour with the
 * lever applied, computed by the engine, against the tour as it is, on the lines of those dates.
 */
export function savings(doc: TourFile, dateId: string | null): SavingOutcome[] {
	const base = diagnose(doc);
	if (!base.ok) return REQUESTS.map((r) => ({ key: r.key, savingKg: null, applicable: r.lever === null }));
	const ids = dateId ? [dateId] : dateIdsOf(doc);
	const filter = dateId ? new Set(ids) : null;
	return REQUESTS.map((r) => {
		if (r.lever === null) return { key: r.key, savingKg: null, applicable: true };
		try {
			const built = scenarios.buildDocument(doc, [{ lever: r.lever, params: r.params(ids) }]);
			const after = diagnose(built.document);
			if (!after.ok) return { key: r.key, savingKg: null, applicable: false };
			const saving = sumKg(base.result.lines, r.scope, filter) - sumKg(after.result.lines, r.scope, filter);
			return { key: r.key, savingKg: saving, applicable: saving > 1e-9 };
		} catch {
			// the lever does not fit this tour (no freight vehicle, no audience figures…)
			return { key: r.key, savingKg: null, applicable: false };
		}
	});
}

export interface LinkView {
	id: string;
	dateId: string;
	createdAt: Date;
	expiresAt: Date;
	revokedAt: Date | null;
	active: boolean;
}

export interface ReturnView {
	id: string;
	dateId: string;
	figures: VenueFigures;
	fileName: string | null;
	status: 'pending' | 'accepted' | 'rejected';
	submittedAt: Date;
	decidedAt: Date | null;
}

export interface RiderView {
	tour: tours.TourRecord;
	dateId: string | null;
	ranked: RankedRequest[];
	choices: RiderChoices;
	links: LinkView[];
	returns: ReturnView[];
}

async function savedChoices(db: Db, m: Membership, tourId: string): Promise<Partial<RiderChoices> | null> {
	const row = await db
		.select()
		.from(tourRiders)
		.where(and(eq(tourRiders.tourId, tourId), eq(tourRiders.orgId, m.orgId)))
		.get();
	return (row?.choices as Partial<RiderChoices> | undefined) ?? null;
}

export async function view(db: Db, m: Membership, tourId: string, dateId: string | null): Promise<RiderView> {
	const tour = await tours.get(db, m, tourId);
	if (dateId !== null && !dateIdsOf(tour.document).includes(dateId)) throw new NotFoundError();
	const ranked = rankRequests(savings(tour.document, dateId));
	const choices = effectiveChoices(ranked, await savedChoices(db, m, tourId));
	const now = Date.now();
	const links = (
		await db
			.select()
			.from(riderLinks)
			.where(and(eq(riderLinks.tourId, tourId), eq(riderLinks.orgId, m.orgId)))
			.orderBy(desc(riderLinks.createdAt))
	).map((l) => ({
		id: l.id,
		dateId: l.dateId,
		createdAt: l.createdAt,
		expiresAt: l.expiresAt,
		revokedAt: l.revokedAt,
		active: l.revokedAt === null && l.expiresAt.getTime() > now
	}));
	const returns = (
		await db
			.select()
			.from(riderReturns)
			.where(and(eq(riderReturns.tourId, tourId), eq(riderReturns.orgId, m.orgId)))
			.orderBy(desc(riderReturns.submittedAt))
	).map((r) => ({
		id: r.id,
		dateId: r.dateId,
		figures: r.figures as VenueFigures,
		fileName: r.fileName,
		status: r.status,
		submittedAt: r.submittedAt,
		decidedAt: r.decidedAt
	}));
	return { tour, dateId, ranked, choices, links, returns };
}

const Tag = z.enum(RIDER_TAGS);
const Text = z.string().trim().max(2000, { error: 'rider.errors.tooLong' });

/** The rider form: `req.<key>.included|tag|text`, `com.<key>.…`, `back.<key>.included`. */
export function choicesFromForm(values: Record<string, string>): RiderChoices {
	const clause = (prefix: string) => {
		const text = Text.safeParse(values[`${prefix}.text`] ?? '');
		if (!text.success) throw new ValidationError({ [`${prefix}.text`]: { key: 'rider.errors.tooLong' } });
		const tag = Tag.safeParse(values[`${prefix}.tag`]);
		return {
			included: values[`${prefix}.included`] === 'on',
			tag: tag.success ? tag.data : ('incentive' as const),
			text: text.data
		};
	};
	const requests: RiderChoices['requests'] = {};
	for (const r of REQUESTS) requests[r.key] = clause(`req.${r.key}`);
	const commitments: RiderChoices['commitments'] = {};
	for (const c of COMMITMENTS) commitments[c] = clause(`com.${c}`);
	const dataBack: RiderChoices['dataBack'] = {};
	for (const d of DATA_BACK) dataBack[d] = { included: values[`back.${d}.included`] === 'on' };
	return { requests, commitments, dataBack };
}

export async function saveChoices(
	db: Db,
	m: Membership,
	tourId: string,
	values: Record<string, string>
): Promise<void> {
	assertRole(m, 'editor');
	await tours.get(db, m, tourId);
	const choices = choicesFromForm(values);
	const now = new Date();
	await db
		.insert(tourRiders)
		.values({ tourId, orgId: m.orgId, choices, updatedAt: now })
		.onConflictDoUpdate({ target: tourRiders.tourId, set: { choices, updatedAt: now } });
}

// ————————————————————————————————————————— venue links

export async function createLink(
	db: Db,
	m: Membership,
	tourId: string,
	dateId: string
): Promise<{ code: string; link: LinkView }> {
	assertRole(m, 'editor');
	const tour = await tours.get(db, m, tourId);
	const date = tour.document.dates.find((d, i) => (d.id ?? `d${i + 1}`) === dateId);
	if (!date) throw new ValidationError({ date: { key: 'rider.errors.date' } });
	const code = generateCode(20);
	const now = new Date();
	const until = new Date(Date.parse(`${date.end ?? date.start}T00:00:00Z`) + LINK_VALID_DAYS * DAY_MS);
	const expiresAt = until > now ? until : new Date(now.getTime() + LINK_VALID_DAYS * DAY_MS);
	const id = crypto.randomUUID();
	await db.insert(riderLinks).values({
		id,
		orgId: m.orgId,
		tourId,
		dateId,
		codeHash: hashCode(code),
		createdBy: m.userId,
		createdAt: now,
		expiresAt,
		revokedAt: null
	});
	return { code, link: { id, dateId, createdAt: now, expiresAt, revokedAt: null, active: true } };
}

export async function revokeLink(db: Db, m: Membership, tourId: string, linkId: string): Promise<void> {
	assertRole(m, 'editor');
	const r = await db
		.update(riderLinks)
		.set({ revokedAt: new Date() })
		.where(and(eq(riderLinks.id, linkId), eq(riderLinks.tourId, tourId), eq(riderLinks.orgId, m.orgId)))
		.returning({ id: riderLinks.id });
	if (r.length === 0) throw new NotFoundError();
}

/** The link behind a code, if it is valid now; NotFoundError otherwise (unknown, revoked, expired). */
async function linkOf(db: Db, code: string, now = new Date()) {
	if (!/^[a-z2-7]{20,64}$/.test(code)) throw new NotFoundError();
	const link = await db
		.select()
		.from(riderLinks)
		.where(eq(riderLinks.codeHash, hashCode(code)))
		.get();
	if (!link || link.revokedAt !== null || link.expiresAt <= now) throw new NotFoundError();
	return link;
}

export interface VenuePage {
	company: string;
	production: string;
	date: { id: string; venue: string; start: string; end: string; performances: number };
	requests: { key: string; tag: string; text: string }[];
	commitments: { key: string; text: string }[];
	dataBack: string[];
	expiresAt: Date;
	returns: number;
}

/** What the venue sees: its date, the company's kept requests and commitments, the figures asked. */
export async function venuePage(db: Db, code: string): Promise<VenuePage> {
	const link = await linkOf(db, code);
	// the link's own organisation and tour, nothing else
	const found = await db
		.select({ document: toursTable.document, title: productions.title, company: organisations.name })
		.from(toursTable)
		.innerJoin(productions, eq(productions.id, toursTable.productionId))
		.innerJoin(organisations, eq(organisations.id, toursTable.orgId))
		.where(and(eq(toursTable.id, link.tourId), eq(toursTable.orgId, link.orgId)))
		.get();
	if (!found) throw new NotFoundError();
	const tour = { document: found.document as TourFile };
	const index = dateIdsOf(tour.document).indexOf(link.dateId);
	if (index < 0) throw new NotFoundError();
	const d = tour.document.dates[index];
	const ranked = rankRequests(savings(tour.document, link.dateId));
	const row = await db.select().from(tourRiders).where(eq(tourRiders.tourId, link.tourId)).get();
	const choices = effectiveChoices(ranked, (row?.choices as Partial<RiderChoices>) ?? null);
	const sent = await db
		.select({ id: riderReturns.id })
		.from(riderReturns)
		.where(eq(riderReturns.linkId, link.id));
	return {
		company: found.company,
		production: found.title,
		date: {
			id: link.dateId,
			venue: d.venue.name,
			start: d.start,
			end: d.end ?? d.start,
			performances: d.performances
		},
		requests: ranked
			.filter((r) => choices.requests[r.key]?.included)
			.map((r) => ({ key: r.key, tag: choices.requests[r.key].tag, text: choices.requests[r.key].text })),
		commitments: COMMITMENTS.filter((c) => choices.commitments[c].included).map((c) => ({
			key: c,
			text: choices.commitments[c].text
		})),
		dataBack: DATA_BACK.filter((k) => choices.dataBack[k].included),
		expiresAt: link.expiresAt,
		returns: sent.length
	};
}

const E = 'rider.errors';
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const num = (max: number, error: string) =>
	z.preprocess(
		(v) =>
			blank(v)
				? undefined
				: typeof v === 'string'
					? Number(v.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'))
					: v,
		z.number({ error }).min(0, { error }).max(max, { error }).optional()
	);

/** The shares a venue's own survey gives, in % of spectators, by the modes a survey usually asks. */
export const VENUE_SHARE_MODES = ['car', 'bus', 'tram', 'rail.ter', 'walk', 'bike'] as const;

export const VenueFigures = z
	.object({
		contact: z
			.string()
			.trim()
			.max(120, { error: `${E}.tooLong` })
			.default(''),
		attendance: num(10_000_000, `${E}.number`),
		sharesCar: num(100, `${E}.percent`),
		sharesBus: num(100, `${E}.percent`),
		sharesTram: num(100, `${E}.percent`),
		sharesRail: num(100, `${E}.percent`),
		sharesWalk: num(100, `${E}.percent`),
		sharesBike: num(100, `${E}.percent`),
		roundTripKm: num(5000, `${E}.number`),
		carOccupancy: z.preprocess(
			(v) => (blank(v) ? undefined : typeof v === 'string' ? Number(v.replace(',', '.')) : v),
			z
				.number({ error: `${E}.occupancy` })
				.min(1, { error: `${E}.occupancy` })
				.max(9, { error: `${E}.occupancy` })
				.optional()
		),
		mealsVegetarian: num(100_000, `${E}.number`),
		mealsOther: num(100_000, `${E}.number`),
		localCrew: num(500, `${E}.number`),
		comment: z
			.string()
			.trim()
			.max(2000, { error: `${E}.tooLong` })
			.default('')
	})
	.superRefine((v, ctx) => {
		const shares = [v.sharesCar, v.sharesBus, v.sharesTram, v.sharesRail, v.sharesWalk, v.sharesBike];
		const sum = shares.reduce<number>((s, x) => s + (x ?? 0), 0);
		if (sum > 100.5)
			ctx.addIssue({
				code: 'custom',
				path: ['sharesCar'],
				message: `${E}.sharesSum`,
				params: { sum: Math.round(sum) }
			});
		const given = shares.some((x) => x !== undefined);
		if (given && v.roundTripKm === undefined)
			ctx.addIssue({ code: 'custom', path: ['roundTripKm'], message: `${E}.distanceNeeded` });
	});
export type VenueFigures = z.infer<typeof VenueFigures>;

/** The venue sends its figures (and optionally its file). Nothing else of the company is reachable. */
export async function submitReturn(
	db: Db,
	code: string,
	input: unknown,
	file: { name: string; bytes: Uint8Array } | null
): Promise<void> {
	const link = await linkOf(db, code);
	const figures = parseInput(VenueFigures, input);
	const hasFigures =
		figures.attendance !== undefined ||
		figures.sharesCar !== undefined ||
		figures.mealsVegetarian !== undefined ||
		figures.mealsOther !== undefined ||
		figures.localCrew !== undefined;
	if (!hasFigures && !file && figures.comment === '')
		throw new ValidationError({ '': { key: `${E}.empty` } });
	if (file && file.bytes.length > maxReturnFileBytes())
		throw new ValidationError({
			file: { key: `${E}.fileTooBig`, params: { mb: Math.round((maxReturnFileBytes() / 2 ** 20) * 10) / 10 } }
		});
	await db.insert(riderReturns).values({
		id: crypto.randomUUID(),
		linkId: link.id,
		orgId: link.orgId,
		tourId: link.tourId,
		dateId: link.dateId,
		figures,
		fileName: file?.name.slice(0, 200) ?? null,
		fileData: file ? Buffer.from(file.bytes).toString('base64') : null,
		status: 'pending',
		submittedAt: new Date(),
		decidedAt: null,
		decidedBy: null
	});
}

async function returnOf(db: Db, m: Membership, tourId: string, returnId: string) {
	const row = await db
		.select()
		.from(riderReturns)
		.where(
			and(eq(riderReturns.id, returnId), eq(riderReturns.tourId, tourId), eq(riderReturns.orgId, m.orgId))
		)
		.get();
	if (!row) throw new NotFoundError();
	return row;
}

/** The date with the venue's figures: what they give replaces what the date had, quality « mesuré ». */
export function applyFigures(doc: TourFile, dateId: string, f: VenueFigures): void {
	const date = doc.dates.find((d, i) => (d.id ?? `d${i + 1}`) === dateId);
	if (!date) throw new ValidationError({ '': { key: `${E}.date` } });
	if (f.attendance !== undefined) date.attendance = f.attendance;
	const shares: [string, number | undefined][] = [
		['car', f.sharesCar],
		['bus', f.sharesBus],
		['tram', f.sharesTram],
		['rail.ter', f.sharesRail],
		['walk', f.sharesWalk],
		['bike', f.sharesBike]
	];
	if (shares.some(([, v]) => v !== undefined) && f.roundTripKm !== undefined) {
		const modalShares: Record<string, number> = {};
		for (const [mode, v] of shares) if (v !== undefined && v > 0) modalShares[mode] = v / 100;
		date.audience = {
			...(date.audience?.archetype ? { archetype: date.audience.archetype } : {}),
			modalShares,
			roundTripKm: f.roundTripKm,
			...(f.carOccupancy !== undefined ? { carOccupancy: f.carOccupancy } : {}),
			quality: 'measured'
		};
	}
	const meals = [
		...(f.mealsVegetarian
			? [{ type: 'vegetarian' as const, count: f.mealsVegetarian, quality: 'measured' as const }]
			: []),
		...(f.mealsOther ? [{ type: 'average' as const, count: f.mealsOther, quality: 'measured' as const }] : [])
	];
	if (meals.length > 0) date.meals = meals;
}

export async function acceptReturn(db: Db, m: Membership, tourId: string, returnId: string): Promise<void> {
	assertRole(m, 'editor');
	const row = await returnOf(db, m, tourId, returnId);
	if (row.status !== 'pending') throw new ValidationError({ '': { key: `${E}.decided` } });
	await db.transaction(async (tx) => {
		await tours.mutate(tx, m, tourId, (doc) => applyFigures(doc, row.dateId, row.figures as VenueFigures));
		await tx
			.update(riderReturns)
			.set({ status: 'accepted', decidedAt: new Date(), decidedBy: m.userId })
			.where(eq(riderReturns.id, returnId));
	});
}

export async function rejectReturn(db: Db, m: Membership, tourId: string, returnId: string): Promise<void> {
	assertRole(m, 'editor');
	const row = await returnOf(db, m, tourId, returnId);
	if (row.status !== 'pending') throw new ValidationError({ '': { key: `${E}.decided` } });
	await db
		.update(riderReturns)
		.set({ status: 'rejected', decidedAt: new Date(), decidedBy: m.userId })
		.where(eq(riderReturns.id, returnId));
}

/** The venue's file into the company's audience import, as a draft for its date (mapping, preview, save). */
export async function stageReturnFile(
	db: Db,
	m: Membership,
	tourId: string,
	returnId: string,
	kind: 'survey' | 'ticketing'
): Promise<audience.DraftRecord> {
	assertRole(m, 'editor');
	const row = await returnOf(db, m, tourId, returnId);
	if (!row.fileData || !row.fileName) throw new NotFoundError();
	return audience.stageFile(db, m, tourId, {
		bytes: new Uint8Array(Buffer.from(row.fileData, 'base64')),
		fileName: row.fileName,
		kind,
		dateIds: [row.dateId]
	});
}
