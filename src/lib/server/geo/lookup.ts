/**
 * Places by id, reading only the gazetteer rows asked for: what a one-shot process (the CLI's
 * `compute`) needs to resolve a tour file's place ids, without parsing the two assets whole
 * (about 6 MB of JSON and 100,000 places: most of the CLI's start-up before issue #21).
 *
 * Each asset is read as text once, on the first id of its kind (`fr:` → fr-communes.json,
 * `gn:` → places.json); an asked id's row is found by its opening (`["32013",` / `[2800866,` — an
 * id opens its row, one row per line, as scripts/build-geodata.mjs writes them) and parsed alone.
 * The rows found go through the same createGazetteer as the whole gazetteer's, with the assets'
 * departments (small), so a place comes out exactly as getGazetteer().get(id) returns it; a test
 * checks every place of the examples and fixtures against it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGazetteer } from '../../geo/gazetteer';
import type {
	ArrondissementRow,
	CommuneRow,
	DepartmentRow,
	FrAsset,
	Place,
	WorldAsset,
	WorldRow
} from '../../geo/types';
import { geodataDir } from './index';
import type { PlaceLookup } from '../tour-file';

/** The row on the line that starts at `start` (rows are one per line). */
function rowAt(text: string, start: number): unknown[] {
	const end = text.indexOf('\n', start);
	return JSON.parse(text.slice(start, end < 0 ? undefined : end).replace(/,\s*$/, '')) as unknown[];
}

/** Start of the row whose first item is `first` (JSON text of the id), or -1. */
function findRow(text: string, first: string, from: number, to: number): number {
	const needle = `\n[${first},`;
	const i = text.indexOf(needle, from);
	return i < 0 || i >= to ? -1 : i + 1;
}

function parseMeta(text: string, key: string): { meta: FrAsset['meta']; rest: number } {
	// the assets open with {"meta":{…}, and the data arrays follow; the meta object ends before the
	// first array key, on a line of its own
	const at = text.indexOf(`\n"${key}":`);
	const head = text.slice(0, at).replace(/,\s*$/, '') + '}';
	return { meta: (JSON.parse(head) as { meta: FrAsset['meta'] }).meta, rest: at };
}

export interface LazyPlaceLookup extends PlaceLookup {
	get(id: string): Place | undefined;
}

/** A PlaceLookup over the assets in `dir` (default: the installation's) that reads only asked rows. */
export function lazyPlaceLookup(dir?: string): LazyPlaceLookup {
	let frText: string | undefined;
	let worldText: string | undefined;
	let frBounds: {
		communes: number;
		arrondissements: number;
		departments: DepartmentRow[];
		meta: FrAsset['meta'];
	};
	let worldBounds: { places: number; meta: WorldAsset['meta'] };
	const found = new Map<string, Place | undefined>();
	const base = () => dir ?? geodataDir();

	const fr = () => {
		if (frText === undefined) {
			frText = readFileSync(join(base(), 'fr-communes.json'), 'utf8');
			const { meta, rest } = parseMeta(frText, 'departments');
			const dEnd = frText.indexOf('\n]', rest);
			frBounds = {
				meta,
				communes: frText.indexOf('\n"communes":', dEnd),
				arrondissements: frText.indexOf('\n"arrondissements":', dEnd),
				departments: JSON.parse(frText.slice(frText.indexOf('[', rest), dEnd + 2)) as DepartmentRow[]
			};
		}
		return { text: frText, ...frBounds };
	};
	const world = () => {
		if (worldText === undefined) {
			worldText = readFileSync(join(base(), 'places.json'), 'utf8');
			const { meta, rest } = parseMeta(worldText, 'places');
			worldBounds = { meta, places: rest };
		}
		return { text: worldText, ...worldBounds };
	};

	// same reading of an id as PlaceStore.indexOf: trimmed, `fr:` + code (upper-cased), `gn:` + digits
	function lookUp(asked: string): Place | undefined {
		const id = asked.trim();
		const emptyFr = (meta: FrAsset['meta']): FrAsset => ({
			meta,
			departments: [],
			communes: [],
			arrondissements: []
		});
		if (id.startsWith('fr:')) {
			const f = fr();
			const code = JSON.stringify(id.slice(3).toUpperCase());
			const sections: [number, number][] = [
				[f.communes, f.arrondissements < 0 ? f.text.length : f.arrondissements],
				[f.arrondissements, f.text.length]
			];
			const asset: FrAsset = { ...emptyFr(f.meta), departments: f.departments };
			const c = findRow(f.text, code, sections[0][0], sections[0][1]);
			if (c >= 0) asset.communes.push(rowAt(f.text, c) as CommuneRow);
			else if (f.arrondissements >= 0) {
				const a = findRow(f.text, code, sections[1][0], sections[1][1]);
				if (a < 0) return undefined;
				asset.arrondissements.push(rowAt(f.text, a) as ArrondissementRow);
			} else return undefined;
			return createGazetteer(asset, { meta: f.meta, places: [] }).get(id);
		}
		if (id.startsWith('gn:') && /^\d+$/.test(id.slice(3))) {
			const w = world();
			const at = findRow(w.text, String(Number(id.slice(3))), w.places, w.text.length);
			if (at < 0) return undefined;
			const asset: WorldAsset = { meta: w.meta, places: [rowAt(w.text, at) as WorldRow] };
			return createGazetteer(emptyFr(w.meta), asset).get(id);
		}
		return undefined;
	}

	return {
		get(id: string) {
			if (!found.has(id)) found.set(id, lookUp(id));
			return found.get(id);
		}
	};
}
