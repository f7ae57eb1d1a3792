/**
 * A long tour file (empreinte-tour@1) for the benchmarks: the circus example's team, vans, truck,
 * nights and meals, over `n` dates that cycle through the venues of the three examples (real
 * gazetteer ids), two to four days apart, with the examples' own audience inputs. Deterministic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const example = (name: string) =>
	JSON.parse(readFileSync(join(root, 'examples', `${name}.json`), 'utf8')) as Record<string, unknown> & {
		dates: Record<string, unknown>[];
	};

export function longTourFile(n: number): Record<string, unknown> {
	const base = example('circus-occitanie');
	const pool = ['circus-occitanie', 'dance-europe', 'band-club-tour'].flatMap((f) => example(f).dates);
	const day0 = Date.UTC(2026, 0, 5);
	let day = 0;
	const dates = Array.from({ length: n }, (_, i) => {
		const d = structuredClone(pool[i % pool.length]);
		day += 2 + (i % 3);
		const start = new Date(day0 + day * 86_400_000).toISOString().slice(0, 10);
		delete d.end;
		delete d.legs;
		return { ...d, id: `d${i + 1}`, start };
	});
	return {
		...base,
		production: { ...(base.production as object), title: `Longue tournée (${n} dates)` },
		dates,
		distances: [],
		// the rented stands serve one date of the example: keep the truck that follows the tour
		freight: (base.freight as { followTour?: boolean }[]).filter((f) => f.followTour)
	};
}
