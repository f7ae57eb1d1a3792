/**
 * Audience data import (issue 7), as a new user would do it: the circus example tour imported
 * from its JSON file, then a messy French survey export (Excel: `;`, Windows-1252, a name and an
 * e-mail column, a few broken lines) read in the browser's worker, mapped, reviewed, previewed
 * and saved; a 100 000-row file with the progress bar; the same small file without JavaScript;
 * axe on every step.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOrg, signUp } from './auth-helpers';

const POSTCODES = ['34000', '34070', '34080', '34090', '34170', '34130', '34400', '30000', '34200', '13001'];
// who walks, cycles or takes the tram lives near the venue (from further away the row is rejected
// as implausible: walking from Marseille to Montpellier is an error in the file)
const NEAR = ['34000', '34070', '34080', '34090', '34170'];
const SOFT = new Set(['À pied', 'Vélo', 'Tramway', 'Bus']);
const postcodeFor = (mode: string, k: number) =>
	(SOFT.has(mode) ? NEAR : POSTCODES)[k % (SOFT.has(mode) ? NEAR.length : POSTCODES.length)];
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

function messySurvey(): Buffer {
	const rows: string[] = [
		'Nom;Prénom;E-mail;Code postal;Commune;Moyen de transport;Nb de personnes dans la voiture;Remarques'
	];
	for (let i = 0; i < 160; i++) {
		const mode = MODES[i % MODES.length];
		const car = mode.toLowerCase() === 'voiture' || mode === 'Covoiturage';
		rows.push(
			`Dupont;Éloïse ${i};eloise${i}@exemple.fr;${postcodeFor(mode, i)};;${mode};${car ? 1 + (i % 3) : ''};Très bien, merci`
		);
	}
	rows.push('Martin;Jean;jean@exemple.fr;99999;;Voiture;2;'); // line 162: unknown postcode
	rows.push('Durand;Anne;anne@exemple.fr;34000;;;;'); // line 163: empty mode
	rows.push('Petit;Luc;luc@exemple.fr;34000;;Voiture;beaucoup;'); // line 164: unreadable party size, kept
	rows.push('Moreau;Léa;lea@exemple.fr;34000;;Hélicoptère;;'); // line 165: a label nobody knows
	// Excel FR "CSV (séparateur : point-virgule)" writes Windows-1252; latin1 covers these accents
	return Buffer.from(rows.join('\r\n') + '\r\n', 'latin1');
}

function bigSurvey(n: number): Buffer {
	const lines = ['code_postal;mode;personnes_voiture'];
	for (let i = 0; i < n; i++) {
		const mode = MODES[(i * 7) % MODES.length];
		lines.push(`${postcodeFor(mode, i * 13)};${mode};${mode.toLowerCase() === 'voiture' ? 1 + (i % 4) : ''}`);
	}
	return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

async function axe(page: Page, label: string) {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
		[]
	);
}

/** A new user, an organisation, the circus production and its tour from the example JSON file. */
async function circusTour(page: Page, name: string): Promise<string> {
	await signUp(page, name);
	const slug = await createOrg(page, `Cirque ${name}`);
	await page.goto(`/o/${slug}/productions`);
	await page.getByLabel('Titre').fill('Le Vent Tourne');
	await page.getByLabel('Discipline').selectOption('circus');
	await page.getByRole('button', { name: 'Créer le spectacle' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le Vent Tourne');
	const example = readFileSync(join(process.cwd(), 'examples', 'circus-occitanie.json'));
	await page
		.getByLabel('Fichier JSON')
		.setInputFiles({ name: 'circus-occitanie.json', mimeType: 'application/json', buffer: example });
	await page.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page).toHaveURL(/\/tours\/[0-9a-f-]+$/);
	return page.url();
}

test('a messy French survey export: read in the browser, mapped, reviewed, previewed and saved', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	const tourUrl = await circusTour(page, 'Régie Publics');

	// from the audience tab, the date's own import link
	await page.goto(`${tourUrl}/audience`);
	const montpellier = page.locator('section', {
		has: page.getByRole('heading', { name: /Montpellier, domaine d’O|Montpellier, domaine d'O/ })
	});
	await expect(montpellier.getByText('valeurs par défaut', { exact: true })).toBeVisible();
	await montpellier.getByRole('link', { name: 'Importer une enquête ou une billetterie' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Importer des données de public');
	await expect(page.getByLabel('Date ou lieu')).toHaveValue('montpellier');
	await axe(page, 'import page');

	// the worker reads the file: progress, personal columns dropped, columns recognised
	await page
		.getByLabel('Fichier CSV')
		.setInputFiles({ name: 'enquete-public.csv', mimeType: 'text/csv', buffer: messySurvey() });
	await expect(page.getByRole('progressbar', { name: 'Avancement' })).toBeVisible();
	await expect(page.getByText('164 lignes lues · encodage windows-1252 · séparateur « ; »')).toBeVisible();
	await expect(page.getByText('« Nom » — nom de personne')).toBeVisible();
	await expect(page.getByText('« Prénom » — nom de personne')).toBeVisible();
	await expect(page.getByText('« E-mail » — adresse e-mail')).toBeVisible();
	await expect(page.getByText('« Remarques » — texte libre')).toBeVisible();
	await expect(page.getByLabel('Code postal', { exact: true })).toHaveValue('Code postal');
	await expect(page.getByLabel('Mode de transport', { exact: true })).toHaveValue('Moyen de transport');
	await expect(page.getByLabel('Personnes dans la voiture', { exact: true })).toHaveValue(
		'Nb de personnes dans la voiture'
	);
	await axe(page, 'mapping step');
	await page.getByRole('button', { name: 'Continuer vers l’aperçu' }).click();

	// the draft: rows rejected by line, the unknown label waits for review
	await expect(page).toHaveURL(/\/audience\/import\/[0-9a-f-]+$/);
	await expect(page.getByText('161 lignes utilisées sur 164 ; 3 rejetées.')).toBeVisible();
	const rejected = page.getByRole('table', { name: 'Lignes rejetées' });
	await expect(rejected.getByRole('row', { name: /162 code postal inconnu 99999/ })).toBeVisible();
	await expect(rejected.getByRole('row', { name: /163 mode de transport vide/ })).toBeVisible();
	// an unreadable party size keeps the answer (its mode and origin), flagged
	await expect(
		page
			.getByRole('table', { name: 'Lignes gardées, à savoir' })
			.getByRole('row', { name: /164 nombre de personnes illisible.*beaucoup/ })
	).toBeVisible();
	await expect(
		rejected.getByRole('row', { name: /165 libellé de mode à vérifier Hélicoptère/ })
	).toBeVisible();
	await expect(page.getByRole('button', { name: /Enregistrer les données/ })).toBeDisabled();
	const csv = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Télécharger toutes les lignes rejetées (CSV)' }).click();
	const rejectedCsv = readFileSync(await (await csv).path(), 'utf8');
	expect(rejectedCsv).toContain('162;code postal inconnu;99999');
	expect(rejectedCsv).toContain('165;libellé de mode à vérifier;Hélicoptère');
	await expect(
		page.getByRole('figure', { name: 'Spectateurs par distance (aller) et par mode' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Avant et après' })).toBeVisible();
	await expect(
		page.getByRole('columnheader', { name: 'Avant (valeurs par défaut du type de lieu)' })
	).toBeVisible();
	await axe(page, 'draft preview');

	await page.getByLabel('Hélicoptère').selectOption('ignore');
	await page.getByRole('button', { name: 'Mettre à jour l’aperçu' }).click();
	await expect(rejected.getByRole('row', { name: /165 libellé écarté Hélicoptère/ })).toBeVisible();
	await expect(page.getByText(/Émissions des déplacements des publics/)).toBeVisible();
	await expect(page.locator('.range')).toContainText('entre');
	await page.screenshot({ path: testInfo.outputPath('audience-preview.png'), fullPage: true });
	await page.getByRole('button', { name: /Enregistrer les données/ }).click();

	// saved: the history, and the date now computed from the data
	await expect(page).toHaveURL(/\/audience\/import\?saved=montpellier$/);
	await expect(page.getByRole('status')).toContainText('Import enregistré');
	await expect(
		page.getByRole('row', { name: /Montpellier.*enquete-public\.csv.*enquête.*161/ })
	).toBeVisible();
	await axe(page, 'import history');
	await page.goto(`${tourUrl}/audience`);
	await expect(montpellier.getByText(/répartition mesurée \(\d+ tranches\)/)).toBeVisible();
	await expect(montpellier.getByText('valeurs par défaut', { exact: true })).toHaveCount(0);

	// the next file of the same tool maps itself, and remembers the label choice
	await page.goto(`${tourUrl}/audience/import?date=montpellier`);
	await page
		.getByLabel('Fichier CSV')
		.setInputFiles({ name: 'enquete-2.csv', mimeType: 'text/csv', buffer: messySurvey() });
	await expect(page.getByLabel('Mode de transport', { exact: true })).toHaveValue('Moyen de transport');
	await page.getByRole('button', { name: 'Continuer vers l’aperçu' }).click();
	await expect(page.getByText('161 lignes utilisées sur 164 ; 3 rejetées.')).toBeVisible();
	// the date's figures now come from the first import, and the « before » column says so
	await expect(page.getByRole('columnheader', { name: 'Avant (import précédent)' })).toBeVisible();
	await page.getByText('9 libellés reconnus').click(); // recognised labels are listed, folded
	await expect(page.getByText(/Hélicoptère → Écarter ces lignes \(1 · votre choix\)/)).toBeVisible();
	await expect(page.getByRole('button', { name: /Enregistrer les données/ })).toBeEnabled();
});

test('a 100 000-row survey: progress bar while the worker reads, blocks sent, preview and save', async ({
	page
}) => {
	test.setTimeout(180_000);
	const tourUrl = await circusTour(page, 'Grand Fichier');
	await page.goto(`${tourUrl}/audience/import?date=montpellier`);
	const file = bigSurvey(100_000);
	// how long the worker takes and how long the main thread is blocked meanwhile are measured in
	// tests/bench/import-browser.bench.ts (`npm run bench -- import-browser`), not asserted here
	await page
		.getByLabel('Fichier CSV')
		.setInputFiles({ name: 'enquete-100k.csv', mimeType: 'text/csv', buffer: file });
	const bar = page.getByRole('progressbar', { name: 'Avancement' });
	await expect(bar).toBeVisible();
	await expect(
		page.getByText('100 000 lignes lues · encodage utf-8 · séparateur « ; »', { exact: false })
	).toBeVisible({
		timeout: 120_000
	});
	await expect(bar).toHaveAttribute('value', '100');
	await expect(page.getByLabel('Code postal', { exact: true })).toHaveValue('code_postal');
	await page.getByRole('button', { name: 'Continuer vers l’aperçu' }).click();
	await expect(page).toHaveURL(/\/audience\/import\/[0-9a-f-]+$/, { timeout: 120_000 });
	await expect(page.getByRole('heading', { name: 'Aperçu' })).toBeVisible();
	await expect(page.getByText('100 000 lignes utilisées sur 100 000 ; 0 rejetées.')).toBeVisible();
	await expect(page.getByText(/Taux de réponse|Faible taux/)).toHaveCount(0); // 100 000 answers for 2 100 spectators…
	// …is flagged instead, and refused until the user says the file covers a whole season
	await expect(page.getByText(/compte 100\s000 spectateurs pour 1\s500 présents/).first()).toBeVisible();
	await expect(page.getByRole('button', { name: /Enregistrer les données/ })).toBeDisabled();
	await axe(page, '100k preview');
	await page.getByLabel('Ce fichier couvre toute une saison ou plusieurs dates').check();
	await page.getByRole('button', { name: 'Mettre à jour l’aperçu' }).click();
	await expect(page.getByText(/Fichier de saison : 100\s000 spectateurs/)).toBeVisible({ timeout: 60_000 });
	await page.getByRole('button', { name: /Enregistrer les données/ }).click();
	await expect(page).toHaveURL(/\/audience\/import\?saved=montpellier$/, { timeout: 120_000 });
	await expect(page.getByRole('row', { name: /enquete-100k\.csv/ })).toContainText('100 000 / 100 000');
});

test('without JavaScript: the server reads the upload, the mapping step comes first, then the preview', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const js = await browser.newContext({ baseURL });
	const setup = await js.newPage();
	const tourUrl = await circusTour(setup, 'Sans Script');
	const state = await js.storageState();
	await js.close();

	const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: state });
	const page = await context.newPage();
	await page.goto(`${tourUrl}/audience/import?date=montpellier`);
	await page
		.getByLabel('Fichier CSV')
		.setInputFiles({ name: 'enquete.csv', mimeType: 'text/csv', buffer: messySurvey() });
	await page.getByRole('button', { name: 'Lire le fichier' }).click();
	await expect(page).toHaveURL(/\/audience\/import\/[0-9a-f-]+$/);
	await expect(
		page.getByText('Vérifiez la correspondance des colonnes, puis affichez l’aperçu.')
	).toBeVisible();
	await expect(page.getByText('« E-mail » — adresse e-mail')).toBeVisible();
	await expect(page.getByLabel('Code postal', { exact: true })).toHaveValue('Code postal');
	await page.getByRole('button', { name: 'Mettre à jour l’aperçu' }).click();
	await expect(page.getByText('161 lignes utilisées sur 164 ; 3 rejetées.')).toBeVisible();
	await expect(page.getByRole('table', { name: /Spectateurs par distance/ })).toBeVisible(); // the chart's table
	await page.getByLabel('Hélicoptère').selectOption('ignore');
	await page.getByRole('button', { name: 'Mettre à jour l’aperçu' }).click();
	await page.getByRole('button', { name: /Enregistrer les données/ }).click();
	await expect(page).toHaveURL(/\/audience\/import\?saved=montpellier$/);
	await expect(page.getByText(/Import enregistré/)).toBeVisible();
	await context.close();
});

/**
 * The survey a venue already runs (issue 15), exported from a French form tool to Excel: the
 * questions as column headers, free-text modes and party sizes, a few Belgian spectators, an
 * e-mail and a remarks column. Nothing is renamed before import.
 */
function venueSurvey(): Buffer {
	const rows = [
		'Horodateur;Comment êtes-vous venu(e) au spectacle ?;Votre code postal;Votre commune;Si vous êtes venu(e) en voiture, combien étiez-vous ?;Adresse e-mail (facultatif);Avez-vous des remarques ?'
	];
	const answers: [string, string, string, string][] = [
		['Voiture', '34000', 'Montpellier', '2'],
		['en voiture', '34170', 'Castelnau-le-Lez', '2 personnes'],
		['covoit', '34130', 'Mauguio', '3 pers.'],
		['Covoiturage', '34400', 'Lunel', 'deux'],
		['À pied', '34000', 'Montpellier', ''],
		['a pied', '34090', 'Montpellier', ''],
		['Vélo', '34070', 'Montpellier', ''],
		['Tram', '34080', 'Montpellier', ''],
		['Bus', '34170', 'Castelnau-le-Lez', ''],
		['TER', '34200', 'Sète', ''],
		['Train', '30000', 'Nîmes', '']
	];
	for (let i = 0; i < 143; i++) {
		const [mode, cp, town, party] = answers[i % answers.length];
		const mail = i % 4 === 0 ? `spectateur${i}@exemple.fr` : '';
		const remark =
			i % 5 === 0 ? 'Très belle soirée, merci à toute l’équipe, nous reviendrons avec les enfants' : '';
		rows.push(
			`14/03/2026 22:${String(i % 60).padStart(2, '0')};${mode};${cp};${town};${party};${mail};${remark}`
		);
	}
	// Belgian spectators: no country column, the town tells (1000 is Bourg-en-Bresse in France)
	rows.push('14/03/2026 23:01;Voiture;1000;Bruxelles;2;;');
	rows.push('14/03/2026 23:02;Train;4000;Liège;;;');
	rows.push('14/03/2026 23:03;voiture;6000;Charleroi;3 personnes;;');
	return Buffer.from(rows.join('\r\n') + '\r\n', 'latin1');
}

test('the survey a venue already runs imports on the first try; a wrong file is explained; the import can be removed', async ({
	page
}) => {
	test.setTimeout(180_000);
	const tourUrl = await circusTour(page, 'Régie Salle');
	await page.goto(`${tourUrl}/audience/import?date=montpellier`);

	// a workbook renamed .csv: said plainly, in one sentence, and nothing is sent
	const xlsx = Buffer.concat([
		Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]),
		Buffer.from('[Content_Types].xml\0xl/workbook.xml\0xl/worksheets/sheet1.xml')
	]);
	await page
		.getByLabel('Fichier CSV')
		.setInputFiles({ name: 'enquete.csv', mimeType: 'text/csv', buffer: xlsx });
	await expect(page.getByRole('alert')).toHaveText(
		/^Ce fichier est un classeur Excel \(\.xlsx\), pas un CSV/
	);
	await expect(page.getByRole('button', { name: 'Lire le fichier' })).toBeDisabled();
	await axe(page, 'wrong file');

	// the real file: every column recognised as it is
	await page
		.getByLabel('Fichier CSV')
		.setInputFiles({ name: 'reponses-enquete.csv', mimeType: 'text/csv', buffer: venueSurvey() });
	await expect(page.getByText('146 lignes lues · encodage windows-1252 · séparateur « ; »')).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByText('« Adresse e-mail (facultatif) » — adresse e-mail')).toBeVisible();
	await expect(page.getByText('« Avez-vous des remarques ? » — texte libre')).toBeVisible();
	await expect(page.getByLabel('Mode de transport', { exact: true })).toHaveValue(
		'Comment êtes-vous venu(e) au spectacle ?'
	);
	await expect(page.getByLabel('Code postal', { exact: true })).toHaveValue('Votre code postal');
	await expect(page.getByLabel('Commune ou ville', { exact: true })).toHaveValue('Votre commune');
	await expect(page.getByLabel('Personnes dans la voiture', { exact: true })).toHaveValue(
		'Si vous êtes venu(e) en voiture, combien étiez-vous ?'
	);
	await axe(page, 'mapping of a venue survey');
	// a proposed column can be kept (here the user changes their mind): the worker filters again
	const remarks = page
		.getByLabel('Distance (km)', { exact: true })
		.locator('option', { hasText: 'Avez-vous des remarques ?' });
	await expect(remarks).toHaveCount(0);
	await page.getByLabel('Garder « Avez-vous des remarques ? »').check();
	await expect(remarks).toHaveCount(1);
	await page.getByLabel('Garder « Avez-vous des remarques ? »').uncheck();
	await expect(remarks).toHaveCount(0);
	await expect(page.getByLabel('Garder « Adresse e-mail (facultatif) »')).toHaveCount(0); // contacts stay out
	await expect(page.getByLabel('Mode de transport', { exact: true })).toHaveValue(
		'Comment êtes-vous venu(e) au spectacle ?'
	);
	await page.getByRole('button', { name: 'Continuer vers l’aperçu' }).click();

	// every answer used, every label recognised, counts a person can check
	await expect(page).toHaveURL(/\/audience\/import\/[0-9a-f-]+$/);
	await expect(page.getByText('146 lignes utilisées sur 146 ; 0 rejetées.')).toBeVisible();
	await expect(page.getByText(/libellés? attend/)).toHaveCount(0);
	await page.getByText('10 libellés reconnus').click(); // « À pied » and « a pied » are one label
	await expect(page.getByText('covoit → Voiture (13 · reconnu)')).toBeVisible();
	await expect(page.getByRole('button', { name: /Enregistrer les données/ })).toBeEnabled();
	await expect(page.getByLabel('Pays des lignes sans pays')).toHaveValue('FR');
	await axe(page, 'preview of a venue survey');
	await page.getByRole('button', { name: /Enregistrer les données/ }).click();
	await expect(page).toHaveURL(/\/audience\/import\?saved=montpellier$/);

	// removed: the date is back on its venue type's defaults
	await page
		.getByRole('button', { name: /Retirer l’import « reponses-enquete\.csv » de Montpellier/ })
		.click();
	await expect(page.getByRole('status')).toContainText('Import retiré');
	await expect(page.getByText('Aucun import pour cette tournée.')).toBeVisible();
	await axe(page, 'after removing');
	await page.goto(`${tourUrl}/audience`);
	const montpellier = page.locator('section', {
		has: page.getByRole('heading', { name: /Montpellier, domaine d’O|Montpellier, domaine d'O/ })
	});
	await expect(montpellier.getByText('valeurs par défaut', { exact: true })).toBeVisible();
});
