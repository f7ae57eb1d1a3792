/**
 * A network of 1 000 member organisations × 10 shared tours (10 000 tours), stored as the app
 * stores them (tours + per-tour indicators recomputed on save, memberships with their consent):
 *
 *   dashboard.twoFilters   the referent's dashboard with two filters (season + phase), server side:
 *                          networks.dashboard() = load the shared tours (consent read now), audit the
 *                          request against differencing, build and protect every figure
 *   dashboard.noFilter     the same without filters
 *   disclosure.control     the disclosure work alone over the loaded data: the audit index
 *                          (bitsets), the request's audit, and the protected dashboard
 *   sql.floor              a hand-written SQL aggregate over the same stored data: the same joins and
 *                          filters, sums per member of the stored indicators (json_extract), no
 *                          disclosure control — what any dashboard must at least read
 *
 * Indicators are real engine results of the three example tours, varied per member (seeded): the
 * bench measures aggregation, not the engine. Memory: the process RSS and heap after the runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { createTestDb } from '../../src/lib/server/db/client';
import { organisations } from '../../src/lib/server/db/schema/auth';
import { networkMembers, tourIndicators } from '../../src/lib/server/db/schema/networks';
import { productions, tours } from '../../src/lib/server/db/schema/tours';
import * as networks from '../../src/lib/server/networks';
import { computeIndicators } from '../../src/lib/server/network-indicators';
import { buildDashboard, buildIndex, conditionsOf, type SharedTour } from '../../src/lib/networks/dashboard';
import type { TourFacts } from '../../src/lib/networks/facts';
import type { Membership } from '../../src/lib/server/auth/types';
import type { TourFile } from '../../src/lib/schemas/tour-file';

export interface BenchResult {
	name: string;
	median_ms: number;
	runs: number;
	note?: string;
}

const MEMBERS = 1_000;
const TOURS_PER_MEMBER = 10;
const RUNS = 7;
const SEASONS = ['2022', '2023', '2024', '2025', '2026'];
const DISCIPLINES = ['theatre', 'dance', 'circus', 'music', 'street', 'puppetry'];
const HOMES = [
	'fr:33063',
	'fr:31555',
	'fr:87085',
	'fr:86194',
	'fr:64445',
	'fr:34172',
	'fr:69123',
	'fr:44109'
];

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
const round = (x: number) => Math.round(x * 1000) / 1000;

function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

async function time<T>(fn: () => Promise<T> | T): Promise<number> {
	const t = performance.now();
	await fn();
	return performance.now() - t;
}

export async function bench(): Promise<BenchResult[]> {
	const db = await createTestDb();
	const base: TourFacts[] = ['circus-occitanie', 'dance-europe', 'band-club-tour'].map((f) => {
		const doc = JSON.parse(readFileSync(join(process.cwd(), 'examples', `${f}.json`), 'utf8')) as TourFile;
		return computeIndicators(doc)!.facts;
	});
	const r = rng(42);
	const now = new Date();
	const networkId = crypto.randomUUID();
	await db.insert(organisations).values({
		id: networkId,
		slug: 'bench-network',
		name: 'Bench network',
		kind: 'network',
		isDemo: false,
		createdAt: now
	});
	const selection = { seasons: SEASONS, phases: ['forecast', 'actual'], tourIds: [] };
	for (let i = 0; i < MEMBERS; i++) {
		const orgId = crypto.randomUUID();
		const productionId = crypto.randomUUID();
		const home = HOMES[i % HOMES.length];
		await db.insert(organisations).values({
			id: orgId,
			slug: `bench-${i}`,
			name: `Member ${i}`,
			kind: i % 5 === 0 ? 'venue' : 'company',
			isDemo: false,
			createdAt: now
		});
		await db.insert(productions).values({
			id: productionId,
			orgId,
			title: `Production ${i}`,
			discipline: DISCIPLINES[i % DISCIPLINES.length],
			setDescription: '',
			createdAt: now,
			updatedAt: now
		});
		await db.insert(networkMembers).values({
			networkId,
			memberOrgId: orgId,
			status: 'active',
			tier: 'counted',
			selection,
			joinedAt: now,
			updatedAt: now
		});
		const tourRows = [];
		const indicatorRows = [];
		for (let j = 0; j < TOURS_PER_MEMBER; j++) {
			const id = crypto.randomUUID();
			const k = 0.5 + r();
			const b = base[(i + j) % base.length];
			const facts: TourFacts = {
				...b,
				companyKg: b.companyKg * k,
				audienceKg: b.audienceKg * k,
				travelKg: b.travelKg * k,
				byCategory: Object.fromEntries(
					Object.entries(b.byCategory).map(([c, v]) => [c, v * k])
				) as TourFacts['byCategory'],
				homeDepartment: home.slice(3, 5),
				homeRegion: null,
				evenings: b.evenings.map((e) => ({ ...e, audienceKg: e.audienceKg * k }))
			};
			const season = SEASONS[j % SEASONS.length];
			tourRows.push({
				id,
				orgId,
				productionId,
				season,
				phase: (j % 2 === 0 ? 'actual' : 'forecast') as 'actual' | 'forecast',
				factorSet: b.factorSet,
				document: { format: 'empreinte-tour@1' },
				createdAt: now,
				updatedAt: now
			});
			indicatorRows.push({
				tourId: id,
				orgId,
				facts,
				refCompanyKg: facts.companyKg,
				refSet: b.factorSet,
				computedAt: now
			});
		}
		await db.insert(tours).values(tourRows);
		await db.insert(tourIndicators).values(indicatorRows);
	}
	const m: Membership = {
		orgId: networkId,
		userId: null,
		role: 'viewer',
		anonymous: false,
		org: { id: networkId, slug: 'bench-network', name: 'Bench network', kind: 'network', isDemo: false }
	};
	const filters = { season: '2025', phase: 'actual' };
	const results: BenchResult[] = [];

	// warm-up (statement preparation, JIT)
	const first = await networks.dashboard(db, m, filters);
	if (!first.dashboard.ok || !first.dashboard.company.shown)
		throw new Error('bench: dashboard refused or secret');

	const two: number[] = [];
	const none: number[] = [];
	const floor: number[] = [];
	const control: number[] = [];
	const shared = (await networks.sharedToursForTests(db, { id: networkId, isDemo: false })) as SharedTour[];
	const indexBuild: number[] = [];
	const index = buildIndex(shared);
	for (let k = 0; k < RUNS; k++) {
		two.push(await time(() => networks.dashboard(db, m, filters)));
		none.push(await time(() => networks.dashboard(db, m, {})));
		floor.push(
			await time(() =>
				db.all(sql`
					select t.org_id as member,
						sum(json_extract(i.facts, '$.companyKg')) as company,
						sum(json_extract(i.facts, '$.audienceKg')) as audience,
						sum(json_extract(i.facts, '$.dates')) as dates,
						sum(json_extract(i.facts, '$.performances')) as performances,
						sum(json_extract(i.facts, '$.spectators')) as spectators,
						sum(json_extract(i.facts, '$.byCategory.travel')) as travel,
						sum(json_extract(i.facts, '$.byCategory.freight')) as freight,
						count(*) as tours
					from network_members nm
					join organisations o on o.id = nm.member_org_id
					join tours t on t.org_id = nm.member_org_id
					join productions p on p.id = t.production_id
					join tour_indicators i on i.tour_id = t.id
					where nm.network_id = ${networkId} and nm.status = 'active'
						and o.kind in ('company', 'venue') and o.is_demo = 0
						and t.season = ${filters.season} and t.phase = ${filters.phase}
					group by t.org_id`)
			)
		);
		indexBuild.push(await time(() => buildIndex(shared)));
		control.push(
			await time(() => {
				// a fresh index each run would hide nothing: its audit memo is per request
				index.audit(conditionsOf(filters));
				buildDashboard(shared, filters, undefined, index);
			})
		);
	}
	const mem = process.memoryUsage();
	const tourCount = MEMBERS * TOURS_PER_MEMBER;
	results.push(
		{
			name: 'networks.dashboard.twoFilters',
			median_ms: round(median(two)),
			runs: RUNS,
			note: `${MEMBERS} members × ${TOURS_PER_MEMBER} tours (${tourCount}); season + phase`
		},
		{ name: 'networks.dashboard.noFilter', median_ms: round(median(none)), runs: RUNS },
		{
			name: 'networks.disclosure.control',
			median_ms: round(median(control)),
			runs: RUNS,
			note: 'request audit + every figure protected, over the loaded tours and their index'
		},
		{
			name: 'networks.disclosure.index',
			median_ms: round(median(indexBuild)),
			runs: RUNS,
			note: 'bitset index of the 10 000 tours, built once per change of the shared data'
		},
		{
			name: 'networks.sql.floor',
			median_ms: round(median(floor)),
			runs: RUNS,
			note: `hand-written SQL sums per member; RSS ${Math.round(mem.rss / 1e6)} MB, heap ${Math.round(mem.heapUsed / 1e6)} MB after the runs`
		}
	);
	return results;
}
