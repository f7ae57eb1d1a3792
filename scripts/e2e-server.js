// The server Playwright starts: a fresh database file each run, the production build.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuild, prepareServerEnv, root } from './lib.js';

const dbDir = join(root, 'test-results', 'e2e-db');
rmSync(dbDir, { recursive: true, force: true });
process.env.DATABASE_URL = `file:${join(dbDir, 'e2e.db')}`;
const problem = prepareServerEnv();
if (problem) {
	console.error(problem);
	process.exit(1);
}
ensureBuild();
process.chdir(root);
await import(pathToFileURL(join(root, 'build', 'index.js')).href);
