/**
 * The label review of a survey whose mode question was free text: 400 answers, each written its
 * own way, none recognised. Measured in Debian Chromium against the production build, from the
 * click on « Mettre à jour l’aperçu » (one label chosen) to the updated page painted — what the
 * user waits for at each step of the review (issue 15 measured 2.8 s before the review showed its
 * labels a page at a time).
 *
 * Starts its own server like ./import-browser.bench.ts (BENCH_PORT, default 4199).
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { circusTour, waitForServer, type BenchResult } from './import-browser.bench';

const LABELS = 400;
const UPDATES = 5;
const PORT = Number(process.env.BENCH_PORT ?? 4199);
const BASE = `http://localhost:${PORT}`;

function freeTextSurvey(): Buffer {
	const lines = ['Code postal;Comment êtes-vous venu ?'];
	for (let i = 0; i < LABELS; i++) lines.push(`34000;Réponse libre ${i}`);
	return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
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
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run']
	});
	const updates: number[] = [];
	try {
		await waitForServer();
		const context = await browser.newContext({ locale: 'fr-FR' });
		const page = await context.newPage();
		const tourUrl = await circusTour(page, 0);
		await page.goto(`${tourUrl}/audience/import?date=montpellier`);
		await page
			.getByLabel('Fichier CSV')
			.setInputFiles({ name: 'libre.csv', mimeType: 'text/csv', buffer: freeTextSurvey() });
		await page.getByText(`${LABELS} lignes lues`, { exact: false }).waitFor();
		await page.getByRole('button', { name: 'Continuer vers l’aperçu' }).click();
		await page.getByRole('heading', { name: 'Aperçu' }).waitFor({ timeout: 60_000 });
		for (let k = 0; k < UPDATES; k++) {
			await page.locator('select[name=labelChoice]').first().selectOption('walk');
			const want = `${LABELS - 1 - k} libellés attendent`;
			// timed in the page: the first paint after the count of waiting labels changes
			await page.evaluate((text) => {
				const w = window as unknown as { done: number | null; t0: number };
				w.done = null;
				w.t0 = performance.now();
				const obs = new MutationObserver(() => {
					const el = document.querySelector('p.warning');
					if (!el?.textContent?.includes(text)) return;
					obs.disconnect();
					requestAnimationFrame(() => setTimeout(() => (w.done = performance.now() - w.t0)));
				});
				obs.observe(document.body, { subtree: true, childList: true, characterData: true });
			}, want);
			await page.locator('form[action="?/map"] button[type=submit]').click();
			await page.waitForFunction(
				() => (window as unknown as { done: number | null }).done !== null,
				undefined,
				{
					timeout: 60_000,
					polling: 200
				}
			);
			updates.push(await page.evaluate(() => (window as unknown as { done: number }).done));
		}
		await context.close();
	} finally {
		await browser.close();
		server.kill('SIGTERM');
		rmSync(dir, { recursive: true, force: true });
	}
	return [
		{
			name: `label review: update with ${LABELS} unrecognised labels`,
			median_ms: median(updates),
			runs: UPDATES,
			note: 'click → page painted again; one label decided per update'
		}
	];
}
