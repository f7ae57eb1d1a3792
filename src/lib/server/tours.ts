/**
 * Tours (tournées). A tour's activity data is one tour-file document (empreinte-tour@1), validated
 * by TourFile on EVERY write: an edit is `mutate(db, m, id, (doc) => …)`, which loads, applies,
 * validates and saves in one UPDATE, so a failed edit or import changes nothing.
 *
 * Every verb takes the caller's Membership and scopes by `m.orgId`.
 *
 * Lost updates (issue 17): every save bumps `version`. An editor page sends the version it was
 * rendered from; `mutate` refuses an edit made on an older version (StaleTourError, naming who saved
 * last and when) instead of silently writing over their change. Edits that only append (a new date,
 * a new travel group) send no version: they cannot undo anyone's change, so they are applied to the
 * latest document (merged). The UPDATE itself is a compare-and-set on the version read, so two saves
 * racing between read and write cannot both win either.
 */
import { forgetTour } from './results-cache';
import { and, asc, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import { Lru } from './lru';
import type { Db } from './db/client';
import { productions, tours, venues } from './db/schema/tours';
import { users } from './db/schema/auth';
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
	/** bumped by every save (see the header) */
	version: number;
	updatedBy: string | null;
}

/** An edit made on an older version of the tour: refused, nothing saved. */
export class StaleTourError extends Error {
	constructor(
		/** display name of who saved the newer version (null when unknown) */
		readonly by: string | null,
		readonly at: Date,
		readonly version: number
	) {
		super(`The tour was changed by ${by ?? 'someone'} at ${at.toISOString()} (version ${version})`);
		this.name = 'StaleTourError';
	}
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
		updatedAt: row.updatedAt,
		version: row.version ?? 0,
		updatedBy: row.updatedBy ?? null
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

/**
 * Parsed tour documents, by tour id, with the text they were parsed from: a read whose text is the
 * same string (one memcmp) reuses the parsed document instead of parsing ~100 kB of JSON again
 * (issue #21: every GET of a results page read it). Frozen, since readers share it. Bounded.
 */
const parsedDocuments = new Lru<{ text: string; document: TourFile }>(64, 32 * 1024 * 1024);

function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const k of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[k]);
	}
	return value;
}

/**
 * `get` for readers that do not change the tour (the tour's tab bar and results page on a GET):
 * the same record, its document shared between requests and frozen — writing to it throws.
 */
export async function getForReading(db: Db | Tx, m: Membership, id: string): Promise<TourRecord> {
	const { document: _document, ...columns } = getTableColumns(tours);
	const r = await db
		.select({ tour: columns, text: sql<string>`${tours.document}`, title: productions.title })
		.from(tours)
		.innerJoin(productions, eq(productions.id, tours.productionId))
		.where(and(eq(tours.id, id), eq(tours.orgId, m.orgId)))
		.get();
	if (!r) throw new NotFoundError();
	let known = parsedDocuments.get(r.tour.id);
	if (!known || known.text !== r.text) {
		known = { text: r.text, document: deepFreeze(JSON.parse(r.text) as TourFile) };
		parsedDocuments.set(r.tour.id, known, 3 * r.text.length);
	}
	return toRecord({ ...r.tour, document: known.document }, r.title);
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
		version: 0,
		updatedBy: m.userId,
		createdAt: now,
		updatedAt: now
	};
	await db.insert(tours).values(row);
	await networkIndicators.refresh(db, { id: row.id, orgId: m.orgId, document: doc }); // network dashboards
	return toRecord(row, title);
}

async function staleError(db: Db | Tx, row: { updatedBy: string | null; updatedAt: Date; version: number }) {
	const who = row.updatedBy
		? await db.select({ name: users.displayName }).from(users).where(eq(users.id, row.updatedBy)).get()
		: undefined;
	return new StaleTourError(who?.name ?? null, row.updatedAt, row.version);
}

export interface MutateOptions {
	/**
	 * The version the edit was made on (the page's); undefined/null = apply to the latest document
	 * (for edits that cannot conflict, and for callers that hold no page: imports, the API).
	 */
	expectedVersion?: number | null;
}

/**
 * Loads the tour, applies `change` to a copy of its document, validates and saves — or throws
 * (TourDocumentError / ValidationError / StaleTourError) having changed nothing.
 */
export async function mutate(
	db: Db | Tx,
	m: Membership,
	id: string,
	change: (doc: TourFile) => TourFile | void,
	options: MutateOptions = {}
): Promise<TourRecord> {
	assertRole(m, 'editor');
	const current = await get(db, m, id);
	const expected = options.expectedVersion;
	if (expected !== undefined && expected !== null && expected !== current.version) {
		throw await staleError(db, current);
	}
	const copy = structuredClone(current.document);
	const changed = change(copy) ?? copy;
	const doc = validated(changed);
	// the factor set is pinned at creation: an edit never changes it silently
	doc.factorSet = current.factorSet;
	const updatedAt = new Date();
	const summary = safeSummary(doc);
	const version = current.version + 1;
	const season = doc.production.season ?? current.season;
	const res = await db
		.update(tours)
		.set({ document: doc, summary, season, updatedAt, version, updatedBy: m.userId })
		.where(and(eq(tours.id, id), eq(tours.orgId, m.orgId), eq(tours.version, current.version)));
	if (res.rowsAffected === 0) {
		// someone saved between our read and our write: theirs stays, ours is refused
		throw await staleError(db, await get(db, m, id));
	}
	await networkIndicators.refresh(db, { id, orgId: m.orgId, document: doc }); // network dashboards
	forgetTour(id); // the kept results of older versions: not read again (their key has the version)
	return { ...current, document: doc, summary, season, updatedAt, version, updatedBy: m.userId };
}

/** The version an editor form was rendered from (hidden field `_version`), or null. */
export function versionOf(values: Record<string, string>): number | null {
	const raw = values._version;
	if (raw === undefined || raw.trim() === '') return null;
	const n = Number(raw);
	return Number.isInteger(n) && n >= 0 ? n : null;
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

/**
 * The linked tour's id and phase only (the results page's link): the actual made from a forecast, or
 * the forecast of an actual, inside the caller's organisation; one query, no document read.
 */
export async function counterpartRef(
	db: Db,
	m: Membership,
	tour: TourRecord
): Promise<{ id: string; phase: TourRecord['phase'] } | null> {
	if (tour.phase === 'actual' && !tour.forecastId) return null;
	const row = await db
		.select({ id: tours.id, phase: tours.phase })
		.from(tours)
		.where(
			and(
				eq(tours.orgId, m.orgId),
				tour.phase === 'actual' ? eq(tours.id, tour.forecastId!) : eq(tours.forecastId, tour.id)
			)
		)
		.get();
	return row ?? null;
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
