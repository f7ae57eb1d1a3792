/**
 * Scaling past one process (issue 17): two app processes behind one port (EMPREINTE_PROCESSES=2,
 * scripts/serve.js) on one database file. Both serve, and the per-IP API limit holds across them
 * because its counters are rows of the shared database. Starts its own servers on E2E_PORT + 10.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 10;
const BASE = `http://127.0.0.1:${PORT}`;
const LIMIT = 30;
let server: ChildProcess | undefined;

test.afterAll(() => {
	if (server?.pid) process.kill(server.pid, 'SIGTERM');
});

async function waitUp(url: string, ms: number) {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`${url} did not answer`);
}

test('two processes behind one port: both serve, the per-IP limit holds across them', async () => {
	test.setTimeout(180_000);
	const dir = join(process.cwd(), 'test-results', 'scaling-db');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	server = spawn(process.execPath, ['scripts/serve.js'], {
		env: {
			...process.env,
			EMPREINTE_PROCESSES: '2',
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: BASE,
			DATABASE_URL: `file:${join(dir, 'scaling.db')}`,
			EMPREINTE_API_MAX_PER_IP_PER_MINUTE: String(LIMIT)
		},
		stdio: 'inherit'
	});
	await waitUp(`${BASE}/healthz`, 120_000);

	// both processes answer on the one port (the cluster hands connections out in turn; the
	// second process starts once the first has migrated the database)
	const instances = new Set<string>();
	await expect
		.poll(
			async () => {
				const res = await fetch(`${BASE}/healthz`, { headers: { connection: 'close' } });
				instances.add((await res.json()).instance);
				return instances.size;
			},
			{ timeout: 120_000 }
		)
		.toBe(2);

	// the anonymous API limit counts requests served by either process together
	const statuses: number[] = [];
	for (let i = 0; i < LIMIT + 10; i++) {
		const res = await fetch(`${BASE}/api/places?q=lyon`, { headers: { connection: 'close' } });
		statuses.push(res.status);
	}
	expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
	expect(statuses.filter((s) => s === 429)).toHaveLength(10);
});
