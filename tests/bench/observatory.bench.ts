/**
 * Open observatory with 10 000 contributed actual tours (200 companies and venues × 50 tours, three
 * seasons, 13 regions, 6 disciplines, four team sizes, three scopes, 2–5 flows per tour; figures
 * drawn from a seeded generator — a load, not data), read from the compact per-tour rows
 * (tour_observatory) the server writes at every save:
 *
 *   live.cold    the public page's server work with the cache cleared: the contributed tours read
 *                from the database (join on consent, kind, demo, phase) and aggregated under the
 *                disclosure rules (five dimensions, flows, levers), audited against the stored
 *                releases and against what the page showed before (observatory_shown)
 *   release      a full release of one season built and stored (read, aggregate against the
 *                earlier releases of the period, CSV, datapackage.json, README, CHANGELOG, SHA-256)
 *   read.floor   the same rows read from the database, nothing else: what no page can go below
 *   aggregate    the disclosure-controlled aggregation alone, records in memory (five dimensions,
 *                flows, levers; against three releases and the page's own history)
 */
import { createTestDb } from '../../src/lib/server/db/client';
import {
	observatoryConsent,
	organisations,
	productions,
	tourObservatory,
	tours
} from '../../src/lib/server/db/schema/index';
import * as observatory from '../../src/lib/server/observatory';
import { aggregate, type ObsRecord } from '../../src/lib/observatory/index';

export interface BenchResult {
	name: string;
	median_ms: number;
	runs: number;
	note?: string;
}

const ORGS = 200;
const PER_ORG = 50;
const REGIONS = ['84', '27', '53', '24', '44', '32', '11', '28', '75', '76', '52', '93', '94'];
const DISCIPLINES = ['theatre', 'dance', 'circus', 'music', 'street', 'puppetry'];
const BANDS = ['0-100', '100-300', '300-800', '800+'];
const SCOPES = ['regional', 'national', 'international'];

function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

export async function bench(): Promise<BenchResult[]> {
	const db = await createTestDb();
	const r = rng(13);
	const now = new Date('2026-12-01T00:00:00Z');
	const orgRows = [];
	const prodRows = [];
	const tourRows = [];
	const indRows = [];
	for (let o = 0; o < ORGS; o++) {
		const orgId = `org-${o}`;
		const region = REGIONS[o % REGIONS.length];
		orgRows.push({
			id: orgId,
			slug: `bench-${o}`,
			name: `Bench ${o}`,
			kind: o % 5 ? 'company' : 'venue',
			createdAt: now
		} as const);
		prodRows.push({
			id: `prod-${o}`,
			orgId,
			title: 'Bench',
			discipline: DISCIPLINES[o % DISCIPLINES.length],
			createdAt: now,
			updatedAt: now
		});
		for (let t = 0; t < PER_ORG; t++) {
			const id = `tour-${o}-${t}`;
			const dates = 1 + Math.floor(r() * 40);
			const kg = 200 + r() * 20_000;
			tourRows.push({
				id,
				orgId,
				productionId: `prod-${o}`,
				season: String(2024 + (t % 3)),
				phase: 'actual' as const,
				factorSet: 'bench@1',
				document: {},
				createdAt: now,
				updatedAt: now
			});
			const flows: unknown[] = [];
			for (const mode of ['rail', 'road', 'coach', 'air'])
				if (r() < 0.5)
					flows.push(['team', mode, BANDS[Math.floor(r() * 4)], r() * 20_000, 0, r() * kg * 0.3]);
			if (r() < 0.6)
				flows.push(['freight', 'road', BANDS[Math.floor(r() * 4)], r() * 5000, r() * 3000, kg * 0.3]);
			indRows.push({
				tourId: id,
				orgId,
				factorSet: 'bench@1',
				engineVersion: 'bench',
				homeRegion: region,
				teamSize: 1 + Math.floor(r() * 25),
				scope: SCOPES[Math.floor(r() * 3)],
				dates,
				performances: dates + Math.floor(r() * 5),
				spectators: Math.floor(dates * (50 + r() * 500)),
				companyKg: kg,
				audienceKg: kg * 2,
				travelKg: kg * 0.5,
				freightKg: kg * 0.3,
				accommodationKg: kg * 0.15,
				mealKg: kg * 0.05,
				flows: JSON.stringify(flows),
				computedAt: now
			});
		}
	}
	const chunk = <T>(xs: T[], n: number) =>
		Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
	await db.insert(organisations).values(orgRows);
	await db.insert(productions).values(prodRows);
	for (const c of chunk(tourRows, 500)) await db.insert(tours).values(c);
	for (const c of chunk(indRows, 500)) await db.insert(tourObservatory).values(c);
	await db
		.insert(observatoryConsent)
		.values(orgRows.map((o) => ({ orgId: o.id, contributing: true, updatedAt: now })));

	const time = async (f: () => Promise<unknown>) => {
		const t = performance.now();
		await f();
		return performance.now() - t;
	};
	const floor: number[] = [];
	const live: number[] = [];
	const release: number[] = [];
	// two releases first, so the live page is audited against stored releases as in production
	for (let i = 0; i < 3; i++) release.push(await time(() => observatory.createRelease(db, '2026', now)));
	for (let i = 0; i < 7; i++) {
		floor.push(await time(() => observatory.contributedRecords(db)));
		observatory.invalidateLive();
		live.push(await time(() => observatory.liveAggregates(db, now)));
	}
	const agg: number[] = [];
	const { records } = await observatory.contributedRecords(db);
	const released = records.filter((x: ObsRecord) => x.season === '2026');
	const first = aggregate(records, [released]);
	const history = new Map([...first.published].map(([k, v]) => [k, [v]]));
	for (let i = 0; i < 7; i++) {
		const t = performance.now();
		aggregate(records, [released, released, released], { history });
		agg.push(performance.now() - t);
	}
	const note = `${ORGS * PER_ORG} contributed tours, ${ORGS} structures`;
	return [
		{ name: 'observatory.live.cold', median_ms: Math.round(median(live)), runs: live.length, note },
		{
			name: 'observatory.release',
			median_ms: Math.round(median(release)),
			runs: release.length,
			note: 'one season (≈ 3 300 tours), versions 1–3'
		},
		{ name: 'observatory.aggregate', median_ms: Math.round(median(agg)), runs: agg.length, note },
		{ name: 'observatory.read.floor', median_ms: Math.round(median(floor)), runs: floor.length, note }
	];
}
