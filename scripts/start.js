// `npm start`: install what is missing, build if stale, then serve the production build
// (adapter-node) on http://localhost:3000. The database is created, migrated and seeded by the
// app's `init` hook (src/hooks.server.ts) before the first request.
import { ensureBuild, ensureDeps, prepareServerEnv, root } from './lib.js';
import { serve } from './serve.js';

const problem = prepareServerEnv();
if (problem) {
	console.error(`[empreinte] cannot start: ${problem}`);
	process.exit(1);
}
ensureDeps();
ensureBuild();
process.chdir(root);
console.log(
	`[empreinte] starting on ${process.env.ORIGIN} (HOST=${process.env.HOST} PORT=${process.env.PORT})`
);
await serve(); // EMPREINTE_PROCESSES=N: N processes behind the one port
