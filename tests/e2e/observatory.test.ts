/**
 * Open observatory (issue 13), as new users would meet it: three companies import a tour, make it
 * actual and choose « contribuer à l'observatoire ouvert »; an anonymous visitor (a journalist)
 * reads the figures by region and discipline; the operator builds a release with the CLI; the
 * visitor downloads the zip, and every CSV row passes the Table Schema of its datapackage.json,
 * every column documented, and against the Table Schema the instance serves; the instance owner
 * builds the next release from /admin/observatory (anyone else gets 404); the map of regions is
 * reached with the keyboard; one company withdraws and the live figures turn secret at once. axe
 * on every page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOrg, signUp } from './auth-helpers';
import { validateCsv, type TableSchema } from '../../src/lib/observatory/tableschema';

async function axe(page: Page, label: string) {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
		[]
	);
}

async function contributor(browser: Browser, name: string) {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	await signUp(page, `Régie ${name}`);
	const slug = await createOrg(page, name);
	await page.goto(`/o/${slug}/productions`);
	await page.getByLabel('Titre').fill(`Spectacle ${name}`);
	await page.getByLabel('Discipline').selectOption('circus');
	await page.getByRole('button', { name: 'Créer le spectacle' }).click();
	await expect(page.getByRole('heading', { name: 'Importer un fichier de tournée' })).toBeVisible();
	const example = readFileSync(join(process.cwd(), 'examples', 'circus-occitanie.json'));
	await page
		.getByLabel('Fichier JSON')
		.setInputFiles({ name: 'circus.json', mimeType: 'application/json', buffer: example });
	await page.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page).toHaveURL(/\/tours\/[0-9a-f-]+$/);
	await page.getByRole('button', { name: 'La tournée est passée : créer le réalisé' }).click();
	await expect(page.getByText('Réalisé : ce diagnostic décrit la tournée')).toBeVisible();
	return { page, slug };
}

async function choose(c: { page: Page; slug: string }, answer: 'Contribuer' | 'Ne plus contribuer') {
	await c.page.goto(`/o/${c.slug}/settings`);
	await c.page.getByRole('link', { name: 'Observatoire ouvert : contribuer ou non' }).click();
	await c.page.getByLabel(answer, { exact: true }).check();
	await c.page.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(c.page.getByText('Choix enregistré.')).toBeVisible();
}

/** The entries of a stored (uncompressed) zip, as the app writes them. */
function unzipStored(buf: Buffer): Map<string, string> {
	const out = new Map<string, string>();
	let at = 0;
	while (buf.readUInt32LE(at) === 0x04034b50) {
		const size = buf.readUInt32LE(at + 18);
		const nameLen = buf.readUInt16LE(at + 26);
		const extra = buf.readUInt16LE(at + 28);
		const name = buf.subarray(at + 30, at + 30 + nameLen).toString('utf8');
		const start = at + 30 + nameLen + extra;
		out.set(name, buf.subarray(start, start + size).toString('utf8'));
		at = start + size;
	}
	return out;
}

test('three companies contribute, a visitor reads and downloads a valid release; a withdrawal shows at once', async ({
	browser,
	page
}) => {
	test.setTimeout(420_000);
	const companies = [];
	for (const n of ['Cirque Obs Un', 'Cirque Obs Deux', 'Cirque Obs Trois'])
		companies.push(await contributor(browser, `${n} ${Date.now().toString(36)}`));

	// off by default: the consent page says so; the history is empty
	await companies[0].page.goto(`/o/${companies[0].slug}/observatory`);
	await expect(
		companies[0].page.getByText('Votre structure ne contribue pas à l’observatoire.')
	).toBeVisible();
	await expect(companies[0].page.getByText('Jamais activée.')).toBeVisible();
	await axe(companies[0].page, 'consent page');
	for (const c of companies) await choose(c, 'Contribuer');
	await expect(companies[2].page.getByText('contribution activée')).toBeVisible();

	// the visitor, no account
	await page.goto('/');
	await page.getByRole('link', { name: 'Observatoire' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Observatoire ouvert des tournées');
	await expect(page.getByRole('heading', { name: 'Saison 2026 : ensemble' })).toBeVisible();
	const structures = page.locator('dl.figures div', { hasText: 'Structures' }).locator('dd');
	await expect(structures).toHaveText('3');
	await expect(page.getByRole('table', { name: 'Par région du siège' })).toContainText('Occitanie');
	await expect(page.getByRole('table', { name: 'Par discipline' })).toContainText('Cirque');
	await expect(
		page.getByRole('table', { name: 'Par taille d’équipe (personnes sur la route)' })
	).toBeVisible();
	await expect(page.getByRole('table', { name: 'Par portée géographique' })).toContainText('Régionale');
	await expect(page.getByRole('table', { name: 'Équipe : personnes·km par mode et distance' })).toContainText(
		'Route'
	);
	// the map: each region is a link named by its figure; Tab reaches it, Enter goes to its table row
	const occitanie = page.getByRole('link', { name: /^Occitanie : [\d\s  ,]+ kg CO₂e par date$/ });
	await expect(occitanie).toBeVisible();
	await occitanie.focus();
	await expect(page.locator('.map .focus')).toContainText('Occitanie');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#region-76$/);
	await expect(page.getByRole('link', { name: 'Bretagne : aucune tournée versée' })).toBeVisible();
	await expect(page.getByRole('link', { name: '/api/observatory/schema' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Méthode et limites' })).toBeVisible();
	await expect(page.getByText('Mobilité des publics : exclue de ces chiffres.')).toBeVisible();
	await axe(page, 'observatory');

	const api = await (await page.request.get('/api/observatory')).json();
	expect(api.seasons.find((s: { season: string }) => s.season === '2026').total.structures).toBe(3);

	// the operator builds a release with the CLI, on the server's database
	const dbUrl = `file:${join(process.cwd(), 'test-results', 'e2e-db', 'e2e.db')}`;
	const out = execFileSync(
		process.execPath,
		['bin/empreinte.js', 'observatory', 'release', '--period', '2026'],
		{
			env: { ...process.env, DATABASE_URL: dbUrl },
			encoding: 'utf8'
		}
	);
	expect(out).toMatch(/Release 2026 v\d+/);
	await page.reload();
	await expect(page.getByRole('link', { name: 'Télécharger le paquet (zip)' }).first()).toBeVisible();
	const href = await page
		.getByRole('link', { name: 'Télécharger le paquet (zip)' })
		.first()
		.getAttribute('href');
	const zip = await page.request.get(href!);
	expect(zip.headers()['content-type']).toBe('application/zip');
	const files = unzipStored(Buffer.from(await zip.body()));
	expect([...files.keys()].sort()).toEqual(
		[
			'CHANGELOG.md',
			'README.md',
			'aggregates.csv',
			'categories.csv',
			'datapackage.json',
			'flows.csv',
			'levers.csv'
		].sort()
	);
	const pkg = JSON.parse(files.get('datapackage.json')!);
	expect(pkg.licenses[0].name).toBe('etalab-2.0');
	for (const r of pkg.resources as { path: string; schema: TableSchema; 'x-schema-endpoint': string }[]) {
		for (const f of r.schema.fields) expect(f.description.length).toBeGreaterThan(10);
		expect(validateCsv(r.schema, files.get(r.path)!)).toEqual([]);
		// the schema the instance serves at its own URL is the one in the package, and the CSV passes it
		const served = (await (await page.request.get(r['x-schema-endpoint'])).json()) as TableSchema;
		expect(served).toEqual(r.schema);
		expect(validateCsv(served, files.get(r.path)!)).toEqual([]);
	}
	expect(files.get('flows.csv')).toMatch(/\n2026,team,all,all,false,,3,/);
	expect(files.get('aggregates.csv')).toMatch(/^season,dimension,value,suppressed,/);
	expect(files.get('aggregates.csv')).toContain('\n2026,all,all,false,,3,3,');
	for (const c of companies) expect(files.get('aggregates.csv')).not.toContain(c.slug);

	// the instance owner builds the next release from the web; anyone else does not even see the page
	const other = await companies[0].page.request.get('/admin/observatory', { maxRedirects: 0 });
	expect(other.status()).toBe(404);
	const ownerContext = await browser.newContext({ locale: 'fr-FR' });
	const owner = await ownerContext.newPage();
	await signUp(owner, 'Responsable Instance', 'instance-owner@example.test');
	await owner.goto('/admin/observatory');
	await expect(owner.getByRole('heading', { level: 1 })).toHaveText('Observatoire : publier');
	await expect(owner.getByText(/Saison 2026 : 3 tournées réalisées de 3 structures/)).toBeVisible();
	await axe(owner, 'admin observatory');
	await expect(owner.getByLabel('Saison à publier')).toHaveValue('2026');
	await owner.getByRole('button', { name: 'Construire la publication' }).click();
	await expect(owner.getByRole('status')).toContainText(
		/Publication de la saison 2026, version \d+, construite\./
	);
	const zip2 = await owner.request.get(
		(await owner
			.getByRole('status')
			.getByRole('link', { name: 'Télécharger le paquet (zip)' })
			.getAttribute('href'))!
	);
	const files2 = unzipStored(Buffer.from(await zip2.body()));
	expect(files2.get('aggregates.csv')).toBe(files.get('aggregates.csv'));
	expect(files2.get('CHANGELOG.md')).toMatch(/## 2026\.2 — /);
	await ownerContext.close();

	// one company withdraws: the live figures are secret at once (fewer than 3 structures)
	await choose(companies[2], 'Ne plus contribuer');
	await expect(companies[2].page.getByText('contribution retirée')).toBeVisible();
	await page.goto('/observatory?season=2026');
	await expect(page.getByText('secret : moins de 3 structures').first()).toBeVisible();
	await expect(page.locator('dl.figures')).toHaveCount(0);
	await axe(page, 'observatory after withdrawal');
});
