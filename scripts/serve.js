// Serves the production build (build/index.js), in one process or — EMPREINTE_PROCESSES=N — in N
// processes behind one port (node:cluster: the primary accepts the connections and hands them to
// the workers in turn). All processes share the one database: rate-limit counters and sessions
// live there, so limits hold across them (README, "Several processes").
//
// The first process starts alone (it migrates the database and seeds the demo), the others once
// it listens, so that two processes never migrate at the same time. A process that dies is
// replaced. Used by scripts/start.js; `node scripts/serve.js` serves an existing build as it is.
import cluster from 'node:cluster';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareServerEnv, root } from './lib.js';

/** @param {Record<string, string | undefined>} env */
export function processCount(env = process.env) {
	const raw = env.EMPREINTE_PROCESSES?.trim() || '1';
	if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 64) {
		throw new Error(`EMPREINTE_PROCESSES must be a whole number from 1 to 64 (got "${raw}")`);
	}
	return Number(raw);
}

export async function serve() {
	const n = processCount();
	const entry = pathToFileURL(join(root, 'build', 'index.js')).href;
	if (n === 1 || cluster.isWorker) {
		await import(entry);
		return;
	}
	console.log(`[empreinte] ${n} processes on port ${process.env.PORT}`);
	let stopping = false;
	const fork = () => {
		const w = cluster.fork();
		w.on('exit', (code, signal) => {
			if (stopping) return;
			console.error(`[empreinte] process ${w.process.pid} ended (${signal ?? code}); starting another`);
			fork();
		});
		return w;
	};
	const first = fork();
	await new Promise((resolve) => first.once('listening', resolve));
	for (let i = 1; i < n; i++) fork();
	for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
		process.on(sig, () => {
			stopping = true;
			for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
			process.exit(0);
		});
	}
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
	const problem = prepareServerEnv();
	if (problem) {
		console.error(`[empreinte] cannot start: ${problem}`);
		process.exit(1);
	}
	process.chdir(root);
	await serve();
}
