/**
 * Places a touring company can trust (issue #20), tried as a new user would in French: the first
 * suggestion for the towns of a real tour is the intended place, an ambiguous town typed without
 * JavaScript shows its candidates (the intended one first), a venue without a chosen territory
 * takes its commune's density reading, a dates CSV row « Bruxelles;1000;BE » imports, and the
 * footer names where the points come from.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createOrg, signUp } from './auth-helpers';
import { gotoHydrated } from './hydration';

/** Types into the place field and waits until the first suggestion is the expected one (or fails). */
async function expectFirstOption(page: Page, label: string, typed: string, want: RegExp): Promise<void> {
	await page.getByRole('combobox', { name: label }).fill(typed);
	// the list refreshes as the answer for the new text arrives: retried until it matches
	await expect(page.getByRole('option').first(), typed).toHaveText(want);
}

async function newTour(page: Page, company: string): Promise<string> {
	await signUp(page, `Régie ${company}`);
	const slug = await createOrg(page, company);
	await gotoHydrated(page, `/o/${slug}/productions`);
	await page.getByLabel('Titre').fill('Les Routes');
	await page.getByLabel('Discipline').selectOption('theatre');
	await page.getByLabel('Équipe en tournée (personnes)').fill('4');
	await page.getByRole('button', { name: 'Créer le spectacle' }).click();
	await page.getByLabel('Saison').fill('2027');
	const base = page.getByRole('combobox', { name: 'Point de départ (base)' });
	await base.fill('Brest');
	await page.getByRole('option', { name: /^Brest \(Finistère, 29\)/ }).click();
	await page.getByRole('button', { name: 'Créer la tournée' }).click();
	await expect(page).toHaveURL(/\/tours\/[0-9a-f-]+\/dates$/);
	return page.url().replace(/\/dates$/, '');
}

test('the first suggestion is the intended place, for French towns and for Brussels, Geneva, Barcelona', async ({
	page
}) => {
	test.setTimeout(180_000);
	await newTour(page, 'Compagnie des Villes');
	const expected: [string, RegExp][] = [
		['Brest', /^Brest \(Finistère, 29\)/],
		['Orange', /^Orange \(Vaucluse, 84\)/],
		['Valence', /^Valence \(Drôme, 26\)/],
		['Macon', /^Mâcon \(Saône-et-Loire, 71\)/],
		['Bayonne', /^Bayonne \(Pyrénées-Atlantiques, 64\)/],
		['Alès', /^Alès \(Gard, 30\)/],
		['Clermont', /^Clermont-Ferrand/],
		['Bruxelles', /^Brussels, Belgique/],
		['Genève', /^Genève, Suisse/],
		['Barcelona', /^Barcelona, Espagne/]
	];
	for (const [typed, want] of expected) await expectFirstOption(page, 'Commune ou ville', typed, want);
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
	await expect(page.locator('footer')).toContainText('La Poste, Base officielle des codes postaux');
});

test('without JavaScript, « Brest » lists its candidates, Finistère first; the territory comes from density', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const setup = await browser.newPage();
	const tourUrl = await newTour(setup, 'Compagnie Sans Script');
	const state = await setup.context().storageState();
	await setup.close();

	const context = await browser.newContext({ javaScriptEnabled: false, storageState: state });
	const page = await context.newPage();
	await page.goto(`${tourUrl}/dates`); // no JavaScript: nothing to wait for
	await page.getByLabel('Lieu', { exact: true }).fill('Le Quartz');
	await page.getByRole('combobox', { name: 'Commune ou ville' }).fill('Brest');
	await page.getByLabel('Début').fill('2027-03-02');
	// no territory chosen: the first option says the commune's density decides
	await expect(page.getByLabel('Territoire du lieu')).toHaveValue('');
	await expect(page.getByLabel('Territoire du lieu').locator('option').first()).toHaveText(
		'D’après la densité de la commune'
	);
	await page.getByRole('button', { name: 'Ajouter la date' }).click();
	const candidates = page.getByRole('group', { name: /Plusieurs lieux correspondent/ }).getByRole('radio');
	await expect(candidates.first()).toBeChecked();
	await expect(
		page
			.getByRole('group', { name: /Plusieurs lieux correspondent/ })
			.locator('label')
			.first()
	).toContainText('Brest (Finistère, 29)');
	await expect(page.getByRole('group', { name: /Plusieurs lieux correspondent/ })).toContainText(
		'Biélorussie'
	);
	await page.getByRole('button', { name: 'Ajouter la date' }).click();
	await expect(page.getByRole('row', { name: /Le Quartz/ })).toContainText('Brest (Finistère, 29)');

	// editing it shows the density reading that was applied
	await page.getByRole('link', { name: /Modifier Le Quartz/ }).click();
	await expect(page.getByLabel('Territoire du lieu')).toHaveValue('urban');
	await expect(
		page.getByText(/D’après la densité de Brest \([\d\s\u202f\u00a0]+ hab\.\/km²\) : Urbain\./)
	).toBeVisible();
	await context.close();
});

test('a dates CSV row « Bruxelles;1000;BE » imports without asking', async ({ page }) => {
	test.setTimeout(180_000);
	await newTour(page, 'Compagnie Belge');
	const csv = [
		'Lieu;Ville;Code postal;Pays;Début',
		'Théâtre National;Bruxelles;1000;BE;05/04/2027',
		'Comédie;Genève;1204;CH;07/04/2027',
		'Le Cratère;Alès;30100;;09/04/2027'
	].join('\r\n');
	await page
		.getByLabel('Fichier CSV')
		.setInputFiles({ name: 'dates.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
	await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
	await page.getByRole('button', { name: 'Importer les 3 dates' }).click();
	await expect(page.getByText('3 dates importées.')).toBeVisible();
	await expect(page.getByRole('row', { name: /Théâtre National/ })).toContainText('Brussels, Belgique');
	await expect(page.getByRole('row', { name: /Comédie/ })).toContainText('Genève, Suisse');
	await expect(page.getByRole('row', { name: /Le Cratère/ })).toContainText('Alès (Gard, 30)');
});
