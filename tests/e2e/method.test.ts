/**
 * Method of the factor sets and versioned audience parameters (issues 18 and 22), in the public
 * factor explorer and on a tour's results: the parameters' versions and the sets pinning each; a
 * version's archetypes with each number's source, year, population and confidence; a set's method
 * options (the impactCO2 C set measures flights as impactCO2 does); the demo tour's audience
 * defaults named with their archetype and parameters version; a tour of one's own switched to
 * campervan nights on the stay tab, counted per person. axe on every page.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { createOrg, signUp } from './auth-helpers';

async function expectAccessible(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('explorer: audience parameters by version, with the source of every number', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/factors');
	await page.getByRole('link', { name: 'Paramètres des publics' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paramètres des publics');
	const v2 = page.getByRole('listitem').filter({ hasText: 'audience-archetypes@2026.2' });
	await expect(v2).toContainText('empreinte-default@2026.2');
	await expect(page.getByRole('listitem').filter({ hasText: 'audience-archetypes@2026.1' })).toContainText(
		'empreinte-default@2026.1'
	);
	await expectAccessible(page);

	await v2.getByRole('link', { name: 'audience-archetypes@2026.2' }).click();
	const rural = page.getByRole('region', { name: /salle moyenne en zone rurale/ });
	await expect(rural.getByRole('table', { name: 'Tranches de distance' })).toContainText('même commune');
	const cells = rural.getByRole('table', { name: 'D’où vient chaque chiffre' });
	await expect(cells.getByRole('row', { name: /Part de la voiture/ })).toContainText('82');
	await expect(cells.getByRole('row', { name: /Personnes par voiture/ })).toContainText('1,8');
	await expect(page.getByText(/Aucun modificateur par type d’événement/)).toBeVisible();
	await expect(page.getByRole('link', { name: /Scène nationale de Cavaillon/ })).toBeVisible();
	await expectAccessible(page);

	await page.goto('/factors/parameters/audience-archetypes@2026.1');
	await expect(page.getByText(/Version sans cellules sourcées/).first()).toBeVisible();
});

test('explorer: a set’s method, and the set that follows impactCO2 C exactly', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/factors/sets/empreinte-impactco2-c@2026.2');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ADEME impactCO2 C, à l’identique');
	const method = page.getByRole('region', { name: 'Méthode' });
	await expect(method).toContainText('sans les + 95 km');
	await expect(method).toContainText('audience-archetypes@2026.2');
	await expect(page.getByText(/Intercités 0,00898 au lieu de 0,0075/)).toBeVisible();
	const travel = page.getByRole('region', { name: /Déplacements/ });
	await expect(travel.getByRole('rowheader', { name: /Trottinette électrique/ })).toBeVisible();
	await expectAccessible(page);

	await page.goto('/factors/sets/desnz-2024@2026.1');
	await expect(page.getByRole('region', { name: 'Méthode' })).toContainText('3 700 km');
	await page.goto('/factors/sets/empreinte-default@2026.1');
	await expect(page.getByRole('region', { name: 'Méthode' })).toContainText(
		'jeu publié avant l’épinglage des paramètres'
	);
});

test('results: the demo tour names the archetype and the parameters its audience defaults rest on', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto('/o/demo/productions');
	await page.getByRole('link', { name: 'Sous la toile' }).first().click();
	await page.locator('tbody tr').filter({ hasText: 'Prévisionnel' }).getByRole('link').first().click();
	await expect(page).toHaveURL(/\/o\/demo\/tours\/[0-9a-f-]+$/);
	const defaults = page.getByTestId('audience-defaults');
	await expect(defaults).toContainText('valeur par défaut :');
	await expect(defaults).toContainText('audience-archetypes@2026.2');
	// each number's source is drawn once « D’où vient chaque chiffre » opens (issue #21)
	await expect(defaults).not.toContainText('Part de la voiture');
	await defaults.getByText('D’où vient chaque chiffre').first().click();
	await expect(defaults).toContainText('Part de la voiture');
	await expectAccessible(page);
});

test('stay: a tour in campervans is counted per person, each night away', async ({ page }) => {
	test.setTimeout(180_000);
	await signUp(page, 'Régie Camping-car');
	const slug = await createOrg(page, 'Compagnie Nomade');
	await page.goto(`/o/${slug}/productions`);
	await page.getByLabel('Titre').fill('Sur la route');
	await page.getByRole('button', { name: 'Créer le spectacle' }).click();
	await page.getByLabel('Fichier JSON').setInputFiles(join('examples', 'circus-occitanie.json'));
	await page.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page).toHaveURL(/\/tours\/[0-9a-f-]+$/);
	const url = new URL(page.url()).pathname;

	await page.goto(`${url}/stay`);
	await page.getByLabel('Hébergement habituel').selectOption('campervan');
	await page.getByRole('button', { name: 'Enregistrer' }).first().click();
	await expect(page.getByRole('status')).toBeVisible();
	await expect(page.getByLabel('Hébergement habituel')).toHaveValue('campervan');
	await expectAccessible(page);

	const csv = await (await page.request.get(`${url}/results.csv`)).text();
	expect(csv).toContain('night.campervan');
	expect(csv).not.toMatch(/hotel\.FR/);
});
