/**
 * The tour editor as a production manager uses it (issue 16): a Toulouse company's real 14-date tour
 * (Occitanie, Paris, Lille, Bruxelles, Genève) entered from a CSV, a director present at the first
 * three dates only (presence grid), two legs switched to the TGV in one action (Shift + click), the
 * nights between Bruxelles (22 January) and Genève (26 January) counted and shown on the stay page,
 * and a stale page refused instead of undoing a colleague's change (issue 17). Axe on every page.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createOrg, signUp } from './auth-helpers';

// [venue, town, postcode, country, start, end]
const DATES: [string, string, string, string, string, string][] = [
	['Théâtre Sorano', 'Toulouse', '31000', 'FR', '08/01/2027', ''],
	['Théâtre Olympe de Gouges', 'Montauban', '82000', 'FR', '10/01/2027', ''],
	['Scène nationale d’Albi', 'Albi', '81000', 'FR', '12/01/2027', ''],
	['Théâtre de Rodez', 'Rodez', '12000', 'FR', '14/01/2027', ''],
	['Théâtre de la Bastille', 'Paris', '75011', 'FR', '16/01/2027', '17/01/2027'],
	['Le Grand Bleu', 'Lille', '59000', 'FR', '19/01/2027', ''],
	['Théâtre Jean Vilar', 'Montpellier', '34000', 'FR', '29/01/2027', ''],
	['Théâtre de Nîmes', 'Nîmes', '30000', 'FR', '31/01/2027', ''],
	['L’Archipel', 'Perpignan', '66000', 'FR', '02/02/2027', ''],
	['Théâtre de Carcassonne', 'Carcassonne', '11000', 'FR', '04/02/2027', ''],
	['Le Parvis', 'Tarbes', '65000', 'FR', '06/02/2027', ''],
	['Circa', 'Auch', '32000', 'FR', '08/02/2027', '']
];

function datesCsv(): Buffer {
	const header = 'Lieu;Ville;Code postal;Pays;Début;Fin;Représentations;Fréquentation;Jauge;Territoire';
	const rows = DATES.map(([venue, town, cp, cc, start, end]) =>
		[venue, town, cp, cc, start, end, '1', '250', '300', 'urbain'].join(';')
	);
	return Buffer.from([header, ...rows].join('\r\n') + '\r\n', 'utf8');
}

async function expectAccessible(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the Toulouse 14-date tour: presence grid, legs changed in one action, nights between dates', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(240_000);
	await signUp(page, 'Régie Toulouse');
	const slug = await createOrg(page, 'Compagnie de la Garonne');

	await page.goto(`/o/${slug}/productions`);
	await page.getByLabel('Titre').fill('La Traversée');
	await page.getByLabel('Discipline').selectOption('theatre');
	await page.getByLabel('Équipe en tournée (personnes)').fill('8');
	await page.getByRole('button', { name: 'Créer le spectacle' }).click();
	await page.getByLabel('Saison').fill('2027');
	const home = page.getByRole('combobox', { name: 'Point de départ (base)' });
	await home.fill('toulouse');
	await page
		.getByRole('option', { name: /^Toulouse \(Haute-Garonne, 31\)/ })
		.first()
		.click();
	await page.getByRole('button', { name: 'Créer la tournée' }).click();
	await expect(page).toHaveURL(/\/tours\/[0-9a-f-]+\/dates$/);
	const tourUrl = page.url().replace(/\/dates$/, '');

	// 12 dates from the company's spreadsheet, Bruxelles and Genève typed in with the venue search
	await page
		.getByLabel('Fichier CSV')
		.setInputFiles({ name: 'tournee.csv', mimeType: 'text/csv', buffer: datesCsv() });
	await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
	await expect(page.getByText('12 lignes prêtes à importer.')).toBeVisible();
	await page.getByRole('button', { name: 'Importer les 12 dates' }).click();
	await expect(page.getByText('12 dates importées.')).toBeVisible();
	for (const [venue, town, option, start] of [
		['Théâtre Varia', 'bruxelles', /^(Bruxelles|Brussels), Belgique/, '2027-01-22'],
		['Théâtre Saint-Gervais', 'genève', /^Genève, Suisse/, '2027-01-26']
	] as const) {
		await page.getByLabel('Lieu', { exact: true }).fill(venue);
		await page.getByRole('combobox', { name: 'Commune ou ville' }).fill(town);
		await page.getByRole('option', { name: option }).first().click();
		await page.getByLabel('Début').fill(start);
		await page.getByRole('button', { name: 'Ajouter la date' }).click();
		await expect(page.getByRole('row', { name: new RegExp(venue) })).toBeVisible();
	}
	await expect(page.getByText(/^14 dates, dont/)).toBeVisible();
	// the venues of the file are offered next time
	await expect(
		page.getByLabel('Lieu déjà utilisé').getByRole('option', { name: /^Circa — Auch/ })
	).toHaveCount(1);
	await expectAccessible(page);

	// team and travel plan: 8 people by car (2 cars), plus a director
	await page.goto(`${tourUrl}/travel`);
	await page.getByLabel('Moyen de transport').selectOption('car.compact.petrol');
	await page.getByLabel('Véhicules').first().fill('2');
	await page.getByLabel('Personnes à bord').first().fill('8');
	await page.getByRole('button', { name: 'Ajouter au plan' }).click();
	await expect(page.getByRole('status')).toHaveText('Enregistré.');
	await page.getByLabel('Rôle').fill('director');
	await page.getByLabel('Nombre', { exact: true }).fill('1');
	await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
	await expect(page.getByRole('rowheader', { name: '1 × metteur·se en scène' })).toBeVisible();
	// a TGV group asks for people only: no « Personnes à bord »
	const planForm = page.locator('form[action="?/addGroup"]');
	await planForm.getByLabel('Moyen de transport').selectOption('rail.tgv');
	await expect(planForm.getByLabel('Personnes', { exact: true })).toBeVisible();
	await expect(planForm.getByLabel('Personnes à bord')).toHaveCount(0);

	// presence grid: the director at the first three dates only
	const grid = page
		.getByRole('table')
		.filter({ has: page.getByRole('columnheader', { name: 'Toutes les dates' }) });
	await grid.getByRole('checkbox', { name: 'metteur·se en scène : Toutes les dates' }).uncheck();
	const directorCells = grid.getByRole('checkbox', { name: /^metteur·se en scène à / });
	await expect(directorCells).toHaveCount(14);
	for (let i = 3; i < 14; i++) await directorCells.nth(i).uncheck();
	await page.getByRole('button', { name: 'Enregistrer la présence' }).click();
	await expect(page.getByText('(présent·es à 3 dates)')).toBeVisible();
	await expect(
		grid.getByRole('checkbox', { name: 'metteur·se en scène : Toutes les dates' })
	).not.toBeChecked();
	await expect(directorCells.nth(2)).toBeChecked();
	await expect(directorCells.nth(3)).not.toBeChecked();
	// the director goes home after Albi, on a leg of their own
	await expect(page.getByRole('row', { name: /départ en cours de tournée/ })).toHaveCount(1);

	// two legs to the TGV in one action: Toulouse → Montauban, then Shift + click down to Albi → Rodez
	const legs = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Trajet' }) });
	const boxes = legs.getByRole('checkbox', { name: /^Choisir le trajet/ });
	await boxes.nth(1).click();
	await boxes.nth(3).click({ modifiers: ['Shift'] });
	await expect(page.getByText('(3 trajets cochés)')).toBeVisible();
	await boxes.nth(2).click(); // untick the middle one
	await expect(page.getByText('(2 trajets cochés)')).toBeVisible();
	await page.getByLabel('Nouveau mode').selectOption('rail.tgv');
	await page.getByRole('button', { name: 'Appliquer aux trajets cochés' }).click();
	await expect(page.getByText('2 trajets modifiés.')).toBeVisible();
	await expect(legs.getByRole('row').filter({ hasText: 'TGV' })).toHaveCount(2);
	await expectAccessible(page);

	// the way home is a leg like any other
	const last = await boxes.count();
	await boxes.nth(last - 1).check();
	await page.getByLabel('Nouveau mode').selectOption('rail.intercites');
	await page.getByRole('button', { name: 'Appliquer aux trajets cochés' }).click();
	await expect(page.getByText('1 trajet modifié.')).toBeVisible();
	await expect(legs.getByRole('row').last()).toContainText('Intercités');

	// nights and meals: 5 rooms, 2 meals a day; Bruxelles (22/01) → Genève (26/01) counts 3 nights
	await page.goto(`${tourUrl}/stay`);
	await page.getByLabel('Chambres par nuit').fill('5');
	await page.getByLabel('Repas par personne et par jour').fill('2');
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Enregistré.');
	const gap = page.getByRole('row', { name: /Entre 22 janv. 2027 et 26 janv. 2027/ });
	await expect(gap).toContainText('Suisse');
	// 8 people (the director left after Albi); 3 nights × 5 rooms = 15; 3 days × 8 × 2 = 48 meals
	await expect(gap.getByRole('cell').nth(1)).toHaveText('8');
	await expect(gap.getByRole('cell').nth(2)).toHaveText('48');
	await expect(gap.getByRole('cell').nth(3)).toHaveText('15');
	// half vegetarian for the whole tour
	await page.getByLabel('toute la tournée : Repas végétarien (%)').fill('50');
	await page.getByLabel('toute la tournée : Repas moyen (%)').fill('40');
	await page.getByRole('button', { name: 'Enregistrer la répartition' }).click();
	await expect(page.getByText('La répartition doit faire 100 % (elle fait 90 %).')).toBeVisible();
	await page.getByLabel('toute la tournée : Repas moyen (%)').fill('50');
	await page.getByRole('button', { name: 'Enregistrer la répartition' }).click();
	await expect(page.getByRole('status')).toHaveText('Enregistré.');
	await expect(page.getByLabel('toute la tournée : Repas végétarien (%)')).toHaveValue('50');
	await expect(page.getByLabel('toute la tournée : Repas moyen (%)')).toHaveValue('50');
	await expectAccessible(page);
	await page.screenshot({ path: testInfo.outputPath('stay.png'), fullPage: true });

	// two pages open on the stay page; the second one saves after the first: refused, not overwritten
	const other = await browser.newContext({ storageState: await page.context().storageState() });
	const stalePage = await other.newPage();
	await stalePage.goto(`${tourUrl}/stay`);
	await page.getByLabel('Chambres par nuit').fill('6');
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Enregistré.');
	await stalePage.getByLabel('Chambres par nuit').fill('4');
	await stalePage.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(stalePage.getByRole('alert')).toContainText(
		/Cette tournée a été modifiée par Régie Toulouse à .+ : rechargez la page/
	);
	await stalePage.getByRole('link', { name: 'Recharger la page' }).click();
	await expect(stalePage.getByLabel('Chambres par nuit')).toHaveValue('6');
	await other.close();

	for (const tab of ['travel', 'dates']) {
		await page.goto(`${tourUrl}/${tab}`);
		await expectAccessible(page);
	}
	await page.goto(`${tourUrl}/travel`);
	await page.screenshot({ path: testInfo.outputPath('travel.png'), fullPage: true });
});
