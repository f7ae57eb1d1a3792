/**
 * Training mode (issue 12), as a trainer and two learners would do it: the trainer creates a
 * session on two prepared cases; two learners, each in their own browser context (two phones),
 * join with the code shown on the board, land on their team's home, edit their team's copy of the
 * case and build a scenario; the board shows both teams side by side and their scenarios without
 * a reload; the trainer freezes inputs, releases lever cards, opens the debrief, the report and
 * the CSV, resets, and deletes the session. A learner cannot reach the other team, the trainer's
 * pages or a real organisation. axe on every page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createOrg, signUp } from './auth-helpers';

async function axe(page: Page, label: string) {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
		[]
	);
}

/** A learner on their own "phone": a fresh browser context, joining with the typed code. */
async function learner(browser: Browser, code: string, pseudonym: string) {
	const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto('/join');
	await axe(page, 'join');
	// typed loosely, as on a phone: spaces instead of hyphens, capitals
	await page.getByLabel('Code de la session').fill(code.replace(/-/g, ' ').toUpperCase());
	await page.getByLabel('Votre pseudonyme').fill(pseudonym);
	await page.getByRole('button', { name: 'Rejoindre' }).click();
	await expect(page).toHaveURL(/\/learn$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour ${pseudonym}`);
	return { context, page };
}

test('a trainer runs a session: two learners join by code, edit their copy, build a scenario; board, reset, delete', async ({
	page,
	browser
}) => {
	test.setTimeout(300_000);
	await signUp(page, 'Formatrice Lou');
	const realSlug = await createOrg(page, 'Compagnie réelle de Lou');

	// ——— the trainer prepares the session
	await page.goto('/training');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sessions de formation');
	await axe(page, 'training list');
	await page.getByLabel('Titre de la session').fill('Module mobilité');
	await page.getByLabel(/Théâtre, 8 personnes/).check();
	await page.getByLabel(/Danse, avec une partie européenne/).check();
	await page.getByLabel('Nombre d’équipes').fill('2');
	await page.getByRole('button', { name: 'Créer la session' }).click();
	await expect(page).toHaveURL(/\/training\/[0-9a-f-]{36}$/);
	const boardUrl = new URL(page.url()).pathname;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Module mobilité');
	await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
	const code = (await page.getByTestId('join-code').textContent())!.trim();
	expect(code).toMatch(/^[a-z]+-[a-z]+-[a-z]+$/);
	await expect(page.getByText('Personne pour l’instant.')).toBeVisible();
	await axe(page, 'board (empty)');

	// ——— two learners join on their phones
	const a = await learner(browser, code, 'Loutre agile');
	const b = await learner(browser, code, 'Mouette calme');
	await expect(a.page.getByTestId('team')).toHaveText('Vous êtes dans l’équipe 1.');
	await expect(b.page.getByTestId('team')).toHaveText('Vous êtes dans l’équipe 2.');
	await expect(a.page.getByRole('heading', { name: 'Votre cas' })).toBeVisible();
	await expect(a.page.getByText('Théâtre de l’Estran', { exact: false }).first()).toBeVisible();
	await axe(a.page, 'learner home');

	// the board shows them without a reload (short polling)
	await expect(page.getByTestId('learner-row')).toHaveCount(2, { timeout: 20_000 });
	await expect(
		page.getByTestId('progress').getByRole('rowheader', { name: /Équipe 1.*Loutre agile/ })
	).toBeVisible();
	await expect(
		page.getByTestId('progress').getByRole('rowheader', { name: /Équipe 2.*Mouette calme/ })
	).toBeVisible();

	// ——— learner A edits their team's copy: rooms per night on the stay tab
	await a.page.getByRole('link', { name: 'Hébergement et repas' }).click();
	await expect(a.page).toHaveURL(/\/o\/formation-[0-9a-f-]+\/tours\/[0-9a-f-]+\/stay$/);
	const teamAUrl = new URL(a.page.url()).pathname.replace(/\/stay$/, '');
	await a.page.getByLabel('Chambres par nuit').fill('8');
	await a.page.getByRole('button', { name: 'Enregistrer' }).first().click();
	await expect(a.page.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();
	await axe(a.page, 'learner stay tab');

	// ——— learner B builds a scenario on their copy
	await b.page.getByRole('link', { name: 'Construire un scénario' }).click();
	await b.page.getByLabel('Nom du scénario').fill('Le train partout');
	await b.page.getByLabel('Le train plutôt que l’avion ou la voiture').check();
	await b.page.getByRole('button', { name: 'Créer le scénario' }).click();
	await expect(b.page).toHaveURL(/\/experiments\/[0-9a-f-]+$/);
	await expect(b.page.getByText(/Ce scénario économise [\d\s,]+/)).toBeVisible();

	// ——— isolation: B cannot open A's team, the trainer's board, or a real organisation
	for (const path of [teamAUrl, `/o/${realSlug}`]) {
		const r = await b.page.goto(path);
		expect(r?.status(), path).toBe(404);
	}
	await b.page.goto(boardUrl);
	await expect(b.page).toHaveURL(/\/learn$/);
	await b.page.goto('/orgs');
	await expect(b.page).toHaveURL(/\/learn$/);

	// ——— the board: both teams side by side, B's scenario with its saving
	await expect(page.getByTestId('results').getByRole('row')).toHaveCount(3);
	await expect(page.getByTestId('scenarios')).toContainText('Le train partout', { timeout: 20_000 });
	await expect(page.getByTestId('scenarios')).toContainText('Le train plutôt que l’avion ou la voiture');
	await expect(page.getByTestId('progress').getByRole('row')).toHaveCount(3);
	await axe(page, 'board (live)');

	// ——— freeze: A can no longer save
	await page.getByRole('button', { name: 'Geler les saisies' }).click();
	await expect(page.getByText('Les saisies sont gelées', { exact: false })).toBeVisible();
	await a.page.goto(`${teamAUrl}/stay`);
	await expect(a.page.getByRole('button', { name: 'Enregistrer' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Dégeler les saisies' }).click();
	await expect(page.getByText('Les équipes peuvent saisir.')).toBeVisible();

	// ——— lever cards, round 1
	await page.getByRole('button', { name: 'Montrer la manche suivante' }).click();
	await expect(page.getByText('Manche 1 ouverte sur 3.')).toBeVisible();
	await a.page.goto('/learn');
	await expect(a.page.getByTestId('lever-card')).toHaveCount(2);

	// ——— debrief, report, CSV
	// The debrief's data is held back longer than the board's polling interval: a polling tick
	// during the navigation must not take over from it and leave the trainer on the board.
	await page.route('**/debrief/__data.json*', async (route) => {
		await new Promise((r) => setTimeout(r, 4_000));
		await route.continue();
	});
	await page.getByRole('link', { name: 'Vue débriefing (à projeter)' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Débriefing');
	await expect(page.getByRole('row', { name: /Le train plutôt que/ })).toBeVisible();
	await expect(page.getByTestId('defaults').getByRole('row')).toHaveCount(3);
	await axe(page, 'debrief');
	await page.unroute('**/debrief/__data.json*');
	await page.goto(`${boardUrl}/report`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Module mobilité');
	await expect(page.getByText('Le train partout')).toBeVisible();
	await expect(page.getByText('Loutre agile')).toHaveCount(0);
	await axe(page, 'report');
	const csv = await page.request.get(`${boardUrl}/results.csv`);
	expect(csv.status()).toBe(200);
	const text = await csv.text();
	expect(text).toContain('Le train partout');
	expect(text).not.toContain('Loutre agile');
	expect(text).not.toContain('Mouette calme');

	// ——— reset: A's edit is gone, B's scenario too; the learners stay
	await page.goto(boardUrl);
	await page.getByRole('button', { name: 'Réinitialiser les équipes' }).click();
	await expect(page.getByText('Les équipes sont revenues au point de départ.')).toBeVisible();
	await expect(page.getByText('Aucun scénario pour l’instant.')).toBeVisible();
	await a.page.goto('/learn');
	await a.page.getByRole('link', { name: 'Hébergement et repas' }).click();
	await expect(a.page.getByLabel('Chambres par nuit')).toHaveValue('6');

	// ——— delete: typed confirmation, then everything goes, the learners' cookies with it
	await page.getByLabel('Tapez le code de la session pour confirmer').fill('pas le code');
	await page.getByRole('button', { name: 'Supprimer la session' }).click();
	await expect(page.getByText('Ce n’est pas le code de la session.')).toBeVisible();
	await page.getByLabel('Tapez le code de la session pour confirmer').fill(code);
	await page.getByRole('button', { name: 'Supprimer la session' }).click();
	await expect(page).toHaveURL(/\/training$/);
	await expect(page.getByText('Aucune session pour l’instant.')).toBeVisible();
	expect((await page.goto(boardUrl))?.status()).toBe(404);
	await a.page.goto('/learn');
	await expect(a.page).toHaveURL(/\/join$/);

	// the trainer's real organisation is untouched and lists no training work
	await page.goto('/orgs');
	await expect(page.getByRole('link', { name: 'Compagnie réelle de Lou' })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Module mobilité' })).toHaveCount(0);

	await a.context.close();
	await b.context.close();
});

test('joining refuses a wrong code beside the field, without JavaScript too', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/join');
	await page.getByLabel('Code de la session').fill('pas un vrai code');
	await page.getByRole('button', { name: 'Rejoindre' }).click();
	await expect(page.locator('#f-code-error')).toHaveText('Code inconnu ou expiré. Vérifiez les trois mots.');
	await expect(page.getByLabel('Code de la session')).toHaveAttribute('aria-invalid', 'true');
	await context.close();
});

test('method pages: from « Comment est-ce calculé ? » to the formulas and the factors, in French and English', async ({
	page
}) => {
	await page.goto('/o/demo/productions');
	await page.getByRole('link', { name: 'Sous la toile' }).first().click();
	await page.locator('tbody tr').filter({ hasText: 'Prévisionnel' }).getByRole('link').first().click();
	await expect(page).toHaveURL(/\/o\/demo\/tours\/[0-9a-f-]+$/);
	const how = page.locator('details.how').first();
	await how.locator('summary').click();
	await how.getByRole('link', { name: 'La méthode de calcul, formule par formule' }).click();
	await expect(page).toHaveURL(/\/method$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Méthode : comment Empreinte calcule');
	await axe(page, 'method index');
	await page.getByRole('link', { name: 'Déplacements de l’équipe' }).click();
	await expect(page).toHaveURL(/\/method\/team-travel$/);
	await expect(page.getByRole('rowheader', { name: 'rail.tgv' })).toBeVisible();
	await expect(page.getByRole('rowheader', { name: 'road' })).toBeVisible();
	await axe(page, 'method team travel');
	for (const topic of ['freight', 'nights', 'meals', 'audience', 'boundaries', 'uncertainty']) {
		const r = await page.goto(`/method/${topic}`);
		expect(r?.status(), topic).toBe(200);
		await axe(page, `method ${topic}`);
	}
	expect((await page.goto('/method/no-such-topic'))?.status()).toBe(404);
	await page.goto('/method/meals');
	await page.getByRole('button', { name: 'Switch to English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meals');
	await expect(page.getByRole('rowheader', { name: 'meal.vegetarian' })).toBeVisible();
});
