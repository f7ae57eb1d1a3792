/**
 * Open observatory (issue 13): the consent of an organisation, the live aggregates and the
 * releases. Aggregation and disclosure are pure (src/lib/observatory → src/lib/disclosure); this
 * file reads the stored per-tour facts (tour_indicators, written by the engine on every save).
 *
 * Who counts: organisations of kind company or venue, never the demo, with the consent on; their
 * ACTUAL tours only. Anything else (networks, training organisations, any later kind) is excluded
 * by the kind whitelist, not by a blacklist.
 */
import { createHash } from 'node:crypto';
import { alias } from 'drizzle-orm/sqlite-core';
import {
	and,
	asc,
	count,
	desc,
	eq,
	gt,
	inArray,
	isNotNull,
	lte,
	max,
	sql,
	type AnyColumn
} from 'drizzle-orm';
import type { Db } from './db/client';
import { BoundedCache } from './bounded-cache';
import {
	commitments,
	observatoryConsent,
	observatoryConsentEvents,
	observatoryReleases,
	observatoryShown,
	organisations,
	productions,
	tourObservatory,
	tours,
	users
} from './db/schema/index';
import type { Membership } from './auth/types';
import { assertRole, ForbiddenError, NotFoundError, ValidationError } from './errors';
import {
	aggregate,
	buildRelease,
	type Aggregates,
	type ExpRecord,
	type ObsRecord,
	type ReleaseFile,
	type ShownHistory
} from '../observatory/index';
import type { Flow, ScopeBand } from '../observatory/tour-row';
import { getLever, isLeverKey } from '../experiments/catalogue';
import { z } from 'zod';

export const CONTRIBUTING_KINDS = ['company', 'venue'] as const;

// ———————————————————————————————————————————— consent

function assertContributorSide(m: Membership): void {
	if (!(CONTRIBUTING_KINDS as readonly string[]).includes(m.org.kind)) throw new NotFoundError();
}

export interface ConsentView {
	contributing: boolean;
	history: { contributing: boolean; at: Date; by: string | null }[];
}

export async function getConsent(db: Db, m: Membership): Promise<ConsentView> {
	assertContributorSide(m);
	const row = await db.query.observatoryConsent.findFirst({ where: eq(observatoryConsent.orgId, m.orgId) });
	const history = await db
		.select({
			contributing: observatoryConsentEvents.contributing,
			at: observatoryConsentEvents.at,
			by: users.displayName
		})
		.from(observatoryConsentEvents)
		.leftJoin(users, eq(users.id, observatoryConsentEvents.byUserId))
		.where(eq(observatoryConsentEvents.orgId, m.orgId))
		.orderBy(desc(observatoryConsentEvents.at));
	return { contributing: row?.contributing ?? false, history };
}

const ConsentInput = z.object({ contributing: z.enum(['yes', 'no']) });

/** An owner turns the contribution on or off; dated, kept; the live page forgets its cache at once. */
export async function setConsent(db: Db, m: Membership, input: unknown, now = new Date()): Promise<boolean> {
	assertContributorSide(m);
	assertRole(m, 'owner');
	if (m.org.isDemo || m.anonymous) throw new ForbiddenError('The demo is read-only');
	const parsed = ConsentInput.safeParse(input);
	if (!parsed.success) throw new ValidationError({ contributing: { key: 'observatory.consent.invalid' } });
	const contributing = parsed.data.contributing === 'yes';
	await db.transaction(async (tx) => {
		await tx
			.insert(observatoryConsent)
			.values({ orgId: m.orgId, contributing, updatedAt: now })
			.onConflictDoUpdate({ target: observatoryConsent.orgId, set: { contributing, updatedAt: now } });
		await tx.insert(observatoryConsentEvents).values({
			id: crypto.randomUUID(),
			orgId: m.orgId,
			contributing,
			byUserId: m.userId,
			at: now
		});
	});
	invalidateLive();
	return contributing;
}

// ———————————————————————————————————————————— records

/** Who counts: consent on, a company or a venue, never the demo. */
function contributing() {
	return and(
		eq(observatoryConsent.contributing, true),
		inArray(organisations.kind, [...CONTRIBUTING_KINDS]),
		eq(organisations.isDemo, false)
	);
}

/**
 * The contributed actual tours, as plain records, from the compact per-tour rows (tour_observatory,
 * written at every save by network-indicators.ts): plain columns, no JSON document parsed but the
 * few flows of each tour. Consent is read at every call.
 */
export async function contributedRecords(db: Db): Promise<{ records: ObsRecord[]; factorSets: string[] }> {
	const o = tourObservatory;
	// the whole row packed by SQLite into one text column (SQLite prints reals with at most 16
	// significant digits even when asked for 17: a relative error below 1e-15, far under the 1e-9 kg
	// the differencing check ignores, and the same on every read): the driver builds one property per
	// column and row, which for 10 000 rows × 17 columns cost more than splitting one string per row
	const g = (c: AnyColumn) => sql`printf('%.17g', ${c})`;
	// fields separated by U+001F (unit separator); the season, typed by people, comes last and keeps
	// whatever it holds (everything after the 15th separator), so no input can shift the others
	const sep = sql`char(31)`;
	const packed = sql<string>`${o.teamSize} || ${sep} || ${o.scope} || ${sep} || ${o.dates} || ${sep} || ${o.performances} || ${sep} || ${g(o.spectators)} || ${sep} || ${g(o.companyKg)} || ${sep} || ${g(o.travelKg)} || ${sep} || ${g(o.freightKg)} || ${sep} || ${g(o.accommodationKg)} || ${sep} || ${g(o.mealKg)} || ${sep} || coalesce(${o.homeRegion}, '') || ${sep} || ${tours.orgId} || ${sep} || ${productions.discipline} || ${sep} || ${o.factorSet} || ' (engine ' || ${o.engineVersion} || ')' || ${sep} || ${o.flows} || ${sep} || ${tours.season}`;
	const rows = await db
		.select({ packed })
		.from(observatoryConsent)
		.innerJoin(organisations, eq(organisations.id, observatoryConsent.orgId))
		.innerJoin(tours, eq(tours.orgId, observatoryConsent.orgId))
		.innerJoin(productions, eq(productions.id, tours.productionId))
		.innerJoin(o, eq(o.tourId, tours.id))
		.where(and(contributing(), eq(tours.phase, 'actual')))
		.orderBy(asc(tours.id));
	const sets = new Set<string>();
	const records = rows.map((r): ObsRecord => {
		const f = r.packed.split('\u001f');
		sets.add(f[13]);
		return {
			contributor: f[11],
			season: f.slice(15).join('\u001f'),
			region: f[10] === '' ? 'unknown' : f[10],
			discipline: f[12],
			dates: Number(f[2]),
			performances: Number(f[3]),
			spectators: Number(f[4]),
			companyKg: Number(f[5]),
			byCategory: {
				travel: Number(f[6]),
				freight: Number(f[7]),
				accommodation: Number(f[8]),
				meal: Number(f[9])
			},
			team: Number(f[0]),
			scope: f[1] as ScopeBand,
			flows: JSON.parse(f[14]) as Flow[]
		};
	});
	return { records, factorSets: [...sets].sort() };
}

/**
 * Commitments of contributing organisations whose result was measured by an actual tour: the
 * measured saving is the baseline tour's stored total minus the actual tour's (each the engine's,
 * under the tour's own factor set), in the lever's scope (company, or audience mobility).
 */
export async function contributedExperiments(db: Db): Promise<ExpRecord[]> {
	const base = alias(tourObservatory, 'base');
	const done = alias(tourObservatory, 'done');
	const measuredTour = alias(tours, 'measured_tour');
	const rows = await db
		.select({
			orgId: commitments.orgId,
			lever: commitments.lever,
			season: measuredTour.season,
			baseCompany: base.companyKg,
			baseAudience: base.audienceKg,
			doneCompany: done.companyKg,
			doneAudience: done.audienceKg
		})
		.from(commitments)
		.innerJoin(observatoryConsent, eq(observatoryConsent.orgId, commitments.orgId))
		.innerJoin(organisations, eq(organisations.id, commitments.orgId))
		.innerJoin(measuredTour, eq(measuredTour.id, commitments.measuredTourId))
		.innerJoin(base, eq(base.tourId, commitments.tourId))
		.innerJoin(done, eq(done.tourId, commitments.measuredTourId))
		.where(and(contributing(), isNotNull(commitments.measuredTourId), eq(measuredTour.phase, 'actual')))
		.orderBy(asc(commitments.id));
	return rows
		.filter((r) => isLeverKey(r.lever))
		.map((r) => {
			const audience = getLever(r.lever as Parameters<typeof getLever>[0]).scope === 'audience';
			return {
				contributor: r.orgId,
				season: r.season,
				lever: r.lever,
				savingKg: audience ? r.baseAudience - r.doneAudience : r.baseCompany - r.doneCompany
			};
		});
}

/** What a release row stores as its records: format 1 an ObsRecord[]; format 2 tours and experiments. */
interface StoredRecords {
	tours: ObsRecord[];
	experiments: ExpRecord[];
}

function storedRecords(json: unknown): StoredRecords {
	if (Array.isArray(json)) return { tours: json as ObsRecord[], experiments: [] };
	const o = json as Partial<StoredRecords>;
	return { tours: o.tours ?? [], experiments: o.experiments ?? [] };
}

/** Records of stored releases, parsed once: releases are immutable, so an id always means the same records. */
export const baselineCache = new BoundedCache<string, StoredRecords>({
	// a release per season and version: 400 of them, and at most 2 million records in all
	maxEntries: 400,
	maxWeight: 2_000_000,
	weigh: (r) => r.tours.length + r.experiments.length
});

async function releaseBaselines(db: Db): Promise<StoredRecords[]> {
	const ids = await db
		.select({ id: observatoryReleases.id })
		.from(observatoryReleases)
		.orderBy(asc(observatoryReleases.period), asc(observatoryReleases.version));
	// read from the cache into a local map first: a release evicted by the bound is read again
	const found = new Map<string, StoredRecords>();
	for (const { id } of ids) {
		const hit = baselineCache.get(id);
		if (hit) found.set(id, hit);
	}
	const missing = ids.map((r) => r.id).filter((id) => !found.has(id));
	if (missing.length > 0) {
		const rows = await db
			.select({ id: observatoryReleases.id, records: observatoryReleases.records })
			.from(observatoryReleases)
			.where(inArray(observatoryReleases.id, missing));
		for (const r of rows) {
			const stored = storedRecords(r.records);
			found.set(r.id, stored);
			baselineCache.set(r.id, stored);
		}
	}
	return ids.map((r) => found.get(r.id)!);
}

// ———————————————————————————————————————————— what the live page has shown

type StoredMeasures = [string, ...number[]][];

function toStored(ms: readonly ReadonlyMap<string, number>[]): StoredMeasures {
	const keys = [...new Set(ms.flatMap((m) => [...m.keys()]))].sort();
	return keys.map((k) => [k, ...ms.map((m) => m.get(k) ?? Number.NaN)] as [string, ...number[]]);
}

function fromStored(rows: StoredMeasures): Map<string, number>[] {
	const width = rows[0] ? rows[0].length - 1 : 0;
	const out = Array.from({ length: width }, () => new Map<string, number>());
	for (const [k, ...vs] of rows) vs.forEach((v, i) => Number.isFinite(v) && out[i].set(k, v));
	return out;
}

function sameMeasures(
	a: readonly ReadonlyMap<string, number>[],
	b: readonly ReadonlyMap<string, number>[]
): boolean {
	if (a.length !== b.length) return false;
	return a.every((m, i) => {
		if (m.size !== b[i].size) return false;
		for (const [k, v] of m)
			if (Math.abs(v - (b[i].get(k) ?? Number.NaN)) > 1e-9 || !b[i].has(k)) return false;
		return true;
	});
}

/** Cached history of shown cells per database: append-only, so only rows after the last seq read are fetched. */
const shownCaches = new WeakMap<Db, { seq: number; history: Map<string, Map<string, number>[][]> }>();

async function shownHistory(db: Db, upTo?: number): Promise<{ seq: number; history: ShownHistory }> {
	if (upTo !== undefined) {
		const rows = await db
			.select()
			.from(observatoryShown)
			.where(lte(observatoryShown.seq, upTo))
			.orderBy(asc(observatoryShown.seq));
		const h = new Map<string, Map<string, number>[][]>();
		for (const r of rows) h.set(r.cell, [...(h.get(r.cell) ?? []), fromStored(r.measures as StoredMeasures)]);
		return { seq: upTo, history: h };
	}
	let shownCache = shownCaches.get(db);
	if (!shownCache) {
		shownCache = { seq: 0, history: new Map() };
		shownCaches.set(db, shownCache);
	}
	const rows = await db
		.select()
		.from(observatoryShown)
		.where(gt(observatoryShown.seq, shownCache.seq))
		.orderBy(asc(observatoryShown.seq));
	for (const r of rows) {
		const list = shownCache.history.get(r.cell) ?? [];
		list.push(fromStored(r.measures as StoredMeasures));
		shownCache.history.set(r.cell, list);
		shownCache.seq = r.seq;
	}
	return shownCache;
}

/** Keeps every cell shown now whose figures differ from the last ones kept for it. */
async function recordShown(db: Db, a: Aggregates, now: Date): Promise<void> {
	const { history } = await shownHistory(db);
	const rows: (typeof observatoryShown.$inferInsert)[] = [];
	for (const [cell, ms] of a.published) {
		const last = history.get(cell)?.at(-1);
		if (last && sameMeasures(last, ms)) continue;
		rows.push({ cell, measures: toStored(ms), at: now });
	}
	for (let i = 0; i < rows.length; i += 200) await db.insert(observatoryShown).values(rows.slice(i, i + 200));
}

// ———————————————————————————————————————————— live aggregates (cached briefly)

/** How long the live figures are reused: a minute keeps the page cheap; consent changes clear it. */
export const LIVE_TTL_MS = 60_000;
let cache: { at: number; value: LiveView; version: string } | null = null;

export function invalidateLive(): void {
	cache = null;
}

export interface LiveView {
	computedAt: string;
	aggregates: Aggregates;
	factorSets: string[];
}

/** Live aggregates: every cell checked against every release (a visitor can subtract the two). */
export async function liveAggregates(db: Db, now = new Date()): Promise<LiveView> {
	// releases and consent changes made by another process (the CLI, a second server) are seen at
	// once too: the cache is only reused while their counts are unchanged (two indexed counts)
	const [rel] = await db.select({ n: count() }).from(observatoryReleases);
	const [ev] = await db.select({ n: count() }).from(observatoryConsentEvents);
	const [sh] = await db.select({ n: max(observatoryShown.seq) }).from(observatoryShown);
	const version = `${rel?.n ?? 0}/${ev?.n ?? 0}/${sh?.n ?? 0}`;
	if (cache && cache.version === version && now.getTime() - cache.at < LIVE_TTL_MS) return cache.value;
	const [{ records, factorSets }, experiments, baselines, shown] = await Promise.all([
		contributedRecords(db),
		contributedExperiments(db),
		releaseBaselines(db),
		shownHistory(db)
	]);
	const aggregates = aggregate(
		records,
		baselines.map((b) => b.tours),
		{ history: shown.history, experiments, baselineExperiments: baselines.map((b) => b.experiments) }
	);
	await recordShown(db, aggregates, now);
	// the per-structure measures (`published`) stay in the server: what is served is the seasons only
	const value = {
		computedAt: now.toISOString(),
		aggregates: { seasons: aggregates.seasons, published: new Map() },
		factorSets
	};
	cache = { at: now.getTime(), value, version };
	return value;
}

// ———————————————————————————————————————————— releases

export function sha256Hex(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

export const PeriodInput = z.string().regex(/^\d{4}$/, 'observatory.release.period');

export interface ReleaseSummary {
	id: string;
	period: string;
	version: number;
	createdAt: string;
	files: { path: string; sha256: string; bytes: number }[];
}

function summary(r: typeof observatoryReleases.$inferSelect): ReleaseSummary {
	return {
		id: r.id,
		period: r.period,
		version: r.version,
		createdAt: r.createdAt,
		files: (r.files as ReleaseFile[]).map((f) => ({
			path: f.path,
			sha256: f.sha256,
			bytes: Buffer.byteLength(f.content, 'utf8')
		}))
	};
}

/**
 * Builds and stores a new immutable release of one period (a season, `2026`) from the current
 * contributions. Used by the CLI (`npx empreinte observatory release --period 2026`): the instance
 * operator's tool, so no membership is involved.
 */
export async function createRelease(db: Db, period: string, now = new Date()): Promise<ReleaseSummary> {
	const p = PeriodInput.safeParse(period);
	if (!p.success) throw new ValidationError({ period: { key: 'observatory.release.period' } });
	const { records: all, factorSets } = await contributedRecords(db);
	const records = all.filter((r) => r.season === period);
	const experiments = (await contributedExperiments(db)).filter((e) => e.season === period);
	const earlier = await db
		.select()
		.from(observatoryReleases)
		.where(eq(observatoryReleases.period, period))
		.orderBy(asc(observatoryReleases.version));
	const version = (earlier.at(-1)?.version ?? 0) + 1;
	const createdAt = now.toISOString();
	const shown = await shownHistory(db);
	const stored = earlier.map((e) => storedRecords(e.records));
	const files = buildRelease(
		{
			period,
			version,
			createdAt,
			records,
			baselines: stored.map((e) => e.tours),
			factorSets,
			history: earlier.map((e) => ({ version: e.version, createdAt: e.createdAt })),
			format: 2,
			experiments,
			baselineExperiments: stored.map((e) => e.experiments),
			shown: shown.history
		},
		sha256Hex
	);
	const row = {
		id: crypto.randomUUID(),
		period,
		version,
		createdAt,
		files,
		records: { tours: records, experiments } satisfies StoredRecords,
		factorSets,
		format: 2,
		shownSeq: shown.seq
	};
	await db.insert(observatoryReleases).values(row);
	invalidateLive();
	return summary(row);
}

/** Rebuilds a stored release from its stored records: the files must be byte-identical. */
export async function rebuildRelease(db: Db, id: string): Promise<ReleaseFile[]> {
	const r = await db.query.observatoryReleases.findFirst({ where: eq(observatoryReleases.id, id) });
	if (!r) throw new NotFoundError();
	const earlier = await db
		.select()
		.from(observatoryReleases)
		.where(eq(observatoryReleases.period, r.period))
		.orderBy(asc(observatoryReleases.version));
	const before = earlier.filter((e) => e.version < r.version);
	const stored = before.map((e) => storedRecords(e.records));
	const mine = storedRecords(r.records);
	const format = r.format === 1 ? 1 : 2;
	return buildRelease(
		{
			period: r.period,
			version: r.version,
			createdAt: r.createdAt,
			records: mine.tours,
			baselines: stored.map((e) => e.tours),
			factorSets: r.factorSets as string[],
			history: before.map((e) => ({ version: e.version, createdAt: e.createdAt })),
			format,
			experiments: mine.experiments,
			baselineExperiments: stored.map((e) => e.experiments),
			shown: format === 2 ? (await shownHistory(db, r.shownSeq)).history : new Map()
		},
		sha256Hex
	);
}

export async function listReleases(db: Db): Promise<ReleaseSummary[]> {
	const rows = await db
		.select()
		.from(observatoryReleases)
		.orderBy(desc(observatoryReleases.period), desc(observatoryReleases.version));
	return rows.map(summary);
}

/** One release's files as published (never its records). */
export async function releaseFiles(db: Db, id: string): Promise<{ name: string; files: ReleaseFile[] }> {
	const r = await db.query.observatoryReleases.findFirst({ where: eq(observatoryReleases.id, id) });
	if (!r) throw new NotFoundError();
	return { name: `empreinte-observatoire-${r.period}-v${r.version}`, files: r.files as ReleaseFile[] };
}
