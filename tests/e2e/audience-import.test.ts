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
			`Dupont;Éloïse ${i};eloise${i}@exemple.fr;${POSTCODES[i % POSTCODES.length]};;${mode};${car ? 1 + (i % 3) : ''};Très bien, merci`
		);
	}
	rows.push('Martin;Jean;jean@exemple.fr;99999;;Voiture;2;'); // line 162: unknown postcode
	rows.push('Durand;Anne;anne@exemple.fr;34000;;;;'); // line 163: empty mode
	rows.push('Petit;Luc;luc@exemple.fr;34000;;Voiture;deux;'); // line 164: unreadable party size
	rows.push('Moreau;Léa;lea@exemple.fr;34000;;Hélicoptère;;'); // line 165: a label nobody knows
	// Excel FR "CSV (séparateur : point-virgule)" writes Windows-1252; latin1 covers these accents
	return Buffer.from(rows.join('\r\n') + '\r\n', 'latin1');
}

function bigSurvey(n: number): Buffer {
	const lines = ['code_postal;mode;personnes_voiture'];
	for (let i = 0; i < n; i++) {
		const mode = MODES[(i * 7) % MODES.length];
		lines.push(
			`${POSTCODES[(i * 13) % POSTCODES.length]};${mode};${mode.toLowerCase() === 'voiture' ? 1 + (i % 4) : ''}`
		);
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
	await expect(page.getByText('160 lignes utilisées sur 164 ; 4 rejetées.')).toBeVisible();
	const rejected = page.getByRole('table', { name: 'Lignes rejetées' });
	await expect(rejected.getByRole('row', { name: /162 code postal inconnu 99999/ })).toBeVisible();
	await expect(rejected.getByRole('row', { name: /163 mode de transport vide/ })).toBeVisible();
	await expect(
		rejected.getByRole('row', { name: /164 nombre de personnes illisible \(1 à 9\) deux/ })
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
		page.getByRole('row', { name: /Montpellier.*enquete-public\.csv.*enquête.*160/ })
	).toBeVisible();
	await axe(page, 'import history');
	await page.goto(`${tourUrl}/audience`);
	await expect(montpellier.getByText(/répartition mesurée \(\d+ tranches\)/)).toBeVisible();
	await expect(montpellier.getByText('valeurs par défaut', { exact: true })).toHaveCount(0);

	// the next file of the same tool maps itself, and remembers the label choice
	await page.goto(`${tourUrl}/audience/import?date=albi`);
	await page
		.getByLabel('Fichier CSV')
		.setInputFiles({ name: 'enquete-albi.csv', mimeType: 'text/csv', buffer: messySurvey() });
	await expect(page.getByLabel('Mode de transport', { exact: true })).toHaveValue('Moyen de transport');
	await page.getByRole('button', { name: 'Continuer vers l’aperçu' }).click();
	await expect(page.getByText('160 lignes utilisées sur 164 ; 4 rejetées.')).toBeVisible();
	await expect(page.getByRole('row', { name: /Hélicoptère.*votre choix/ })).toBeVisible();
	await expect(page.getByRole('button', { name: /Enregistrer les données/ })).toBeEnabled();
});

test('a 100 000-row survey: progress bar while the worker reads, blocks sent, preview and save', async ({
	page
}) => {
	test.setTimeout(180_000);
	const tourUrl = await circusTour(page, 'Grand Fichier');
	await page.goto(`${tourUrl}/audience/import?date=toulouse`);
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
	await expect(page.getByText(/plus de spectateurs \(100\s000\)/)).toBeVisible(); // …is flagged instead
	await axe(page, '100k preview');
	await page.getByRole('button', { name: /Enregistrer les données/ }).click();
	await expect(page).toHaveURL(/\/audience\/import\?saved=toulouse$/, { timeout: 120_000 });
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
	await page.goto(`${tourUrl}/audience/import?date=albi`);
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
	await expect(page.getByText('160 lignes utilisées sur 164 ; 4 rejetées.')).toBeVisible();
	await expect(page.getByRole('table', { name: /Spectateurs par distance/ })).toBeVisible(); // the chart's table
	await page.getByLabel('Hélicoptère').selectOption('ignore');
	await page.getByRole('button', { name: 'Mettre à jour l’aperçu' }).click();
	await page.getByRole('button', { name: /Enregistrer les données/ }).click();
	await expect(page).toHaveURL(/\/audience\/import\?saved=albi$/);
	await expect(page.getByText(/Import enregistré/)).toBeVisible();
	await context.close();
});
