/**
 * Fault test (issue 17): the server is killed with SIGKILL while it saves an audience import (one
 * transaction: the tour document, the import rows, the draft's deletion) and while it commits a
 * dates CSV (one UPDATE of the tour document); after a restart the database passes SQLite's
 * integrity check and each save is there entirely or not at all. Several rounds, each killing at
 * a different moment after the request is sent. Starts its own server on E2E_PORT + 20.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { PASSWORD, uniqueEmail } from './auth-helpers';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 20;
const BASE = `http://127.0.0.1:${PORT}`;
const DIR = join(process.cwd(), 'test-results', 'fault-db');
const DB_FILE = join(DIR, 'fault.db');
let server: ChildProcess | undefined;
let cookie = '';

function start() {
	server = spawn(process.execPath, ['scripts/serve.js'], {
		env: {
			...process.env,
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: BASE,
			DATABASE_URL: `file:${DB_FILE}`,
			EMPREINTE_SEED_DEMO: '0'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
}

async function up() {
	for (let i = 0; i < 480; i++) {
		try {
			if ((await fetch(`${BASE}/healthz`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error('server did not start');
}

async function kill() {
	const s = server!;
	const gone = new Promise((r) => s.once('exit', r));
	s.kill('SIGKILL');
	await gone;
}

test.afterAll(async () => {
	if (server && server.exitCode === null) await kill();
});

/** A form POST as a browser without JavaScript sends it; returns status and Location. */
async function post(path: string, body: FormData | URLSearchParams) {
	const res = await fetch(`${BASE}${path}`, {
		method: 'POST',
		body,
		redirect: 'manual',
		headers: { origin: BASE, accept: 'text/html', cookie }
	});
	const set = res.headers.getSetCookie?.() ?? [];
	for (const c of set) if (c.startsWith('empreinte_session=')) cookie = c.split(';')[0];
	return { status: res.status, location: res.headers.get('location') ?? '' };
}

const POSTCODES = ['34000', '31000', '81000', '12100', '66000', '30000'];
const MODES = ['Voiture', 'Train', 'Vélo', 'Bus', 'À pied'];
function survey(n: number): Blob {
	const rows = ['code_postal;mode;personnes_voiture'];
	for (let i = 0; i < n; i++) {
		const mode = MODES[i % MODES.length];
		rows.push(`${POSTCODES[(i * 7) % POSTCODES.length]};${mode};${mode === 'Voiture' ? 1 + (i % 3) : ''}`);
	}
	return new Blob([rows.join('\n') + '\n'], { type: 'text/csv' });
}

async function check(db: Client) {
	const r = await db.execute('PRAGMA integrity_check');
	expect(r.rows[0][0]).toBe('ok');
}

test('kill -9 during an audience import save and a dates commit: all or nothing, integrity kept', async () => {
	test.setTimeout(600_000);
	rmSync(DIR, { recursive: true, force: true });
	mkdirSync(DIR, { recursive: true });
	start();
	await up();

	// an account, an organisation, a production, the circus tour imported from its JSON file
	const email = uniqueEmail('fault');
	expect(
		(await post('/signup', new URLSearchParams({ displayName: 'Panne', email, password: PASSWORD }))).status
	).toBe(303);
	const org = await post('/orgs?/create', new URLSearchParams({ name: 'Compagnie Panne', kind: 'company' }));
	const slug = org.location.split('/')[2];
	const prod = await post(
		`/o/${slug}/productions?/create`,
		new URLSearchParams({ title: 'Panne', discipline: 'circus' })
	);
	expect(prod.status).toBe(303);
	const file = new FormData();
	file.set(
		'file',
		new Blob([readFileSync('examples/circus-occitanie.json')], { type: 'application/json' }),
		'c.json'
	);
	const imported = await post(`${prod.location}?/importTour`, file);
	expect(imported.status).toBe(303);
	const tourPath = imported.location;
	const tourId = tourPath.split('/').pop()!;
	// dates without a distribution yet (Albi has one in the example)
	const dateIds = ['marciac', 'lectoure', 'toulouse', 'figeac', 'millau'];

	// ——— audience import saves, killed at a different moment each round
	for (const [round, delay] of [0, 3, 8, 15, 30].entries()) {
		const dateId = dateIds[round];
		const upload = new FormData();
		upload.set('target', dateId);
		upload.set('kind', 'survey');
		upload.set('file', survey(400), `enquete-${round}.csv`);
		const staged = await post(`${tourPath}/audience/import?/upload`, upload);
		expect(staged.status, `round ${round}: staged`).toBe(303);
		const draftId = staged.location.split('/').pop()!;
		const db0 = createClient({ url: `file:${DB_FILE}` });
		const docBefore = JSON.parse(
			String(
				(await db0.execute({ sql: 'SELECT document FROM tours WHERE id = ?', args: [tourId] })).rows[0][0]
			)
		);
		db0.close();
		const audienceBefore = JSON.stringify(
			docBefore.dates.find((x: { id: string }) => x.id === dateId)?.audience ?? null
		);
		const saving = post(`${staged.location}?/save`, new FormData()).catch(() => null);
		await new Promise((r) => setTimeout(r, delay));
		await kill();
		await saving;

		const db = createClient({ url: `file:${DB_FILE}` });
		await check(db);
		const doc = JSON.parse(
			String(
				(await db.execute({ sql: 'SELECT document FROM tours WHERE id = ?', args: [tourId] })).rows[0][0]
			)
		);
		const audienceOf = (d: { dates: { id: string; audience?: unknown }[] }) =>
			JSON.stringify(d.dates.find((x) => x.id === dateId)?.audience ?? null);
		const hasDistribution = audienceOf(doc) !== audienceBefore && audienceOf(doc).includes('distribution');
		const imports = Number(
			(
				await db.execute({
					sql: 'SELECT count(*) FROM audience_imports WHERE tour_id = ? AND date_id = ?',
					args: [tourId, dateId]
				})
			).rows[0][0]
		);
		const drafts = Number(
			(await db.execute({ sql: 'SELECT count(*) FROM audience_drafts WHERE id = ?', args: [draftId] }))
				.rows[0][0]
		);
		db.close();
		// all of it (distribution saved, import recorded, draft gone) or none of it
		const state = [hasDistribution, imports === 1, drafts === 0];
		expect(state.every(Boolean) || state.every((x) => !x), `round ${round}: ${state}`).toBe(true);
		start();
		await up();
	}

	// ——— dates commits (replace all dates by 600 new ones), killed at a different moment each round
	const rows = Array.from({ length: 600 }, (_, i) => ({
		venue: { name: `Salle ${i}`, place: 'fr:31555' },
		start: new Date(Date.UTC(2027, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
		performances: 1
	}));
	for (const [round, delay] of [0, 5, 12, 25].entries()) {
		const db0 = createClient({ url: `file:${DB_FILE}` });
		const before = JSON.parse(
			String(
				(await db0.execute({ sql: 'SELECT document FROM tours WHERE id = ?', args: [tourId] })).rows[0][0]
			)
		).dates.length;
		db0.close();
		const body = new FormData();
		body.set('mode', 'replace');
		body.set(
			'rows',
			JSON.stringify(rows.map((r) => ({ ...r, venue: { ...r.venue, name: `${r.venue.name} (${round})` } })))
		);
		const saving = post(`${tourPath}/dates?/commit`, body).catch(() => null);
		await new Promise((r) => setTimeout(r, delay));
		await kill();
		await saving;
		const db = createClient({ url: `file:${DB_FILE}` });
		await check(db);
		const doc = JSON.parse(
			String(
				(await db.execute({ sql: 'SELECT document FROM tours WHERE id = ?', args: [tourId] })).rows[0][0]
			)
		);
		db.close();
		const names = new Set(
			doc.dates.map((d: { venue: { name: string } }) => d.venue.name.replace(/^Salle \d+ /, ''))
		);
		// the old dates untouched, or exactly the 600 new ones of this round: never a mix
		const allNew = doc.dates.length === 600 && names.size === 1 && names.has(`(${round})`);
		const untouched = doc.dates.length === before && !names.has(`(${round})`);
		expect(allNew || untouched, `round ${round}: ${doc.dates.length} dates, ${[...names].slice(0, 3)}`).toBe(
			true
		);
		start();
		await up();
	}
});
