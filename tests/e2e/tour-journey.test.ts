/**
 * The production manager's journey (issue: diagnose a tour in the browser): a production, a tour
 * created by hand, a date added with the venue search, the travel plan, 30 dates imported from a
 * French Excel CSV (Windows-1252, `;`, dd/mm/yyyy), a broken CSV refused line by line with nothing
 * saved, the results, and the JSON export re-imported to the same result.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { createOrg, signUp } from './auth-helpers';
import { gotoHydrated } from './hydration';

const TOWNS: [string, string][] = [
	['Montpellier', '34000'],
	['Toulouse', '31000'],
	['Nîmes', '30000'],
	['Béziers', '34500'],
	['Perpignan', '66000'],
	['Carcassonne', '11000'],
	['Narbonne', '11100'],
	['Albi', '81000'],
	['Rodez', '12000'],
	['Millau', '12100'],
	['Cahors', '46000'],
	['Montauban', '82000'],
	['Auch', '32000'],
	['Tarbes', '65000'],
	['Pau', '64000'],
	['Bayonne', '64100'],
	['Agen', '47000'],
	['Bordeaux', '33000'],
	['Périgueux', '24000'],
	['Limoges', '87000'],
	['Brive-la-Gaillarde', '19100'],
	['Aurillac', '15000'],
	['Mende', '48000'],
	['Alès', '30100'],
	['Sète', '34200'],
	['Lunel', '34400'],
	['Castres', '81100'],
	['Foix', '09000'],
	['Figeac', '46100'],
	['Lourdes', '65100']
];

function frenchCsv(rows: string[][]): Buffer {
	const header = 'Lieu;Ville;Code postal;Pays;Début;Fin;Représentations;Fréquentation;Jauge;Territoire';
	// Excel FR "CSV (séparateur : point-virgule)" writes Windows-1252; latin1 covers these accents
	return Buffer.from([header, ...rows.map((r) => r.join(';'))].join('\r\n') + '\r\n', 'latin1');
}

function thirtyDates(): Buffer {
	return frenchCsv(
		TOWNS.map(([town, cp], i) => {
			const day = new Date(Date.UTC(2027, 0, 10 + i * 3));
			const d = `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
			return [
				`Théâtre de ${town}`,
				town,
				cp,
				'FR',
				d,
				d,
				i % 3 === 0 ? '2' : '1',
				String(200 + i * 10),
				'300',
				i % 2 ? 'urbain' : 'rural'
			];
		})
	);
}

async function pickPlace(page: Page, label: string, typed: string, option: RegExp) {
	const input = page.getByRole('combobox', { name: label });
	await input.fill(typed);
	await page.getByRole('option', { name: option }).first().click();
}

async function expectAccessible(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function datesCount(page: Page): Promise<number> {
	return page.locator('table tbody tr').count();
}

test('from a production to results, with CSV import and JSON round trip', async ({ page }, testInfo) => {
	// about 70 s alone; 3.1 min was seen with a load average of 9 on 2 cores
	test.setTimeout(360_000);
	await signUp(page, 'Régie Tournée');
	const slug = await createOrg(page, 'Compagnie du Parcours');

	// a production
	await gotoHydrated(page, `/o/${slug}/productions`);
	await page.getByLabel('Titre').fill('Le Grand Voyage');
	await page.getByLabel('Discipline').selectOption('theatre');
	await page.getByLabel('Équipe en tournée (personnes)').fill('6');
	await page.getByRole('button', { name: 'Créer le spectacle' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le Grand Voyage');

	// a tour by hand: the home base from the gazetteer autocomplete
	await page.getByLabel('Saison').fill('2027');
	await pickPlace(page, 'Point de départ (base)', 'Montpel', /^Montpellier \(Hérault, 34\)/);
	await page.getByRole('button', { name: 'Créer la tournée' }).click();
	await expect(page).toHaveURL(/\/tours\/[0-9a-f-]+\/dates$/);
	const tourUrl = page.url().replace(/\/dates$/, '');

	// one date by hand
	await page.getByLabel('Lieu', { exact: true }).fill('Théâtre Garonne');
	await pickPlace(page, 'Commune ou ville', 'toulouse', /^Toulouse \(Haute-Garonne, 31\)/);
	await page.getByLabel('Début').fill('2027-01-04');
	await page.getByLabel('Représentations').fill('2');
	await page.getByLabel('Fréquentation').fill('480');
	await page.getByLabel('Jauge').fill('300');
	await page.getByRole('button', { name: 'Ajouter la date' }).click();
	await expect(page.getByRole('row', { name: /Théâtre Garonne/ })).toBeVisible();
	expect(await datesCount(page)).toBe(1);

	// a wrong date is refused beside the field, nothing saved
	await page.getByLabel('Lieu', { exact: true }).fill('Salle sans date');
	await pickPlace(page, 'Commune ou ville', 'Nîmes', /^Nîmes \(Gard, 30\)/);
	await page.getByLabel('Début').fill('2027-02-10');
	await page.getByLabel('Fin', { exact: true }).fill('2027-02-01');
	await page.getByRole('button', { name: 'Ajouter la date' }).click();
	await expect(page.getByText('La fin est avant le début.')).toBeVisible();
	expect(await datesCount(page)).toBe(1);

	// the CSV template downloads in French
	const template = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Télécharger le modèle' }).click();
	const templateText = readFileSync(await (await template).path(), 'utf8');
	expect(templateText).toContain(
		'lieu;ville;code_postal;pays;debut;fin;representations;frequentation;jauge;territoire'
	);

	// a broken CSV: every problem by line number, nothing saved
	const broken = frenchCsv([
		['Théâtre de Sète', 'Sète', '34200', 'FR', '12/02/2027', '', '1', '300', '400', 'urbain'],
		['Salle X', 'Villeinconnue', '', 'FR', '13/02/2027', '', '1', '', '', ''],
		['Salle Y', 'Albi', '81000', 'FR', '31/02/2027', '', 'deux', '', '', '']
	]);
	await page
		.getByLabel('Fichier CSV')
		.setInputFiles({ name: 'casse.csv', mimeType: 'text/csv', buffer: broken });
	await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
	await expect(page.getByText(/Ligne 3 — ville : commune introuvable « Villeinconnue »/)).toBeVisible();
	await expect(page.getByText(/Ligne 4 — début : date illisible « 31\/02\/2027 »/)).toBeVisible();
	await expect(
		page.getByText(/Ligne 4 — représentations : « deux » n’est pas un nombre entier/)
	).toBeVisible();
	await expect(page.getByRole('button', { name: /Importer/ })).toHaveCount(0);
	await gotoHydrated(page, `${tourUrl}/dates`);
	expect(await datesCount(page)).toBe(1);

	// 30 dates from a French Excel export
	await page
		.getByLabel('Fichier CSV')
		.setInputFiles({ name: 'dates.csv', mimeType: 'text/csv', buffer: thirtyDates() });
	await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
	await expect(page.getByText('30 lignes prêtes à importer.')).toBeVisible();
	await expect(page.getByText('Encodage : windows-1252 · séparateur : « ; »')).toBeVisible();
	await page.getByRole('button', { name: 'Importer les 30 dates' }).click();
	await expect(page.getByText('30 dates importées.')).toBeVisible();
	expect(await datesCount(page)).toBe(31);
	await expect(page.getByRole('row', { name: /Théâtre de Brive-la-Gaillarde/ })).toContainText(
		'Brive-la-Gaillarde (Corrèze, 19)'
	);

	// how the team travels: two vans
	await gotoHydrated(page, `${tourUrl}/travel`);
	await page.getByLabel('Moyen de transport').first().selectOption('van.passenger');
	// the group's fields follow the mode: vehicles and people on board for a van
	await page.getByLabel('Véhicules').first().fill('2');
	await page.getByLabel('Personnes à bord').first().fill('6');
	await page.getByRole('button', { name: 'Ajouter au plan' }).click();
	await expect(
		page.getByText(/Van \/ fourgon de tournée : 2 véhicule\(s\), 6 personne\(s\) à bord/)
	).toBeVisible();

	// bulk: every leg under 150 km by TER
	await page.getByLabel('Tous les trajets de moins de (km)').fill('150');
	await page.getByLabel('passent en').selectOption('rail.ter');
	await page.getByRole('button', { name: 'Appliquer', exact: true }).click();
	await expect(page.getByText(/trajets? modifiés?\./)).toBeVisible();

	// results (read only: no form to wait for)
	await page.goto(tourUrl);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('main')).toContainText('CO₂e');
	await page.screenshot({ path: testInfo.outputPath('tour-results.png'), fullPage: true });

	// every page of the editor passes axe (no serious or critical violation)
	for (const tab of ['dates', 'travel', 'freight', 'stay', 'audience']) {
		await gotoHydrated(page, `${tourUrl}/${tab}`);
		await expectAccessible(page);
	}
	await gotoHydrated(page, `/o/${slug}/productions`);
	await expectAccessible(page);
	await page.goto(tourUrl);

	// the JSON export re-imports to the same result
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Exporter la tournée (JSON)' }).click();
	const exported = readFileSync(await (await download).path(), 'utf8');
	const doc = JSON.parse(exported);
	expect(doc.format).toBe('empreinte-tour@1');
	expect(doc.dates).toHaveLength(31);

	await page.getByRole('link', { name: 'Le Grand Voyage' }).click();
	await page
		.getByLabel('Fichier JSON')
		.setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
	await page.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page).toHaveURL(/\/tours\/[0-9a-f-]+$/);
	expect(page.url()).not.toBe(tourUrl);

	await page.getByRole('link', { name: 'Le Grand Voyage' }).click();
	const totals = await page.locator('table tbody tr td:nth-child(4)').allTextContents();
	expect(totals).toHaveLength(2);
	expect(totals[0]).toMatch(/CO₂e/);
	expect(totals[1]).toBe(totals[0]);
});

test('a broken JSON tour file is refused with its problems by path', async ({ page }) => {
	await signUp(page, 'Import Cassé');
	const slug = await createOrg(page, 'Compagnie Import');
	await gotoHydrated(page, `/o/${slug}/productions`);
	await page.getByLabel('Titre').fill('Essai');
	await page.getByRole('button', { name: 'Créer le spectacle' }).click();
	const bad = {
		format: 'empreinte-tour@1',
		production: { title: 'X' },
		homeBase: { place: 'fr:99999x' },
		dates: [{ venue: { name: 'A', place: 'fr:34172' }, start: '2027-13-01' }]
	};
	await page.getByLabel('Fichier JSON').setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(bad))
	});
	await page.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('homeBase.place');
	await expect(page.getByRole('alert')).toContainText('dates[0].start');
	await expect(page.getByText('Aucune tournée.', { exact: false })).toBeVisible();
});

test('a date can be added with the keyboard only', async ({ page }) => {
	await signUp(page, 'Clavier Seul');
	const slug = await createOrg(page, 'Compagnie Clavier');
	await gotoHydrated(page, `/o/${slug}/productions`);
	await page.getByLabel('Titre').fill('Au clavier');
	await page.getByRole('button', { name: 'Créer le spectacle' }).click();
	await page.getByLabel('Saison').fill('2027');
	const home = page.getByRole('combobox', { name: 'Point de départ (base)' });
	await home.focus();
	await page.keyboard.type('Lyon');
	await expect(page.getByRole('option').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(home).toHaveValue(/Lyon/);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/dates$/);

	await page.getByLabel('Lieu', { exact: true }).focus();
	await page.keyboard.type('Les Subsistances');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Grenoble');
	await expect(page.getByRole('option').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await page.getByLabel('Début').focus();
	await page.keyboard.type('03122027');
	await page.getByRole('button', { name: 'Ajouter la date' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('row', { name: /Les Subsistances/ })).toContainText('Grenoble');

	// and removed again: the row's delete button names the venue for screen readers
	await page.getByRole('button', { name: 'Supprimer Les Subsistances' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Aucune date.', { exact: false })).toBeVisible();
});
