/**
 * Hardening (issue 17), end to end on the production build: security headers and a CSP that still
 * lets SvelteKit hydrate, upload limits answered by a French page (with and without JavaScript),
 * malformed forms as 400, safe redirects, private exports never cached, and no live formula in a
 * CSV export.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createOrg, formHeaders, signUp, signUpRequest } from './auth-helpers';

async function axe(page: Page, label: string) {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${label}: ${v.id}`)).toEqual([]);
}

/** A production in a fresh organisation; returns the production page's URL. */
async function production(page: Page, who: string): Promise<string> {
	await signUp(page, who);
	const slug = await createOrg(page, `Compagnie ${who}`);
	await page.goto(`/o/${slug}/productions`);
	await page.getByLabel('Titre').fill('Limites');
	await page.getByRole('button', { name: 'Créer le spectacle' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Limites');
	return page.url();
}

test('security headers on every page, and the CSP lets the app hydrate', async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { cspViolations: string[] };
		w.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	// /factors twice: the second answer comes from the explorer's page cache, replayed with a new nonce
	const nonces: string[] = [];
	for (const path of ['/', '/login', '/factors', '/factors', '/demo']) {
		const res = await page.goto(path);
		const h = res!.headers();
		nonces.push(/'nonce-([^']+)'/.exec(h['content-security-policy'] ?? '')?.[1] ?? '');
		expect(h['content-security-policy'], path).toContain("frame-ancestors 'self'");
		expect(h['content-security-policy'], path).toMatch(/script-src 'self' 'nonce-/);
		expect(h['x-content-type-options'], path).toBe('nosniff');
		expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		// SvelteKit's inline start-up script ran (it defines its __sveltekit_* global)
		await expect
			.poll(() => page.evaluate(() => Object.keys(window).some((k) => k.startsWith('__sveltekit_'))), {
				message: path
			})
			.toBe(true);
		expect(
			await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
		).toEqual([]);
	}
	// one nonce per response, never one served again
	expect(new Set(nonces).size).toBe(nonces.length);
});

test('a tour file over its limit: a French 413 page, with and without JavaScript', async ({
	page,
	request,
	baseURL
}) => {
	test.setTimeout(180_000);
	const url = await production(page, 'Gros Fichier');
	await expect(page.getByText('Taille maximale : 1 Mo.')).toBeVisible();
	const big = Buffer.from(JSON.stringify({ format: 'empreinte-tour@1', pad: 'x'.repeat(1_200_000) }));
	await page
		.getByLabel('Fichier JSON')
		.setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
	await page.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Erreur 413');
	await expect(page.getByText('dépasse la taille acceptée (1 Mo)')).toBeVisible();
	await expect(page.getByText('inattendue')).toHaveCount(0);
	await axe(page, '413 page');

	// without JavaScript: the browser posts the form and gets a page in French
	const cookies = await page.context().cookies();
	const res = await request.post(`${url}?/importTour`, {
		headers: { ...formHeaders(baseURL!), cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
		multipart: { file: { name: 'big.json', mimeType: 'application/json', buffer: big } },
		maxRedirects: 0
	});
	expect(res.status()).toBe(413);
	const html = await res.text();
	expect(html).toContain('<html lang="fr">');
	expect(html).toContain('Erreur 413');
	expect(html).toContain('dépasse la taille acceptée');
});

test('malformed multipart is 400, the API answers JSON problems', async ({ request, baseURL }) => {
	const res = await request.post('/login', {
		headers: { ...formHeaders(baseURL!), 'content-type': 'multipart/form-data; boundary=XYZ' },
		data: '--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nno end',
		maxRedirects: 0
	});
	expect(res.status()).toBe(400);
	expect(await res.text()).toContain('mal formée');
	const api = await request.post('/api/compute', {
		headers: { 'content-type': 'application/json' },
		data: ' '.repeat(1024 * 1024 + 10)
	});
	expect(api.status()).toBe(413);
	expect((await api.json()).problems[0].code).toBe('api.too_large');
});

test('redirectTo with control or non-ASCII characters is refused, not followed', async ({
	request,
	baseURL
}) => {
	await signUpRequest(request, baseURL!, 'Redirection');
	for (const target of ['/%09/evil.example', '/caf%C3%A9', '/%0d%0aSet-Cookie:x=1']) {
		const res = await request.get(`/login?redirectTo=${target}`, { maxRedirects: 0 });
		expect(res.status(), target).toBe(303);
		expect(res.headers()['location'], target).toBe('/orgs');
	}
});

test('exports are private and carry no live formula', async ({ page }) => {
	test.setTimeout(180_000);
	await production(page, 'Formule');
	const tour = JSON.parse(readFileSync('examples/band-club-tour.json', 'utf8'));
	tour.dates[0].venue.name = '=HYPERLINK("http://evil.example","clic")';
	tour.dates[1].venue.name = '@SUM(1+1)';
	await page.getByLabel('Fichier JSON').setInputFiles({
		name: 'tour.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(tour))
	});
	await page.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page).toHaveURL(/\/tours\/[0-9a-f-]+$/);
	const res = await page.request.get(`${page.url()}/results.csv`);
	expect(res.status()).toBe(200);
	expect(res.headers()['cache-control']).toContain('no-store');
	const csv = await res.text();
	expect(csv).toContain(`'=HYPERLINK(""http://evil.example"",""clic"")`);
	expect(csv).toContain(`'@SUM(1+1)`);
	for (const cell of csv.split(/[;\r\n]/)) expect(cell.replace(/^"/, '')).not.toMatch(/^[=@]/);
	const page2 = await page.request.get(page.url());
	expect(page2.headers()['cache-control']).toContain('no-store');
});
