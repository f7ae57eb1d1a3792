/**
 * The results page of a long tour as a reader lives it (issue #21: « opens at once, explanations
 * open instantly »), in Debian Chromium against the production build: first contentful paint,
 * when the page is live (hydrated, `data-hydrated` on <html>), the longest task the browser
 * reports from navigation until a second after that (how long the page is ever frozen), and how long
 * the first « Comment est-ce calculé ? » takes to show its lines once clicked (in the page: from the
 * click to the next frame after its lines are in the document).
 *
 * Durations, so here and not in tests/e2e. It starts its own server (build/index.js on a
 * throw-away database) on a free port; it needs the build and /usr/bin/chromium, like `npm test`.
 */
import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addLongTour } from './http.bench';

export interface BenchResult {
	name: string;
	median_ms: number;
	runs: number;
	note?: string;
}

const RUNS = 3;
const root = join(import.meta.dirname, '..', '..');

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});
}

interface Visit {
	fcp: number;
	live: number;
	longest: number;
	explain: number;
}

async function visit(browser: Browser, url: string): Promise<Visit> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	try {
		await page.addInitScript(() => {
			const w = window as unknown as { __longest: number };
			w.__longest = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
			}).observe({ type: 'longtask', buffered: true });
		});
		const t0 = Date.now();
		await page.goto(url);
		await page.waitForSelector('html[data-hydrated]', { timeout: 120_000 });
		const live = Date.now() - t0;
		await page.waitForTimeout(1000);
		const { fcp, longest } = await page.evaluate(() => ({
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			longest: (window as unknown as { __longest: number }).__longest
		}));
		// measured in the page, from the click to the frame after its lines are in the document
		// (Playwright's own click — actionability checks, a round trip — would add ~100 ms here)
		// (a string: tsx would wrap named functions in a helper the page does not have)
		const explain = (await page.evaluate(`(async () => {
			const how = document.querySelector('details.how');
			if (!how) return NaN;
			const t = performance.now();
			how.querySelector('summary').click();
			while (!how.querySelector('.how-body li, .how-body table'))
				await new Promise((done) => requestAnimationFrame(done));
			await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
			return performance.now() - t;
		})()`)) as number;
		return { fcp, live, longest, explain };
	} finally {
		await page.close();
	}
}

export async function bench(): Promise<BenchResult[]> {
	if (!existsSync(join(root, 'build', 'index.js'))) throw new Error('no build/: run `npm run build` first');
	const dir = mkdtempSync(join(tmpdir(), 'empreinte-results-browser-'));
	const dbUrl = `file:${join(dir, 'bench.db')}`;
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	let server: ChildProcess | undefined;
	let browser: Browser | undefined;
	try {
		server = spawn(process.execPath, [join(root, 'build', 'index.js')], {
			cwd: root,
			env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin },
			stdio: ['ignore', 'ignore', 'inherit']
		});
		for (let i = 0; ; i++) {
			try {
				if ((await fetch(`${origin}/healthz`)).ok) break;
			} catch {
				// not listening yet
			}
			if (i > 600) throw new Error(`${origin} did not answer`);
			await new Promise((r) => setTimeout(r, 200));
		}
		browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
		const results: BenchResult[] = [];
		for (const dates of [100, 300]) {
			const url = origin + (await addLongTour(dbUrl, dates));
			await (await fetch(url)).arrayBuffer(); // the server computes the tour once, before the visits
			const visits: Visit[] = [];
			for (let i = 0; i < RUNS; i++) visits.push(await visit(browser, url));
			const m = (k: keyof Visit) => Math.round(median(visits.map((v) => v[k])));
			results.push(
				{
					name: `browser.results-${dates}-dates.live`,
					median_ms: m('live'),
					runs: RUNS,
					note: `navigation → page live (hydrated); first contentful paint ${m('fcp')} ms`
				},
				{
					name: `browser.results-${dates}-dates.longest-task`,
					median_ms: m('longest'),
					runs: RUNS,
					note: 'longest main-thread task from navigation to a second after the page is live'
				},
				{
					name: `browser.results-${dates}-dates.explain-open`,
					median_ms: m('explain'),
					runs: RUNS,
					note: 'click on the first « Comment est-ce calculé ? » → the frame after its lines (measured in the page)'
				}
			);
		}
		return results;
	} finally {
		await browser?.close();
		server?.kill();
		rmSync(dir, { recursive: true, force: true });
	}
}
