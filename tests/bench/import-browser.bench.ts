/**
 * The audience import of a 100 000-row survey as a user lives it, in Debian Chromium against the
 * production build: how long the Web Worker takes to read the file, how long the main thread is
 * ever blocked meanwhile (the longest "long task" the browser reports: the page must stay responsive
 * while the worker reads), and how long sending the mapped columns and rendering the preview take.
 *
 * These are durations, so they live here and not in tests/e2e (where a loaded 2-core machine would
 * make them fail at random); tests/e2e/audience-import.test.ts keeps the behaviour (progress bar,
 * counts, preview, save).
 *
 * It starts its own server (scripts/start.js, a throw-away database in a temporary folder) on
 * BENCH_PORT (default 4199), and needs the build and /usr/bin/chromium, like `npm test`.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BenchResult {
	name: string;
	median_ms: number;
	runs: number;
	note?: string;
}

const RUNS = 3;
const ROWS = 100_000;
const PORT = Number(process.env.BENCH_PORT ?? 4199);
const BASE = `http://localhost:${PORT}`;
const PASSWORD = 'correct horse battery staple';

const POSTCODES = ['34000', '34070', '34080', '34090', '34170', '34130', '34400', '30000', '34200', '13001'];
const MODES = [
	'Voiture',
	'voiture',
	'Covoiturage',
	'À pied',
	'Vélo',
	'Bus',
	'Tramway',
	'TER',
	'car (autocar)'
];

/** The same file as the end-to-end test's large survey. */
function bigSurvey(n: number): Buffer {
	const lines = ['code_postal;mode;personnes_voiture'];
	for (let i = 0; i < n; i++) {
		const mode = MODES[(i * 7) % MODES.length];
		lines.push(
			`${POSTCODES[(i * 13) % POSTCODES.length]};${mode};${mode.toLowerCase() === 'voiture' ? 1 + (i % 4) : ''}`
		);
	}
	return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export async function waitForServer(): Promise<void> {
	const deadline = Date.now() + 300_000;
	while (Date.now() < deadline) {
		try {
			const r = await fetch(`${BASE}/healthz`);
			if (r.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`the server did not answer on ${BASE}/healthz`);
}

/** Account, company, production and the circus example tour, through the real forms. */
export async function circusTour(page: Page, n: number): Promise<string> {
	await page.goto(`${BASE}/signup`);
	await page.getByLabel('Votre nom').fill(`Bench ${n}`);
	await page.getByLabel('Adresse e-mail').fill(`bench-${Date.now().toString(36)}-${n}@example.org`);
	await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: 'Créer mon compte' }).click();
	await page.waitForURL(/\/orgs$/);
	await page.getByLabel('Nom', { exact: true }).fill(`Cirque Bench ${n}`);
	await page.getByLabel('Type', { exact: true }).selectOption('company');
	await page.getByRole('button', { name: 'Créer la structure' }).click();
	await page.waitForURL(/\/o\/[a-z0-9-]+$/);
	const slug = new URL(page.url()).pathname.split('/')[2];
	await page.goto(`${BASE}/o/${slug}/productions`);
	await page.getByLabel('Titre').fill('Le Vent Tourne');
	await page.getByLabel('Discipline').selectOption('circus');
	await page.getByRole('button', { name: 'Créer le spectacle' }).click();
	await page.waitForURL(/\/productions\/[0-9a-f-]+$/);
	const example = readFileSync(join(process.cwd(), 'examples', 'circus-occitanie.json'));
	await page
		.getByLabel('Fichier JSON')
		.setInputFiles({ name: 'circus-occitanie.json', mimeType: 'application/json', buffer: example });
	await page.getByRole('button', { name: 'Importer', exact: true }).click();
	await page.waitForURL(/\/tours\/[0-9a-f-]+$/);
	return page.url();
}

export async function bench(): Promise<BenchResult[]> {
	const dir = mkdtempSync(join(tmpdir(), 'empreinte-bench-'));
	const server = spawn('node', ['scripts/start.js'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			DATABASE_URL: `file:${join(dir, 'bench.db')}`,
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: BASE,
			EMPREINTE_SEED_DEMO: '0',
			EMPREINTE_SIGNUP_MAX_PER_IP: '10000',
			EMPREINTE_LOGIN_MAX_PER_IP: '10000'
		}
	});
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking'
		]
	});
	const read: number[] = [];
	const longest: number[] = [];
	const preview: number[] = [];
	try {
		await waitForServer();
		const file = bigSurvey(ROWS);
		for (let run = 0; run < RUNS; run++) {
			const context = await browser.newContext({ locale: 'fr-FR' });
			const page = await context.newPage();
			const tourUrl = await circusTour(page, run);
			await page.goto(`${tourUrl}/audience/import?date=toulouse`);
			await page.evaluate(() => {
				const w = window as unknown as { longest: number };
				w.longest = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
				}).observe({ type: 'longtask' });
			});
			const t0 = performance.now();
			await page
				.getByLabel('Fichier CSV')
				.setInputFiles({ name: 'enquete-100k.csv', mimeType: 'text/csv', buffer: file });
			await page
				.getByText('100 000 lignes lues', { exact: false })
				.waitFor({ state: 'visible', timeout: 120_000 });
			read.push(performance.now() - t0);
			longest.push(await page.evaluate(() => (window as unknown as { longest: number }).longest));
			const t1 = performance.now();
			await page.getByRole('button', { name: 'Continuer vers l’aperçu' }).click();
			await page.waitForURL(/\/audience\/import\/[0-9a-f-]+$/, { timeout: 120_000 });
			await page.getByRole('heading', { name: 'Aperçu' }).waitFor({ timeout: 120_000 });
			preview.push(performance.now() - t1);
			await context.close();
		}
	} finally {
		await browser.close();
		server.kill('SIGTERM');
		rmSync(dir, { recursive: true, force: true });
	}
	const mb = (bigSurvey(ROWS).length / 1e6).toFixed(1);
	return [
		{
			name: 'browser import: worker reads 100 000 rows',
			median_ms: median(read),
			runs: RUNS,
			note: `${mb} MB file, from choosing it to « 100 000 lignes lues »`
		},
		{
			name: 'browser import: longest main-thread task while reading',
			median_ms: median(longest),
			runs: RUNS,
			note: 'target under 250 ms: the page stays responsive while the worker reads'
		},
		{
			name: 'browser import: mapped columns sent, preview shown',
			median_ms: median(preview),
			runs: RUNS
		}
	];
}
