#!/usr/bin/env node
// Entry point of `npx empreinte …`. The CLI is TypeScript that shares its code with the app
// (engine, factor tables, gazetteer).
//
// Fast path (issue #21): the pre-built bundle dist/cli/empreinte.mjs (scripts/build-cli.js, run by
// `npm ci`, `npm run build`, `npm start` and `npm test`) runs in this very process, with the factor
// sets resolved at build time — while none of the files it was built from is newer than it.
// Otherwise (a fresh clone before any build, a source edited since), tsx runs the CLI straight from
// src/, as before: slower to start, same results.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const prebuilt = join(root, 'dist', 'cli');

/** True when the bundle exists and no input listed in its inputs.json changed after it was built. */
function prebuiltIsFresh() {
	try {
		const { builtAt, inputs } = JSON.parse(readFileSync(join(prebuilt, 'inputs.json'), 'utf8'));
		if (statSync(join(prebuilt, 'empreinte.mjs')).mtimeMs < builtAt - 60_000) return false;
		for (const p of inputs) if (statSync(join(root, p)).mtimeMs > builtAt) return false;
		return true;
	} catch {
		return false; // no bundle, or an input gone: the sources decide
	}
}

process.env.EMPREINTE_ROOT = root;
if (process.env.EMPREINTE_CLI_FROM_SOURCE !== '1' && prebuiltIsFresh()) {
	// the cache holds the installation's sets: not for another factors folder
	if (!process.env.EMPREINTE_FACTORS_DIR) process.env.EMPREINTE_FACTOR_CACHE = join(prebuilt, 'sets');
	await import(pathToFileURL(join(prebuilt, 'empreinte.mjs')).href);
} else {
	const require = createRequire(import.meta.url);
	const tsxCli = require.resolve('tsx/cli');
	const result = spawnSync(
		process.execPath,
		[tsxCli, join(root, 'src/cli/index.ts'), ...process.argv.slice(2)],
		{ stdio: 'inherit', env: process.env }
	);
	process.exit(result.status ?? 1);
}
