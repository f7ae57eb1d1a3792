/**
 * Issue 19 as a visitor of the demo network reads it from the referents' chair: the pooling
 * opportunities tab lists the shared freight of two members who share at « visible » or above (a
 * van's set in a circus truck on Agen → Toulouse), with the engine's saving and its assumption, and
 * nothing of members who share less. Axe on the page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the demo network shows a shared freight between two visible members', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/o/demo-reseau/network');
	await page.getByRole('link', { name: 'Opportunités de mutualisation' }).first().click();
	await expect(page).toHaveURL(/\/o\/demo-reseau\/network\/opportunities$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opportunités entre membres');
	const freight = page
		.locator('article', { hasText: 'Fret partagé' })
		.filter({ hasText: 'Toulouse' })
		.first();
	await expect(freight).toContainText('Compagnie du Pas de Côté (démo)');
	await expect(freight).toContainText('Cirque des Landes (démo)');
	await expect(freight).toContainText(/Éviterait environ .*kg CO₂e/);
	await expect(freight).toContainText('Hypothèse');
	// members that share « counted only » never appear in the referents' view
	await expect(page.getByText('Théâtre des Deux Rives')).toHaveCount(0);
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
	).toEqual([]);
});
