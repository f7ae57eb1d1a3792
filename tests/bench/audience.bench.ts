/**
 * Audience import of a generated 100 000-row survey (French Excel export: `;`, Windows-1252, with
 * a name and an e-mail column), measured step by step as the app runs it for a large file:
 *
 *   parse      what the browser's worker does: decode, papaparse (streamed), privacy filter,
 *              auto-mapping, mapped columns encoded into blocks
 *   stage      the blocks stored as a draft (startDraft + appendBlock, one request each)
 *   geocode    the draft read back, every row validated and its origin resolved with the
 *              gazetteer (a few thousand distinct origins)
 *   aggregate  bands × modes, shares, distances, occupancy + the 1 000-draw bootstrap
 *   preview    the draft page's whole computation (read, geocode, aggregate, bootstrap, and the
 *              engine twice: before / after)
 *   save       commit(): everything computed again from the staged rows, then one transaction
 *              (tour document validated and updated, import record, mapping, draft deleted)
 *   import     the whole: parse + stage + preview + save
 *   floor      papaparse's raw parse of the same file + the same 100 000 rows (all six columns)
 *              stored with multi-row INSERTs (≤ 5 000 rows each: SQLite's 32 766-parameter limit)
 *              sent as one batch, one transaction, into a libSQL `:memory:` database
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { createTestDb, type Db } from '../../src/lib/server/db/client';
import * as organisations from '../../src/lib/server/organisations';
import * as productions from '../../src/lib/server/productions';
import * as tours from '../../src/lib/server/tours';
import * as users from '../../src/lib/server/users';
import * as audience from '../../src/lib/server/audience-imports';
import { getFactorLibrary } from '../../src/lib/server/factor-tables';
import { getGazetteer } from '../../src/lib/server/geo/index';
import { parseNumber } from '../../src/lib/server/imports/csv';
import type { Membership } from '../../src/lib/server/auth/types';
import { aggregate } from '../../src/lib/audience/aggregate';
import { bootstrap } from '../../src/lib/audience/bootstrap';
import { autoMap } from '../../src/lib/audience/columns';
import { createOriginResolver } from '../../src/lib/audience/geocode';
import { resolvedLabels, reviewLabels } from '../../src/lib/audience/labels';
import { countLabels, readRows } from '../../src/lib/audience/rows';
import { encodeBlocks } from '../../src/lib/audience/staged';
import {
	columnSamples,
	decodeCsvBytes,
	filterPrivacy,
	parseCsvText,
	pickColumns
} from '../../src/lib/audience/table';
import type { DraftStart } from '../../src/lib/schemas/audience-import';

export interface BenchResult {
	name: string;
	median_ms: number;
	runs: number;
	note?: string;
}

const ROWS = 100_000;
const RUNS = 5;

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Origins around Montpellier (the venue) and further away, with the mess of real exports. */
function generate(): Uint8Array {
	const gaz = getGazetteer();
	// every postcode of Hérault, Gard, Aude and Bouches-du-Rhône the gazetteer knows, and a few far away
	const cps: string[] = [];
	for (let d = 0; d < 1000; d++) {
		for (const dept of ['34', '30', '11', '13']) {
			const cp = `${dept}${String(d).padStart(3, '0')}`;
			if (gaz.byPostcode(cp).length > 0) cps.push(cp);
		}
	}
	cps.push('75011', '69003', '31000', '33000', '6000', '99999');
	const modes = [
		'Voiture',
		'voiture',
		'Covoiturage',
		'À pied',
		'Vélo',
		'Bus',
		'Tramway',
		'TER',
		'car (autocar)',
		'Moto',
		'Train',
		''
	];
	let seed = 42;
	const rand = () => {
		seed = (seed * 16807) % 2147483647;
		return seed / 2147483647;
	};
	const lines = ['Nom;E-mail;Code postal;Commune;Moyen de transport;Personnes dans la voiture'];
	for (let i = 0; i < ROWS; i++) {
		// near postcodes are more frequent: index ~ exponential
		const k = Math.min(cps.length - 1, Math.floor(-Math.log(1 - rand()) * cps.length * 0.15));
		const mode = modes[Math.floor(rand() * modes.length)];
		const party =
			mode.toLowerCase() === 'voiture' || mode === 'Covoiturage' ? String(1 + Math.floor(rand() * 4)) : '';
		lines.push(`Spectateur ${i};s${i}@exemple.fr;${cps[k]};;${mode};${party}`);
	}
	return new Uint8Array(Buffer.from(lines.join('\r\n') + '\r\n', 'latin1'));
}

interface World {
	db: Db;
	m: Membership;
	tourId: string;
}

async function world(): Promise<World> {
	const db = await createTestDb();
	const user = await users.signUp(db, {
		displayName: 'Bench',
		email: `bench-${Date.now()}@example.org`,
		password: 'correct horse battery'
	});
	const m = await organisations.create(db, user, { name: 'Bench', kind: 'company' });
	const production = await productions.create(db, m, { title: 'Bench', discipline: 'circus' });
	const doc = JSON.parse(readFileSync(join(process.cwd(), 'examples', 'circus-occitanie.json'), 'utf8'));
	const tour = await tours.importFile(db, m, production.id, doc, getFactorLibrary().defaultSet.ref);
	return { db, m, tourId: tour.id };
}

/** The worker's job, in Node. */
function parse(bytes: Uint8Array) {
	const { text, encoding } = decodeCsvBytes(bytes);
	const { delimiter, table } = parseCsvText(text);
	const privacy = filterPrivacy(table);
	const kept = privacy.table;
	const mapping = autoMap(kept.headers, columnSamples(kept), 'survey');
	const columns = [...new Set(Object.values(mapping).filter((h): h is string => !!h))];
	const blocks = encodeBlocks(pickColumns(kept, columns));
	const start: DraftStart = {
		kind: 'survey',
		dateIds: ['montpellier'],
		fileName: 'bench.csv',
		encoding,
		delimiter: delimiter as DraftStart['delimiter'],
		columns,
		dropped: privacy.dropped,
		scrubbed: privacy.scrubbed,
		rowsRead: kept.lines.length,
		blocks: blocks.length,
		settings: { kind: 'survey', columns: mapping, labels: {}, distanceKind: 'one-way' },
		samples: {}
	};
	return { start, blocks };
}

async function stage(w: World, p: ReturnType<typeof parse>): Promise<string> {
	const d = await audience.startDraft(w.db, w.m, w.tourId, p.start, p.blocks[0]);
	for (let s = 1; s < p.blocks.length; s++)
		await audience.appendBlock(w.db, w.m, w.tourId, d.id, s, p.blocks[s]);
	return d.id;
}

async function floor(bytes: Uint8Array): Promise<number> {
	const t = performance.now();
	const text = new TextDecoder('windows-1252').decode(bytes);
	const rows = Papa.parse<string[]>(text, { delimiter: ';' })
		.data.slice(1)
		.filter((r) => r.length === 6);
	const client = createClient({ url: ':memory:' });
	await client.execute(
		'CREATE TABLE rows (nom TEXT, email TEXT, cp TEXT, commune TEXT, mode TEXT, party TEXT)'
	);
	const per = 5000;
	const statements = [];
	for (let i = 0; i < rows.length; i += per) {
		const chunk = rows.slice(i, i + per);
		statements.push({
			sql: `INSERT INTO rows VALUES ${chunk.map(() => '(?,?,?,?,?,?)').join(',')}`,
			args: chunk.flat()
		});
	}
	await client.batch(statements, 'write');
	const ms = performance.now() - t;
	const n = (await client.execute('SELECT count(*) AS n FROM rows')).rows[0].n;
	if (Number(n) !== ROWS) throw new Error(`floor inserted ${n} rows`);
	client.close();
	return ms;
}

export async function bench(): Promise<BenchResult[]> {
	const gaz = getGazetteer();
	const bytes = generate();
	const t: Record<string, number[]> = {
		parse: [],
		stage: [],
		geocode: [],
		aggregate: [],
		preview: [],
		save: [],
		import: [],
		floor: []
	};
	let used = 0;
	let rejected = 0;
	let origins = 0;
	let blocks = 0;
	let sentKb = 0;
	// one warm-up round (JIT, gazetteer, factor library), not counted
	for (let run = -1; run < RUNS; run++) {
		const w = await world();
		const fl = await floor(bytes);

		let s = performance.now();
		const p = parse(bytes);
		const parseMs = performance.now() - s;

		s = performance.now();
		const draftId = await stage(w, p);
		const stageMs = performance.now() - s;

		// geocode and aggregate on their own, for the break-down
		const draft = await audience.getDraft(w.db, w.m, w.tourId, draftId);
		s = performance.now();
		const table = await audience.loadTable(w.db, draft);
		const resolver = createOriginResolver(gaz, gaz.get('fr:34172')!);
		const labels = resolvedLabels(reviewLabels(countLabels(table, draft.meta.settings.columns.mode), {}));
		const read = readRows(table, { settings: draft.meta.settings, labels, resolver, parseNumber });
		const geocodeMs = performance.now() - s;
		s = performance.now();
		aggregate(read.records, { kind: 'survey' });
		bootstrap(read.records, {
			kind: 'survey',
			attendance: 1500,
			factors: { car: { kgPerKm: 0.2 } },
			fallbackOccupancy: 1.5
		});
		const aggregateMs = performance.now() - s;

		s = performance.now();
		const preview = await audience.preview(w.db, w.m, w.tourId, draftId);
		const previewMs = performance.now() - s;

		s = performance.now();
		await audience.commit(w.db, w.m, w.tourId, draftId);
		const saveMs = performance.now() - s;

		if (run < 0) continue;
		t.floor.push(fl);
		t.parse.push(parseMs);
		t.stage.push(stageMs);
		t.geocode.push(geocodeMs);
		t.aggregate.push(aggregateMs);
		t.preview.push(previewMs);
		t.save.push(saveMs);
		t.import.push(parseMs + stageMs + previewMs + saveMs);
		used = preview.analysis?.rowsUsed ?? 0;
		rejected = preview.analysis?.rowsRejected ?? 0;
		origins = resolver.size;
		blocks = p.blocks.length;
		sentKb = Math.round(p.blocks.reduce((n, b) => n + Buffer.byteLength(JSON.stringify(b)), 0) / 1000);
	}
	const fl = median(t.floor);
	const ratio = (name: string) => `${round(median(t[name]) / fl)}× the floor`;
	return [
		{
			name: 'audience.parse',
			median_ms: round(median(t.parse)),
			runs: RUNS,
			note: `${ROWS} rows, ${(bytes.length / 1e6).toFixed(1)} MB Windows-1252: decode, papaparse streamed, privacy filter (2 columns dropped), auto-mapping, ${blocks} blocks`
		},
		{
			name: 'audience.stage',
			median_ms: round(median(t.stage)),
			runs: RUNS,
			note: `${blocks} blocks, ${sentKb} kB of JSON, stored as a draft (one request each in the app)`
		},
		{
			name: 'audience.geocode',
			median_ms: round(median(t.geocode)),
			runs: RUNS,
			note: `draft read back, ${ROWS} rows validated, ${origins} distinct origins resolved; ${used} used, ${rejected} rejected`
		},
		{
			name: 'audience.aggregate',
			median_ms: round(median(t.aggregate)),
			runs: RUNS,
			note: 'bands × modes, shares, distances, occupancy + 1 000-draw Poisson bootstrap'
		},
		{
			name: 'audience.preview',
			median_ms: round(median(t.preview)),
			runs: RUNS,
			note: 'the draft page: read + geocode + aggregate + bootstrap + engine before/after'
		},
		{
			name: 'audience.save',
			median_ms: round(median(t.save)),
			runs: RUNS,
			note: 'commit: all recomputed from the staged rows, then one transaction'
		},
		{
			name: 'audience.import',
			median_ms: round(median(t.import)),
			runs: RUNS,
			note: `parse + stage + preview + save: ${ratio('import')} (target: a small multiple)`
		},
		{
			name: 'audience.floor',
			median_ms: round(fl),
			runs: RUNS,
			note: `papaparse raw parse + the ${ROWS} rows (6 columns) in one batch of multi-row INSERTs into libSQL :memory:`
		}
	];
}
