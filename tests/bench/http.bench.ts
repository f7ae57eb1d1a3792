/**
 * HTTP cost of the pages and endpoints issue #21 is about, against the production build
 * (`npm run build` first; the bench builds nothing itself), as ratios to the home page measured in
 * the same run (the floor: a page that renders a little static HTML through the same hooks).
 *
 * A server is started on a free port with a fresh database (demo seeded at start-up), then a
 * 100-date tour (tests/bench/long-tour.ts) is added to the demo workspace, whose pages anyone may
 * read, so no log-in is needed. Each figure is the median of sequential requests (one at a time:
 * the server time plus a loopback round trip); the results page also at 50 concurrent connections,
 * reported as the p95 latency.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { createDb } from '../../src/lib/server/db/client';
import { organisations } from '../../src/lib/server/db/schema/auth';
import { productions, tours } from '../../src/lib/server/db/schema/tours';
import { summarise } from '../../src/lib/server/diagnostics';
import { validateTourFile } from '../../src/lib/schemas/tour-file';
import { getFactorLibrary } from '../../src/lib/server/factor-tables';
import { longTourFile } from './long-tour';

export interface BenchResult {
	name: string;
	median_ms: number;
	runs: number;
	note?: string;
	/** an issue's target for this figure (run.ts prints wanted / measured / met) */
	target?: { ms?: number; floorRatio?: number; of?: string };
}

const OF = 'issue #21';

const root = join(import.meta.dirname, '..', '..');
const round = (x: number) => Math.round(x * 1000) / 1000;
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	const i = (s.length - 1) * q;
	const lo = Math.floor(i);
	return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.listen(0, '127.0.0.1', () => {
			const addr = srv.address();
			srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
		});
	});
}

async function waitFor(url: string, ms = 60_000): Promise<void> {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${url} did not answer within ${ms} ms`);
}

/** Adds the long tour to the demo workspace's first production; returns its results path. */
export async function addLongTour(dbUrl: string, dates: number): Promise<string> {
	const db = createDb(dbUrl);
	const org = await db.select().from(organisations).where(eq(organisations.slug, 'demo')).get();
	if (!org) throw new Error('demo workspace not seeded');
	const production = await db.select().from(productions).where(eq(productions.orgId, org.id)).get();
	if (!production) throw new Error('demo workspace has no production');
	const parsed = validateTourFile(longTourFile(dates));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
	const doc = parsed.tour;
	doc.factorSet ??= getFactorLibrary().defaultSet.ref;
	const id = crypto.randomUUID();
	const now = new Date();
	await db.insert(tours).values({
		id,
		orgId: org.id,
		productionId: production.id,
		season: doc.production.season ?? '2026',
		phase: 'forecast',
		forecastId: null,
		factorSet: doc.factorSet,
		document: doc,
		summary: summarise(doc),
		createdAt: now,
		updatedAt: now
	});
	const check = await db
		.select({ id: tours.id })
		.from(tours)
		.where(and(eq(tours.id, id), eq(tours.orgId, org.id)))
		.get();
	if (!check) throw new Error('tour not inserted');
	return `/o/demo/tours/${id}`;
}

/** One GET; a connection the server reset (a loaded machine, a keep-alive timing out) is tried again. */
async function getOnce(url: string, tries = 3): Promise<{ res: Response; body: ArrayBuffer }> {
	for (let i = 1; ; i++) {
		try {
			const res = await fetch(url);
			return { res, body: await res.arrayBuffer() };
		} catch (e) {
			if (i >= tries) throw e;
		}
	}
}

/** Sequential GETs: median ms per request and the body size of the last one. */
async function sequential(url: string, runs: number, warmup = 5): Promise<{ ms: number; bytes: number }> {
	let bytes = 0;
	const times: number[] = [];
	for (let i = 0; i < warmup + runs; i++) {
		const t = performance.now();
		const { res, body } = await getOnce(url);
		const dt = performance.now() - t;
		if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
		bytes = body.byteLength;
		if (i >= warmup) times.push(dt);
	}
	return { ms: median(times), bytes };
}

/** `total` GETs with `concurrency` in flight at once: latency p95 and requests per second. */
export async function bench(): Promise<BenchResult[]> {
	if (!existsSync(join(root, 'build', 'index.js'))) throw new Error('no build/: run `npm run build` first');
	const dir = mkdtempSync(join(tmpdir(), 'empreinte-http-bench-'));
	const dbUrl = `file:${join(dir, 'bench.db')}`;
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	let server: ChildProcess | undefined;
	try {
		server = spawn(process.execPath, [join(root, 'build', 'index.js')], {
			cwd: root,
			env: {
				...process.env,
				DATABASE_URL: dbUrl,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: origin,
				// one client asks thousands of times a minute here: the per-IP limit of the API is not measured
				EMPREINTE_API_MAX_PER_IP_PER_MINUTE: '1000000'
			},
			stdio: ['ignore', 'ignore', 'inherit']
		});
		await waitFor(`${origin}/healthz`);
		const results: BenchResult[] = [];
		const page = async (
			name: string,
			path: string,
			runs: number,
			note = '',
			target?: BenchResult['target']
		) => {
			const r = await sequential(origin + path, runs);
			results.push({
				name,
				median_ms: round(r.ms),
				runs,
				note: `${(r.bytes / 1024).toFixed(1)} KB${note ? `; ${note}` : ''}`,
				...(target ? { target } : {})
			});
			return r;
		};
		await page('http.home.floor', '/', 200);
		const long100 = await addLongTour(dbUrl, 100);
		const long20 = await addLongTour(dbUrl, 20);
		await page('http.results.20-dates', long20, 30);
		await page('http.results.100-dates', long100, 30, '', { ms: 100, of: OF });
		await page('http.api-places.saint', '/api/places?q=saint', 200, '', { floorRatio: 2, of: OF });
		await page('http.api-places.typing', '/api/places?q=montpel&limit=8', 200, '', { floorRatio: 2, of: OF });
		await page('http.factors.index', '/factors', 100, '', { floorRatio: 3, of: OF });
		await page('http.factors.table', '/factors/tables/ademe-base-empreinte%4023.6', 50, '', {
			floorRatio: 3,
			of: OF
		});
		await page('http.factors.set', '/factors/sets/empreinte-default%402026.1', 50, '', {
			floorRatio: 3,
			of: OF
		});
		await page('http.factors.compare', '/factors/compare?a=desnz%402024&b=desnz%402025', 50, '', {
			floorRatio: 3,
			of: OF
		});
		// distinct queries, each asked once: the search itself, not the endpoint's cache of answers
		const words = ['sai', 'mon', 'lyo', 'tou', 'bor', 'nan', 'lil', 'str', 'ren', 'gre', 'dij', 'ang'];
		const cold: number[] = [];
		for (let i = 0; i < 120; i++) {
			const q = `${words[i % words.length]}${String.fromCharCode(97 + (i % 26))}`;
			const t = performance.now();
			await getOnce(`${origin}/api/places?q=${q}&limit=8`);
			cold.push(performance.now() - t);
		}
		results.push({
			name: 'http.api-places.distinct-queries',
			median_ms: round(median(cold)),
			runs: cold.length,
			note: '120 different 4-letter prefixes, each once (not cached)'
		});
		// the same page at 50 concurrent connections: load.bench.ts (one client pool of exactly 50 sockets)
		return results;
	} finally {
		server?.kill();
		rmSync(dir, { recursive: true, force: true });
	}
}
