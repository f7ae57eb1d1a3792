/**
 * Hydration waits for end-to-end tests. The root layout sets `data-hydrated` on <html> in its
 * onMount, after Svelte has hydrated the whole page; a field filled before that can be reset by
 * hydration, or a click can go to the no-JavaScript form path. On a busy machine the gap between
 * `load` and hydration reaches seconds, hence the explicit wait rather than `networkidle`.
 */
import { expect, type Page } from '@playwright/test';

/** Waits until the current page is hydrated. */
export async function waitForHydration(page: Page): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}

/** `page.goto(url)` then waits for hydration: use before filling a form that JavaScript drives. */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await waitForHydration(page);
}
