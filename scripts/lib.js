// Shared by scripts/start.js, scripts/test-all.js and scripts/e2e-server.js: install dependencies
// and build the app only when they are missing or stale, so the README's two commands are also
// fast the second time. Plain Node (no dependencies): it runs before `npm ci`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [opts]
 */
export function run(cmd, args, opts = {}) {
	const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
	if (r.error) throw r.error;
	return r.status ?? 1;
}

/** @param {string} file */
function sha(file) {
	return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** `npm ci` when node_modules is missing or was installed from another package-lock.json. */
export function ensureDeps() {
	const stamp = join(root, 'node_modules', '.empreinte-lock.sha256');
	const want = sha(join(root, 'package-lock.json'));
	if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === want) return;
	console.log('[empreinte] installing dependencies (npm ci)…');
	const code = run('npm', ['ci', '--no-audit', '--no-fund']);
	if (code !== 0) {
		console.error('[empreinte] npm ci failed');
		process.exit(code);
	}
	writeFileSync(stamp, want + '\n');
}

/**
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
	if (!existsSync(path)) return 0;
	const s = statSync(path);
	if (!s.isDirectory()) return s.mtimeMs;
	let m = s.mtimeMs;
	for (const e of readdirSync(path)) m = Math.max(m, newest(join(path, e)));
	return m;
}

const BUILD_INPUTS = [
	'src',
	'static',
	'emission-factors',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];

/** `vite build` when build/ is missing or older than any of its inputs. */
export function ensureBuild() {
	const stamp = join(root, 'build', '.built-at');
	const built = existsSync(stamp) ? Number(readFileSync(stamp, 'utf8')) : 0;
	const inputs = Math.max(...BUILD_INPUTS.map((p) => newest(join(root, p))));
	if (built > inputs && existsSync(join(root, 'build', 'index.js'))) return ensureCliBuild();
	console.log('[empreinte] building the app (vite build)…');
	const started = Date.now();
	const code = run('npx', ['vite', 'build', '--logLevel', 'warn']);
	if (code !== 0) {
		console.error('[empreinte] build failed');
		process.exit(code);
	}
	writeFileSync(stamp, String(Date.now()));
	console.log(`[empreinte] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	ensureCliBuild();
}

/**
 * The pre-built command line (scripts/build-cli.js → dist/cli/) when it is missing or older than a
 * file it was made from; bin/empreinte.js would otherwise fall back to the slower tsx path.
 */
export function ensureCliBuild() {
	const list = join(root, 'dist', 'cli', 'inputs.json');
	if (existsSync(list)) {
		try {
			const { builtAt, inputs } = JSON.parse(readFileSync(list, 'utf8'));
			if (inputs.every((/** @type {string} */ p) => statSync(join(root, p)).mtimeMs <= builtAt)) return;
		} catch {
			// unreadable or an input gone: rebuild
		}
	}
	if (run(process.execPath, [join(root, 'scripts', 'build-cli.js')]) !== 0)
		console.error('[empreinte] the CLI bundle failed: `npx empreinte` runs from the sources (slower)');
}

/**
 * Validates PORT, HOST and ORIGIN and fills the defaults adapter-node needs. Returns an error
 * line naming the variable, or null.
 */
/** @param {Record<string, string | undefined>} [env] */
export function prepareServerEnv(env = process.env) {
	const port = env.PORT ?? '3000';
	if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
		return `PORT must be a number between 1 and 65535 (got "${port}")`;
	}
	env.PORT = port;
	const host = env.HOST ?? '0.0.0.0';
	if (!/^[\w.:-]+$/.test(host)) return `HOST must be a host name or IP address (got "${host}")`;
	env.HOST = host;
	if (env.ORIGIN) {
		let u;
		try {
			u = new URL(env.ORIGIN);
		} catch {
			return `ORIGIN must be a URL such as https://empreinte.example.org (got "${env.ORIGIN}")`;
		}
		if (!['http:', 'https:'].includes(u.protocol) || u.pathname !== '/' || u.search) {
			return `ORIGIN must be a bare http(s) origin, no path (got "${env.ORIGIN}")`;
		}
		env.ORIGIN = u.origin;
	} else {
		// adapter-node refuses form POSTs (CSRF check) unless it knows the public origin.
		env.ORIGIN = `http://localhost:${port}`;
	}
	if (!env.BODY_SIZE_LIMIT) {
		// adapter-node's limit on every request body (its default, 512K, is below our uploads):
		// the largest per-kind upload limit plus the form around it, as src/lib/server/limits.ts
		// computes it (bodySizeLimitFor); the app checks each kind's own limit per route.
		/** @param {string} name @param {number} fallback */
		const mb = (name, fallback) => {
			const n = Number(env[name]);
			return env[name] && n > 0 ? n : fallback;
		};
		const largest = Math.max(
			mb('EMPREINTE_UPLOAD_DATES_CSV_MB', 2),
			mb('EMPREINTE_UPLOAD_TOUR_FILE_MB', 1),
			mb('EMPREINTE_UPLOAD_AUDIENCE_MB', 5)
		);
		env.BODY_SIZE_LIMIT = String(Math.round(largest * 1024 * 1024) + 64 * 1024);
	}
	return null;
}
