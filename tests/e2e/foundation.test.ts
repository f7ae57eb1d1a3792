import { expect, test } from '@playwright/test';

test('the home page answers in French, and switching to English persists', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('empreinte carbone');
	await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeAttached();
	await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
	await expect(page.getByRole('contentinfo')).toContainText('GeoNames');

	await page.getByRole('button', { name: 'Switch to English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('carbon footprint');

	// persists across navigation and reload
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await page.getByRole('button', { name: 'Passer en français' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Aller au contenu' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('/healthz reports the database up and the migration level', async ({ request }) => {
	const res = await request.get('/healthz');
	expect(res.status()).toBe(200);
	const body = await res.json();
	expect(body).toMatchObject({ status: 'ok', database: 'up' });
	expect(body.version).toMatch(/\d+\.\d+\.\d+/);
	expect(body.migrations.applied).toBe(body.migrations.available);
	expect(body.migrations.latest).toBeTruthy();
});

test('an unknown page gets a French 404 page', async ({ page }) => {
	const res = await page.goto('/cette-page-n-existe-pas');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Erreur 404');
	await expect(page.getByText('Cette page n’existe pas.')).toBeVisible();
});
