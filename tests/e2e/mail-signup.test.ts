/**
 * Sign-up that reveals no account (issue 17, finding 7), with mail in the database outbox
 * (EMPREINTE_MAIL=outbox). The suite's main server keeps mail off (direct sign-up), so this file
 * starts its own server on E2E_PORT + 11 and reads the messages from its database file.
 *
 * - a new and a taken address get byte-identical answers (status, headers but Date, body), with
 *   and without JavaScript;
 * - a new address: the confirmation link activates the account (and only once);
 * - a taken address: the « already an account » message links to a password reset that works.
 */
import { expect, test, type Page } from '@playwright/test';
import { createClient, type Client } from '@libsql/client';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PASSWORD, uniqueEmail } from './auth-helpers';
import { gotoHydrated } from './hydration';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 11;
const BASE = `http://127.0.0.1:${PORT}`;
const DIR = join(process.cwd(), 'test-results', 'mail-db');
let server: ChildProcess | undefined;
let db: Client | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	rmSync(DIR, { recursive: true, force: true });
	mkdirSync(DIR, { recursive: true });
	server = spawn(process.execPath, ['scripts/serve.js'], {
		env: {
			...process.env,
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: BASE,
			DATABASE_URL: `file:${join(DIR, 'mail.db')}`,
			EMPREINTE_MAIL: 'outbox',
			EMPREINTE_SIGNUP_MAX_PER_IP: '10000',
			EMPREINTE_SIGNUP_MAX_PER_ACCOUNT: '100',
			EMPREINTE_PROCESSES: '1'
		},
		stdio: 'inherit'
	});
	const until = Date.now() + 150_000;
	for (;;) {
		try {
			if ((await fetch(`${BASE}/healthz`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > until) throw new Error(`${BASE} did not start`);
		await new Promise((r) => setTimeout(r, 250));
	}
	db = createClient({ url: `file:${join(DIR, 'mail.db')}` });
});

test.afterAll(() => {
	db?.close();
	if (server?.pid) process.kill(server.pid, 'SIGTERM');
});

/** The newest message to an address whose subject matches, once it is in the outbox. */
async function message(to: string, subject: RegExp): Promise<string> {
	let text = '';
	await expect
		.poll(async () => {
			const r = await db!.execute({
				sql: 'select subject, text_body from mail_outbox where to_address = ? order by created_at desc',
				args: [to]
			});
			const row = r.rows.find((x) => subject.test(String(x.subject)));
			text = row ? String(row.text_body) : '';
			return text !== '';
		})
		.toBe(true);
	return text;
}

const link = (text: string, path: string) => {
	const m = new RegExp(`${BASE.replace(/[.:/]/g, '\\$&')}${path}/[a-z0-9]+`).exec(text);
	expect(m, text).not.toBeNull();
	return m![0];
};

async function signUpForm(page: Page, name: string, email: string, password = PASSWORD) {
	await gotoHydrated(page, `${BASE}/signup`);
	await page.getByLabel('Votre nom').fill(name);
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Créer mon compte' }).click();
	await expect(page).toHaveURL(`${BASE}/check-inbox`);
	await expect(page.getByRole('status')).toHaveText('Vérifiez votre boîte : nous vous avons envoyé un lien.');
}

let taken = '';

test('a new address: « check your inbox », then the confirmation link activates the account, once', async ({
	page
}) => {
	taken = uniqueEmail('confirme');
	await signUpForm(page, 'Confirmée', taken);
	// nothing exists before the link is followed
	await gotoHydrated(page, `${BASE}/orgs`);
	await expect(page).toHaveURL(/\/login/);

	const url = link(await message(taken, /confirmez votre adresse/), '/signup/confirm');
	await gotoHydrated(page, url);
	await page.getByRole('button', { name: 'Activer mon compte' }).click();
	await expect(page).toHaveURL(`${BASE}/orgs`);
	await expect(page.getByText('Compte de Confirmée')).toBeVisible();

	// a second use shows « expired or used »
	await gotoHydrated(page, url);
	await expect(page.getByRole('alert')).toContainText('a expiré ou a déjà servi');
});

test('a new and a taken address get identical answers, with and without JavaScript', async () => {
	expect(taken).not.toBe('');
	const answer = async (email: string, enhanced: boolean) => {
		const res = await fetch(`${BASE}/signup`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: BASE,
				accept: enhanced ? 'application/json' : 'text/html',
				...(enhanced ? { 'x-sveltekit-action': 'true' } : {})
			},
			body: new URLSearchParams({ displayName: 'Quelqu’un', email, password: PASSWORD })
		});
		const headers = Object.fromEntries([...res.headers].filter(([k]) => k !== 'date'));
		return { status: res.status, headers, body: await res.text() };
	};
	for (const enhanced of [false, true]) {
		const a = await answer(taken, enhanced);
		const b = await answer(uniqueEmail('neuve'), enhanced);
		expect(a.status).toBe(enhanced ? 200 : 303);
		expect(a.headers['set-cookie']).toBeUndefined();
		expect(b).toEqual(a);
	}
});

test('a taken address: the message says so and its reset link sets a new password', async ({ page }) => {
	await signUpForm(page, 'Intrus', taken, 'a password of the intruder');
	const text = await message(taken, /vous avez déjà un compte/);
	expect(text).toContain(`${BASE}/login`);
	await gotoHydrated(page, link(text, '/password/reset'));
	await page.getByLabel('Nouveau mot de passe').fill('a brand new password');
	await page.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
	await expect(page).toHaveURL(`${BASE}/orgs`);

	// the intruder's password never became the account's; the new one works
	await page.context().clearCookies();
	for (const [password, ok] of [
		['a password of the intruder', false],
		['a brand new password', true]
	] as const) {
		await gotoHydrated(page, `${BASE}/login`);
		await page.getByLabel('Adresse e-mail').fill(taken);
		await page.getByLabel('Mot de passe').fill(password);
		await page.getByRole('button', { name: 'Se connecter' }).click();
		if (ok) await expect(page).toHaveURL(`${BASE}/orgs`);
		else await expect(page.getByText('Adresse e-mail ou mot de passe incorrect.')).toBeVisible();
	}
});

test('« mot de passe oublié » from the log-in page', async ({ page }) => {
	await gotoHydrated(page, `${BASE}/login`);
	await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
	await expect(page).toHaveURL(`${BASE}/password/forgot`);
	await page.getByLabel('Adresse e-mail').fill(taken);
	await page.getByRole('button', { name: 'Recevoir un lien' }).click();
	await expect(page).toHaveURL(`${BASE}/check-inbox`);
	const text = await message(taken, /choisir un nouveau mot de passe/);
	expect(text).toMatch(/\/password\/reset\/[a-z0-9]+/);
});
