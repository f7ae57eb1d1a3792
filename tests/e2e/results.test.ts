/**
 * Results of a tour (issue: diagnose a tour in the browser), on the demo workspace's circus tour:
 * "how is this computed?", a boundary switch recomputed live in the browser (and the same switch as
 * a GET form without JavaScript), the CSV of every line, the printable report (print media hides
 * the navigation), the comparisons (forecast vs actual, another factor set) with the change split
 * into factors and activity, and "make the actual" on a tour of one's own. axe on every page;
 * screenshots saved as artefacts and in test-results/screenshots/.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOrg, signUp } from './auth-helpers';
import { gotoHydrated } from './hydration';

const SHOTS = join('test-results', 'screenshots');

async function expectAccessible(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function shoot(page: Page, testInfo: TestInfo, name: string) {
	mkdirSync(SHOTS, { recursive: true });
	const path = join(SHOTS, `${name}.png`);
	await page.screenshot({ path, fullPage: true });
	await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** The demo circus tour ("Sous la toile"), forecast or actual. */
async function demoCircus(page: Page, phase: 'Prévisionnel' | 'Réalisé'): Promise<string> {
	await page.goto('/o/demo/productions');
	await page.getByRole('link', { name: 'Sous la toile' }).first().click();
	const row = page.locator('tbody tr').filter({ hasText: phase });
	await row.getByRole('link').first().click();
	await expect(page).toHaveURL(/\/o\/demo\/tours\/[0-9a-f-]+$/);
	return new URL(page.url()).pathname;
}

/** "3 778,2 kg CO₂e" or "12,3 t CO₂e" → kg */
function kg(text: string | null): number {
	const m = /([\d\s\u202f\u00a0]+(?:,\d+)?)\s*(kg|t)/.exec(text ?? '');
	if (!m) throw new Error(`no figure in "${text}"`);
	const n = Number(m[1].replace(/[\s\u202f\u00a0]/g, '').replace(',', '.'));
	return m[2] === 't' ? n * 1000 : n;
}

test('results: headline, how it is computed, live boundary switch, CSV', async ({ page }, testInfo) => {
	const url = await demoCircus(page, 'Prévisionnel');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Résultats de la tournée');
	const company = page.getByTestId('total-company');
	await expect(company).toBeVisible();
	await expect(page.getByTestId('total-audience')).toBeVisible();
	await expect(page.getByRole('rowheader', { name: 'Total avec la mobilité des publics' })).toBeVisible();
	await expect(
		page.getByRole('rowheader', { name: 'Total sans la mobilité des publics' }).first()
	).toBeVisible();
	await expect(page.getByText('Ce qui pèse le plus')).toBeVisible();
	await expect(page.getByText(/4 dates sur 8|5 dates sur 8/).first()).toBeVisible();

	// "how is this computed?" under the company total: factors with their provenance
	const how = page.locator('.total.company details.how');
	await how.locator('summary').click();
	await expect(how).toHaveAttribute('open', '');
	// the factor by its activity and its source's version, in words (no internal keys)
	await expect(how.getByText('Activité', { exact: true }).first()).toBeVisible();
	await expect(how.getByText(/\(version C\)/).first()).toBeVisible();
	await expect(how.getByText('Valeur publiée').first()).toBeVisible();
	// keyboard: the summaries are focusable and toggle with Enter
	const legHow = page.locator('table details.how').first();
	await legHow.locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(legHow).toHaveAttribute('open', '');

	// charts: chart.js canvases once live, each with its table alternative
	await expect(page.locator('figure.chart canvas').first()).toBeVisible();
	await expect(page.getByRole('img', { name: /Le trajet de la tournée/ })).toBeVisible();
	await shoot(page, testInfo, 'results');
	await expectAccessible(page);

	// a boundary switch recomputes in the browser, without a request
	// the headline is rounded to what its range supports: compare the exact values
	const full = Number(await company.getAttribute('data-kg'));
	let requests = 0;
	page.on('request', (r) => {
		if (r.resourceType() === 'document' || r.resourceType() === 'fetch') requests++;
	});
	await page.getByLabel('Construction des véhicules').uncheck();
	await expect(page.getByRole('status').filter({ hasText: 'Recalculé dans votre navigateur' })).toBeVisible();
	const reduced = Number(await company.getAttribute('data-kg'));
	expect(reduced).toBeLessThan(full);
	expect(kg(await company.textContent())).toBeGreaterThan(0);
	expect(requests).toBe(0);
	await expect(page).toHaveURL(/boundary=no-construction/);
	await expect(page.getByText('Périmètre réduit')).toBeVisible();

	// the CSV follows the boundary on screen: every line, French separator and decimal comma, BOM
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-link').click()]);
	expect(download.suggestedFilename()).toMatch(/^empreinte-sous-la-toile-2026-previsionnel-.*\.csv$/);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const [header, ...rows] = csv.slice(1).trim().split('\r\n');
	expect(header.startsWith('identifiant;compagnie ou publics;poste;')).toBe(true);
	expect(rows.length).toBeGreaterThan(50);
	const cols = header.split(';');
	const kgCol = cols.indexOf('kg CO2e');
	const excluded = cols.indexOf('composantes exclues');
	const companyRows = rows.map((r) => r.split(';')).filter((c) => c[1] === 'Émissions de la compagnie');
	const sum = companyRows.reduce((s, c) => s + Number(c[kgCol].replace(',', '.')), 0);
	expect(sum).toBeCloseTo(reduced, 0);
	expect(rows.some((r) => r.split(';')[excluded] === 'construction')).toBe(true);

	// the same CSV in English: comma separator, decimal point
	const res = await page.request.get(`${url}/results.csv`, { headers: { cookie: 'lang=en' } });
	expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(res.headers()['content-disposition']).toMatch(/attachment; filename="empreinte-.*-forecast\.csv"/);
	const en = (await res.text()).slice(1);
	expect(en.startsWith('id,company or audience,category,')).toBe(true);
});

test('a results page opened directly reads its payload from the page; after a navigation, from its data', async ({
	page
}) => {
	const url = await demoCircus(page, 'Prévisionnel');
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	// opened directly: the server writes the payload once as a JSON data block (never executed)
	await gotoHydrated(page, url);
	const block = page.locator('script#empreinte-live');
	await expect(block).toHaveCount(1);
	await expect(block).toHaveAttribute('type', 'application/json');
	const company = page.getByTestId('total-company');
	const full = Number(await company.getAttribute('data-kg'));
	expect(full).toBeGreaterThan(0);
	// the browser computes from it: a switch recomputes without a request
	await page.getByLabel('Construction des véhicules').uncheck();
	await expect(page.getByRole('status').filter({ hasText: 'Recalculé dans votre navigateur' })).toBeVisible();
	expect(Number(await company.getAttribute('data-kg'))).toBeLessThan(full);
	// away and back by links: the page's data then carries the payload itself, the block is gone
	await page
		.getByRole('navigation', { name: 'Sections de la tournée' })
		.getByRole('link', { name: 'Dates', exact: true })
		.click();
	await expect(page).toHaveURL(new RegExp(`${url}/dates`));
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`${url}\\?boundary=no-construction`));
	await expect(company).toBeVisible();
	await expect(page.locator('script#empreinte-live')).toHaveCount(0);
	expect(Number(await company.getAttribute('data-kg'))).toBeLessThan(full);
	const how = page.locator('.total.company details.how');
	await how.locator('summary').click();
	await expect(how.getByText('Valeur publiée').first()).toBeVisible();
	// no script error, no content-security-policy report
	expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the boundary switches are a GET form computed on the server', async ({ page }) => {
		await demoCircus(page, 'Prévisionnel');
		// the headline is rounded to what its range supports: compare the exact values
		const exactKg = async () => Number(await page.getByTestId('total-company').getAttribute('data-kg'));
		const full = await exactKg();
		await page.getByLabel('Construction des véhicules').uncheck();
		await page.getByRole('button', { name: 'Recalculer' }).click();
		await expect(page).toHaveURL(/boundary=custom/);
		await expect(page.getByLabel('Construction des véhicules')).not.toBeChecked();
		expect(await exactKg()).toBeLessThan(full);
		// "how is this computed" is drawn in the browser when opened (issue #21); without JavaScript
		// the page's notice links to the same page with every explanation drawn on the server
		await page.getByRole('link', { name: 'Afficher la page complète, avec toutes les explications' }).click();
		await expect(page).toHaveURL(/boundary=custom.*explain=all/);
		await expect(page.getByLabel('Construction des véhicules')).not.toBeChecked();
		const how = page.locator('.total.company details.how');
		await how.locator('summary').click();
		await expect(how.getByText('Activité', { exact: true }).first()).toBeVisible();
	});
});

test('printable report: A4 print view hides the navigation and the print button', async ({
	page
}, testInfo) => {
	const url = await demoCircus(page, 'Réalisé');
	await page.goto(`${url}/report`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sous la toile');
	await expect(page.getByText('Bilan carbone de la tournée')).toBeVisible();
	await expect(page.getByText('réalisé (après la tournée)')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Méthode et sources' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Facteurs d’émission utilisés' })).toBeVisible();
	await expect(page.getByText(/Rapport généré le .* par Empreinte/)).toBeVisible();
	const print = page.getByRole('button', { name: 'Imprimer / enregistrer en PDF' });
	await expect(print).toBeVisible();
	await expectAccessible(page);
	await shoot(page, testInfo, 'report');

	await page.emulateMedia({ media: 'print' });
	await expect(print).toBeHidden();
	const navs = page.locator('nav');
	expect(await navs.count()).toBeGreaterThan(1);
	for (let i = 0; i < (await navs.count()); i++) await expect(navs.nth(i)).toBeHidden();
	await expect(page.locator('a', { hasText: /^Dates$/ })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await shoot(page, testInfo, 'report-print');
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('compare: forecast vs actual and another factor set, split into factors and activity', async ({
	page
}, testInfo) => {
	const url = await demoCircus(page, 'Prévisionnel');
	await page.goto(`${url}/compare`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparer');
	await expect(page.getByTestId('phases-sentence')).toContainText('Le réalisé émet');
	await expect(page.getByTestId('phases-split')).toContainText('dus aux données d’activité');
	const totals = page.getByTestId('phases-totals');
	await expect(totals.getByRole('columnheader', { name: 'dû aux facteurs' })).toBeVisible();
	await expect(totals.getByRole('columnheader', { name: 'dû à l’activité' })).toBeVisible();
	// same set on both sides: the factor part of the company total is 0
	const companyRow = totals.getByRole('row').filter({ hasText: 'Émissions de la compagnie' });
	await expect(companyRow.getByRole('cell').nth(4)).toHaveText('0 kg CO₂e');
	await expectAccessible(page);

	await page.getByLabel('Base de facteurs à comparer').selectOption('empreinte-impactco2-a@2026.1');
	await page.getByRole('button', { name: 'Recalculer et comparer' }).click();
	await expect(page).toHaveURL(/set=empreinte-impactco2-a%402026\.1/);
	await expect(page.getByTestId('sets-sentence')).toContainText('Avec empreinte-impactco2-a@2026.1');
	const setTotals = page.getByTestId('sets-totals');
	const audienceRow = setTotals.getByRole('row').filter({ hasText: /^Mobilité des publics/ });
	// same activity on both sides: the activity part is 0
	await expect(audienceRow.getByRole('cell').nth(5)).toHaveText('0 kg CO₂e');
	await expect(page.getByRole('table', { name: /Facteurs qui changent/ })).toBeVisible();
	await expectAccessible(page);
	await shoot(page, testInfo, 'compare');
});

test('make the actual from a forecast of one’s own, then see both linked', async ({ page }) => {
	test.setTimeout(180_000);
	await signUp(page, 'Régie Résultats');
	const slug = await createOrg(page, 'Compagnie des Résultats');
	await page.goto(`/o/${slug}/productions`);
	await page.getByLabel('Titre').fill('Sous le chapiteau');
	await page.getByRole('button', { name: 'Créer le spectacle' }).click();
	await page.getByLabel('Fichier JSON').setInputFiles(join('examples', 'circus-occitanie.json'));
	await page.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page).toHaveURL(/\/tours\/[0-9a-f-]+$/);
	await expect(page.getByTestId('total-company')).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: 'La tournée est passée : créer le réalisé' }).click();
	await expect(page.getByText('Réalisé : ce diagnostic décrit la tournée')).toBeVisible();
	await page.getByTestId('counterpart-link').click();
	await expect(page.getByText('Prévisionnel : ce diagnostic décrit la tournée')).toBeVisible();
	await expect(page.getByTestId('counterpart-link')).toHaveText('Voir le réalisé');
});
