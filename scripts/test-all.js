// `npm test`: every test, on a fresh machine too. Installs what is missing (npm ci; Debian's
// chromium when running as root), then runs, in order: svelte-check, lint (prettier + eslint),
// vitest (unit + integration projects), the production build and Playwright end-to-end tests in
// /usr/bin/chromium. Ends with ONE line `N passed, N failed, N skipped` summed over every runner
// (CI reads that line, not the runners' own summaries) and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuild, ensureCliBuild, ensureDeps, root, run } from './lib.js';

const reports = join(root, 'tests', '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
function record(name, passed, failed, skipped) {
	totals.passed += passed;
	totals.failed += failed;
	totals.skipped += skipped;
	lines.push(`${name.padEnd(12)} ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

ensureDeps();
// the pre-built CLI that the unit tests' CLI runs use (bin/empreinte.js; tsx otherwise)
ensureCliBuild();

function ensureChromium() {
	if (existsSync('/usr/bin/chromium')) return true;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log(
			'[test] /usr/bin/chromium is missing: installing Debian chromium (apt-get install chromium)…'
		);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		run('apt-get', ['update', '-qq'], { env });
		run('apt-get', ['install', '-y', '-qq', 'chromium'], { env });
		return existsSync('/usr/bin/chromium');
	}
	console.error('[test] /usr/bin/chromium is missing. Install it with: sudo apt-get install -y chromium');
	return false;
}

// 1. Type check and lint: each counts as one test.
const check =
	run('npx', ['svelte-kit', 'sync']) ||
	run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']);
record('svelte-check', check === 0 ? 1 : 0, check === 0 ? 0 : 1, 0);
const lint = run('npx', ['prettier', '--check', '--log-level', 'warn', '.']) || run('npx', ['eslint', '.']);
record('lint', lint === 0 ? 1 : 0, lint === 0 ? 0 : 1, 0);

// 2. vitest: unit + integration projects, JSON report.
const vitestJson = join(reports, 'vitest.json');
run('npx', ['vitest', 'run'], { env: { ...process.env, VITEST_JSON: vitestJson } });
if (existsSync(vitestJson)) {
	const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
	const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
	// a suite that failed to load counts as a failure even with no failed test
	const suiteFailures = (r.testResults ?? []).filter(
		(f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0
	).length;
	record('vitest', r.numPassedTests ?? 0, (r.numFailedTests ?? 0) + suiteFailures, skipped);
} else {
	record('vitest', 0, 1, 0);
}

// 3. End-to-end in Chromium against the production build.
if (ensureChromium()) {
	ensureBuild();
	const pwJson = join(reports, 'playwright.json');
	spawnSync('npx', ['playwright', 'test'], {
		stdio: 'inherit',
		cwd: root,
		env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson }
	});
	if (existsSync(pwJson)) {
		const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats ?? {};
		const errors = (JSON.parse(readFileSync(pwJson, 'utf8')).errors ?? []).length;
		record('playwright', s.expected ?? 0, (s.unexpected ?? 0) + (s.flaky ?? 0) + errors, s.skipped ?? 0);
	} else {
		record('playwright', 0, 1, 0);
	}
} else {
	record('playwright', 0, 1, 0);
}

console.log('\n' + lines.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
