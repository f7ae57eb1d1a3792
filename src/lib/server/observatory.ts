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
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import { BoundedCache } from './bounded-cache';
import {
	observatoryConsent,
	observatoryConsentEvents,
	observatoryReleases,
	organisations,
	productions,
	tourIndicators,
	tours,
	users
} from './db/schema/index';
import type { Membership } from './auth/types';
import { assertRole, ForbiddenError, NotFoundError, ValidationError } from './errors';
import {
	aggregate,
	buildRelease,
	CATEGORIES,
	type Aggregates,
	type Category,
	type ObsRecord,
	type ReleaseFile
} from '../observatory/index';
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

/** The contributed actual tours, as plain records. Consent is read at every call. */
export async function contributedRecords(db: Db): Promise<{ records: ObsRecord[]; factorSets: string[] }> {
	// only the fields aggregated, extracted by SQLite: a tour's facts also hold its evenings (one
	// per date), which the observatory never reads — parsing them for 10 000 tours is most of the cost
	const f = (path: string) => sql<unknown>`json_extract(${tourIndicators.facts}, ${path})`;
	const rows = await db
		.select({
			orgId: tours.orgId,
			season: tours.season,
			discipline: productions.discipline,
			factorSet: f('$.factorSet'),
			engineVersion: f('$.engineVersion'),
			homeRegion: f('$.homeRegion'),
			dates: f('$.dates'),
			performances: f('$.performances'),
			spectators: f('$.spectators'),
			companyKg: f('$.companyKg'),
			byCategory: f('$.byCategory')
		})
		.from(observatoryConsent)
		.innerJoin(organisations, eq(organisations.id, observatoryConsent.orgId))
		.innerJoin(tours, eq(tours.orgId, observatoryConsent.orgId))
		.innerJoin(productions, eq(productions.id, tours.productionId))
		.innerJoin(tourIndicators, eq(tourIndicators.tourId, tours.id))
		.where(
			and(
				eq(observatoryConsent.contributing, true),
				inArray(organisations.kind, [...CONTRIBUTING_KINDS]),
				eq(organisations.isDemo, false),
				eq(tours.phase, 'actual')
			)
		)
		.orderBy(asc(tours.id));
	const sets = new Set<string>();
	const records = rows.map((r) => {
		sets.add(`${String(r.factorSet)} (engine ${String(r.engineVersion)})`);
		const byCat = JSON.parse(String(r.byCategory ?? '{}')) as Partial<Record<Category, number>>;
		return {
			contributor: r.orgId,
			season: r.season,
			region: typeof r.homeRegion === 'string' ? r.homeRegion : 'unknown',
			discipline: r.discipline,
			dates: Number(r.dates ?? 0),
			performances: Number(r.performances ?? 0),
			spectators: Number(r.spectators ?? 0),
			companyKg: Number(r.companyKg ?? 0),
			byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, byCat[c] ?? 0])) as Record<Category, number>
		};
	});
	return { records, factorSets: [...sets].sort() };
}

/** Records of stored releases, parsed once: releases are immutable, so an id always means the same records. */
export const baselineCache = new BoundedCache<string, ObsRecord[]>({
	// a release per season and version: 400 of them, and at most 2 million records in all
	maxEntries: 400,
	maxWeight: 2_000_000,
	weigh: (records) => records.length
});

async function releaseBaselines(db: Db): Promise<ObsRecord[][]> {
	const ids = await db
		.select({ id: observatoryReleases.id })
		.from(observatoryReleases)
		.orderBy(asc(observatoryReleases.period), asc(observatoryReleases.version));
	// read from the cache into a local map first: a release evicted by the bound is read again
	const found = new Map<string, ObsRecord[]>();
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
			found.set(r.id, r.records as ObsRecord[]);
			baselineCache.set(r.id, r.records as ObsRecord[]);
		}
	}
	return ids.map((r) => found.get(r.id)!);
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
	const version = `${rel?.n ?? 0}/${ev?.n ?? 0}`;
	if (cache && cache.version === version && now.getTime() - cache.at < LIVE_TTL_MS) return cache.value;
	const { records, factorSets } = await contributedRecords(db);
	const baselines = await releaseBaselines(db);
	const value = { computedAt: now.toISOString(), aggregates: aggregate(records, baselines), factorSets };
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
	const earlier = await db
		.select()
		.from(observatoryReleases)
		.where(eq(observatoryReleases.period, period))
		.orderBy(asc(observatoryReleases.version));
	const version = (earlier.at(-1)?.version ?? 0) + 1;
	const createdAt = now.toISOString();
	const files = buildRelease(
		{
			period,
			version,
			createdAt,
			records,
			baselines: earlier.map((e) => e.records as ObsRecord[]),
			factorSets,
			history: earlier.map((e) => ({ version: e.version, createdAt: e.createdAt }))
		},
		sha256Hex
	);
	const row = {
		id: crypto.randomUUID(),
		period,
		version,
		createdAt,
		files,
		records,
		factorSets
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
	return buildRelease(
		{
			period: r.period,
			version: r.version,
			createdAt: r.createdAt,
			records: r.records as ObsRecord[],
			baselines: before.map((e) => e.records as ObsRecord[]),
			factorSets: r.factorSets as string[],
			history: before.map((e) => ({ version: e.version, createdAt: e.createdAt }))
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
