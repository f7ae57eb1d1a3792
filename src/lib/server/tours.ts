/**
 * Tours (tournées). A tour's activity data is one tour-file document (empreinte-tour@1), validated
 * by TourFile on EVERY write: an edit is `mutate(db, m, id, (doc) => …)`, which loads, applies,
 * validates and saves in one UPDATE, so a failed edit or import changes nothing.
 *
 * Every verb takes the caller's Membership and scopes by `m.orgId`.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from './db/client';
import { productions, tours, venues } from './db/schema/tours';
import { assertRole, NotFoundError, ValidationError } from './errors';
import { parseInput } from './auth/schemas';
import type { Membership } from './auth/types';
import { TourInput } from '../schemas/production';
import { TOUR_FORMAT, validateTourFile, type TourFile, type TourFileProblem } from '../schemas/tour-file';
import { summarise } from './diagnostics';
import * as networkIndicators from './network-indicators';

export type TourRow = typeof tours.$inferSelect;

/**
 * A transaction of `db.transaction(async (tx) => …)`: `get` and `mutate` accept one, so that a
 * caller can save the tour and its own rows all or nothing (audience imports).
 */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface TourRecord {
	id: string;
	orgId: string;
	productionId: string;
	productionTitle: string;
	season: string;
	phase: 'forecast' | 'actual';
	forecastId: string | null;
	factorSet: string;
	document: TourFile;
	summary: TourSummary | null;
	updatedAt: Date;
}

/** Kept beside the document for lists and comparisons; recomputed on every save. */
export type TourSummary = NonNullable<ReturnType<typeof summarise>>;

/** A tour document that failed validation: the problems, by JSON path. */
export class TourDocumentError extends Error {
	constructor(readonly problems: TourFileProblem[]) {
		super(`Invalid tour: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
		this.name = 'TourDocumentError';
	}
}

function toRecord(row: TourRow, productionTitle: string): TourRecord {
	return {
		id: row.id,
		orgId: row.orgId,
		productionId: row.productionId,
		productionTitle,
		season: row.season,
		phase: row.phase,
		forecastId: row.forecastId,
		factorSet: row.factorSet,
		document: row.document as TourFile,
		summary: (row.summary as TourSummary | null) ?? null,
		updatedAt: row.updatedAt
	};
}

export async function listForProduction(db: Db, m: Membership, productionId: string): Promise<TourRecord[]> {
	const rows = await db
		.select({ tour: tours, title: productions.title })
		.from(tours)
		.innerJoin(productions, eq(productions.id, tours.productionId))
		.where(and(eq(tours.orgId, m.orgId), eq(tours.productionId, productionId)))
		.orderBy(desc(tours.season), asc(tours.phase));
	return rows.map((r) => toRecord(r.tour, r.title));
}

export async function listForOrg(db: Db, m: Membership): Promise<TourRecord[]> {
	const rows = await db
		.select({ tour: tours, title: productions.title })
		.from(tours)
		.innerJoin(productions, eq(productions.id, tours.productionId))
		.where(eq(tours.orgId, m.orgId))
		.orderBy(asc(productions.title), desc(tours.season));
	return rows.map((r) => toRecord(r.tour, r.title));
}

export async function get(db: Db | Tx, m: Membership, id: string): Promise<TourRecord> {
	const r = await db
		.select({ tour: tours, title: productions.title })
		.from(tours)
		.innerJoin(productions, eq(productions.id, tours.productionId))
		.where(and(eq(tours.id, id), eq(tours.orgId, m.orgId)))
		.get();
	if (!r) throw new NotFoundError();
	return toRecord(r.tour, r.title);
}

function validated(doc: unknown): TourFile {
	const r = validateTourFile(doc);
	if (!r.ok) throw new TourDocumentError(r.problems);
	return r.tour;
}

function safeSummary(doc: TourFile): TourSummary | null {
	try {
		return summarise(doc);
	} catch {
		return null; // an incomplete tour still saves; its results page says what is missing
	}
}

/** The production, looked up inside the caller's organisation only. */
async function productionOf(db: Db | Tx, m: Membership, productionId: string) {
	const production = await db
		.select()
		.from(productions)
		.where(and(eq(productions.id, productionId), eq(productions.orgId, m.orgId)))
		.get();
	if (!production) throw new NotFoundError();
	return production;
}

export async function create(
	db: Db,
	m: Membership,
	productionId: string,
	input: unknown
): Promise<TourRecord> {
	assertRole(m, 'editor');
	const production = await productionOf(db, m, productionId);
	const v = parseInput(TourInput, input);
	const doc = validated({
		format: TOUR_FORMAT,
		production: { title: production.title, company: m.org.name, season: v.season },
		homeBase: { name: v.homeName || undefined, place: v.homePlaceId },
		factorSet: v.factorSet,
		team: production.teamSize ? [{ role: 'team', count: production.teamSize }] : []
	});
	return insert(db, m, productionId, production.title, v.season, doc, 'forecast', null);
}

async function insert(
	db: Db,
	m: Membership,
	productionId: string,
	title: string,
	season: string,
	doc: TourFile,
	phase: 'forecast' | 'actual',
	forecastId: string | null
): Promise<TourRecord> {
	const now = new Date();
	const row: TourRow = {
		id: crypto.randomUUID(),
		orgId: m.orgId,
		productionId,
		season,
		phase,
		forecastId,
		factorSet: doc.factorSet ?? '',
		document: doc,
		summary: safeSummary(doc),
		createdAt: now,
		updatedAt: now
	};
	await db.insert(tours).values(row);
	await networkIndicators.refresh(db, { id: row.id, orgId: m.orgId, document: doc }); // network dashboards
	return toRecord(row, title);
}

/**
 * Loads the tour, applies `change` to a copy of its document, validates and saves — or throws
 * (TourDocumentError / ValidationError) having changed nothing.
 */
export async function mutate(
	db: Db | Tx,
	m: Membership,
	id: string,
	change: (doc: TourFile) => TourFile | void
): Promise<TourRecord> {
	assertRole(m, 'editor');
	const current = await get(db, m, id);
	const copy = structuredClone(current.document);
	const changed = change(copy) ?? copy;
	const doc = validated(changed);
	// the factor set is pinned at creation: an edit never changes it silently
	doc.factorSet = current.factorSet;
	const updatedAt = new Date();
	const summary = safeSummary(doc);
	await db
		.update(tours)
		.set({ document: doc, summary, season: doc.production.season ?? current.season, updatedAt })
		.where(and(eq(tours.id, id), eq(tours.orgId, m.orgId)));
	await networkIndicators.refresh(db, { id, orgId: m.orgId, document: doc }); // network dashboards
	return { ...current, document: doc, summary, season: doc.production.season ?? current.season, updatedAt };
}

/** Replaces the whole document (JSON import into an existing tour). */
export async function replaceDocument(db: Db, m: Membership, id: string, raw: unknown): Promise<TourRecord> {
	return mutate(db, m, id, () => validated(raw));
}

/** A new tour of a production from a tour file (JSON import). The file's factor set is pinned. */
export async function importFile(
	db: Db,
	m: Membership,
	productionId: string,
	raw: unknown,
	defaultSet: string
): Promise<TourRecord> {
	assertRole(m, 'editor');
	const production = await productionOf(db, m, productionId);
	const doc = validated(raw);
	doc.factorSet ??= defaultSet;
	const season = doc.production.season?.trim() || new Date().getFullYear().toString();
	return insert(db, m, productionId, production.title, season, doc, 'forecast', null);
}

export async function remove(db: Db, m: Membership, id: string): Promise<void> {
	assertRole(m, 'editor');
	await get(db, m, id);
	await db.delete(tours).where(and(eq(tours.id, id), eq(tours.orgId, m.orgId)));
}

/**
 * After the tour: the forecast becomes the starting point of the actual — one action, a copy
 * linked to its forecast, that the team then corrects with what really happened.
 */
export async function makeActual(db: Db, m: Membership, forecastId: string): Promise<TourRecord> {
	assertRole(m, 'editor');
	const forecast = await get(db, m, forecastId);
	if (forecast.phase !== 'forecast') {
		throw new ValidationError({ '': { key: 'tours.errors.notAForecast' } });
	}
	const existing = await db
		.select({ id: tours.id })
		.from(tours)
		.where(and(eq(tours.orgId, m.orgId), eq(tours.forecastId, forecastId)))
		.get();
	if (existing) return get(db, m, existing.id);
	return insert(
		db,
		m,
		forecast.productionId,
		forecast.productionTitle,
		forecast.season,
		structuredClone(forecast.document),
		'actual',
		forecast.id
	);
}

/** The actual made from a forecast, if any (and the other way round). */
export async function counterpart(db: Db, m: Membership, tour: TourRecord): Promise<TourRecord | null> {
	if (tour.phase === 'actual') return tour.forecastId ? get(db, m, tour.forecastId).catch(() => null) : null;
	const row = await db
		.select({ id: tours.id })
		.from(tours)
		.where(and(eq(tours.orgId, m.orgId), eq(tours.forecastId, tour.id)))
		.get();
	return row ? get(db, m, row.id) : null;
}

// ———————————————————————————————————— venues remembered by the organisation

export type Venue = typeof venues.$inferSelect;

export async function listVenues(db: Db, m: Membership): Promise<Venue[]> {
	return db.select().from(venues).where(eq(venues.orgId, m.orgId)).orderBy(asc(venues.name));
}

/** Remembers a venue (same name and town: updated, not duplicated). */
export async function rememberVenue(
	db: Db,
	m: Membership,
	v: {
		name: string;
		placeId: string;
		placeLabel: string;
		capacity?: number | null;
		territory?: Venue['territory'];
	}
): Promise<void> {
	assertRole(m, 'editor');
	const existing = await db
		.select()
		.from(venues)
		.where(and(eq(venues.orgId, m.orgId), eq(venues.name, v.name), eq(venues.placeId, v.placeId)))
		.get();
	if (existing) {
		await db
			.update(venues)
			.set({ capacity: v.capacity ?? existing.capacity, territory: v.territory ?? existing.territory })
			.where(and(eq(venues.id, existing.id), eq(venues.orgId, m.orgId)));
		return;
	}
	await db.insert(venues).values({
		id: crypto.randomUUID(),
		orgId: m.orgId,
		name: v.name,
		placeId: v.placeId,
		placeLabel: v.placeLabel,
		capacity: v.capacity ?? null,
		territory: v.territory ?? null,
		createdAt: new Date()
	});
}
