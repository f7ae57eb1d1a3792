/**
 * `npx tsx scripts/build-region-grid.ts`: the square-grid map of France's regions drawn on
 * /observatory, built offline from the commune centres the project already ships
 * (scripts/geodata/communes-centres-2024.csv: La Poste points, INSEE codes, Licence Ouverte 2.0).
 *
 * Metropolitan France is projected equirectangularly at 46.5° N (x = lon × cos 46.5°, y = lat), cut
 * into square cells of CELL_KM; each cell that holds at least one commune centre takes the region
 * (INSEE code, regions of 2016, src/lib/networks/territory.ts) of most of them. Each region becomes
 * one SVG path of horizontal runs of cells. The five overseas regions are drawn as labelled boxes
 * by the page. Output: src/lib/observatory/region-grid.json (with its provenance). Deterministic.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regionOf } from '../src/lib/networks/territory';

const CELL_KM = 22;
const KM_PER_DEG = 111.32;
const COS = Math.cos((46.5 * Math.PI) / 180);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'scripts/geodata/communes-centres-2024.csv');
const text = readFileSync(source, 'utf8');
const rows = text.trim().split('\n').slice(1);

const points: { x: number; y: number; region: string }[] = [];
for (const line of rows) {
	const [insee, , , type, , lat, lon] = line.split(',');
	if (type !== 'COM') continue;
	const region = regionOf(`fr:${insee}`);
	if (!region || insee.startsWith('97') || lat === '' || lon === '') continue;
	points.push({ x: Number(lon) * COS * KM_PER_DEG, y: -Number(lat) * KM_PER_DEG, region });
}
const minX = Math.min(...points.map((p) => p.x));
const minY = Math.min(...points.map((p) => p.y));
const votes = new Map<string, Map<string, number>>();
let width = 0;
let height = 0;
for (const p of points) {
	const col = Math.floor((p.x - minX) / CELL_KM);
	const row = Math.floor((p.y - minY) / CELL_KM);
	width = Math.max(width, col + 1);
	height = Math.max(height, row + 1);
	const key = `${col},${row}`;
	const v = votes.get(key) ?? new Map<string, number>();
	v.set(p.region, (v.get(p.region) ?? 0) + 1);
	votes.set(key, v);
}
const grid = new Map<string, string>();
for (const [key, v] of votes) {
	// the majority region; a tie goes to the smaller code (stable)
	const best = [...v].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
	grid.set(key, best);
}
const paths: Record<string, string> = {};
const cells: Record<string, number> = {};
for (let row = 0; row < height; row++) {
	let col = 0;
	while (col < width) {
		const r = grid.get(`${col},${row}`);
		if (!r) {
			col++;
			continue;
		}
		let end = col + 1;
		while (grid.get(`${end},${row}`) === r) end++;
		paths[r] = (paths[r] ?? '') + `M${col} ${row}h${end - col}v1h${col - end}z`;
		cells[r] = (cells[r] ?? 0) + (end - col);
		col = end;
	}
}
const regions = Object.keys(paths).sort();
const out = {
	meta: {
		what: 'Square-grid map of the regions of metropolitan France (regions of 1 January 2016, INSEE codes)',
		cellKm: CELL_KM,
		projection: 'equirectangular at 46.5° N; one unit = one cell',
		rule: 'each cell holding at least one commune centre takes the region of most of them',
		source:
			'scripts/geodata/communes-centres-2024.csv (La Poste « Base officielle des codes postaux » points, INSEE Code officiel géographique 2024; Licence Ouverte / Open Licence 2.0)',
		sourceSha256: createHash('sha256').update(text).digest('hex'),
		builtBy: 'scripts/build-region-grid.ts',
		communes: points.length
	},
	width,
	height,
	regions: Object.fromEntries(regions.map((r) => [r, { cells: cells[r], path: paths[r] }]))
};
const target = join(root, 'src/lib/observatory/region-grid.json');
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(
	`${target}: ${width}×${height} cells, ${regions.length} regions, ${JSON.stringify(out).length} bytes`
);
