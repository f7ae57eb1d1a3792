/**
 * Writes the JSON Schema of the tour file (format empreinte-tour@1) to static/schemas/tour-file-1.json,
 * generated from the zod schema in src/lib/schemas/tour-file.ts with zod 4's z.toJSONSchema.
 * The output is committed and served as /schemas/tour-file-1.json; tests/unit/engine/tour-file.test.ts
 * fails when it is out of date.
 *
 *   npx tsx scripts/export-tour-schema.ts          write the file
 *   npx tsx scripts/export-tour-schema.ts --check  exit 1 if the committed file differs
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tourFileJsonSchema } from '../src/lib/schemas/tour-file';

export const SCHEMA_PATH = join(
	dirname(fileURLToPath(import.meta.url)),
	'..',
	'static',
	'schemas',
	'tour-file-1.json'
);

export function renderTourSchema(): string {
	return JSON.stringify(tourFileJsonSchema(), null, '\t') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const text = renderTourSchema();
	if (process.argv.includes('--check')) {
		let current = '';
		try {
			current = readFileSync(SCHEMA_PATH, 'utf8');
		} catch {
			// missing file: out of date
		}
		if (current !== text) {
			console.error(`${SCHEMA_PATH} is out of date: run npx tsx scripts/export-tour-schema.ts`);
			process.exit(1);
		}
		console.log('tour-file-1.json is up to date');
	} else {
		mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
		writeFileSync(SCHEMA_PATH, text);
		console.log(`wrote ${SCHEMA_PATH}`);
	}
}
