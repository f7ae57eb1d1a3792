/**
 * Issue 14, as a new user would: a first estimate without an account (ten questions, the result with
 * its range and three priorities), then an account that keeps it as a tour; the same inputs entered
 * in the full editor give the same figures; the green rider generated for a date, printed, its venue
 * link filled from another browser (no account), the figures accepted into the date. Axe on each page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createOrg, PASSWORD, signUp, uniqueEmail } from './auth-helpers';

async function expectAccessible(page: Page, label: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(
		serious.map((v) => `${label} — ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

async function fillEstimate(page: Page) {
	await page.getByLabel('Nom du spectacle').fill('Les Échappées');
	await page.getByLabel('Discipline').selectOption('theatre');
	await page.getByLabel('Saison').fill('2027');
	await page.getByRole('combobox', { name: 'Commune de votre base' }).fill('Toulouse');
	await page.getByLabel('Villes de la tournée, dans l’ordre').fill('Albi\nMontauban');
	await page.getByLabel('Première date (facultatif)').fill('2027-03-02');
	await page.getByLabel('Nombre de représentations').fill('4');
	await page.getByLabel('Part des dates uniques (%)').fill('0');
	await page.getByLabel('Entre deux dates, l’équipe…').selectOption('chain');
	await page.getByLabel('Personnes en tournée').fill('6');
	await page.getByLabel('L’équipe voyage surtout…').selectOption('car');
	await page.getByLabel('Décor et matériel').selectOption('none');
	await page.getByLabel('Spectateurs au total (facultatif)').fill('');
}

test('a first estimate without an account, kept as a tour, equal to the full editor', async ({
	page
}, testInfo) => {
	test.setTimeout(240_000);
	await page.goto('/');
	await page.getByRole('link', { name: 'Faire une première estimation' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Première estimation');
	await expectAccessible(page, 'estimate form');

	// the room-nights field appears only when the team knows its number
	const nightsCount = page.getByLabel('Nombre de nuitées (chambres × nuits)');
	await expect(nightsCount).toBeHidden();
	await page.getByLabel('Nuits d’hôtel').selectOption('count');
	await expect(nightsCount).toBeVisible();
	await page.getByLabel('Nuits d’hôtel').selectOption('every');
	await expect(nightsCount).toBeHidden();

	// a wrong answer is refused beside its field
	await fillEstimate(page);
	await page.getByLabel('Nombre de représentations').fill('1');
	await page.getByRole('button', { name: 'Voir l’estimation' }).click();
	await expect(page.getByText('Au moins une représentation par ville (2).')).toBeVisible();

	await page.getByLabel('Nombre de représentations').fill('4');
	await page.getByRole('button', { name: 'Voir l’estimation' }).click();
	await expect(page).toHaveURL(/\/estimate\/[a-z2-7]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Première estimation : Les Échappées');
	await expect(page.getByRole('heading', { name: 'Par où commencer' })).toBeVisible();
	// no set and no audience: the three company categories, heaviest first
	await expect(page.locator('.priorities li')).toHaveCount(3);
	await expect(page.locator('.priorities')).toContainText('Déplacements de l’équipe');
	await expect(page.getByText('2 véhicule(s) pour 6 personnes (4 places par véhicule).')).toBeVisible();
	await expectAccessible(page, 'estimate result');
	await page.screenshot({ path: testInfo.outputPath('estimate-result.png'), fullPage: true });
	const estimateUrl = page.url();

	// the tour file downloads
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Télécharger le fichier de tournée (JSON)' }).click();
	expect((await download).suggestedFilename()).toMatch(/\.json$/);

	// an account keeps it
	await page.getByRole('link', { name: 'Créer un compte pour la garder' }).click();
	await page.getByLabel('Votre nom').fill('Administratrice');
	await page.getByLabel('Adresse e-mail').fill(uniqueEmail('admin'));
	await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: 'Créer mon compte' }).click();
	await expect(page).toHaveURL(estimateUrl);
	const slug = await createOrg(page, 'Compagnie des Échappées');
	await page.goto(estimateUrl);
	await page.getByLabel('Dans la structure').selectOption(slug);
	await page.getByRole('button', { name: 'Garder dans cette structure' }).click();
	await expect(page).toHaveURL(/\/o\/[a-z0-9-]+\/tours\/[0-9a-f-]+$/);
	const keptTotal = await page.locator('.running-total').innerText();
	expect(keptTotal).toMatch(/CO₂e/);

	// the same inputs in the full editor
	await page.goto(`/o/${slug}/productions`);
	await page.getByLabel('Titre').fill('Les Échappées (éditeur)');
	await page.getByLabel('Discipline').selectOption('theatre');
	await page.getByLabel('Équipe en tournée (personnes)').fill('6');
	await page.getByRole('button', { name: 'Créer le spectacle' }).click();
	await page.getByLabel('Saison').fill('2027');
	await page.getByRole('combobox', { name: 'Point de départ (base)' }).fill('Toulouse');
	await page
		.getByRole('option', { name: /^Toulouse \(Haute-Garonne, 31\)/ })
		.first()
		.click();
	await page.getByRole('button', { name: 'Créer la tournée' }).click();
	await expect(page).toHaveURL(/\/tours\/[0-9a-f-]+\/dates$/);
	const tourUrl = page.url().replace(/\/dates$/, '');
	for (const [town, option, start, end] of [
		['Albi', /^Albi \(Tarn, 81\)/, '2027-03-02', '2027-03-03'],
		['Montauban', /^Montauban \(Tarn-et-Garonne, 82\)/, '2027-03-04', '2027-03-05']
	] as const) {
		await page.getByLabel('Lieu', { exact: true }).fill(town);
		await page.getByRole('combobox', { name: 'Commune ou ville' }).fill(town);
		await page.getByRole('option', { name: option }).first().click();
		await page.getByLabel('Début').fill(start);
		await page.getByLabel('Fin', { exact: true }).fill(end);
		await page.getByLabel('Représentations').fill('2');
		await page.getByRole('button', { name: 'Ajouter la date' }).click();
		await expect(page.getByRole('row', { name: new RegExp(town) })).toBeVisible();
	}
	await page.goto(`${tourUrl}/travel`);
	await page.getByLabel('Moyen de transport').first().selectOption('car.average');
	await page.getByLabel('Véhicules').first().fill('2');
	await page.getByLabel('Personnes à bord').first().fill('6');
	await page.getByRole('button', { name: 'Ajouter au plan' }).click();
	await page.waitForLoadState('networkidle');
	await page.goto(`${tourUrl}/stay`);
	await page.getByLabel('Chambres par nuit').fill('6');
	await page.getByLabel('Repas par personne et par jour').fill('2');
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Enregistré.');
	await page.goto(tourUrl);
	await expect(page.locator('.running-total')).toHaveText(keptTotal);
});

test('a green rider for a date, filled back by the venue without an account, accepted', async ({
	page,
	browser,
	baseURL
}, testInfo) => {
	test.setTimeout(240_000);
	await signUp(page, 'Régisseuse');
	const slug = await createOrg(page, 'Compagnie Verte');

	// from the organisation's home, the quick estimate becomes a tour at once
	await page.goto(`/o/${slug}`);
	await page.getByRole('link', { name: 'Première estimation en cinq minutes' }).click();
	await fillEstimate(page);
	await page.getByLabel('Décor et matériel').selectOption('van');
	await page.getByLabel('Spectateurs au total (facultatif)').fill('800');
	await page.getByRole('button', { name: 'Voir l’estimation' }).click();
	await expect(page).toHaveURL(/\/tours\/[0-9a-f-]+$/);
	const tourUrl = page.url();

	// the rider of the second date: requests ranked by their saving
	await page.getByRole('link', { name: 'Fiche verte' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fiche technique verte');
	await page.getByLabel('Pour', { exact: true }).selectOption('d2'); // Montauban
	await page.getByRole('button', { name: 'Afficher' }).click();
	await expect(page.getByText(/Évite environ .* sur cette date/).first()).toBeVisible();
	await expectAccessible(page, 'rider');
	await page.screenshot({ path: testInfo.outputPath('rider.png'), fullPage: true });
	await page.getByRole('checkbox', { name: /Servir à l’équipe des repas végétariens/ }).check();
	await page.getByRole('button', { name: 'Enregistrer mes choix' }).click();
	await expect(page.getByText('Vos choix sont enregistrés.')).toBeVisible();

	// printed: the rider's text only, no forms
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.sheet')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Enregistrer mes choix' })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	await page.getByRole('button', { name: 'Créer un lien pour cette date' }).click();
	const link = await page.locator('input.link').inputValue();
	expect(link).toMatch(/\/rider\/[a-z2-7]+$/);

	// the venue, in another browser, no account
	const venue = await browser.newContext({ baseURL, locale: 'fr-FR' });
	const vp = await venue.newPage();
	await vp.goto(link);
	await expect(vp.getByRole('heading', { level: 1 })).toHaveText('Fiche technique verte de Compagnie Verte');
	await expect(vp.getByText(/Servir à l’équipe des repas végétariens/)).toBeVisible();
	await expectAccessible(vp, 'venue page');
	await vp.screenshot({ path: testInfo.outputPath('venue.png'), fullPage: true });
	await vp.getByLabel('Fréquentation (toutes représentations de la date)').fill('520');
	await vp.getByLabel('Voiture', { exact: true }).fill('80');
	await vp.getByLabel('Bus', { exact: true }).fill('40');
	await vp.getByLabel('Distance moyenne aller-retour (km)').fill('18');
	await vp.getByRole('button', { name: 'Envoyer à Compagnie Verte' }).click();
	await expect(vp.getByText('Les parts font 120 %, plus de 100 %.')).toBeVisible();
	await vp.getByLabel('Bus', { exact: true }).fill('20');
	await vp.getByLabel('Repas végétariens servis à l’équipe').fill('12');
	await vp.getByRole('button', { name: 'Envoyer à Compagnie Verte' }).click();
	await expect(vp.getByText('Merci ! Vos chiffres ont été transmis à Compagnie Verte.')).toBeVisible();
	// nothing else of the company through that browser
	await vp.goto(tourUrl);
	await expect(vp).toHaveURL(/\/login/);
	await venue.close();

	// the company accepts: the date takes the venue's figures
	const before = await page.locator('.running-total').innerText();
	await page.reload();
	await expect(page.getByText('à examiner')).toBeVisible();
	await page.getByRole('button', { name: 'Accepter dans la date' }).click();
	await expect(page.getByText('Chiffres acceptés : la date est mise à jour.')).toBeVisible();
	await expect(page.locator('.running-total')).not.toHaveText(before);
	await page.goto(`${tourUrl}/dates`);
	await expect(page.getByRole('row', { name: /Montauban/ })).toContainText('520');
});
