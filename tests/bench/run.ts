/**
 * `npm run bench`: runs every tests/bench/*.bench.ts (each exports `bench(): Promise<BenchResult[]>`),
 * prints a table of medians, with each result's ratio to its file's floor (a result whose name ends
 * in `.floor`) when there is one, and writes tests/bench/results.json with the machine it ran on.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchResult {
	name: string;
	median_ms: number;
	runs: number;
	note?: string;
}

const dir = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
	const only = process.argv.slice(2);
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.bench.ts'))
		.filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
		.sort();
	const all: (BenchResult & { file: string; ratio_to_floor: number | null })[] = [];
	for (const f of files) {
		const mod = (await import(pathToFileURL(join(dir, f)).href)) as { bench?: () => Promise<BenchResult[]> };
		if (typeof mod.bench !== 'function') {
			console.error(`${f}: no exported bench() — skipped`);
			continue;
		}
		const t = performance.now();
		const results = await mod.bench();
		const floor = results.find((r) => r.name.endsWith('.floor'));
		for (const r of results) {
			all.push({
				...r,
				file: f,
				ratio_to_floor:
					floor && r !== floor && floor.median_ms > 0
						? Math.round((r.median_ms / floor.median_ms) * 10) / 10
						: null
			});
		}
		console.error(`${f}: ${results.length} result(s) in ${Math.round(performance.now() - t)} ms`);
	}
	const w = Math.max(4, ...all.map((r) => r.name.length));
	console.log(
		`${'name'.padEnd(w)}  ${'median ms'.padStart(10)}  ${'runs'.padStart(5)}  ${'× floor'.padStart(8)}  note`
	);
	for (const r of all) {
		console.log(
			`${r.name.padEnd(w)}  ${r.median_ms.toFixed(3).padStart(10)}  ${String(r.runs).padStart(5)}  ${(r.ratio_to_floor === null ? '–' : String(r.ratio_to_floor)).padStart(8)}  ${r.note ?? ''}`
		);
	}
	const out = {
		date: new Date().toISOString(),
		node: process.version,
		cpu: cpus()[0]?.model ?? 'unknown',
		cpus: cpus().length,
		memory_gb: Math.round(totalmem() / 2 ** 30),
		results: all
	};
	writeFileSync(join(dir, 'results.json'), JSON.stringify(out, null, '\t') + '\n');
	console.error(`wrote ${join(dir, 'results.json')}`);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
