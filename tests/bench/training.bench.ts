/**
 * A training session under load, over HTTP against the production build: one trainer's session
 * with 30 learners (one copy each: the heaviest board, 30 teams to read), each learner saving an
 * input (rooms per night on the stay tab, a full tour save and recomputation) every few seconds,
 * and the trainer's board polled as the page polls it (its load, `__data.json`, every 3 s).
 *
 * Bounded: 30 learners × SAVES_PER_LEARNER saves, spaced SAVE_EVERY_MS apart with a random offset,
 * so the run lasts about SAVES_PER_LEARNER × SAVE_EVERY_MS. Reported: median and p95 of the saves
 * and of the board polls, and how far behind the board was at the end (its newest team edit vs
 * the last save, must be within one poll). Durations are reported, never asserted (tests/e2e
 * checks behaviour).
 *
 * It starts its own server (node build/index.js, a throw-away database in a temporary folder) on
 * BENCH_PORT (default 4198); it needs `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unflatten } from 'devalue';

export interface BenchResult {
	name: string;
	median_ms: number;
	runs: number;
	note?: string;
}

// BENCH_LEARNERS overrides, e.g. 1 to see a save's cost without contention
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 30);
const SAVES_PER_LEARNER = 8;
const SAVE_EVERY_MS = 3000;
const BOARD_EVERY_MS = 3000;
const PORT = Number(process.env.BENCH_PORT ?? 4198);
const BASE = `http://localhost:${PORT}`;
const PASSWORD = 'correct horse battery staple';

function quantile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A browser without JavaScript, reduced to its cookie jar. */
class Client {
	cookie = '';
	async req(path: string, init: { method?: string; form?: Record<string, string> } = {}) {
		const res = await fetch(BASE + path, {
			method: init.method ?? 'GET',
			redirect: 'manual',
			headers: {
				origin: BASE,
				accept: 'text/html',
				cookie: this.cookie,
				...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
			},
			body: init.form ? new URLSearchParams(init.form).toString() : undefined
		});
		const set = res.headers.getSetCookie().find((c) => c.startsWith('empreinte_session='));
		if (set) this.cookie = set.split(';')[0];
		return { status: res.status, location: res.headers.get('location') ?? '', text: await res.text() };
	}
}

async function waitForServer(): Promise<void> {
	for (let i = 0; i < 120; i++) {
		try {
			if ((await fetch(`${BASE}/healthz`)).ok) return;
		} catch {
			// not up yet
		}
		await sleep(500);
	}
	throw new Error(`the server did not answer on ${BASE}/healthz`);
}

export async function bench(): Promise<BenchResult[]> {
	const dir = mkdtempSync(join(tmpdir(), 'empreinte-bench-training-'));
	const server = spawn('node', ['build/index.js'], {
		stdio: 'ignore',
		env: {
			...process.env,
			DATABASE_URL: `file:${join(dir, 'bench.db')}`,
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: BASE,
			EMPREINTE_SEED_DEMO: '0',
			EMPREINTE_SIGNUP_MAX_PER_IP: '10000'
		}
	});
	try {
		await waitForServer();
		const trainer = new Client();
		const signup = await trainer.req('/signup', {
			method: 'POST',
			form: { displayName: 'Formatrice', email: `bench-${Date.now()}@example.org`, password: PASSWORD }
		});
		if (signup.status !== 303) throw new Error(`sign-up failed: ${signup.status}`);
		const created = await trainer.req('/training?/create', {
			method: 'POST',
			form: {
				title: 'Bench',
				cases: 'theatre-camion',
				startMode: 'baseline',
				identity: 'none',
				grouping: 'seats',
				teamCount: '1',
				sessionDate: new Date().toISOString().slice(0, 10),
				retentionDays: '1'
			}
		});
		const boardPath = created.location;
		if (!/^\/training\/[0-9a-f-]{36}$/.test(boardPath))
			throw new Error(`session not created: ${created.status}`);
		const code = (await trainer.req(boardPath)).text.match(/data-testid="join-code">([a-z-]+)</)?.[1];
		if (!code) throw new Error('no join code on the board');

		const learners: { client: Client; stay: string }[] = [];
		for (let i = 0; i < LEARNERS; i++) {
			const client = new Client();
			const j = await client.req('/join', { method: 'POST', form: { code } });
			if (j.status !== 303) throw new Error(`join failed: ${j.status}`);
			const tour = (await client.req('/learn')).text.match(
				/href="(\/o\/formation-[0-9a-f-]+\/tours\/[0-9a-f-]+)"/
			)?.[1];
			if (!tour) throw new Error('no tour link on the learner home');
			learners.push({ client, stay: `${tour}/stay?/save` });
		}

		const saves: number[] = [];
		const polls: number[] = [];
		let failures = 0;
		let lastSave = 0;
		let running = true;
		const board = (async () => {
			while (running) {
				const t = performance.now();
				const r = await trainer.req(`${boardPath}/__data.json?x-sveltekit-invalidated=01`);
				polls.push(performance.now() - t);
				if (r.status !== 200) failures++;
				await sleep(BOARD_EVERY_MS);
			}
		})();
		await Promise.all(
			learners.map(async (l, i) => {
				await sleep(Math.random() * SAVE_EVERY_MS);
				for (let k = 0; k < SAVES_PER_LEARNER; k++) {
					const t = performance.now();
					const r = await l.client.req(l.stay, {
						method: 'POST',
						form: {
							roomsPerNight: String(4 + ((i + k) % 5)),
							roomsQuality: 'estimated',
							mealsPerPersonPerDay: '2',
							mealType: 'average',
							mealsQuality: 'estimated'
						}
					});
					saves.push(performance.now() - t);
					lastSave = Date.now();
					if (r.status !== 200 && r.status !== 303) failures++;
					await sleep(SAVE_EVERY_MS * (0.8 + Math.random() * 0.4));
				}
			})
		);
		running = false;
		await board;
		// how current the board is: one more poll, as the page would make within 3 s
		const final = await trainer.req(`${boardPath}/__data.json?x-sveltekit-invalidated=01`);
		const node = (JSON.parse(final.text) as { nodes: ({ data?: unknown[] } | null)[] }).nodes.at(-1);
		const page = unflatten(node!.data as never) as { teams: { updatedAt: Date | null }[] };
		const newest = Math.max(...page.teams.map((t) => t.updatedAt?.getTime() ?? 0));
		const lagMs = Math.max(0, lastSave - newest);
		const note = (xs: number[]) =>
			`p95 ${quantile(xs, 0.95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms; ${LEARNERS} learners, ${failures} failed request(s)`;
		return [
			{
				name: 'training.learner-save',
				median_ms: quantile(saves, 0.5),
				runs: saves.length,
				note: note(saves)
			},
			{
				name: 'training.board-poll',
				median_ms: quantile(polls, 0.5),
				runs: polls.length,
				note: `${note(polls)}; board behind the last save by ${lagMs} ms at the end`
			}
		];
	} finally {
		server.kill('SIGTERM');
		rmSync(dir, { recursive: true, force: true });
	}
}
