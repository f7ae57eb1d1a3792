/**
 * The pre-built CLI (scripts/build-cli.js → one bundle plus the factor sets resolved at build
 * time, issue #21) gives the same JSON as the app's compute path (computeTourFile with the whole
 * factor library and gazetteer) for every example and golden fixture — one file per process, several
 * in one process, and standard input — and its partial readers (one set's tables, the gazetteer
 * rows asked for) return what the whole library and gazetteer return.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { getFactorLibrary, readFactorSet } from '../../../src/lib/server/factor-tables';
import { getGazetteer } from '../../../src/lib/server/geo';
import { lazyPlaceLookup } from '../../../src/lib/server/geo/lookup';
import { computeTourFile } from '../../../src/lib/server/tour-file';
import { goldenFiles } from '../engine/golden-support';

const root = join(__dirname, '..', '..', '..');
const out = mkdtempSync(join(tmpdir(), 'empreinte-cli-'));
const files = join(out, 'tours');

interface Case {
	name: string;
	file: string;
	input: unknown;
	set?: string;
}

const examples: Case[] = readdirSync(join(root, 'examples'))
	.filter((f) => f.endsWith('.json'))
	.map((f) => {
		const file = join(root, 'examples', f);
		return { name: `examples/${f}`, file, input: JSON.parse(readFileSync(file, 'utf8')) };
	});
const golden: Case[] = goldenFiles().map(({ fixture }) => ({
	name: `golden ${fixture.name}`,
	file: join(files, `${fixture.name}.json`),
	input: fixture.input,
	set: fixture.factorSet
}));
const cases = [...examples, ...golden];

let bundle = '';
beforeAll(async () => {
	bundle = await buildCli({ outDir: join(out, 'cli'), quiet: true });
	mkdirSync(files, { recursive: true });
	for (const c of golden) writeFileSync(c.file, JSON.stringify(c.input));
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

function prebuilt(args: string[], stdin?: string) {
	const r = spawnSync(process.execPath, [bundle, 'compute', ...args], {
		encoding: 'utf8',
		cwd: root,
		input: stdin,
		maxBuffer: 64 * 1024 * 1024,
		env: { ...process.env, EMPREINTE_ROOT: root, EMPREINTE_FACTOR_CACHE: join(out, 'cli', 'sets') }
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Today's JSON: the app's path (whole library, whole gazetteer), as POST /api/compute sends it. */
function expected(c: Case) {
	const o = computeTourFile(c.input, c.set ? { set: c.set } : {});
	if (!o.ok) throw new Error(`${c.name}: ${JSON.stringify(o.problems)}`);
	return JSON.parse(JSON.stringify(o.result));
}

describe('pre-built CLI', () => {
	for (const c of cases) {
		it(`${c.name}: same JSON as the app's compute`, () => {
			const r = prebuilt([c.file, ...(c.set ? ['--set', c.set] : []), '--format', 'json']);
			expect(r.stderr).toBe('');
			expect(r.code).toBe(0);
			expect(JSON.parse(r.stdout)).toEqual(expected(c));
		}, 60_000);
	}

	it('several files in one process: one JSON line per file, in order; - reads standard input', () => {
		const [first, ...rest] = examples;
		const r = prebuilt(
			['-', ...rest.map((c) => c.file), '--format', 'json'],
			readFileSync(first.file, 'utf8')
		);
		expect(r.code).toBe(0);
		const lines = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines.map((l) => l.file)).toEqual(['-', ...rest.map((c) => c.file)]);
		expect(lines.map((l) => l.result)).toEqual([first, ...rest].map(expected));
	}, 60_000);

	it('a batch goes on past an invalid file, names it, and exits with 2', () => {
		const bad = join(out, 'bad.json');
		writeFileSync(bad, '{ nope');
		const r = prebuilt([examples[0].file, bad, '--format', 'json']);
		expect(r.code).toBe(2);
		const lines = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines[0].result).toEqual(expected(examples[0]));
		expect(lines[1]).toMatchObject({ file: bad, problems: [{ path: '$', code: 'file.invalid_json' }] });
		expect(r.stderr).toContain(`${bad}: $: not valid JSON`);
	}, 60_000);

	it('a long JSON result piped out is whole (the process waits for its output before exiting)', () => {
		const r = prebuilt([examples[0].file, '--format', 'json']);
		expect(r.stdout.length).toBeGreaterThan(65_536);
		expect(() => JSON.parse(r.stdout)).not.toThrow();
	}, 60_000);
});

describe('partial readers used by the CLI', () => {
	it('readFactorSet(ref) is the library’s resolved set, for every set and the default', () => {
		const lib = getFactorLibrary();
		for (const ref of [undefined, ...lib.sets.keys()]) {
			const part = readFactorSet(ref);
			const whole = lib.resolve(ref);
			expect(part.set).toEqual(whole.set);
			expect([...part.byActivity]).toEqual([...whole.byActivity]);
		}
		expect(() => readFactorSet('nope@1')).toThrow(/no such factor set/);
	});

	it('lazyPlaceLookup(id) is the gazetteer’s place: every id of the cases, arrondissements, odd ids', () => {
		const ids = new Set<string>();
		const walk = (x: unknown): void => {
			if (typeof x === 'string' && /^(fr|gn):/.test(x)) ids.add(x);
			else if (Array.isArray(x)) x.forEach(walk);
			else if (x && typeof x === 'object') Object.values(x).forEach(walk);
		};
		cases.forEach((c) => walk(c.input));
		expect(ids.size).toBeGreaterThan(20);
		for (const odd of [
			'fr:75101',
			'fr:13201',
			'fr:69381',
			'fr:2a004',
			' fr:31555 ',
			'fr:99999',
			'gn:1',
			'gn:002800866',
			'gn:x',
			'xx:1'
		])
			ids.add(odd);
		const lazy = lazyPlaceLookup();
		const whole = getGazetteer();
		for (const id of ids) expect(lazy.get(id), id).toEqual(whole.get(id));
	});
});
