/**
 * Audience imports (spectator surveys, ticketing postcodes): stage a file as a draft, read it with
 * the user's mapping, preview what it gives, and save the aggregated distribution into the tour —
 * the date's `audience.distribution`, through tours.mutate's validation — together with the
 * import's record and the organisation's remembered mapping, in ONE transaction.
 *
 *   browser (JavaScript): the parse worker reads the file, drops personal columns, sends only
 *     the mapped columns, block by block (startDraft, appendBlock)
 *   no JavaScript: the upload form posts the file, read here with the same rules (stageFile)
 *   then: preview (the draft page), updateSettings (mapping and label review), commit, discard
 *
 * Every calculation is in src/lib/audience (pure) and the engine (through diagnose): this module
 * reads and writes, scoped by the caller's membership (an outsider gets NotFoundError).
 */
import { limits } from './limits';
import { and, asc, desc, eq, lt } from 'drizzle-orm';
import type { Db } from './db/client';
import { audienceDraftBlocks, audienceDrafts, audienceImports, audienceMappings } from './db/schema/audience';
import { assertRole, NotFoundError, ValidationError } from './errors';
import type { Membership } from './auth/types';
import * as tours from './tours';
import { diagnose } from './diagnostics';
import { getGazetteer } from './geo/index';
import { decode, parseCsv, parseNumber } from './imports/csv';
import { analyse, type Analysis, type Caveat } from '../audience/analysis';
import { type Aggregate, type ModeShares } from '../audience/aggregate';
import { bootstrap, type BootstrapResult, type ModeFactor } from '../audience/bootstrap';
import { autoMap, mappingProblems, type MappingProblem } from '../audience/columns';
import { createOriginResolver } from '../audience/geocode';
import { isAudienceMode, needsReview, reviewLabels, type LabelReview } from '../audience/labels';
import { countLabels } from '../audience/rows';
import type { DroppedColumn } from '../audience/privacy';
import { blockProblem, decodeBlocks, encodeBlocks, type StagedBlock } from '../audience/staged';
import {
	columnSamples,
	filterPrivacy,
	sniffFile,
	tableProblem,
	uniqueHeaders,
	type Encoding
} from '../audience/table';
import type { ImportKind, ImportSettings, RawTable, Rejection } from '../audience/types';
import { SavedMappingSchema, type DraftStart, type SavedMapping } from '../schemas/audience-import';
import type { AudienceMode, ResultLine, TourResult } from '../engine/types';
import type { AudienceFigures, TourFile } from '../schemas/tour-file';

/** A draft not touched for this long is deleted when its organisation starts another one. */
export const DRAFT_TTL_MS = 24 * 3600 * 1000;
/** Largest file the no-JavaScript upload reads (the browser path has no such limit). */
/** EMPREINTE_UPLOAD_AUDIENCE_MB (src/lib/server/limits.ts), 5 MB by default. */
export const maxFormFileBytes = () => limits().upload.audienceFile;
/** Rejected rows shown on the page (all of them are in the CSV download). */
export const SHOWN_REJECTIONS = 50;

export interface DraftMeta {
	encoding: Encoding;
	delimiter: string;
	/** kept columns, in block order */
	columns: string[];
	dropped: DroppedColumn[];
	/** proposed for dropping, kept at the user's request (absent in drafts made before) */
	kept?: DroppedColumn[];
	scrubbed: number;
	/** data rows in the file */
	rowsRead: number;
	/** blocks announced */
	blocks: number;
	settings: ImportSettings;
	/** false until the user has seen the mapping step (no-JavaScript upload) */
	mappingConfirmed: boolean;
	samples: Record<string, string[]>;
}

export interface DraftRecord {
	id: string;
	tourId: string;
	kind: ImportKind;
	dateIds: string[];
	fileName: string;
	meta: DraftMeta;
	complete: boolean;
	createdAt: Date;
	updatedAt: Date;
}

// ———————————————————————————————————————— tour dates as import targets

export interface DateTarget {
	id: string;
	venue: string;
	start: string;
	attendance: number | null;
	/** place id or explicit coordinates key: dates at one venue share it */
	venueKey: string;
}

export interface VenueTarget {
	venue: string;
	dateIds: string[];
	first: string;
	last: string;
}

const dateIdOf = (d: TourFile['dates'][number], i: number) => d.id ?? `d${i + 1}`;

function venueKey(d: TourFile['dates'][number]): string {
	const p = d.venue.place;
	return `${d.venue.name}|${typeof p === 'string' ? p : `${p.lat},${p.lon}`}`;
}

export function listTargets(doc: TourFile): { dates: DateTarget[]; venues: VenueTarget[] } {
	const dates = doc.dates
		.map((d, i) => ({
			id: dateIdOf(d, i),
			venue: d.venue.name,
			start: d.start,
			attendance: d.attendance ?? null,
			venueKey: venueKey(d)
		}))
		.sort((a, b) => a.start.localeCompare(b.start));
	const groups = new Map<string, DateTarget[]>();
	for (const d of dates) groups.set(d.venueKey, [...(groups.get(d.venueKey) ?? []), d]);
	const venues = [...groups.values()]
		.filter((g) => g.length > 1)
		.map((g) => ({
			venue: g[0].venue,
			dateIds: g.map((d) => d.id),
			first: g[0].start,
			last: g[g.length - 1].start
		}));
	return { dates, venues };
}

/** The ids must be dates of the tour, all at the same venue (one date, or a venue's season). */
function checkDateIds(doc: TourFile, ids: string[]): void {
	const byId = new Map(doc.dates.map((d, i) => [dateIdOf(d, i), d]));
	const found = ids.map((id) => byId.get(id));
	if (ids.length === 0 || found.some((d) => !d))
		throw new ValidationError({ target: { key: 'audience.errors.target' } });
	const keys = new Set(found.map((d) => venueKey(d as TourFile['dates'][number])));
	if (keys.size > 1) throw new ValidationError({ target: { key: 'audience.errors.target' } });
}

// ———————————————————————————————————————— remembered mappings

export async function rememberedMappings(
	db: Db,
	m: Membership
): Promise<Partial<Record<ImportKind, SavedMapping>>> {
	const rows = await db.select().from(audienceMappings).where(eq(audienceMappings.orgId, m.orgId));
	const out: Partial<Record<ImportKind, SavedMapping>> = {};
	for (const r of rows) {
		const parsed = SavedMappingSchema.safeParse(r.mapping);
		if (parsed.success) out[r.kind] = parsed.data;
	}
	return out;
}

/** Starting settings for a file: the remembered mapping where its columns exist, else auto-mapping. */
export function initialSettings(
	kind: ImportKind,
	table: RawTable,
	remembered: SavedMapping | undefined
): ImportSettings {
	return {
		kind,
		columns: autoMap(table.headers, columnSamples(table), kind, remembered?.columns),
		labels: { ...(remembered?.labels ?? {}) },
		distanceKind: remembered?.distanceKind ?? 'one-way'
	};
}

// ———————————————————————————————————————— drafts

function toDraft(row: typeof audienceDrafts.$inferSelect): DraftRecord {
	return {
		id: row.id,
		tourId: row.tourId,
		kind: row.kind,
		dateIds: row.dateIds as string[],
		fileName: row.fileName,
		meta: row.meta as DraftMeta,
		complete: row.complete,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt
	};
}

async function sweepExpired(db: Db, m: Membership): Promise<void> {
	await db
		.delete(audienceDrafts)
		.where(
			and(
				eq(audienceDrafts.orgId, m.orgId),
				lt(audienceDrafts.updatedAt, new Date(Date.now() - DRAFT_TTL_MS))
			)
		);
}

/** First request of a browser upload: the file's description and its first block. */
export async function startDraft(
	db: Db,
	m: Membership,
	tourId: string,
	start: DraftStart,
	block: StagedBlock
): Promise<DraftRecord> {
	assertRole(m, 'editor');
	const tour = await tours.get(db, m, tourId);
	checkDateIds(tour.document, start.dateIds);
	const problem = blockProblem(block, start.columns.length);
	if (problem) throw new ValidationError({ file: { key: 'audience.errors.block', params: { problem } } });
	await sweepExpired(db, m);
	const now = new Date();
	const meta: DraftMeta = {
		encoding: start.encoding,
		delimiter: start.delimiter,
		columns: start.columns,
		dropped: start.dropped,
		kept: start.kept ?? [],
		scrubbed: start.scrubbed,
		rowsRead: start.rowsRead,
		blocks: start.blocks,
		settings: { ...start.settings, kind: start.kind },
		mappingConfirmed: true,
		samples: start.samples
	};
	const row = {
		id: crypto.randomUUID(),
		orgId: m.orgId,
		tourId: tour.id,
		createdBy: m.userId,
		kind: start.kind,
		dateIds: start.dateIds,
		fileName: start.fileName,
		meta,
		complete: start.blocks === 1,
		createdAt: now,
		updatedAt: now
	};
	await db.transaction(async (tx) => {
		await tx.insert(audienceDrafts).values(row);
		await tx
			.insert(audienceDraftBlocks)
			.values({ draftId: row.id, seq: 0, rows: block.lines.length, data: JSON.stringify(block) });
	});
	return toDraft(row);
}

async function getDraftRow(db: Db, m: Membership, tourId: string, draftId: string) {
	const row = await db
		.select()
		.from(audienceDrafts)
		.where(
			and(
				eq(audienceDrafts.id, draftId),
				eq(audienceDrafts.orgId, m.orgId),
				eq(audienceDrafts.tourId, tourId)
			)
		)
		.get();
	if (!row) throw new NotFoundError();
	return row;
}

/** Next block of a browser upload; the draft is complete when every announced block is in. */
export async function appendBlock(
	db: Db,
	m: Membership,
	tourId: string,
	draftId: string,
	seq: number,
	block: StagedBlock
): Promise<DraftRecord> {
	assertRole(m, 'editor');
	const row = await getDraftRow(db, m, tourId, draftId);
	const draft = toDraft(row);
	if (draft.complete || seq >= draft.meta.blocks)
		throw new ValidationError({ file: { key: 'audience.errors.block', params: { problem: 'seq' } } });
	const problem = blockProblem(block, draft.meta.columns.length);
	if (problem) throw new ValidationError({ file: { key: 'audience.errors.block', params: { problem } } });
	await db
		.insert(audienceDraftBlocks)
		.values({ draftId, seq, rows: block.lines.length, data: JSON.stringify(block) })
		.onConflictDoNothing();
	const counts = await db
		.select({ seq: audienceDraftBlocks.seq, rows: audienceDraftBlocks.rows })
		.from(audienceDraftBlocks)
		.where(eq(audienceDraftBlocks.draftId, draftId));
	const complete = counts.length === draft.meta.blocks;
	if (complete && counts.reduce((s, c) => s + c.rows, 0) !== draft.meta.rowsRead) {
		throw new ValidationError({ file: { key: 'audience.errors.block', params: { problem: 'rows' } } });
	}
	const updatedAt = new Date();
	await db
		.update(audienceDrafts)
		.set({ complete, updatedAt })
		.where(and(eq(audienceDrafts.id, draftId), eq(audienceDrafts.orgId, m.orgId)));
	return { ...draft, complete, updatedAt };
}

/** The file read on the server from its bytes (no-JavaScript upload) and staged the same way. */
export async function stageFile(
	db: Db,
	m: Membership,
	tourId: string,
	input: {
		bytes: Uint8Array;
		fileName: string;
		kind: ImportKind;
		dateIds: string[];
		/** columns the filter proposed to drop that the user keeps */
		keep?: string[];
	}
): Promise<DraftRecord> {
	assertRole(m, 'editor');
	const tour = await tours.get(db, m, tourId);
	checkDateIds(tour.document, input.dateIds);
	if (input.bytes.length > maxFormFileBytes())
		throw new ValidationError({ file: { key: 'audience.errors.tooBig' } });
	const sniffed = sniffFile(input.bytes);
	if (sniffed) throw new ValidationError({ file: { key: `audience.notCsv.${sniffed}` } });
	const decoded = decode(input.bytes);
	const csv = parseCsv(decoded.text);
	const headers = uniqueHeaders(csv.headers);
	const all: RawTable = {
		headers,
		lines: csv.rows.map((r) => r.line),
		columns: csv.headers.map((h) => csv.rows.map((r) => r.cells[h] ?? ''))
	};
	const problem = tableProblem(all);
	if (problem)
		throw new ValidationError({
			file: { key: `audience.notCsv.${problem}`, params: { columns: headers.slice(0, 8).join(' · ') } }
		});
	const kept = filterPrivacy(all, input.keep ?? []);
	if (kept.table.headers.length === 0)
		throw new ValidationError({ file: { key: 'audience.errors.noColumns' } });
	const remembered = (await rememberedMappings(db, m))[input.kind];
	const blocks = encodeBlocks(kept.table);
	const samples = Object.fromEntries(
		kept.table.headers.map((h, j) => [h, distinctFirst(kept.table.columns[j], 5)])
	);
	await sweepExpired(db, m);
	const now = new Date();
	const meta: DraftMeta = {
		encoding: decoded.encoding,
		delimiter: csv.delimiter,
		columns: kept.table.headers,
		dropped: kept.dropped,
		kept: kept.kept,
		scrubbed: kept.scrubbed,
		rowsRead: all.lines.length,
		blocks: blocks.length,
		settings: initialSettings(input.kind, kept.table, remembered),
		mappingConfirmed: false,
		samples
	};
	const row = {
		id: crypto.randomUUID(),
		orgId: m.orgId,
		tourId: tour.id,
		createdBy: m.userId,
		kind: input.kind,
		dateIds: input.dateIds,
		fileName: input.fileName.slice(0, 255) || 'import.csv',
		meta,
		complete: true,
		createdAt: now,
		updatedAt: now
	};
	await db.transaction(async (tx) => {
		await tx.insert(audienceDrafts).values(row);
		await tx
			.insert(audienceDraftBlocks)
			.values(
				blocks.map((b, seq) => ({ draftId: row.id, seq, rows: b.lines.length, data: JSON.stringify(b) }))
			);
	});
	return toDraft(row);
}

function distinctFirst(col: string[], n: number): string[] {
	const out: string[] = [];
	for (const v of col) {
		if (v !== '' && !out.includes(v)) out.push(v);
		if (out.length >= n) break;
	}
	return out;
}

export async function getDraft(db: Db, m: Membership, tourId: string, draftId: string): Promise<DraftRecord> {
	assertRole(m, 'editor');
	return toDraft(await getDraftRow(db, m, tourId, draftId));
}

export async function loadTable(db: Db, draft: DraftRecord): Promise<RawTable> {
	const rows = await db
		.select({ data: audienceDraftBlocks.data })
		.from(audienceDraftBlocks)
		.where(eq(audienceDraftBlocks.draftId, draft.id))
		.orderBy(asc(audienceDraftBlocks.seq));
	return decodeBlocks(
		draft.meta.columns,
		rows.map((r) => JSON.parse(r.data) as StagedBlock)
	);
}

/** The user's mapping, label review and target. Columns must be kept columns of the draft. */
export async function updateSettings(
	db: Db,
	m: Membership,
	tourId: string,
	draftId: string,
	input: {
		settings: ImportSettings;
		dateIds: string[];
		/** every label still waiting for a decision is set aside ("ignore"): hundreds of free-text answers */
		ignoreUnreviewed?: boolean;
	}
): Promise<DraftRecord> {
	const draft = await getDraft(db, m, tourId, draftId);
	const tour = await tours.get(db, m, tourId);
	checkDateIds(tour.document, input.dateIds);
	const problems = mappingProblems(input.settings.columns, draft.meta.columns, input.settings.kind);
	if (problems.includes('unknownColumn') || problems.includes('duplicate')) {
		throw new ValidationError({ mapping: { key: `audience.mapping.problem.${problems[0]}` } });
	}
	let settings = input.settings;
	if (input.ignoreUnreviewed && settings.columns.mode) {
		const reviews = reviewLabels(
			countLabels(await loadTable(db, draft), settings.columns.mode),
			settings.labels
		);
		const labels = { ...settings.labels };
		for (const r of reviews) if (needsReview(r)) labels[r.key] = 'ignore';
		settings = { ...settings, labels };
	}
	const meta: DraftMeta = { ...draft.meta, settings, mappingConfirmed: true };
	const updatedAt = new Date();
	await db
		.update(audienceDrafts)
		.set({ meta, kind: settings.kind, dateIds: input.dateIds, updatedAt })
		.where(and(eq(audienceDrafts.id, draftId), eq(audienceDrafts.orgId, m.orgId)));
	return { ...draft, meta, kind: settings.kind, dateIds: input.dateIds, updatedAt };
}

export async function discard(db: Db, m: Membership, tourId: string, draftId: string): Promise<void> {
	await getDraft(db, m, tourId, draftId);
	await db
		.delete(audienceDrafts)
		.where(and(eq(audienceDrafts.id, draftId), eq(audienceDrafts.orgId, m.orgId)));
}

// ———————————————————————————————————————— analysis and preview

/** The audience figures of some dates as the engine computed them. */
export interface DateFigures {
	kg: number;
	/** the figures rest on archetype defaults */
	isDefault: boolean;
	spectators: number;
	modalShares: ModeShares;
	meanRoundTripKm: number;
	occupancy: number | null;
}

function audienceModeOf(line: ResultLine): AudienceMode | null {
	const m = line.mode === 'car.average' ? 'car' : line.mode;
	return m && isAudienceMode(m) ? m : null;
}

function figuresOf(result: TourResult, dateIds: string[]): DateFigures | null {
	const ids = new Set(dateIds);
	const lines = result.lines.filter(
		(l) => l.category === 'audience' && l.dateId !== null && ids.has(l.dateId)
	);
	if (lines.length === 0) return null;
	let kg = 0;
	let spectators = 0;
	let km = 0;
	let occupancy: number | null = null;
	const byMode: ModeShares = {};
	for (const l of lines) {
		const s = l.quantities.spectators ?? 0;
		kg += l.kgCO2e;
		spectators += s;
		km += s * (l.quantities.distanceKm ?? 0);
		const mode = audienceModeOf(l);
		if (mode) byMode[mode] = (byMode[mode] ?? 0) + s;
		if (mode === 'car' && l.quantities.occupancy !== undefined) occupancy = l.quantities.occupancy;
	}
	const modalShares: ModeShares = {};
	for (const [mode, s] of Object.entries(byMode) as [AudienceMode, number][])
		modalShares[mode] = spectators > 0 ? s / spectators : 0;
	return {
		kg,
		isDefault: lines.some((l) => l.isDefault),
		spectators,
		modalShares,
		meanRoundTripKm: spectators > 0 ? km / spectators : 0,
		occupancy
	};
}

/** Spectators the engine counts at each date (attendance, or capacity × performances). */
function attendanceOf(result: TourResult, dateIds: string[]): number | null {
	let total = 0;
	let any = false;
	for (const id of dateIds) {
		const lines = result.lines.filter((l) => l.category === 'audience' && l.dateId === id);
		const share = lines.reduce((s, l) => s + (l.quantities.share ?? 0), 0);
		const spectators = lines.reduce((s, l) => s + (l.quantities.spectators ?? 0), 0);
		if (share > 0) {
			total += spectators / share;
			any = true;
		} else {
			const d = result.byDate.find((x) => x.id === id);
			if (d?.attendance != null) {
				total += d.attendance;
				any = true;
			}
		}
	}
	return any ? Math.round(total * 1000) / 1000 : null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The fields of a date's audience an import writes (applyImport), as they were before it. */
export interface PreviousAudience {
	/** the date had an audience block at all */
	had: boolean;
	distribution?: AudienceFigures['distribution'];
	carOccupancy?: number;
	quality?: AudienceFigures['quality'];
}

const IMPORT_FIELDS = ['distribution', 'carOccupancy', 'quality'] as const;

function previousOf(d: TourFile['dates'][number]): PreviousAudience {
	const a = d.audience;
	const out: PreviousAudience = { had: a !== undefined };
	if (a?.distribution) out.distribution = structuredClone(a.distribution);
	if (a?.carOccupancy !== undefined) out.carOccupancy = a.carOccupancy;
	if (a?.quality !== undefined) out.quality = a.quality;
	return out;
}

/** Puts back what an import replaced; the date's other audience figures are left as they are now. */
export function restoreAudience(d: TourFile['dates'][number], prev: PreviousAudience): void {
	const a: AudienceFigures = { ...(d.audience ?? {}) };
	for (const k of IMPORT_FIELDS) delete a[k];
	if (prev.distribution) a.distribution = structuredClone(prev.distribution);
	if (prev.carOccupancy !== undefined) a.carOccupancy = prev.carOccupancy;
	if (prev.quality !== undefined) a.quality = prev.quality;
	if (!prev.had && Object.keys(a).length === 0) delete d.audience;
	else d.audience = a;
}

/** The change a saved import makes to the tour document. */
export function applyImport(doc: TourFile, dateIds: string[], agg: Aggregate, kind: ImportKind): void {
	const ids = new Set(dateIds);
	doc.dates.forEach((d, i) => {
		d.id ??= `d${i + 1}`; // pinned, so the import record keeps pointing at this date
		if (!ids.has(d.id)) return;
		const a: AudienceFigures = { ...(d.audience ?? {}) };
		a.distribution = agg.distribution.map((b) => ({ ...b }));
		if (agg.occupancy) a.carOccupancy = Math.max(1, round2(agg.occupancy.value));
		// survey answers are measured; ticketing distances are, its modal shares are not
		a.quality = kind === 'survey' ? 'measured' : 'estimated';
		d.audience = a;
	});
}

/**
 * What a date's audience figures rested on before this import, for the « before » column: a
 * distribution (an earlier import), the date's own shares or distances, or only the defaults of
 * its venue type. Read from the document, not from the result's default flags (a date with its
 * own shares still borrows a default occupancy, which made its column say « défaut »).
 */
export type BeforeSource = 'default' | 'own' | 'import';

export function beforeSource(doc: TourFile, dateIds: string[]): BeforeSource {
	const ids = new Set(dateIds);
	let source: BeforeSource = 'default';
	doc.dates.forEach((d, i) => {
		if (!ids.has(dateIdOf(d, i))) return;
		const a = d.audience;
		if (a?.distribution && a.distribution.length > 0) source = 'import';
		else if (source === 'default' && a && (a.modalShares || a.roundTripKm !== undefined || a.carOccupancy))
			source = 'own';
	});
	return source;
}

export interface Preview {
	draft: DraftRecord;
	mappingProblems: MappingProblem[];
	/** null until the mapping can be read */
	analysis: (Omit<Analysis, 'records' | 'rejections'> & { shownRejections: Rejection[] }) | null;
	labels: LabelReview[];
	attendance: number | null;
	interval: BootstrapResult | null;
	before: DateFigures | null;
	beforeSource: BeforeSource;
	after: DateFigures | null;
	/** the tour cannot be computed (its problems are on its own pages) */
	tourProblems: number;
	timings: Record<string, number>;
}

interface Computed {
	analysis: Analysis;
	agg: Aggregate | null;
	attendance: number | null;
	before: DateFigures | null;
	after: DateFigures | null;
	afterDoc: TourFile | null;
	interval: BootstrapResult | null;
	tourProblems: number;
	timings: Record<string, number>;
}

function venueOf(doc: TourFile, dateIds: string[]): { lat: number; lon: number } {
	const d = doc.dates.find((x, i) => dateIdOf(x, i) === dateIds[0]);
	if (!d) throw new ValidationError({ target: { key: 'audience.errors.target' } });
	const p = d.venue.place;
	if (typeof p !== 'string') return { lat: p.lat, lon: p.lon };
	const place = getGazetteer().get(p);
	if (!place) throw new ValidationError({ target: { key: 'audience.errors.venuePlace' } });
	return place;
}

/** Reads the staged rows with the draft's settings and runs them through the engine, twice. */
export function compute(doc: TourFile, draft: DraftRecord, table: RawTable): Computed {
	const timings: Record<string, number> = {};
	let t = performance.now();
	const lap = (name: string) => {
		const now = performance.now();
		timings[name] = Math.round((now - t) * 10) / 10;
		t = now;
	};
	const beforeDiag = diagnose(doc);
	const before = beforeDiag.ok ? figuresOf(beforeDiag.result, draft.dateIds) : null;
	lap('diagnoseBefore');
	const settings = draft.meta.settings;
	const analysis = analyse({
		table,
		settings,
		resolver: createOriginResolver(getGazetteer(), venueOf(doc, draft.dateIds), {
			defaultCountry: settings.defaultCountry
		}),
		parseNumber,
		modeShares: settings.kind === 'ticketing' ? (before?.modalShares ?? null) : null,
		attendance: beforeDiag.ok ? attendanceOf(beforeDiag.result, draft.dateIds) : null
	});
	lap('analyse');
	const agg = analysis.aggregate;
	let after: DateFigures | null = null;
	let afterDoc: TourFile | null = null;
	let interval: BootstrapResult | null = null;
	let attendance: number | null = beforeDiag.ok ? attendanceOf(beforeDiag.result, draft.dateIds) : null;
	if (agg) {
		afterDoc = structuredClone(doc);
		applyImport(afterDoc, draft.dateIds, agg, settings.kind);
		const afterDiag = diagnose(afterDoc);
		lap('diagnoseAfter');
		if (afterDiag.ok) {
			after = figuresOf(afterDiag.result, draft.dateIds);
			attendance = attendanceOf(afterDiag.result, draft.dateIds);
			const factors: Partial<Record<AudienceMode, ModeFactor>> = {};
			for (const l of afterDiag.result.lines) {
				if (l.category !== 'audience' || !l.dateId || l.dateId !== draft.dateIds[0]) continue;
				const mode = audienceModeOf(l);
				if (mode) factors[mode] = { kgPerKm: l.factor.value };
			}
			if (attendance !== null && after) {
				interval = bootstrap(analysis.records, {
					kind: settings.kind,
					attendance,
					factors,
					fallbackOccupancy: after.occupancy ?? 1,
					modeShares: settings.kind === 'ticketing' ? before?.modalShares : null
				});
				lap('bootstrap');
			}
		}
	}
	return {
		analysis,
		agg,
		attendance,
		before,
		after,
		afterDoc,
		interval,
		tourProblems: beforeDiag.ok ? 0 : beforeDiag.problems.length,
		timings
	};
}

export async function preview(db: Db, m: Membership, tourId: string, draftId: string): Promise<Preview> {
	const draft = await getDraft(db, m, tourId, draftId);
	const problems = mappingProblems(draft.meta.settings.columns, draft.meta.columns, draft.meta.settings.kind);
	const base = {
		draft,
		mappingProblems: problems,
		attendance: null,
		interval: null,
		before: null,
		beforeSource: 'default' as BeforeSource,
		after: null,
		tourProblems: 0,
		timings: {}
	};
	if (!draft.complete || !draft.meta.mappingConfirmed || problems.length > 0)
		return { ...base, analysis: null, labels: [] };
	const tour = await tours.get(db, m, tourId);
	const t0 = performance.now();
	const table = await loadTable(db, draft);
	const loadMs = Math.round((performance.now() - t0) * 10) / 10;
	const c = compute(tour.document, draft, table);
	const { records: _records, rejections, flags, ...rest } = c.analysis;
	void _records;
	return {
		draft,
		mappingProblems: problems,
		analysis: { ...rest, flags, shownRejections: rejections.slice(0, SHOWN_REJECTIONS) },
		labels: c.analysis.labels,
		attendance: c.attendance,
		interval: c.interval,
		before: c.before,
		beforeSource: beforeSource(tour.document, draft.dateIds),
		after: c.after,
		tourProblems: c.tourProblems,
		timings: { load: loadMs, ...c.timings }
	};
}

/** Every rejected row, for the CSV download. */
export async function rejections(
	db: Db,
	m: Membership,
	tourId: string,
	draftId: string
): Promise<Rejection[]> {
	const draft = await getDraft(db, m, tourId, draftId);
	if (mappingProblems(draft.meta.settings.columns, draft.meta.columns, draft.meta.settings.kind).length > 0)
		return [];
	const tour = await tours.get(db, m, tourId);
	return compute(tour.document, draft, await loadTable(db, draft)).analysis.rejections;
}

// ———————————————————————————————————————— save

export interface ImportSummary {
	kind: ImportKind;
	dateIds: string[];
	encoding: string;
	dropped: DroppedColumn[];
	columns: ImportSettings['columns'];
	rowsTotal: number;
	rowsUsed: number;
	rowsRejected: number;
	rejectionCounts: Analysis['rejectionCounts'];
	spectatorsRepresented: number;
	attendance: number | null;
	responseRate: number | null;
	modalShares: ModeShares;
	bandShares: number[];
	meanOneWayKm: number;
	medianOneWayKm: number;
	meanRoundTripKm: number;
	occupancy: Aggregate['occupancy'];
	interval: {
		kg: BootstrapResult['kg'];
		meanOneWayKm: BootstrapResult['meanOneWayKm'];
		replicates: number;
		seed: number;
	} | null;
	beforeKg: number | null;
	beforeIsDefault: boolean | null;
	afterKg: number | null;
	caveats: Caveat['code'][];
	factorSet: string;
	/** the date's figures the import replaced, to put back when the import is removed */
	previous?: PreviousAudience;
}

/**
 * Saves the import: the distribution into the target dates (validated like every tour edit),
 * one audience_imports row per date, the organisation's mapping for this kind, and the draft
 * removed — all in one transaction: if any step fails, nothing changes.
 */
export async function commit(
	db: Db,
	m: Membership,
	tourId: string,
	draftId: string
): Promise<{ importIds: string[]; dateIds: string[] }> {
	assertRole(m, 'editor');
	const draft = await getDraft(db, m, tourId, draftId);
	if (!draft.complete) throw new ValidationError({ file: { key: 'audience.errors.incomplete' } });
	const problems = mappingProblems(draft.meta.settings.columns, draft.meta.columns, draft.meta.settings.kind);
	if (problems.length > 0)
		throw new ValidationError({ mapping: { key: `audience.mapping.problem.${problems[0]}` } });
	const tour = await tours.get(db, m, tourId);
	const table = await loadTable(db, draft);
	// everything is computed again from the staged rows: nothing the page showed is trusted
	const c = compute(tour.document, draft, table);
	if (!c.analysis.canSave || !c.agg) {
		const block = c.analysis.caveats.find((x) => x.level === 'block');
		throw new ValidationError({
			'': { key: `audience.caveat.${block?.code ?? 'nothingUsable'}`, params: block?.params }
		});
	}
	const agg = c.agg;
	const settings = draft.meta.settings;
	const summary: ImportSummary = {
		kind: settings.kind,
		dateIds: draft.dateIds,
		encoding: draft.meta.encoding,
		dropped: draft.meta.dropped,
		columns: settings.columns,
		rowsTotal: c.analysis.rowsTotal,
		rowsUsed: c.analysis.rowsUsed,
		rowsRejected: c.analysis.rowsRejected,
		rejectionCounts: c.analysis.rejectionCounts,
		spectatorsRepresented: agg.weight,
		attendance: c.attendance,
		responseRate: c.analysis.responseRate,
		modalShares: agg.modalShares,
		bandShares: agg.bandShares,
		meanOneWayKm: agg.meanOneWayKm,
		medianOneWayKm: agg.medianOneWayKm,
		meanRoundTripKm: agg.meanRoundTripKm,
		occupancy: agg.occupancy,
		interval: c.interval
			? {
					kg: c.interval.kg,
					meanOneWayKm: c.interval.meanOneWayKm,
					replicates: c.interval.replicates,
					seed: c.interval.seed
				}
			: null,
		beforeKg: c.before?.kg ?? null,
		beforeIsDefault: c.before?.isDefault ?? null,
		afterKg: c.after?.kg ?? null,
		caveats: c.analysis.caveats.map((x) => x.code),
		factorSet: tour.factorSet
	};
	// what the organisation remembers: the columns by header, and every label decision it made
	const labels: SavedMapping['labels'] = { ...settings.labels };
	const saved: SavedMapping = {
		columns: settings.columns,
		labels,
		distanceKind: settings.distanceKind,
		...(settings.defaultCountry ? { defaultCountry: settings.defaultCountry } : {})
	};
	const now = new Date();
	const importIds = draft.dateIds.map(() => crypto.randomUUID());
	await db.transaction(async (tx) => {
		const previous = new Map<string, PreviousAudience>();
		await tours.mutate(tx, m, tourId, (doc) => {
			doc.dates.forEach((d, i) => previous.set(dateIdOf(d, i), previousOf(d)));
			applyImport(doc, draft.dateIds, agg, settings.kind);
		});
		await tx.insert(audienceImports).values(
			draft.dateIds.map((dateId, i) => ({
				id: importIds[i],
				orgId: m.orgId,
				tourId,
				dateId,
				kind: settings.kind,
				fileName: draft.fileName,
				rowsTotal: c.analysis.rowsTotal,
				rowsUsed: c.analysis.rowsUsed,
				rowsRejected: c.analysis.rowsRejected,
				summary: { ...summary, previous: previous.get(dateId) ?? { had: false } },
				createdAt: now
			}))
		);
		await tx
			.insert(audienceMappings)
			.values({ orgId: m.orgId, kind: settings.kind, mapping: saved, updatedAt: now })
			.onConflictDoUpdate({
				target: [audienceMappings.orgId, audienceMappings.kind],
				set: { mapping: saved, updatedAt: now }
			});
		await tx
			.delete(audienceDrafts)
			.where(and(eq(audienceDrafts.id, draft.id), eq(audienceDrafts.orgId, m.orgId)));
	});
	return { importIds, dateIds: draft.dateIds };
}

// ———————————————————————————————————————— history

export interface ImportRow {
	id: string;
	dateId: string;
	kind: ImportKind;
	fileName: string;
	rowsTotal: number;
	rowsUsed: number;
	rowsRejected: number;
	summary: ImportSummary;
	createdAt: Date;
}

export async function listImports(db: Db, m: Membership, tourId: string): Promise<ImportRow[]> {
	await tours.get(db, m, tourId);
	const rows = await db
		.select()
		.from(audienceImports)
		.where(and(eq(audienceImports.orgId, m.orgId), eq(audienceImports.tourId, tourId)))
		.orderBy(desc(audienceImports.createdAt));
	return rows.map((r) => ({
		id: r.id,
		dateId: r.dateId,
		kind: r.kind,
		fileName: r.fileName,
		rowsTotal: r.rowsTotal,
		rowsUsed: r.rowsUsed,
		rowsRejected: r.rowsRejected,
		summary: r.summary as ImportSummary,
		createdAt: r.createdAt
	}));
}

export async function listDrafts(db: Db, m: Membership, tourId: string): Promise<DraftRecord[]> {
	assertRole(m, 'editor');
	const rows = await db
		.select()
		.from(audienceDrafts)
		.where(and(eq(audienceDrafts.orgId, m.orgId), eq(audienceDrafts.tourId, tourId)))
		.orderBy(desc(audienceDrafts.updatedAt));
	return rows.map(toDraft);
}

// ———————————————————————————————————————— undo and clean-up

/**
 * Removes a saved import. When it is the date's latest, the date gets back the figures the import
 * replaced (its distribution, occupancy and quality; what the user changed elsewhere stays). When
 * a later import of the same date followed, the date is left as it is — the later import's figures
 * are the ones in use — and that later import inherits what this one had replaced, so removing it
 * in turn goes back to the figures before both.
 */
export async function removeImport(db: Db, m: Membership, tourId: string, importId: string): Promise<void> {
	assertRole(m, 'editor');
	await tours.get(db, m, tourId);
	const row = await db
		.select()
		.from(audienceImports)
		.where(
			and(
				eq(audienceImports.id, importId),
				eq(audienceImports.orgId, m.orgId),
				eq(audienceImports.tourId, tourId)
			)
		)
		.get();
	if (!row) throw new NotFoundError();
	const summary = row.summary as ImportSummary;
	// imports saved before previous figures were recorded: the import's fields are cleared, and
	// the date falls back on its own shares or its venue type's defaults
	const previous: PreviousAudience = summary.previous ?? { had: true };
	await db.transaction(async (tx) => {
		const sameDate = await tx
			.select()
			.from(audienceImports)
			.where(
				and(
					eq(audienceImports.orgId, m.orgId),
					eq(audienceImports.tourId, tourId),
					eq(audienceImports.dateId, row.dateId)
				)
			)
			.orderBy(asc(audienceImports.createdAt));
		const later = sameDate.find(
			(r) =>
				r.id !== row.id && (r.createdAt > row.createdAt || (+r.createdAt === +row.createdAt && r.id > row.id))
		);
		if (later) {
			const ls = later.summary as ImportSummary;
			await tx
				.update(audienceImports)
				.set({ summary: { ...ls, previous } })
				.where(eq(audienceImports.id, later.id));
		} else {
			await tours.mutate(tx, m, tourId, (doc) => {
				doc.dates.forEach((d, i) => {
					if (dateIdOf(d, i) === row.dateId) restoreAudience(d, previous);
				});
			});
		}
		await tx
			.delete(audienceImports)
			.where(and(eq(audienceImports.id, row.id), eq(audienceImports.orgId, m.orgId)));
	});
}

/** Deletes every unfinished import (draft) of a tour. Returns how many there were. */
export async function clearDrafts(db: Db, m: Membership, tourId: string): Promise<number> {
	assertRole(m, 'editor');
	await tours.get(db, m, tourId);
	const rows = await db
		.delete(audienceDrafts)
		.where(and(eq(audienceDrafts.orgId, m.orgId), eq(audienceDrafts.tourId, tourId)))
		.returning({ id: audienceDrafts.id });
	return rows.length;
}
