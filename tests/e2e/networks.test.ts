/**
 * Networks (issue 11), as new users would do it: a referent creates a network and invites three
 * companies; each joins through its link and shares its tour with a different tier; with two
 * sharing members every figure reads « secret », with three the referent reads the figures and
 * opens the funders' report; a fourth company that did not join appears nowhere; one company
 * leaves and the figures change at once. Then the isolation checks the route walk cannot make on
 * its own: a referent of another network, and the referent of a counted-only member (its tour →
 * 404). axe on every page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOrg, signUp } from './auth-helpers';

async function axe(page: Page, label: string) {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
		[]
	);
}

/** A new person in their own browser context, their company, and the circus tour imported. */
async function companyWithTour(browser: Browser, name: string) {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	await signUp(page, `Régie ${name}`);
	const slug = await createOrg(page, name);
	await page.goto(`/o/${slug}/productions`);
	// a field filled before hydration can be reset by it on a loaded machine: wait for the page
	await page.waitForLoadState('networkidle');
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
	const tourId = new URL(page.url()).pathname.split('/').pop()!;
	return { page, slug, name, tourId, context };
}

async function inviteLink(referent: Page, net: string, label: string): Promise<string> {
	await referent.goto(`/o/${net}/network/members`);
	await referent.getByLabel('Pour qui ? (facultatif, pour vous y retrouver)').fill(label);
	await referent.getByRole('button', { name: 'Créer un lien d’invitation' }).click();
	const link = await referent.getByTestId('network-invite-link').textContent();
	expect(link).toMatch(/\/networks\/join\/[a-z0-9]+$/);
	return new URL(link!).pathname;
}

async function joinAndShare(c: { page: Page; slug: string }, link: string, tier: string, netName: string) {
	await c.page.goto(link);
	await expect(c.page.getByRole('heading', { level: 1 })).toHaveText('Invitation à rejoindre un réseau');
	await c.page.getByRole('button', { name: `Rejoindre ${netName}` }).click();
	await expect(c.page).toHaveURL(/\/networks\/[a-z0-9-]+\?joined=1$/);
	await expect(c.page.getByText('Actuellement : Compté seulement, 0 tournée(s) partagée(s).')).toBeVisible();
	await c.page.getByLabel(tier).check();
	await c.page.getByRole('checkbox', { name: '2026', exact: true }).check();
	await c.page.getByRole('button', { name: 'Enregistrer mon choix' }).click();
	await expect(c.page.getByTestId('consent-current')).toContainText(`Actuellement : ${tier}, 1 tournée(s)`);
}

test('a referent invites three companies, reads the figures, prints the report; leaving changes them', async ({
	browser,
	page
}) => {
	test.setTimeout(360_000);
	await signUp(page, 'Référente Réseau');
	const netName = `Réseau Test ${Date.now().toString(36)}`;
	const net = await createOrg(page, netName, 'network');
	await page.getByRole('link', { name: 'Tableau de bord du réseau' }).click();
	await expect(page.getByText('Aucune tournée partagée pour l’instant')).toBeVisible();
	await axe(page, 'empty dashboard');

	const [a, b, c, outsider] = [
		await companyWithTour(browser, 'Cirque Alpha'),
		await companyWithTour(browser, 'Cirque Bêta'),
		await companyWithTour(browser, 'Cirque Gamma'),
		await companyWithTour(browser, 'Cirque Delta')
	];

	await joinAndShare(a, await inviteLink(page, net, 'Alpha'), 'Compté seulement', netName);
	await axe(a.page, 'consent screen');
	await joinAndShare(b, await inviteLink(page, net, 'Bêta'), 'Visible par les référent·es', netName);

	// two sharing members: every figure is secret
	await page.goto(`/o/${net}/network`);
	await expect(page.getByTestId('nw-members')).toHaveText('2');
	for (const id of ['nw-sharing', 'nw-tours', 'nw-company', 'nw-audience'])
		await expect(page.getByTestId(id)).toHaveText(/^secret/);
	await expect(page.locator('main td.num').filter({ hasNotText: /^secret|—/ })).toHaveCount(0);

	await joinAndShare(c, await inviteLink(page, net, 'Gamma'), 'Cas publiable', netName);
	await page.goto(`/o/${net}/network`);
	await expect(page.getByTestId('nw-sharing')).toHaveText('3');
	await expect(page.getByTestId('nw-company')).toHaveText(/t CO₂e|kg CO₂e/);
	const withThree = await page.getByTestId('nw-company').textContent();
	await expect(page.getByText('Règle de diffusion')).toBeVisible();
	await axe(page, 'dashboard');
	// the fourth company did not join: nowhere
	await expect(page.locator('body')).not.toContainText('Cirque Delta');

	// a filter that would isolate a member is refused with a message; two filters work
	await page.goto(`/o/${net}/network?discipline=circus&season=2026&phase=forecast`);
	await expect(page.getByTestId('nw-refused')).toContainText('Au plus deux filtres');

	// members page: names and tiers, the counted-only member's tours are not opened
	await page.goto(`/o/${net}/network/members`);
	await expect(page.getByRole('row', { name: /Cirque Alpha/ })).toContainText('Compté seulement');
	await expect(page.getByRole('row', { name: /Cirque Bêta/ })).toContainText('Visible par les référent·es');
	await axe(page, 'network members');

	// the visible member's tour opens read-only; the counted-only member's is 404
	await page.goto(`/o/${net}/network`);
	await page.getByRole('link', { name: 'Spectacle Cirque Bêta' }).click();
	await expect(page.getByText('Lecture seule : Cirque Bêta a ouvert cette tournée')).toBeVisible();
	await axe(page, 'shared tour');
	await page.getByLabel('À compléter').check();
	await page.getByLabel('Note pour la structure').fill('Pouvez-vous préciser le fret ?');
	await page.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(page.getByText('Vérification enregistrée')).toBeVisible();
	expect((await page.request.get(`/o/${net}/network/tours/${a.tourId}`)).status()).toBe(404);
	expect((await page.request.get(`/o/${a.slug}/tours/${a.tourId}`)).status()).toBe(404);

	// the member sees the request, on its network page and on its tour
	await b.page.goto(`/o/${b.slug}/networks/${net}`);
	await expect(b.page.getByText('Pouvez-vous préciser le fret ?')).toBeVisible();
	await b.page.goto(`/o/${b.slug}/tours/${b.tourId}`);
	await expect(
		b.page.getByRole('region', { name: 'Vérifications de cette tournée par vos réseaux' })
	).toContainText('À compléter');
	await axe(b.page, 'tour with a review request');

	// the funders' report, printable, in French and in English; exports carry no member name
	await page.goto(`/o/${net}/network/report?lang=fr`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Rapport du réseau ${netName}`);
	await expect(page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' })).toBeVisible();
	await expect(page.getByTestId('nw-company')).toHaveText(withThree!);
	await axe(page, 'report');
	await page.goto(`/o/${net}/network/report?lang=en`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Report of the network ${netName}`);
	const csv = await (await page.request.get(`/o/${net}/network/export.csv?format=fr`)).text();
	expect(csv).toContain('rubrique;élément;valeur;unité;note');
	const json = await (await page.request.get(`/o/${net}/network/data.json`)).text();
	for (const body of [csv, json])
		for (const name of ['Cirque Alpha', 'Cirque Bêta', 'Cirque Delta']) expect(body).not.toContain(name);
	await page.goto(`/o/${net}/network/exports`);
	await expect(page.getByRole('cell', { name: 'csv-fr' })).toBeVisible();
	await expect(page.getByRole('cell', { name: 'report-en' })).toBeVisible();
	await axe(page, 'export log');

	// one company leaves: its share is withdrawn at once, the figures change
	await c.page.goto(`/o/${c.slug}/networks/${net}`);
	await c.page.getByRole('button', { name: `Quitter ${netName}` }).click();
	await expect(c.page).toHaveURL(new RegExp(`/o/${c.slug}/networks$`));
	await expect(c.page.getByRole('row', { name: new RegExp(netName) })).toContainText('Partie le');
	await page.goto(`/o/${net}/network`);
	await expect(page.getByTestId('nw-members')).toHaveText('2');
	await expect(page.getByTestId('nw-company')).toHaveText(/^secret/);

	// isolation: a referent of another network, and the outsider company, get 404 everywhere here
	const other = await browser.newContext({ locale: 'fr-FR' });
	const otherPage = await other.newPage();
	await signUp(otherPage, 'Autre Référent');
	await createOrg(otherPage, `Autre Réseau ${Date.now().toString(36)}`, 'network');
	for (const path of [
		`/o/${net}/network`,
		`/o/${net}/network/members`,
		`/o/${net}/network/tours/${b.tourId}`,
		`/o/${net}/network/report`,
		`/o/${net}/network/export.csv`,
		`/o/${net}/network/data.json`,
		`/o/${b.slug}/networks/${net}`
	]) {
		expect((await otherPage.request.get(path)).status(), path).toBe(404);
		expect((await outsider.page.request.get(path)).status(), path).toBe(404);
	}
	for (const ctx of [a, b, c, outsider]) await ctx.context.close();
	await other.close();
});

test('the demo network is readable from the home page without an account, and read-only', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto('/');
	await page.getByRole('link', { name: 'Explorer un réseau de démonstration' }).click();
	await expect(page).toHaveURL(/\/o\/demo-reseau\/network$/);
	await expect(page.getByTestId('nw-members')).toHaveText('15');
	await expect(page.getByTestId('nw-company')).toHaveText(/t CO₂e/);
	await axe(page, 'demo network dashboard');
	// a filter that isolates a structure is refused with a message
	await page.getByLabel('Type de structure').selectOption('venue');
	await page.getByRole('button', { name: 'Filtrer' }).click();
	await expect(page.getByTestId('nw-refused')).toContainText('isolerait une structure');
	// nothing can be written, and the members' own workspaces are not browsable
	const invite = await page.request.post('/o/demo-reseau/network/members?/invite', {
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		form: { label: 'x' },
		maxRedirects: 0
	});
	expect([303, 403]).toContain(invite.status());
	// (an anonymous visitor is sent to log in, as for any organisation that is not the public demo)
	const member = await page.request.get('/o/demo_reseau_01', { maxRedirects: 0 });
	expect(member.status()).toBe(303);
	expect(member.headers()['location']).toMatch(/^\/login/);
});
