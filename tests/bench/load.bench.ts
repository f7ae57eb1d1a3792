/**
 * Load on loopback (issue 17): 50 concurrent connections on the home page, the factor explorer,
 * the venue search, POST /api/compute and logged-in results pages of a 14-date and a 100-date tour
 * (tests/bench/long-tour.ts). For each:
 * requests per second, p50/p95/p99 latency, errors (any status but 200), and the server's
 * resident memory before, after each scenario and after the whole run. Then an overload of
 * POST /api/compute (see `overload`): 503 with Retry-After, fast, while /healthz keeps answering. Bounded: each scenario runs for DURATION_MS or
 * MAX_REQUESTS, whichever comes first.
 *
 * It starts its own server (scripts/serve.js on the existing build, a throw-away database) on
 * BENCH_PORT + 1 (default 4200), with the per-IP API limit raised: every request comes from
 * 127.0.0.1. Figures go to the README ("Load").
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { longTourFile } from './long-tour';

export interface BenchResult {
	name: string;
	median_ms: number;
	runs: number;
	note?: string;
	/** an issue's target for this figure (run.ts prints wanted / measured / met) */
	target?: { ms?: number; floorRatio?: number; of?: string };
}

const PORT = Number(process.env.BENCH_PORT ?? 4199) + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 50;
const DURATION_MS = Number(process.env.LOAD_DURATION_MS ?? 15_000);
const MAX_REQUESTS = 5_000;
const PASSWORD = 'correct horse battery staple';

/** The server's memory after two full collections (tests/bench/heap-probe.mjs), in MB. */
async function retainedMb(pid: number, probe: string): Promise<{ heap: number; rss: number }> {
	const since = Date.now();
	process.kill(pid, 'SIGUSR2');
	for (let i = 0; i < 100; i++) {
		await new Promise((r) => setTimeout(r, 100));
		try {
			const m = JSON.parse(readFileSync(probe, 'utf8'));
			if (m.at >= since) return { heap: Math.round(m.heapUsed / 1048576), rss: Math.round(m.rss / 1048576) };
		} catch {
			// not written yet
		}
	}
	throw new Error('the heap probe did not answer');
}

function rssMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
	return Math.round(kb / 1024);
}

const pct = (sorted: number[], p: number) =>
	sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

export async function waitForServer(): Promise<void> {
	const deadline = Date.now() + 300_000;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(`${BASE}/healthz`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`the server did not answer on ${BASE}/healthz`);
}

let cookie = '';
/** The session cookie of the account the tours below were made with. */
export const sessionCookie = () => cookie;
async function form(path: string, body: FormData | URLSearchParams) {
	const res = await fetch(`${BASE}${path}`, {
		method: 'POST',
		body,
		redirect: 'manual',
		headers: { origin: BASE, accept: 'text/html', cookie }
	});
	for (const c of res.headers.getSetCookie())
		if (c.startsWith('empreinte_session=')) cookie = c.split(';')[0];
	return res.headers.get('location') ?? '';
}

/** An account, a company, a production and a 14-date tour (the circus example, extended). */
export async function fourteenDateTour(): Promise<{ url: string; production: string }> {
	await form(
		'/signup',
		new URLSearchParams({
			displayName: 'Charge',
			email: `load-${Date.now()}@example.org`,
			password: PASSWORD
		})
	);
	const slug = (
		await form('/orgs?/create', new URLSearchParams({ name: 'Compagnie Charge', kind: 'company' }))
	).split('/')[2];
	const prod = await form(
		`/o/${slug}/productions?/create`,
		new URLSearchParams({ title: 'Charge', discipline: 'circus' })
	);
	const tour = JSON.parse(readFileSync('examples/circus-occitanie.json', 'utf8'));
	const src = tour.dates;
	tour.dates = Array.from({ length: 14 }, (_, i) => ({
		...src[i % src.length],
		id: `d${i + 1}`,
		start: new Date(Date.UTC(2026, 5, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10),
		end: undefined
	}));
	for (const f of tour.freight ?? []) for (const l of f.legs ?? []) delete l.date;
	for (const l of tour.legs ?? []) delete l.date;
	const body = new FormData();
	body.set('file', new Blob([JSON.stringify(tour)], { type: 'application/json' }), 'tour.json');
	const url = await form(`${prod}?/importTour`, body);
	if (!/\/tours\//.test(url)) throw new Error(`tour import failed: ${url}`);
	return { url, production: prod };
}

/** The 100-date tour of tests/bench/long-tour.ts, imported into the same production. */
export async function hundredDateTour(production: string): Promise<string> {
	const body = new FormData();
	const file = { ...longTourFile(100), production: { title: 'Charge', season: '2027' } };
	body.set('file', new Blob([JSON.stringify(file)], { type: 'application/json' }), 'long.json');
	const url = await form(`${production}?/importTour`, body);
	if (!/\/tours\//.test(url)) throw new Error(`100-date tour import failed: ${url}`);
	return url;
}

interface Scenario {
	name: string;
	request: (i: number) => Promise<number>;
}

/**
 * The timed client: node:http through one keep-alive agent of exactly CONNECTIONS sockets, so
 * that the connections a run measures are the ones it opened (fetch's pool opened more of its own
 * mid-run, see openConnections). Resolves with the status once the whole body is read.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS, maxFreeSockets: CONNECTIONS });

function send(path: string, init: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}) {
	return new Promise<number>((resolve, reject) => {
		const req = http.request(
			`${BASE}${path}`,
			{ agent, method: init.method ?? 'GET', headers: init.headers },
			(res) => {
				res.on('data', () => {});
				res.on('end', () => resolve(res.statusCode ?? 0));
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end(init.body);
	});
}

/**
 * Before its clock starts, the client opens its CONNECTIONS connections on a request the server
 * answers at once (/healthz); then each connection sends one request of the scenario, untimed, and
 * goes straight on with its timed requests. Measured so, latencies follow the throughput
 * (50 connections / requests per second), alike for every connection. Measured with fetch, whose
 * pool opened connections of its own mid-run (102 for 50 clients in one run), they did not: a
 * saturated Node server accepts about one new connection per turn of its event loop (one every
 * 100–500 ms here), so a request sent on a new connection waited up to the whole run for its
 * answer while the others cycled — a p50 of 0.4 s next to a p99 of 10 s, which measured the
 * client's pool and the order of the accepts, not the page.
 */
async function openConnections(): Promise<void> {
	await Promise.all(Array.from({ length: CONNECTIONS }, () => send('/healthz')));
}

async function run(s: Scenario): Promise<BenchResult[]> {
	const latencies: number[] = [];
	let errors = 0;
	let issued = 0;
	await openConnections();
	const start = performance.now();
	let timedFrom = Infinity;
	const worker = async (_: unknown, w: number) => {
		try {
			await s.request(w); // untimed: see openConnections
		} catch {
			// a failure that persists is counted below
		}
		timedFrom = Math.min(timedFrom, performance.now());
		while (issued < MAX_REQUESTS && performance.now() - start < DURATION_MS) {
			const i = issued++;
			const t = performance.now();
			try {
				if ((await s.request(i)) !== 200) errors++;
			} catch {
				errors++;
			}
			latencies.push(performance.now() - t);
		}
	};
	await Promise.all(Array.from({ length: CONNECTIONS }, worker));
	const seconds = (performance.now() - timedFrom) / 1000;
	const sorted = latencies.sort((a, b) => a - b);
	const r = (x: number) => Math.round(x);
	const p50: BenchResult = {
		name: `load.${s.name}.p50`,
		median_ms: pct(sorted, 50),
		runs: sorted.length,
		note: `${CONNECTIONS} conn: ${(sorted.length / seconds).toFixed(1)} req/s, p95 ${r(pct(sorted, 95))} ms, p99 ${r(pct(sorted, 99))} ms, ${errors} errors`
	};
	if (!s.name.startsWith('results-')) return [p50];
	// issue #21: a logged-in results page, p95 under 500 ms at 50 concurrent connections
	return [
		p50,
		{
			name: `load.${s.name}.p95`,
			median_ms: pct(sorted, 95),
			runs: sorted.length,
			target: { ms: 500, of: 'issue #21' },
			note: `p95 latency (not a median) at ${CONNECTIONS} connections, logged in`
		}
	];
}

/**
 * Overload of POST /api/compute: OVERLOAD_CONNECTIONS clients send Monte Carlo computations (each
 * keeps a worker busy for a while) for OVERLOAD_MS, more than the workers and the queue
 * (EMPREINTE_COMPUTE_QUEUE, 100) hold. What is measured: how fast the refused ones get their 503,
 * whether each carries Retry-After, and /healthz probed every 200 ms meanwhile (its latency and
 * any failure).
 */
const OVERLOAD_CONNECTIONS = 150;
const OVERLOAD_MS = Number(process.env.LOAD_OVERLOAD_MS ?? 10_000);

async function overload(body: Buffer<ArrayBuffer>): Promise<BenchResult[]> {
	const ok: number[] = [];
	const busy: number[] = [];
	let retryAfter = 0;
	let other = 0;
	const start = performance.now();
	let running = true;
	const client = async () => {
		while (performance.now() - start < OVERLOAD_MS) {
			const t = performance.now();
			try {
				const res = await fetch(`${BASE}/api/compute?runs=2000&seed=1`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body
				});
				await res.arrayBuffer();
				const ms = performance.now() - t;
				if (res.status === 200) ok.push(ms);
				else if (res.status === 503) {
					busy.push(ms);
					if (res.headers.get('retry-after')) retryAfter++;
					// a refused client waits a little, as Retry-After asks (shortened: a bench)
					await new Promise((r) => setTimeout(r, 100));
				} else other++;
			} catch {
				other++;
			}
		}
	};
	const health: number[] = [];
	let healthFailures = 0;
	const prober = async () => {
		while (running) {
			const t = performance.now();
			try {
				const res = await fetch(`${BASE}/healthz`);
				await res.arrayBuffer();
				if (res.ok) health.push(performance.now() - t);
				else healthFailures++;
			} catch {
				healthFailures++;
			}
			await new Promise((r) => setTimeout(r, 200));
		}
	};
	const probing = prober();
	await Promise.all(Array.from({ length: OVERLOAD_CONNECTIONS }, client));
	running = false;
	await probing;
	const seconds = (performance.now() - start) / 1000;
	const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
	const b = sorted(busy);
	const o = sorted(ok);
	const h = sorted(health);
	const r = (x: number) => Math.round(x);
	return [
		{
			name: 'load.api-compute-overload.503.p50',
			median_ms: pct(b, 50),
			runs: b.length,
			note: `${OVERLOAD_CONNECTIONS} conn for ${r(seconds)} s (Monte Carlo 2 000 runs): ${o.length} × 200 (p50 ${r(pct(o, 50))} ms, p95 ${r(pct(o, 95))} ms), ${b.length} × 503 (p95 ${r(pct(b, 95))} ms, ${retryAfter} with Retry-After), ${other} other`
		},
		{
			name: 'load.healthz-during-overload.p50',
			median_ms: pct(h, 50),
			runs: h.length,
			note: `p95 ${r(pct(h, 95))} ms, max ${r(h[h.length - 1] ?? NaN)} ms, ${healthFailures} failed`
		}
	];
}

export async function bench(): Promise<BenchResult[]> {
	const dir = mkdtempSync(join(tmpdir(), 'empreinte-load-'));
	const probe = join(dir, 'heap.json');
	const server = spawn(process.execPath, ['scripts/serve.js'], {
		env: {
			...process.env,
			NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc --import=${pathToFileURL(join(process.cwd(), 'tests/bench/heap-probe.mjs')).href}`,
			EMPREINTE_HEAP_PROBE: probe,
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: BASE,
			DATABASE_URL: `file:${join(dir, 'load.db')}`,
			EMPREINTE_API_MAX_PER_IP_PER_MINUTE: '1000000',
			EMPREINTE_SIGNUP_MAX_PER_IP: '1000'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	try {
		await waitForServer();
		const { url: tourUrl, production } = await fourteenDateTour();
		const longUrl = await hundredDateTour(production);
		const compute = readFileSync('examples/band-club-tour.json');
		const queries = ['lyon', 'saint etienne', 'montpel', 'toulouse', 'bordeaux', 'nîmes', 'ma', 'paris 11'];
		const before = rssMb(server.pid!);
		const retainedBefore = await retainedMb(server.pid!, probe);
		const scenarios: Scenario[] = [
			{ name: 'home', request: () => send('/') },
			{ name: 'factors', request: () => send('/factors') },
			{
				name: 'places',
				request: (i) => send(`/api/places?q=${encodeURIComponent(queries[i % queries.length])}`)
			},
			{
				name: 'api-compute',
				request: () =>
					send('/api/compute', {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: compute
					})
			},
			{ name: 'results-14-dates', request: () => send(tourUrl, { headers: { cookie } }) },
			{ name: 'results-100-dates', request: () => send(longUrl, { headers: { cookie } }) }
		];
		const out: BenchResult[] = [];
		const rssSteps: string[] = [];
		// LOAD_ONLY=results: only the scenarios whose name contains it, and no overload (a quick before/after)
		const only = process.env.LOAD_ONLY;
		for (const s of scenarios.filter((x) => !only || x.name.includes(only))) {
			const [first, ...rest] = await run(s);
			const rss = rssMb(server.pid!);
			rssSteps.push(`${s.name} ${rss}`);
			out.push({ ...first, note: `${first.note}; RSS after it ${rss} MB` }, ...rest);
		}
		agent.destroy();
		const after = rssMb(server.pid!);
		if (!only) out.push(...(await overload(compute)));
		const afterOverload = rssMb(server.pid!);
		const retainedAfter = await retainedMb(server.pid!, probe);
		out.push({
			name: 'load.server-rss-mb.after',
			median_ms: after,
			runs: 1,
			note: `RSS before ${before} MB, after ${after} MB (${rssSteps.join(', ')}), after the overload ${afterOverload} MB (a size in MB, not ms)`
		});
		out.push({
			name: 'load.server-heap-retained-mb.after',
			median_ms: retainedAfter.heap,
			runs: 1,
			note: `heap left after a full GC: ${retainedBefore.heap} MB before the run, ${retainedAfter.heap} MB after it (RSS then ${retainedBefore.rss} → ${retainedAfter.rss} MB); growth here would be a leak (a size in MB, not ms)`
		});
		return out;
	} finally {
		agent.destroy();
		server.kill('SIGTERM');
		rmSync(dir, { recursive: true, force: true });
	}
}
