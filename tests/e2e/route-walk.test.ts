/**
 * The isolation promise, checked on EVERY route and endpoint of the app: the list is read from the
 * files under src/routes when the test runs, so a new route is walked without anyone editing this
 * file. Each one is called as an outsider (logged in, member of another organisation) and as an
 * anonymous visitor, with [org] = a real victim organisation's slug and made-up ids for the other
 * parameters:
 *
 * - under /o/[org]: 404 for the outsider, a redirect to /login for the anonymous visitor — for
 *   page GETs, every named form action (POST) and every method of every +server.ts;
 * - elsewhere: only routes on the explicit allow-lists below (public, or the caller's own data),
 *   each with its reason; an unlisted route fails the test until someone decides which it is;
 * - everywhere: the response never contains the victim's organisation name, e-mail or name, and
 *   never fails with a 5xx.
 *
 * The demo organisation (/o/demo/**) is then walked anonymously: readable, never writable.
 */
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOrgRequest, signUpRequest } from './auth-helpers';

const ROUTES_DIR = fileURLToPath(new URL('../../src/routes', import.meta.url));
const MADE_UP_ID = '00000000-0000-4000-8000-00000000beef';

/** Public: no organisation data behind them. Each with the reason it may answer anyone. */
const PUBLIC: { route: RegExp; reason: string }[] = [
	{ route: /^\/$/, reason: 'home page: static presentation' },
	{ route: /^\/factors(\/|$)/, reason: 'public factor explorer: published emission factors only' },
	{ route: /^\/api\/places$/, reason: 'gazetteer search over open place data (GeoNames, INSEE)' },
	{
		route: /^\/api\/compute$/,
		reason: 'stateless computation of the tour in the request body; reads no stored tour'
	},
	{ route: /^\/healthz$/, reason: 'liveness: database up, version, migration level' },
	{ route: /^\/login$/, reason: 'log-in form' },
	{ route: /^\/signup$/, reason: 'sign-up form' },
	{ route: /^\/check-inbox$/, reason: '« check your inbox »: a fixed message, the same for everyone' },
	{
		route: /^\/signup\/confirm\/\[code\]$/,
		reason: 'a sign-up confirmation link, acting only for the holder of its unguessable code (SHA-256 stored)'
	},
	{
		route: /^\/password\/forgot$/,
		reason: 'asks for a reset link; the same answer for any address (404 with mail off)'
	},
	{
		route: /^\/password\/reset\/\[code\]$/,
		reason:
			'a password-reset link, acting only for the holder of its unguessable code; a made-up code shows “expired”'
	},
	{ route: /^\/demo$/, reason: 'redirect to the public demo organisation' },
	{ route: /^\/lang$/, reason: 'sets the language cookie' },
	{ route: /^\/estimate$/, reason: 'quick estimate form: anyone may estimate a tour without an account' },
	{
		route: /^\/estimate\/\[code\](\/tour\.json)?$/,
		reason:
			'an anonymous estimate, opened only by its unguessable code (SHA-256 stored); a made-up code is 404; keeping it needs a session and an organisation of the caller'
	},
	{
		route: /^\/rider\/\[code\]$/,
		reason:
			'a host venue’s page for one date’s green rider, opened only by its unguessable, revocable code; a made-up code is 404; nothing else of the company is reachable'
	},
	{
		route: /^\/join$/,
		reason: 'training: joining by code makes a guest learner of that session only; a wrong code joins nothing'
	},
	{ route: /^\/method(\/|$)/, reason: 'method pages: published formulas and factors only' },
	{
		route: /^\/observatory$/,
		reason:
			'open observatory: disclosure-controlled aggregates of contributed tours only (≥ 3 structures, 85 %)'
	},
	{
		route: /^\/api\/observatory$/,
		reason: 'the open observatory’s aggregates as JSON, same disclosure rules'
	},
	{
		route: /^\/api\/observatory\/schema(\/\[resource\])?$/,
		reason: 'the Table Schemas of the release files: static descriptions of columns, no data'
	},
	{
		route: /^\/observatory\/releases\/\[release\]\/\[file\]$/,
		reason: 'published open-data release files (aggregates only, never records); a made-up id is 404'
	}
];

/** Logged-in pages about the caller only (never scoped by a URL parameter to someone else). */
const OWN_DATA: { route: RegExp; reason: string }[] = [
	{ route: /^\/orgs$/, reason: 'lists the caller’s own memberships; creates an org owned by the caller' },
	{ route: /^\/account$/, reason: 'the caller’s own account' },
	{ route: /^\/logout$/, reason: 'ends the caller’s own session' },
	{ route: /^\/invite$/, reason: 'redirects a typed code to /invite/[code]' },
	{
		route: /^\/invite\/\[code\]$/,
		reason: 'shows an invitation only to the holder of a valid code; a made-up code shows “invalid”'
	},
	{
		route: /^\/training$/,
		reason: 'the caller’s own training sessions and cases; creates a session owned by the caller'
	},
	{
		route: /^\/training\/\[session\](\/|$)/,
		reason: 'a training session, looked up by id AND owner: anyone else gets 404 (checked below)'
	},
	{ route: /^\/learn$/, reason: 'the caller’s own learner home; a real account gets 404' },
	{
		route: /^\/networks\/join\/\[code\]$/,
		reason:
			'a network’s invitation link: names the network only to the holder of a valid code; joins one of the caller’s own organisations'
	}
];

/**
 * Instance owners only (EMPREINTE_ADMIN_EMAILS, src/lib/server/admin.ts): an anonymous visitor is
 * sent to log in, anyone else gets 404 — like an organisation that is not theirs.
 */
const INSTANCE_OWNER: { route: RegExp; reason: string }[] = [
	{
		route: /^\/admin\/observatory$/,
		reason: 'builds an open-observatory release (same code path as the CLI); guarded by requireInstanceOwner'
	}
];

const ORG_SCOPED = /^\/o\/\[org\](\/|$)/;

interface Endpoint {
	/** route id, e.g. /o/[org]/members */
	route: string;
	method: string;
	/** named form action, or 'default' */
	action?: string;
	file: string;
}

function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) yield* files(p);
		else yield p;
	}
}

/** The top-level keys of `export const actions = { … }`, read from the source. */
function actionNames(source: string): string[] {
	const start = source.search(/export\s+const\s+actions\b/);
	if (start < 0) return [];
	const code = source.slice(start).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
	const open = code.indexOf('{');
	let depth = 0;
	let top = '';
	for (let i = open; i < code.length; i++) {
		const c = code[i];
		if ('{(['.includes(c)) depth++;
		if ('})]'.includes(c)) depth--;
		if (depth === 0) break;
		// keep only what is at the object's own level: keys, and the commas between entries
		if (depth === 1 && i > open) top += c;
		else if (depth === 2 && '{(['.includes(c)) top += c;
	}
	const names = new Set<string>();
	for (const piece of top.split(',')) {
		const m = piece.match(/^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*(?::|\(|$)/);
		if (m) names.add(m[1]);
	}
	return names.size > 0 ? [...names] : ['default'];
}

function serverMethods(source: string): string[] {
	const methods = new Set<string>();
	for (const m of source.matchAll(
		/export\s+(?:const|let|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD|fallback)\b/g
	))
		methods.add(m[1]);
	for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
		for (const part of m[1].split(','))
			for (const name of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'fallback'])
				if (new RegExp(`\\bas\\s+${name}\\b|^\\s*${name}\\s*$`).test(part)) methods.add(name);
	return [...methods].map((m) => (m === 'fallback' ? 'PATCH' : m));
}

function enumerate(): Endpoint[] {
	const out: Endpoint[] = [];
	for (const file of files(ROUTES_DIR)) {
		const rel = file.slice(ROUTES_DIR.length).split('\\').join('/');
		const dir = rel.slice(0, rel.lastIndexOf('/'));
		const name = rel.slice(rel.lastIndexOf('/') + 1);
		// route groups "(name)" do not appear in URLs
		const route = dir.replace(/\/\([^)]+\)/g, '') || '/';
		if (/^\+page\.(svelte|ts|js|server\.ts|server\.js)$/.test(name)) {
			// one GET per page, however many of its files exist
			if (!out.some((e) => e.route === route && e.method === 'GET' && !e.action && e.file.includes('+page')))
				out.push({ route, method: 'GET', file: rel });
			if (name.startsWith('+page.server.'))
				for (const action of actionNames(readFileSync(file, 'utf8')))
					out.push({ route, method: 'POST', action, file: rel });
		} else if (/^\+server\.(ts|js)$/.test(name)) {
			for (const method of serverMethods(readFileSync(file, 'utf8'))) out.push({ route, method, file: rel });
		}
	}
	return out;
}

/** Real slug for [org], made-up values for every other parameter; optional parameters dropped. */
function fill(route: string, org: string): string {
	const path = route
		.replace(/\[\[[^\]]+\]\]/g, '')
		.replace(/\[\.\.\.[^\]]+\]/g, 'made/up')
		.replace(/\[([^\]=]+)(=[^\]]+)?\]/g, (_m, name: string) => (name === 'org' ? org : MADE_UP_ID))
		.replace(/\/{2,}/g, '/');
	return path.length > 1 ? path.replace(/\/$/, '') : path;
}

function url(e: Endpoint, org: string): string {
	const path = fill(e.route, org);
	if (e.method === 'POST' && e.action && e.action !== 'default') return `${path}?/${e.action}`;
	return path;
}

function classify(route: string): 'org' | 'admin' | 'public' | 'own' | 'unlisted' {
	if (ORG_SCOPED.test(route)) return 'org';
	if (INSTANCE_OWNER.some((p) => p.route.test(route))) return 'admin';
	if (PUBLIC.some((p) => p.route.test(route))) return 'public';
	if (OWN_DATA.some((p) => p.route.test(route))) return 'own';
	return 'unlisted';
}

const FORM = { id: MADE_UP_ID, userId: MADE_UP_ID, name: 'walked', role: 'owner', confirmSlug: 'x' };

async function call(
	ctx: APIRequestContext,
	origin: string,
	e: Endpoint,
	org: string,
	mode: 'html' | 'json' = 'html'
) {
	const headers: Record<string, string> =
		mode === 'html'
			? { origin, accept: 'text/html' }
			: { origin, accept: 'application/json', 'x-sveltekit-action': 'true' };
	const withBody = e.method !== 'GET' && e.method !== 'HEAD' && e.method !== 'OPTIONS';
	const res = await ctx.fetch(url(e, org), {
		method: e.method,
		headers,
		form: withBody && e.action ? FORM : undefined,
		data: withBody && !e.action ? {} : undefined,
		maxRedirects: 0,
		failOnStatusCode: false
	});
	return { status: res.status(), location: res.headers()['location'] ?? '', body: await res.text() };
}

function isLoginRedirect(r: { status: number; location: string }, origin: string): boolean {
	return r.status >= 300 && r.status < 400 && new URL(r.location, origin).pathname === '/login';
}

const endpoints = enumerate();

let victim: { slug: string; orgName: string; email: string; name: string };
let outsider: APIRequestContext;
let anonymous: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
	const origin = baseURL!;
	const v = await playwrightRequest.newContext({ baseURL: origin });
	const stamp = Date.now().toString(36);
	const name = `Victime${stamp}`;
	const person = await signUpRequest(v, origin, name);
	const orgName = `Compagnie Secrète ${stamp}`;
	const slug = await createOrgRequest(v, origin, orgName);
	victim = { slug, orgName, email: person.email, name };
	await v.dispose();

	outsider = await playwrightRequest.newContext({ baseURL: origin });
	await signUpRequest(outsider, origin, 'Curieuse');
	await createOrgRequest(outsider, origin, `Compagnie Curieuse ${stamp}`);
	anonymous = await playwrightRequest.newContext({ baseURL: origin });
});

test.afterAll(async () => {
	await outsider?.dispose();
	await anonymous?.dispose();
});

function expectNoVictimData(body: string, what: string) {
	for (const marker of [victim.orgName, victim.email, victim.name]) {
		expect(body.includes(marker), `${what} leaks "${marker}"`).toBe(false);
	}
}

test('the walk covers the routes it should (sanity of the enumeration)', () => {
	const seen = endpoints.map((e) => `${e.method} ${e.route}${e.action ? ` ?/${e.action}` : ''}`);
	expect(seen).toContain('GET /o/[org]');
	expect(seen).toContain('POST /o/[org]/settings ?/rename');
	expect(seen).toContain('POST /o/[org]/members ?/invite');
	expect(seen).toContain('GET /healthz');
	expect(endpoints.length).toBeGreaterThan(20);
});

test('every route is classified: organisation-scoped, public, or the caller’s own data', () => {
	const unlisted = [
		...new Set(endpoints.filter((e) => classify(e.route) === 'unlisted').map((e) => e.route))
	];
	expect(
		unlisted,
		'new route(s) outside /o/[org]: add them to PUBLIC or OWN_DATA in this file with a reason'
	).toEqual([]);
});

test('an outsider gets 404 on every organisation route, and no victim data anywhere', async ({ baseURL }) => {
	const origin = baseURL!;
	const problems: string[] = [];
	for (const e of endpoints) {
		// would end the outsider's own session halfway through the walk (log-out: see auth.test.ts)
		if (e.route === '/logout' && e.method === 'POST') continue;
		const what = `outsider ${e.method} ${url(e, victim.slug)}`;
		const r = await call(outsider, origin, e, victim.slug);
		expectNoVictimData(r.body, what);
		if (r.status >= 500) problems.push(`${what} → ${r.status}`);
		if (['org', 'admin'].includes(classify(e.route)) && r.status !== 404)
			problems.push(`${what} → ${r.status} ${r.location}`);
		if (e.action && ['org', 'admin'].includes(classify(e.route))) {
			// the same action as use:enhance sends it
			const j = await call(outsider, origin, e, victim.slug, 'json');
			expectNoVictimData(j.body, `${what} (enhanced)`);
			if (j.status !== 404) problems.push(`${what} (enhanced) → ${j.status} ${j.body.slice(0, 120)}`);
		}
	}
	expect(problems).toEqual([]);
});

test('an anonymous visitor is sent to log in on every organisation route', async ({ baseURL }) => {
	const origin = baseURL!;
	const problems: string[] = [];
	for (const e of endpoints) {
		const what = `anonymous ${e.method} ${url(e, victim.slug)}`;
		const r = await call(anonymous, origin, e, victim.slug);
		expectNoVictimData(r.body, what);
		if (r.status >= 500) problems.push(`${what} → ${r.status}`);
		if (['org', 'admin'].includes(classify(e.route)) && !isLoginRedirect(r, origin))
			problems.push(`${what} → ${r.status} ${r.location}`);
		if (classify(e.route) === 'own' && e.method === 'GET' && !isLoginRedirect(r, origin) && r.status !== 303)
			problems.push(`${what} → ${r.status} (own-data page without log-in)`);
	}
	expect(problems).toEqual([]);
});

test('a made-up organisation answers exactly like a real one that is not yours', async ({ baseURL }) => {
	const origin = baseURL!;
	for (const e of endpoints.filter((x) => classify(x.route) === 'org')) {
		const real = await call(outsider, origin, e, victim.slug);
		const fake = await call(outsider, origin, e, 'no-such-organisation');
		expect(fake.status, `${e.method} ${e.route}`).toBe(real.status);
	}
});

test('the demo organisation is readable by anyone and writable by no one', async ({ baseURL }) => {
	const origin = baseURL!;
	const before = await anonymous.get('/o/demo');
	expect(before.status()).toBe(200);
	const demoName = (await before.text()).match(/<h1>([^<]+)<\/h1>/)?.[1];
	expect(demoName).toBeTruthy();

	const problems: string[] = [];
	for (const e of endpoints.filter((x) => classify(x.route) === 'org')) {
		for (const [who, ctx] of [
			['anonymous', anonymous],
			['outsider', outsider]
		] as const) {
			const r = await call(ctx, origin, e, 'demo');
			const what = `${who} ${e.method} ${url(e, 'demo')}`;
			if (r.status >= 500) problems.push(`${what} → ${r.status}`);
			if (e.method === 'GET') {
				// readable, or 403 for owners' pages, or 404 for a made-up id / the member list
				if (![200, 403, 404].includes(r.status)) problems.push(`${what} → ${r.status} ${r.location}`);
			} else if (![403, 404].includes(r.status) && !isLoginRedirect(r, origin)) {
				problems.push(`${what} → ${r.status} ${r.location} (a write was not refused)`);
			}
		}
	}
	expect(problems).toEqual([]);
	const after = await anonymous.get('/o/demo');
	expect((await after.text()).match(/<h1>([^<]+)<\/h1>/)?.[1]).toBe(demoName);
});

test('the allow-lists say why each public or own-data route may answer', () => {
	for (const entry of [...PUBLIC, ...OWN_DATA, ...INSTANCE_OWNER])
		expect(entry.reason.length).toBeGreaterThan(10);
	// and nothing under /o/ is allow-listed
	for (const entry of [...PUBLIC, ...OWN_DATA]) expect(entry.route.test('/o/[org]')).toBe(false);
	expect(existsSync(ROUTES_DIR)).toBe(true);
});

test('a training session answers its trainer only: 404 for anyone else, log-in for a visitor', async ({
	baseURL
}) => {
	const origin = baseURL!;
	const trainer = await playwrightRequest.newContext({ baseURL: origin });
	await signUpRequest(trainer, origin, 'Formatrice');
	const created = await trainer.post('/training?/create', {
		headers: { origin, accept: 'text/html' },
		form: {
			title: `Session secrète ${Date.now().toString(36)}`,
			cases: 'jeune-public',
			startMode: 'baseline',
			identity: 'none',
			grouping: 'teams',
			teamCount: '1',
			sessionDate: new Date().toISOString().slice(0, 10),
			retentionDays: '30'
		},
		maxRedirects: 0
	});
	const sessionId = (created.headers()['location'] ?? '').match(/\/training\/([0-9a-f-]{36})/)?.[1];
	expect(sessionId, `session created (${created.status()})`).toBeTruthy();
	const problems: string[] = [];
	for (const e of endpoints.filter((x) => x.route.startsWith('/training/[session]'))) {
		const path = e.route.replace('[session]', sessionId!);
		const u = e.method === 'POST' && e.action && e.action !== 'default' ? `${path}?/${e.action}` : path;
		for (const [who, ctx] of [
			['outsider', outsider],
			['anonymous', anonymous]
		] as const) {
			const r = await ctx.fetch(u, {
				method: e.method,
				headers: { origin, accept: 'text/html' },
				form: e.method === 'POST' ? { learnerId: MADE_UP_ID, confirm: 'x', round: '1' } : undefined,
				maxRedirects: 0,
				failOnStatusCode: false
			});
			const ok =
				who === 'outsider'
					? r.status() === 404
					: isLoginRedirect({ status: r.status(), location: r.headers()['location'] ?? '' }, origin);
			if (!ok) problems.push(`${who} ${e.method} ${u} → ${r.status()}`);
		}
	}
	expect(problems).toEqual([]);
	// still there, untouched, for its trainer
	expect((await trainer.get(`/training/${sessionId}`)).status()).toBe(200);
	await trainer.dispose();
});
