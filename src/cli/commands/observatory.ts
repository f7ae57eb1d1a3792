/**
 * `npx empreinte observatory release --period 2026`: builds an immutable release of the open
 * observatory (Frictionless Data Package) from the contributions stored in the instance's database
 * (DATABASE_URL, as the server), stores it in observatory_releases — the public page lists it at
 * once — and, with --out DIR, also writes its files there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, UsageError } from '../args';
import { readConfig } from '../../lib/server/config';
import { createDb, migrateDb } from '../../lib/server/db/client';
import { createRelease, releaseFiles } from '../../lib/server/observatory';

export const usage = `observatory — the open observatory's releases
  npx empreinte observatory release --period YYYY [--out DIR]
      freezes the season's disclosure-controlled aggregates as a new immutable release
      (CSV, datapackage.json, README.md, CHANGELOG.md, SHA-256 per file) in the database of
      DATABASE_URL; --out also writes the files to DIR/<release name>/`;

export async function run(argv: string[]): Promise<number> {
	const { positionals, flags } = parseArgs(argv);
	if (positionals[0] !== 'release') throw new UsageError('Unknown or missing subcommand');
	const period = flags.period;
	if (typeof period !== 'string' || !/^\d{4}$/.test(period))
		throw new UsageError('--period needs a four-digit season, e.g. --period 2026');
	const config = readConfig();
	const db = createDb(config.databaseUrl, config.databaseAuthToken);
	await migrateDb(db);
	const r = await createRelease(db, period);
	console.log(`Release ${period} v${r.version} (${r.id}), ${r.createdAt}`);
	for (const f of r.files) console.log(`  ${f.sha256}  ${f.path}  (${f.bytes} bytes)`);
	const out = flags.out;
	if (typeof out === 'string') {
		const { name, files } = await releaseFiles(db, r.id);
		const dir = join(out, name);
		mkdirSync(dir, { recursive: true });
		for (const f of files) writeFileSync(join(dir, f.path), f.content, 'utf8');
		console.log(`Written to ${dir}`);
	}
	return 0;
}
