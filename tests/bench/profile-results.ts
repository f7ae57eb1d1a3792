/**
 * Profiling aid for the results page (issue #21), not a bench: starts the build under
 * `node --cpu-prof` on a throw-away database (BENCH_PORT + 1), makes the logged-in 14- and 100-date
 * tours of load.bench.ts, hits the 100-date page (PROFILE_DATES=14: the 14-date one) PROFILE_REQUESTS times from PROFILE_CONNECTIONS
 * connections, stops the server and leaves the .cpuprofile files in PROFILE_DIR
 * (summarise them with tests/bench/cpuprofile-summary.mjs).
 * Run: `BENCH_PORT=5313 npx tsx tests/bench/profile-results.ts`
 * PROFILE_CPU=0: no profiler, only the server's CPU time per request (then PROFILE_NODE_FLAGS, e.g.
 * `--trace-gc`, are passed to the server, and PROFILE_STDOUT names a file for its output);
 * PROFILE_BUILD: another build directory (an older commit's, to compare the two alternately).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fourteenDateTour, hundredDateTour, sessionCookie, waitForServer } from './load.bench';

const PORT = Number(process.env.BENCH_PORT ?? 4199) + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 2000);
const CONNECTIONS = Number(process.env.PROFILE_CONNECTIONS ?? 10);
const OUT = process.env.PROFILE_DIR ?? join(tmpdir(), 'empreinte-profile');

const dir = mkdtempSync(join(tmpdir(), 'empreinte-prof-'));
// PROFILE_CPU=0: no profiler, only the server's CPU time per request (from /proc, whatever the machine's load)
const flags =
	process.env.PROFILE_CPU === '0'
		? (process.env.PROFILE_NODE_FLAGS ?? '').split(' ').filter(Boolean)
		: ['--cpu-prof', `--cpu-prof-dir=${OUT}`];
const spawnedAt = performance.now();
const server = spawn(process.execPath, [...flags, `${process.env.PROFILE_BUILD ?? 'build'}/index.js`], {
	env: {
		...process.env,
		PORT: String(PORT),
		HOST: '127.0.0.1',
		ORIGIN: BASE,
		DATABASE_URL: `file:${join(dir, 'prof.db')}`,
		EMPREINTE_API_MAX_PER_IP_PER_MINUTE: '1000000',
		EMPREINTE_SIGNUP_MAX_PER_IP: '1000'
	},
	stdio: [
		'ignore',
		process.env.PROFILE_STDOUT ? openSync(process.env.PROFILE_STDOUT, 'w') : 'ignore',
		'inherit'
	]
});
try {
	await waitForServer();
	const { url: short, production } = await fourteenDateTour();
	// PROFILE_DATES=14: the 14-date tour's page instead of the 100-date one
	const url = process.env.PROFILE_DATES === '14' ? short : await hundredDateTour(production);
	const cookie = sessionCookie();
	const first = await fetch(`${BASE}${url}`, { headers: { cookie } });
	console.log(`${url}: ${first.status}, ${(await first.arrayBuffer()).byteLength} bytes`);
	/** user + system CPU time of the server process (all its threads), in ms */
	const cpuMs = () => {
		const f = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
	};
	const cpu0 = cpuMs();
	// pass it to cpuprofile-summary.mjs as SKIP_MS to leave out start-up and the tours' creation
	console.log(`requests start ${Math.round(performance.now() - spawnedAt)} ms after the server's spawn`);
	let issued = 0;
	const t = performance.now();
	await Promise.all(
		Array.from({ length: CONNECTIONS }, async () => {
			while (issued++ < REQUESTS) await (await fetch(`${BASE}${url}`, { headers: { cookie } })).arrayBuffer();
		})
	);
	const s = (performance.now() - t) / 1000;
	const perRequest = (cpuMs() - cpu0) / REQUESTS;
	console.log(
		`${REQUESTS} requests in ${s.toFixed(1)} s (${(REQUESTS / s).toFixed(1)} req/s), server CPU ${perRequest.toFixed(1)} ms/request`
	);
} finally {
	const exited = new Promise((r) => server.once('exit', r));
	server.kill('SIGINT');
	await exited;
	rmSync(dir, { recursive: true, force: true });
}
