/**
 * Server-side access to the offline gazetteer. The two JSON assets next to this file
 * (fr-communes.json, places.json; written by `npm run geodata`) are read with fs and indexed once,
 * on first use, then kept for the life of the process: about 6 MB of JSON, never sent to the
 * browser (the client asks /api/places).
 *
 * The files are found from the repository root: EMPREINTE_ROOT (set by bin/empreinte.js for the
 * CLI), then the directory of this module when it still runs from src/ (vite dev, tsx, vitest),
 * then process.cwd() (adapter-node's `node build` runs from the repository root, where the bundled
 * module no longer sits next to the JSON).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGazetteer, type Gazetteer } from '../../geo/gazetteer';
import type { FrAsset, WorldAsset } from '../../geo/types';

export type {
	Gazetteer,
	PlaceDistance,
	PostcodeLocation,
	Resolution,
	GazetteerMeta
} from '../../geo/gazetteer';
export { GeoError } from '../../geo/gazetteer';
export type { Place, SearchHit, SearchOptions } from '../../geo/types';

const FR_FILE = 'fr-communes.json';
const WORLD_FILE = 'places.json';
const REL_DIR = join('src', 'lib', 'server', 'geo');

/** Directory holding the two assets, or throws with the places it looked in. */
export function geodataDir(): string {
	const candidates: string[] = [];
	if (process.env.EMPREINTE_ROOT) candidates.push(join(process.env.EMPREINTE_ROOT, REL_DIR));
	try {
		candidates.push(dirname(fileURLToPath(import.meta.url)));
	} catch {
		// import.meta.url is not a file: URL in some bundles; the cwd candidate covers that case.
	}
	candidates.push(join(process.cwd(), REL_DIR));
	for (const dir of candidates) {
		if (existsSync(join(dir, FR_FILE)) && existsSync(join(dir, WORLD_FILE))) return dir;
	}
	throw new Error(
		`Gazetteer assets not found (looked in: ${candidates.join(', ')}). Run \`npm run geodata\`.`
	);
}

let cached: Gazetteer | undefined;

/** The gazetteer, loaded and indexed on first call (a few hundred ms), then shared. */
export function getGazetteer(): Gazetteer {
	if (!cached) {
		const dir = geodataDir();
		const fr = JSON.parse(readFileSync(join(dir, FR_FILE), 'utf8')) as FrAsset;
		const world = JSON.parse(readFileSync(join(dir, WORLD_FILE), 'utf8')) as WorldAsset;
		cached = createGazetteer(fr, world);
	}
	return cached;
}
