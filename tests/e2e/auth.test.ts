/**
 * Accounts, organisations and roles, as people use them: sign up → create a company → invite a
 * viewer → the viewer reads but cannot edit → an outsider gets 404; the log-in rate limit.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createOrg, formHeaders, logIn, PASSWORD, signUp, uniqueEmail } from './auth-helpers';

async function expectNoSeriousA11yViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(
		serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		`axe on ${page.url()}`
	).toEqual([]);
}

test('two companies: invite a viewer who reads but cannot edit; an outsider sees nothing', async ({
	browser,
	baseURL
}) => {
	const origin = baseURL!;
	const ownerCtx = await browser.newContext();
	const viewerCtx = await browser.newContext();
	const outsiderCtx = await browser.newContext();
	const owner = await ownerCtx.newPage();
	const viewer = await viewerCtx.newPage();
	const outsider = await outsiderCtx.newPage();

	// 1. Ana signs up and creates her company
	await signUp(owner, 'Ana');
	const companyName = `Compagnie du Sillon ${Date.now()}`;
	const slug = await createOrg(owner, companyName);
	await expect(owner.getByText('propriétaire').first()).toBeVisible();
	await expect(owner.getByRole('link', { name: 'Spectacles et tournées' }).first()).toHaveAttribute(
		'href',
		`/o/${slug}/productions`
	);
	// the header's switcher knows the current organisation
	await expect(owner.locator('header')).toContainText(companyName);

	// 2. Ana invites a viewer
	await owner.goto(`/o/${slug}/members`);
	await owner.getByLabel('Rôle donné').selectOption('viewer');
	await owner.getByRole('button', { name: 'Créer l’invitation' }).click();
	const link = (await owner.getByTestId('invite-link').textContent())!.trim();
	expect(link).toMatch(new RegExp(`^${origin}/invite/[a-z2-7]{16}$`));
	await expect(owner.getByRole('table', { name: 'Invitations en attente' })).toContainText('lecteur·rice');

	// 3. Bea signs up and accepts
	await signUp(viewer, 'Bea');
	await viewer.goto(link);
	await expect(viewer.getByText(`rejoindre « ${companyName} » avec le rôle lecteur·rice`)).toBeVisible();
	await viewer.getByRole('button', { name: 'Rejoindre la structure' }).click();
	await expect(viewer).toHaveURL(new RegExp(`/o/${slug}$`));
	await expect(viewer.getByRole('heading', { level: 1 })).toHaveText(companyName);
	await expect(viewer.getByText('lecteur·rice').first()).toBeVisible();
	// a viewer is offered no owner's tools
	await expect(viewer.getByRole('link', { name: 'Paramètres' })).toHaveCount(0);
	await viewer.goto(`/o/${slug}/members`);
	await expect(viewer.getByRole('table')).toContainText('Ana');
	await expect(viewer.getByRole('button', { name: 'Créer l’invitation' })).toHaveCount(0);

	// 4. ... and cannot edit: 403 on the page and on the actions, nothing changed
	const settings = await viewer.goto(`/o/${slug}/settings`);
	expect(settings?.status()).toBe(403);
	for (const [action, form] of [
		['settings?/rename', { name: 'Renamed by a viewer' }],
		['settings?/delete', { confirmSlug: slug }],
		['members?/invite', { role: 'owner' }],
		// an editor's action (productions are the lead's; any editor verb must refuse a viewer)
		['productions?/create', { title: 'Created by a viewer', discipline: 'theatre' }]
	] as const) {
		const res = await viewer.request.post(`/o/${slug}/${action}`, {
			headers: formHeaders(origin),
			form,
			maxRedirects: 0
		});
		expect(res.status(), action).toBe(403);
	}
	await owner.goto(`/o/${slug}`);
	await expect(owner.getByRole('heading', { level: 1 })).toHaveText(companyName);
	await owner.goto(`/o/${slug}/members`);
	await expect(owner.getByRole('table', { name: 'Invitations en attente' })).toHaveCount(0);
	await owner.goto(`/o/${slug}/productions`);
	await expect(owner.locator('main')).not.toContainText('Created by a viewer');

	// 5. the invitation was single-use
	await signUp(outsider, 'Chloé');
	await outsider.goto(link);
	await expect(outsider.getByText('Cette invitation n’est pas valable')).toBeVisible();
	await expect(outsider.locator('main')).not.toContainText(companyName);

	// 6. Chloé has her own company; Ana's URLs are 404 for her, and for Ana hers are too
	const otherName = `Ensemble Voisin ${Date.now()}`;
	const otherSlug = await createOrg(outsider, otherName);
	for (const path of [`/o/${slug}`, `/o/${slug}/members`, `/o/${slug}/settings`, `/o/${slug}/productions`]) {
		const res = await outsider.goto(path);
		expect(res?.status(), path).toBe(404);
		await expect(outsider.locator('body')).not.toContainText(companyName);
	}
	for (const action of ['settings?/rename', 'members?/invite', 'members?/leave']) {
		const res = await outsider.request.post(`/o/${slug}/${action}`, {
			headers: formHeaders(origin),
			form: { name: 'x', role: 'owner' },
			maxRedirects: 0
		});
		expect(res.status(), action).toBe(404);
	}
	expect((await owner.goto(`/o/${otherSlug}`))?.status()).toBe(404);
	// a made-up organisation looks exactly the same as a real one that is not yours
	expect((await outsider.goto('/o/no-such-company'))?.status()).toBe(404);

	// 7. anonymous visitors are sent to log in, whatever the slug
	const anon = await browser.newContext();
	const anonPage = await anon.newPage();
	await anonPage.goto(`/o/${slug}/members`);
	await expect(anonPage).toHaveURL(/\/login\?redirectTo=/);
	await expect(anonPage.locator('body')).not.toContainText(companyName);

	for (const c of [ownerCtx, viewerCtx, outsiderCtx, anon]) await c.close();
});

test('the session cookie is httpOnly and SameSite=Lax, and log-out ends the session', async ({ page }) => {
	await signUp(page, 'Dora');
	const cookie = (await page.context().cookies()).find((c) => c.name === 'empreinte_session');
	expect(cookie).toBeDefined();
	expect(cookie!.httpOnly).toBe(true);
	expect(cookie!.sameSite).toBe('Lax');
	expect(cookie!.secure).toBe(false); // served over http here; Secure over https
	await page.getByText('Compte de Dora').click();
	await page.getByRole('button', { name: 'Se déconnecter' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
	// the old token is dead even if replayed
	await page.context().addCookies([{ ...cookie!, expires: -1 }]);
	await page.goto('/orgs');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Forgs/);
});

test('changing the password logs out the other devices', async ({ browser }) => {
	const a = await browser.newContext();
	const b = await browser.newContext();
	const pa = await a.newPage();
	const pb = await b.newPage();
	const person = await signUp(pa, 'Eli');
	await logIn(pb, person.email);
	await expect(pb).toHaveURL(/\/orgs$/);

	await pa.goto('/account');
	await pa.getByLabel('Mot de passe actuel').fill(PASSWORD);
	await pa.getByLabel('Nouveau mot de passe').fill('a completely new passphrase');
	await pa.getByRole('button', { name: 'Changer le mot de passe' }).click();
	await expect(pa.getByRole('status')).toContainText('Mot de passe changé');
	// this browser stays logged in, the other one is out
	await pa.goto('/orgs');
	await expect(pa).toHaveURL(/\/orgs$/);
	await pb.goto('/orgs');
	await expect(pb).toHaveURL(/\/login/);
	await a.close();
	await b.close();
});

test('log-in: one message for a wrong password and an unknown e-mail; the rate limit triggers', async ({
	page
}) => {
	const person = await signUp(page, 'Fred');
	await page.context().clearCookies();

	await logIn(page, uniqueEmail('nobody'), 'whatever password');
	const unknownMsg = await page.getByRole('alert').textContent();
	expect(unknownMsg).toContain('Adresse e-mail ou mot de passe incorrect.');

	// the per-account limit is 5 failed attempts per 15 minutes (default)
	for (let i = 0; i < 5; i++) {
		await logIn(page, person.email, `wrong password ${i}`);
		await expect(page.getByRole('alert')).toHaveText(unknownMsg!);
	}
	await logIn(page, person.email, 'wrong password again');
	await expect(page.getByRole('alert')).toContainText('Trop de tentatives. Réessayez dans 15 minutes.');
	// once blocked, even the right password is not tried
	await logIn(page, person.email, PASSWORD);
	await expect(page.getByRole('alert')).toContainText('Trop de tentatives');
	await expect(page).toHaveURL(/\/login/);
});

test('forms work without JavaScript and show each error beside its field', async ({ browser }) => {
	const ctx = await browser.newContext({ javaScriptEnabled: false });
	const page = await ctx.newPage();
	await page.goto('/signup');
	await page.getByLabel('Votre nom').fill('Gus');
	await page.getByLabel('Adresse e-mail').fill('not-an-email');
	await page.getByLabel('Mot de passe', { exact: true }).fill('short');
	await page.getByRole('button', { name: 'Créer mon compte' }).click();
	const email = page.getByLabel('Adresse e-mail');
	await expect(email).toHaveAttribute('aria-invalid', 'true');
	await expect(email).toHaveAccessibleDescription(/adresse e-mail valide/);
	await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveAccessibleDescription(
		/au moins 10 caractères/
	);
	// what was typed is kept, except the password
	await expect(page.getByLabel('Votre nom')).toHaveValue('Gus');
	await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveValue('');

	await page.getByLabel('Adresse e-mail').fill(uniqueEmail('gus'));
	await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: 'Créer mon compte' }).click();
	await expect(page).toHaveURL(/\/orgs$/);
	await page.getByLabel('Nom', { exact: true }).fill('Sans JS');
	await page.getByRole('button', { name: 'Créer la structure' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sans JS');
	await ctx.close();
});

test('deleting an account states what happens to sole-owned organisations', async ({ page }) => {
	await signUp(page, 'Hana');
	await createOrg(page, 'Solo Hana');
	await page.goto('/account');
	await expect(page.locator('main')).toContainText('Seront supprimées avec votre compte');
	await expect(page.locator('main')).toContainText('Solo Hana');
	await page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
	await expect(page.getByText('Cochez la case pour confirmer.').first()).toBeVisible();
	await page.getByLabel('J’ai compris').check();
	await page.getByLabel('Votre mot de passe, pour confirmer').fill(PASSWORD);
	await page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
	await expect(page).toHaveURL(/\/\?accountDeleted=1$/);
	await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
});

test('the demo opens without an account, read-only', async ({ page, baseURL }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Explorer la démo' }).click();
	await expect(page).toHaveURL(/\/o\/demo$/);
	await expect(page.getByText('Espace de démonstration')).toBeVisible();
	await expect(page.getByText('visiteur·se (lecture seule)').first()).toBeVisible();
	const res = await page.request.post('/o/demo/settings?/rename', {
		headers: formHeaders(baseURL!),
		form: { name: 'Hacked' },
		maxRedirects: 0
	});
	expect(res.status()).toBe(403);
	expect((await page.goto('/o/demo/settings'))?.status()).toBe(403);
});

test('accessibility: no serious or critical axe violation on the account and organisation pages', async ({
	page
}) => {
	// a dozen axe runs: about 40 s alone, over 2 min was seen with a load average of 12 on 2 cores
	test.setTimeout(300_000);
	for (const path of ['/', '/signup', '/login', '/o/demo']) {
		await page.goto(path);
		await expectNoSeriousA11yViolations(page);
	}
	await signUp(page, 'Iris');
	await expectNoSeriousA11yViolations(page); // /orgs, empty
	const slug = await createOrg(page, 'Compagnie Accessible');
	for (const path of [
		`/o/${slug}`,
		`/o/${slug}/members`,
		`/o/${slug}/settings`,
		'/account',
		'/orgs',
		'/invite'
	]) {
		await page.goto(path);
		await expectNoSeriousA11yViolations(page);
	}
	// with the freshly created invitation and its code shown
	await page.goto(`/o/${slug}/members`);
	await page.getByRole('button', { name: 'Créer l’invitation' }).click();
	await expect(page.getByTestId('invite-code')).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	const link = (await page.getByTestId('invite-link').textContent())!.trim();
	await page.goto(link);
	await expectNoSeriousA11yViolations(page);
	// and a form in error
	await page.goto('/login');
	await page.context().clearCookies();
	await page.goto('/login');
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	// the header menus, opened
	await signUp(page, 'Jo');
	await page.getByText('Compte de Jo').click();
	await expectNoSeriousA11yViolations(page);
});
