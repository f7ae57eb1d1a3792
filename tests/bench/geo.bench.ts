/**
 * Gazetteer benchmarks: cold load (parse + index, in fresh child processes), search on 20 typical
 * queries, autocomplete keystrokes, and the resident memory of a process that has loaded it.
 *
 * The same file is the child: run with GEO_BENCH_CHILD=1 it loads the gazetteer once, builds its
 * name index, and prints {"loadMs", "warmMs", "rssBeforeMb", "rssAfterMb"} as one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getGazetteer } from '../../src/lib/server/geo/index';

export interface BenchResult {
	name: string;
	median_ms: number;
	runs: number;
	note?: string;
}

/** Typical venue and home-base inputs: exact names, exonyms, partial words, typos, postal codes. */
const QUERIES = [
	'Montpellier',
	'saint etienne',
	'Saint-Denis',
	'Aix en Provence',
	'Bruxelles',
	'Köln',
	'Londres',
	'Barcelone',
	'Genève',
	'La Rochelle',
	'Chalon-sur-Saône',
	'Toulouse',
	'34000',
	'75011',
	'Bruxelle',
	'saint etiene',
	'Marseile',
	'Strasbourh',
	'Clermont',
	'Lyo'
];

const CHILD_RUNS = 3;
const SEARCH_ROUNDS = 5;

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const mb = (bytes: number) => round(bytes / 1e6, 1);

function child(): void {
	const rssBefore = process.memoryUsage().rss;
	let t = performance.now();
	const g = getGazetteer();
	const loadMs = performance.now() - t;
	t = performance.now();
	g.warm();
	const warmMs = performance.now() - t;
	const rssAfterMb = mb(process.memoryUsage().rss);
	console.log(JSON.stringify({ loadMs, warmMs, rssBeforeMb: mb(rssBefore), rssAfterMb }));
}

interface ChildReport {
	loadMs: number;
	warmMs: number;
	rssBeforeMb: number;
	rssAfterMb: number;
}

function coldLoads(): ChildReport[] {
	const self = fileURLToPath(import.meta.url);
	const out: ChildReport[] = [];
	for (let i = 0; i < CHILD_RUNS; i++) {
		const r = spawnSync(process.execPath, ['--import', 'tsx', self], {
			env: { ...process.env, GEO_BENCH_CHILD: '1' },
			encoding: 'utf8'
		});
		const line = r.stdout.trim().split('\n').pop() ?? '';
		if (r.status !== 0 || !line.startsWith('{'))
			throw new Error(`geo bench child failed: ${r.stderr || r.stdout}`);
		out.push(JSON.parse(line) as ChildReport);
	}
	return out;
}

export async function bench(): Promise<BenchResult[]> {
	const cold = coldLoads();
	const g = getGazetteer();

	for (const q of QUERIES) g.search(q, { limit: 10 }); // warm-up: JIT and memoised short prefixes
	const perQuery: number[] = [];
	for (let r = 0; r < SEARCH_ROUNDS; r++) {
		for (const q of QUERIES) {
			const t = performance.now();
			g.search(q, { limit: 10 });
			perQuery.push(performance.now() - t);
		}
	}

	// Autocomplete: every keystroke of a few names, as the venue field sends them.
	const keystrokes: number[] = [];
	for (const word of ['Montpellier', 'Villeurbanne', 'Bruxelles', 'Saint-Nazaire']) {
		for (let n = 2; n <= word.length; n++) {
			const t = performance.now();
			g.search(word.slice(0, n), { limit: 8 });
			keystrokes.push(performance.now() - t);
		}
	}

	const worst = Math.max(...perQuery);
	return [
		{
			name: 'geo.load.cold',
			median_ms: round(median(cold.map((c) => c.loadMs))),
			runs: cold.length,
			note: `fresh node + tsx child per run: parse fr-communes.json and places.json (${g.size} places), index ids and postal codes`
		},
		{
			name: 'geo.load.cold+names',
			median_ms: round(median(cold.map((c) => c.loadMs + c.warmMs))),
			runs: cold.length,
			note: 'the same plus the name index (normalised names and aliases, sorted keys) that the first text search builds'
		},
		{
			name: 'geo.search.typical',
			median_ms: round(median(perQuery), 3),
			runs: perQuery.length,
			note: `${QUERIES.length} queries × ${SEARCH_ROUNDS} rounds (exact, exonyms, postal codes, typos); max ${round(worst)} ms`
		},
		{
			name: 'geo.search.keystroke',
			median_ms: round(median(keystrokes), 3),
			runs: keystrokes.length,
			note: `prefix autocomplete, 2 letters onwards; max ${round(Math.max(...keystrokes))} ms`
		},
		{
			name: 'geo.rss.after-load',
			median_ms: 0,
			runs: cold.length,
			note: `${median(cold.map((c) => c.rssAfterMb))} MB RSS after loading and indexing names (child process; ${median(cold.map((c) => c.rssBeforeMb))} MB before, node + tsx)`
		}
	];
}

if (process.env.GEO_BENCH_CHILD === '1') child();
