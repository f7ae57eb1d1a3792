/**
 * The command line as a user runs it (issue #21): `node bin/empreinte.js compute FILE`, against the
 * floor of a bare `node -e 0` started the same way, in the same run; and a batch of 200 tour files
 * in one process (`compute dir/*.json --format json`). Uses the pre-built CLI when it is fresh
 * (`npm run build:cli`), as an installation does; the note says which path ran.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { longTourFile } from './long-tour';

export interface BenchResult {
	name: string;
	median_ms: number;
	runs: number;
	note?: string;
}

const root = join(import.meta.dirname, '..', '..');
const round = (x: number) => Math.round(x * 1000) / 1000;
function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function time(args: string[], runs: number): number {
	const times: number[] = [];
	for (let i = 0; i < runs + 1; i++) {
		const t = performance.now();
		const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
		const dt = performance.now() - t;
		if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
		if (i > 0) times.push(dt); // the first run warms the file cache
	}
	return median(times);
}

export async function bench(): Promise<BenchResult[]> {
	const bin = join(root, 'bin', 'empreinte.js');
	// the same freshness rule as bin/empreinte.js: every input older than the bundle
	const prebuilt = (() => {
		try {
			const { builtAt, inputs } = JSON.parse(readFileSync(join(root, 'dist', 'cli', 'inputs.json'), 'utf8'));
			return (inputs as string[]).every((p) => statSync(join(root, p)).mtimeMs <= builtAt);
		} catch {
			return false;
		}
	})();
	const path = prebuilt ? 'pre-built CLI (dist/cli)' : 'no fresh dist/cli: tsx fallback (npm run build:cli)';
	const floor = time(['-e', '0'], 9);
	const one = time([bin, 'compute', 'examples/circus-occitanie.json', '--format', 'json'], 9);

	// 200 small tours (3 to 12 dates), one process
	const dir = mkdtempSync(join(tmpdir(), 'empreinte-cli-bench-'));
	try {
		const files: string[] = [];
		for (let i = 0; i < 200; i++) {
			const f = join(dir, `tour-${i}.json`);
			writeFileSync(f, JSON.stringify(longTourFile(3 + (i % 10))));
			files.push(f);
		}
		const batch = time([bin, 'compute', ...files, '--format', 'json'], 3);
		return [
			{ name: 'cli.node-e-0.floor', median_ms: round(floor), runs: 9, note: 'bare `node -e 0`' },
			{
				name: 'cli.compute-one-example',
				median_ms: round(one),
				runs: 9,
				note: `node bin/empreinte.js compute examples/circus-occitanie.json --format json; ${path}`
			},
			{
				name: 'cli.compute-200-files-one-process',
				median_ms: round(batch),
				runs: 3,
				note: `200 tours of 3–12 dates, JSON Lines; ${path}`
			}
		];
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
