/**
 * Experiments and commitments (issue 8), as a new user would do it: the circus example imported
 * through the production page, a scenario with two levers (short legs by train, vegetarian
 * catering), a commitment made from it, the tour's actual created after the tour and corrected (the team
 * did take the train), linked as the measured result: promised, estimated and measured side by
 * side, the status moved on, the CSV export. Then the same forms without JavaScript, errors beside
 * their fields. axe on every page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOrg, signUp } from './auth-helpers';
import { gotoHydrated } from './hydration';

async function axe(page: Page, label: string) {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
		[]
	);
}

/** A new user, an organisation, the circus production and its tour imported from the example file. */
async function circusTour(page: Page, name: string): Promise<{ slug: string; tourUrl: string }> {
	await signUp(page, name);
	const slug = await createOrg(page, `Cirque ${name}`);
	await gotoHydrated(page, `/o/${slug}/productions`);
	await page.getByLabel('Titre').fill('Sous la toile');
	await page.getByLabel('Discipline').selectOption('circus');
	await page.getByRole('button', { name: 'Créer le spectacle' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sous la toile');
	await expect(page.getByRole('heading', { name: 'Importer un fichier de tournée' })).toBeVisible();
	const example = readFileSync(join(process.cwd(), 'examples', 'circus-occitanie.json'));
	await page
		.getByLabel('Fichier JSON')
		.setInputFiles({ name: 'circus-occitanie.json', mimeType: 'application/json', buffer: example });
	await page.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page).toHaveURL(/\/tours\/[0-9a-f-]+$/);
	return { slug, tourUrl: new URL(page.url()).pathname };
}

/** The text of the card under a heading of the promised / estimated / measured row. */
function card(page: Page, heading: string) {
	return page.locator('.side li').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
}

test('from a tour to a scenario with two levers, a commitment, and a measured result', async ({ page }) => {
	test.setTimeout(180_000);
	const { slug, tourUrl } = await circusTour(page, 'Régie Expé');

	// the experiments tab: catalogue, no scenario yet
	await page.getByRole('link', { name: 'Expérimentations' }).click();
	await expect(page).toHaveURL(`${tourUrl}/experiments`);
	await expect(page.getByRole('heading', { name: 'Expérimentations', level: 1 })).toBeVisible();
	await expect(page.getByText('Aucun scénario pour l’instant.')).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Le train plutôt que l’avion ou la voiture', level: 3 })
	).toBeVisible();
	await axe(page, 'experiments');

	// a scenario with two levers
	await page.getByLabel('Nom du scénario').fill('Train et repas végétariens');
	await page.getByLabel('Le train plutôt que l’avion ou la voiture').check();
	await page.getByLabel('Des repas végétariens', { exact: true }).check();
	await page.getByRole('button', { name: 'Créer le scénario' }).click();
	await expect(page).toHaveURL(/\/experiments\/[0-9a-f-]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scénario « Train et repas végétariens »');
	await expect(page.getByText(/Ce scénario économise [\d\s,]+ kg CO₂e/)).toBeVisible();
	await expect(
		page.getByText(
			'Trajet Auch → Marciac (46 km) : 6 personne(s) en TER, à l’aller comme au retour de cette date.'
		)
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Expérimentations' })).toHaveAttribute('aria-current', 'page');
	// each lever's own saving, in the order applied
	await expect(page.getByText(/— ce levier seul : [\d\s,]+ (kg|t) CO₂e en moins/)).toHaveCount(2);
	await expect(page.getByRole('heading', { name: 'Par poste' })).toBeVisible();
	await expect(page.getByRole('row', { name: /Déplacements de l’équipe/ }).first()).toBeVisible();
	await axe(page, 'scenario');

	// commit: the promised saving is suggested from the estimate
	const target = page.getByLabel('Économie promise (kg CO₂e)');
	await expect(target).not.toHaveValue('');
	await target.fill('1500');
	await page.getByLabel('Responsable').fill('Léa Martin');
	await page.getByRole('button', { name: 'Créer l’engagement' }).click();
	await expect(page).toHaveURL(/\/commitments\/[0-9a-f-]+$/);
	const commitmentUrl = new URL(page.url()).pathname;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Engagement « Train et repas végétariens »'
	);
	await expect(card(page, 'Promis')).toContainText(/1\s500 kg CO₂e/);
	await expect(card(page, 'Estimé')).toContainText(/\d kg CO₂e/);
	await expect(card(page, 'Mesuré')).toContainText('Pas encore de diagnostic réel lié.');
	await expect(page.getByText('Statut actuel : Proposé')).toBeVisible();
	await axe(page, 'commitment');

	// committed
	await page.getByLabel('Passer à').selectOption({ label: 'Engagé' });
	await page.getByRole('button', { name: 'Changer le statut' }).click();
	await expect(page.getByText('Statut actuel : Engagé')).toBeVisible();
	// an invalid change is refused beside its field: abandoning needs a reason
	await page.getByLabel('Passer à').selectOption({ label: 'Abandonné' });
	await page.getByRole('button', { name: 'Changer le statut' }).click();
	await expect(page.getByText('Dites pourquoi l’engagement est abandonné.')).toBeVisible();
	await expect(page.getByText('Statut actuel : Engagé')).toBeVisible();

	// after the tour: the actual, where the team did take the train for its short legs
	await gotoHydrated(page, tourUrl);
	await page.getByRole('button', { name: 'La tournée est passée : créer le réalisé' }).click();
	await page.waitForURL((u) => u.pathname !== tourUrl && /\/tours\/[0-9a-f-]+$/.test(u.pathname));
	const actualUrl = new URL(page.url()).pathname;
	await gotoHydrated(page, `${actualUrl}/travel`);
	await page.getByLabel('Tous les trajets de moins de (km)').fill('700');
	await page.getByLabel('passent en').selectOption('rail.ter');
	await page.getByRole('button', { name: 'Appliquer', exact: true }).click();
	// the 8 ways there and the 8 ways home (the bulk rule changes the way home too)
	await expect(page.getByText('16 trajets modifiés.')).toBeVisible();

	// link it as the measured result
	await gotoHydrated(page, commitmentUrl);
	await page.getByLabel('Diagnostic réel').selectOption({ index: 0 });
	await page.getByRole('button', { name: 'Lier ce diagnostic' }).click();
	await expect(card(page, 'Mesuré')).toContainText(/\d kg CO₂e \(\d+,\d\s%\)/);
	await expect(page.getByRole('heading', { name: 'D’où vient l’écart mesuré' })).toBeVisible();
	await expect(page.getByText(/Les deux diagnostics utilisent la même base de facteurs/)).toBeVisible();
	await expect(page.getByText(/Sur les dates communes aux deux : −[\d\s,]+ kg CO₂e/)).toBeVisible();
	await expect(page.getByText(/Le mesuré s’écarte de l’estimé de/)).toBeVisible();
	// the gap, date by date
	await expect(
		page.getByRole('table', { name: 'L’écart entre mesuré et estimé, date par date' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Partager avec mes réseaux' }).click();
	await expect(page.getByText('Partagé avec les réseaux.')).toBeVisible();
	await axe(page, 'commitment measured');

	// the organisation's commitments, and their CSV
	await gotoHydrated(page, `/o/${slug}`);
	await page.getByRole('link', { name: 'Engagements et expérimentations' }).click();
	await expect(page).toHaveURL(`/o/${slug}/commitments`);
	const row = page.getByRole('row', { name: /Train et repas végétariens/ });
	await expect(row).toContainText('Engagé');
	await expect(row).toContainText(/1\s500 kg CO₂e/);
	await expect(row).toContainText('partagé avec les réseaux');
	await axe(page, 'commitments');
	const csv = await page.request.get(`/o/${slug}/commitments/export.csv`);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const text = await csv.text();
	expect(text.startsWith('\ufeffIntitulé;Levier;Spectacle;Saison;Statut')).toBe(true);
	expect(text).toContain(
		'Train et repas végétariens;Le train plutôt que l’avion ou la voiture;Sous la toile;2026;Engagé;'
	);
	expect(text).toContain(';1500,0;');
});

test('the tour-order suggestion becomes a scenario only when accepted', async ({ page }) => {
	test.setTimeout(120_000);
	const { tourUrl } = await circusTour(page, 'Régie Ordre');
	await gotoHydrated(page, `${tourUrl}/experiments`);
	await page.getByLabel('Chaque date peut bouger de ± (jours)').fill('14');
	await page.getByRole('button', { name: 'Proposer un ordre' }).click();
	await expect(page).toHaveURL(/flexDays=14/);
	await expect(page.getByRole('row', { name: /Itinéraire/ })).toBeVisible();
	await expect(page.getByText(/Le scénario calculé par le moteur/)).toBeVisible();
	await expect(page.getByText('Aucun scénario pour l’instant.')).toBeVisible();
	await axe(page, 'order suggestion');
	await page.getByRole('button', { name: 'Accepter comme scénario' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scénario « Ordre de tournée optimisé »');
	await expect(page.getByText(/^Nouvel ordre :/)).toBeVisible();
});

test('without JavaScript: a refused parameter is shown beside its field, then the scenario is created', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const js = await browser.newContext();
	const page = await js.newPage();
	const { tourUrl } = await circusTour(page, 'Régie Sans JS');
	const nojs = await browser.newContext({ javaScriptEnabled: false, storageState: await js.storageState() });
	const p = await nojs.newPage();
	await p.goto(`${tourUrl}/experiments`); // no JavaScript: nothing to wait for
	await p.getByLabel('Fret mutualisé avec une autre compagnie', { exact: true }).check();
	await p
		.locator('.lever')
		.filter({ has: p.getByLabel('Fret mutualisé avec une autre compagnie', { exact: true }) })
		.locator('summary')
		.click();
	await p.getByLabel('Véhicule qui reste au garage').selectOption('truck');
	await p.getByLabel('De la date').selectOption('millau');
	await p.getByLabel('À la date').selectOption('albi');
	await p.getByLabel('Masse transportée (t)').fill('3');
	await p.getByLabel('Compagnie partenaire').fill('Cie des Voisins');
	await p.getByRole('button', { name: 'Créer le scénario' }).click();
	// the server refuses the range; the form comes back as sent, the message beside its field
	await expect(p.getByText('La date de fin vient avant la date de début dans la tournée.')).toBeVisible();
	await expect(p.getByLabel('À la date')).toHaveAttribute('aria-invalid', 'true');
	await expect(p.getByLabel('Fret mutualisé avec une autre compagnie', { exact: true })).toBeChecked();
	await expect(p.getByLabel('Compagnie partenaire')).toHaveValue('Cie des Voisins');
	await p.getByLabel('À la date').selectOption('perpignan');
	await p.getByRole('button', { name: 'Créer le scénario' }).click();
	await expect(p).toHaveURL(/\/experiments\/[0-9a-f-]+$/);
	await expect(p.getByText(/Ce scénario économise/)).toBeVisible();
	await expect(p.getByText(/dans le camion de Cie des Voisins/)).toBeVisible();
	await nojs.close();
	await js.close();
});
