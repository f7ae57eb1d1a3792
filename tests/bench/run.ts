/**
 * `npm run bench`: runs every tests/bench/*.bench.ts (each exports `bench(): Promise<BenchResult[]>`),
 * prints a table of medians, with each result's ratio to its file's floor (a result whose name ends
 * in `.floor`) when there is one, then each figure an issue sets a target for (wanted / measured /
 * met), and writes tests/bench/results.json with the machine it ran on.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchResult {
	name: string;
	median_ms: number;
	runs: number;
	note?: string;
	/**
	 * An issue's target for this figure: at most `ms` milliseconds, and/or at most `floorRatio` times
	 * its file's floor measured in the same run (`of` names the issue). Printed as met or not.
	 */
	target?: { ms?: number; floorRatio?: number; of?: string };
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
	const targeted = all.filter((r) => r.target);
	if (targeted.length > 0) {
		console.log('');
		console.log(`${'target'.padEnd(w)}  ${'wanted'.padStart(14)}  ${'measured'.padStart(14)}  met`);
		for (const r of targeted) {
			const t = r.target!;
			const wanted: string[] = [];
			const measured: string[] = [];
			let met = true;
			if (t.ms !== undefined) {
				wanted.push(`≤ ${t.ms} ms`);
				measured.push(`${r.median_ms.toFixed(1)} ms`);
				met &&= r.median_ms <= t.ms;
			}
			if (t.floorRatio !== undefined) {
				wanted.push(`≤ ${t.floorRatio}× floor`);
				measured.push(r.ratio_to_floor === null ? '–' : `${r.ratio_to_floor}× floor`);
				met &&= r.ratio_to_floor !== null && r.ratio_to_floor <= t.floorRatio;
			}
			(r as { target_met?: boolean }).target_met = met;
			console.log(
				`${r.name.padEnd(w)}  ${wanted.join(', ').padStart(14)}  ${measured.join(', ').padStart(14)}  ${met ? 'yes' : 'NO'}${t.of ? `  (${t.of})` : ''}`
			);
		}
		console.log(
			`machine load average ${loadavg()
				.map((x) => x.toFixed(1))
				.join(' ')} on ${cpus().length} CPUs`
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
