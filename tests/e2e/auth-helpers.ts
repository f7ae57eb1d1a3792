/**
 * Accounts and organisations for end-to-end tests, through the real forms (no back door):
 * `signUp(page)` then `createOrg(page, name)`. Other e2e files may use them too.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { gotoHydrated } from './hydration';

export const PASSWORD = 'correct horse battery staple';

let counter = 0;
/** A fresh e-mail per call and per run, so that reruns against one server do not collide. */
export function uniqueEmail(name: string): string {
	counter += 1;
	const local = name
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
	return `${local || 'user'}-${Date.now().toString(36)}-${counter}@example.org`;
}

export interface Person {
	name: string;
	email: string;
}

/** Signs up through /signup in French and lands on /orgs, logged in. */
export async function signUp(
	page: Page,
	name: string,
	email = uniqueEmail(name.toLowerCase())
): Promise<Person> {
	await gotoHydrated(page, '/signup');
	await page.getByLabel('Votre nom').fill(name);
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: 'Créer mon compte' }).click();
	await expect(page).toHaveURL(/\/orgs$/);
	return { name, email };
}

export async function logIn(page: Page, email: string, password = PASSWORD): Promise<void> {
	await gotoHydrated(page, '/login');
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe').fill(password);
	await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Creates an organisation from /orgs and returns its slug (the page lands on /o/<slug>). */
export async function createOrg(page: Page, name: string, kind = 'company'): Promise<string> {
	await gotoHydrated(page, '/orgs');
	await page.getByLabel('Nom', { exact: true }).fill(name);
	await page.getByLabel('Type', { exact: true }).selectOption(kind);
	await page.getByRole('button', { name: 'Créer la structure' }).click();
	await expect(page).toHaveURL(/\/o\/[a-z0-9-]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	return new URL(page.url()).pathname.split('/')[2];
}

/**
 * The same through HTTP only (no browser page), for a request context: a form POST as a browser
 * without JavaScript sends it (Origin set, HTML accepted), so SvelteKit answers with real redirects.
 */
export function formHeaders(baseURL: string): Record<string, string> {
	return { origin: baseURL, accept: 'text/html' };
}

export async function signUpRequest(
	request: APIRequestContext,
	baseURL: string,
	name: string
): Promise<Person> {
	const email = uniqueEmail(name.toLowerCase());
	const res = await request.post('/signup', {
		headers: formHeaders(baseURL),
		form: { displayName: name, email, password: PASSWORD, redirectTo: '/orgs' },
		maxRedirects: 0
	});
	expect(res.status(), await res.text()).toBe(303);
	return { name, email };
}

export async function createOrgRequest(
	request: APIRequestContext,
	baseURL: string,
	name: string
): Promise<string> {
	const res = await request.post('/orgs?/create', {
		headers: formHeaders(baseURL),
		form: { name, kind: 'company' },
		maxRedirects: 0
	});
	expect(res.status()).toBe(303);
	const location = res.headers()['location'] ?? '';
	const slug = location.split('/')[2];
	expect(slug).toBeTruthy();
	return slug;
}
