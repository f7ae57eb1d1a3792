#!/usr/bin/env node
// Entry point of `npx empreinte …`. The CLI is TypeScript that shares its code with the app
// (engine, factor tables, gazetteer); tsx runs it straight from src/ so it works after `npm ci`
// with no build step and no running server.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tsxCli = require.resolve('tsx/cli');
const result = spawnSync(
	process.execPath,
	[tsxCli, join(root, 'src/cli/index.ts'), ...process.argv.slice(2)],
	{
		stdio: 'inherit',
		env: { ...process.env, EMPREINTE_ROOT: root }
	}
);
process.exit(result.status ?? 1);
