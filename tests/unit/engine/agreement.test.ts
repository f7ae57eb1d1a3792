/**
 * One compute path: for every golden fixture, the CLI (`node bin/empreinte.js compute FILE --set …
 * --format json`), the API handler (`POST /api/compute`) and the engine path the API uses return
 * the same JSON, and invalid files give the same problems with their JSON paths.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POST } from '../../../src/routes/api/compute/+server';
import { computeTourFile } from '../../../src/lib/server/tour-file';
import { goldenFiles } from './golden-support';

const root = join(__dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'empreinte-agree-'));

function cli(args: string[]) {
	const r = spawnSync(process.execPath, [join(root, 'bin', 'empreinte.js'), 'compute', ...args], {
		encoding: 'utf8',
		cwd: root
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function api(body: unknown, query = '') {
	const request = new Request(`http://localhost/api/compute${query}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
	const url = new URL(request.url);
	const res = await POST({ request, url } as unknown as Parameters<typeof POST>[0]);
	return { status: res.status, body: await res.json() };
}

const roundTrip = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('CLI, API and engine agree', () => {
	for (const { fixture } of goldenFiles()) {
		it(`${fixture.name}`, async () => {
			const file = join(tmp, `${fixture.name}.json`);
			writeFileSync(file, JSON.stringify(fixture.input));
			const engine = computeTourFile(fixture.input, { set: fixture.factorSet });
			if (!engine.ok) throw new Error(JSON.stringify(engine.problems));
			const expected = roundTrip(engine.result);
			const fromApi = await api(fixture.input, `?set=${encodeURIComponent(fixture.factorSet)}`);
			expect(fromApi.status).toBe(200);
			expect(fromApi.body).toEqual(expected);
			const fromCli = cli([file, '--set', fixture.factorSet, '--format', 'json']);
			expect(fromCli.stderr.replace(/npm warn.*\n/g, '')).toBe('');
			expect(fromCli.code).toBe(0);
			expect(JSON.parse(fromCli.stdout)).toEqual(expected);
		}, 60_000);
	}

	it('the boundary option means the same in both', async () => {
		const { fixture } = goldenFiles().find((f) => f.fixture.name === 'dance-europe')!;
		const file = join(tmp, 'boundary.json');
		writeFileSync(file, JSON.stringify(fixture.input));
		const fromApi = await api(fixture.input, '?boundary=no-nonco2,no-construction');
		const fromCli = cli([file, '--boundary', 'no-nonco2,no-construction', '--format', 'json']);
		expect(fromApi.status).toBe(200);
		expect(JSON.parse(fromCli.stdout)).toEqual(fromApi.body);
		expect(fromApi.body.boundary).toMatchObject({
			construction: false,
			nonCO2: false,
			wtt: true,
			isFull: false
		});
	}, 60_000);

	it('an invalid file: the same problems with their JSON paths, exit code 2 / status 400', async () => {
		const bad = {
			format: 'empreinte-tour@1',
			production: { title: 'x' },
			homeBase: { place: 'fr:99999' },
			dates: [{ venue: { name: 'V', place: 'fr:31555' }, start: '2026-02-30', performances: -1 }]
		};
		const file = join(tmp, 'bad.json');
		writeFileSync(file, JSON.stringify(bad));
		const fromApi = await api(bad);
		expect(fromApi.status).toBe(400);
		const paths = fromApi.body.problems.map((p: { path: string }) => p.path);
		expect(paths).toEqual(['dates[0].start', 'dates[0].performances']);
		const fromCli = cli([file]);
		expect(fromCli.code).toBe(2);
		for (const p of paths) expect(fromCli.stderr).toContain(`${file}: ${p}: `);
		// once the schema passes, unknown places are reported with their paths
		const unknown = await api({
			...bad,
			dates: [{ venue: { name: 'V', place: 'gn:1' }, start: '2026-02-03' }]
		});
		expect(unknown.body.problems.map((p: { path: string }) => p.path)).toEqual([
			'homeBase.place',
			'dates[0].venue.place'
		]);
	}, 60_000);

	it('API: not JSON → 400 at $, wrong content type → 415, bad query → 400', async () => {
		expect((await api('{ nope')).body.problems[0]).toMatchObject({ path: '$', code: 'tour.json' });
		const req = new Request('http://localhost/api/compute', {
			method: 'POST',
			headers: { 'content-type': 'text/plain' },
			body: '{}'
		});
		const res = await POST({ request: req, url: new URL(req.url) } as unknown as Parameters<typeof POST>[0]);
		expect(res.status).toBe(415);
		expect((await api({}, '?boundary=no-everything')).status).toBe(400);
	});

	it('CLI: table and csv formats for people and spreadsheets', () => {
		const { fixture } = goldenFiles().find((f) => f.fixture.name === 'circus-occitanie')!;
		const file = join(tmp, 'circus.json');
		writeFileSync(file, JSON.stringify(fixture.input));
		const table = cli([file, '--lang', 'fr']);
		expect(table.code).toBe(0);
		expect(table.stdout).toContain('Émissions de la compagnie (sans les publics)');
		expect(table.stdout).toContain('Mobilité des publics (à part)');
		expect(table.stdout).toContain('empreinte-default@2026.2');
		expect(table.stdout).toContain('date unique');
		const csv = cli([file, '--format', 'csv']);
		const rows = csv.stdout.trim().split('\n');
		expect(rows[0].startsWith('id,scope,category,')).toBe(true);
		const engine = computeTourFile(fixture.input);
		if (!engine.ok) throw new Error('not computed');
		expect(rows.length - 1).toBe(engine.result.lines.length);
		const usage = cli([file, '--format', 'xml']);
		expect(usage.code).toBe(2);
	}, 60_000);
});
