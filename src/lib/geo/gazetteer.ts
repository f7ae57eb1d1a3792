/**
 * The gazetteer as an object: turns the two row-array assets written by scripts/build-geodata.mjs
 * into Place objects, indexes them (./search) and answers lookups, postal-code locations and
 * distances (./distance). Pure: it receives the parsed JSON, so it runs in tests, the CLI and the
 * server alike; src/lib/server/geo/index.ts does the file reading.
 */
import { travelDistance, type FactorFamily, type TravelDistance, type TravelMode } from './distance';
import { asPostcode } from './normalize';
import { ambiguity, PlaceIndex, type Ambiguity } from './search';
import { PlaceStore } from './store';
import type { AssetMeta, FrAsset, Place, SearchHit, SearchOptions, WorldAsset } from './types';

export type { Ambiguity } from './search';

export type PostcodeLocationSource = 'commune' | 'communes-centre' | 'city' | 'department';

export interface PostcodeLocation {
	postcode: string;
	lat: number;
	lon: number;
	approx: boolean;
	/** commune: the code's only commune; communes-centre: population-weighted centre of its
	 * communes; city: generic Paris/Lyon/Marseille code (75000…); department: unknown code. */
	source: PostcodeLocationSource;
	places: Place[];
}

export type GeoErrorCode = 'unknown-place' | 'no-match';

/** Typed error with a stable code the UI and CLI can translate. */
export class GeoError extends Error {
	constructor(
		readonly code: GeoErrorCode,
		message: string
	) {
		super(message);
		this.name = 'GeoError';
	}
}

export interface PlaceDistance extends TravelDistance {
	from: Place;
	to: Place;
}

export interface Resolution {
	place: Place;
	/** The runner-ups when the text was a search (empty for an id). */
	alternatives: SearchHit[];
	/** How the text matched: 'id' when it was a place id. */
	match: SearchHit['match'];
	/** Set when the first two candidates are close or in different countries (say so to the user). */
	ambiguity?: Ambiguity;
}

export interface GazetteerMeta {
	fr: AssetMeta;
	world: AssetMeta;
	/** Attribution strings to show wherever places are displayed. */
	attributions: string[];
}

export interface Gazetteer {
	readonly meta: GazetteerMeta;
	readonly size: number;
	/** Builds the name index now (it is otherwise built on the first text search, ~0.3 s). */
	warm(): void;
	search(text: string, options?: SearchOptions): SearchHit[];
	get(id: string): Place | undefined;
	byPostcode(postcode: string): Place[];
	locatePostcode(postcode: string): PostcodeLocation | undefined;
	/** An id, or the best search hit for a text (with the runner-ups); undefined when nothing matches. */
	resolve(textOrId: string, options?: SearchOptions): Resolution | undefined;
	/** Throws GeoError('unknown-place') for an unknown id. */
	distance(
		fromId: string,
		toId: string,
		mode: TravelMode,
		options?: { factorFamily?: FactorFamily; overrideKm?: number | null }
	): PlaceDistance;
}

// Generic city-wide codes that La Poste does not assign to a commune but people write.
const CITY_CODES: Record<string, string> = { '75000': 'fr:75056', '13000': 'fr:13055', '69000': 'fr:69123' };

export function createGazetteer(
	fr: FrAsset,
	world: WorldAsset,
	options: { locale?: string } = {}
): Gazetteer {
	const index = new PlaceIndex(PlaceStore.fromAssets(fr, world, options.locale ?? 'fr'));
	const departments = new Map(fr.departments.map(([code, name, lat, lon]) => [code, { name, lat, lon }]));
	const attributions = [
		...Object.values(fr.meta.sources).map((s) => s.attribution),
		...Object.values(world.meta.sources).map((s) => s.attribution)
	].filter((a, i, all) => all.indexOf(a) === i);

	const mustGet = (id: string): Place => {
		const p = index.get(id);
		if (!p) throw new GeoError('unknown-place', `Unknown place id "${id}"`);
		return p;
	};

	return {
		meta: { fr: fr.meta, world: world.meta, attributions },
		size: index.size,
		warm: () => index.warm(),
		search: (text, opts) => index.search(text, opts),
		get: (id) => index.get(id),
		byPostcode: (cp) => index.byPostcode(cp),

		locatePostcode(postcode) {
			const cp = asPostcode(postcode);
			if (!cp) return undefined;
			let places = index.byPostcode(cp);
			if (places.length > 0) {
				// Paris/Lyon/Marseille codes name both the city and one arrondissement: the arrondissement is
				// the precise answer.
				const arr = places.filter((p) => p.kind === 'arrondissement');
				if (arr.length > 0) places = arr;
				if (places.length === 1) {
					const [p] = places;
					return { postcode: cp, lat: p.lat, lon: p.lon, approx: p.approx, source: 'commune', places };
				}
				let w = 0;
				let lat = 0;
				let lon = 0;
				for (const p of places) {
					const pw = Math.max(p.population, 1);
					w += pw;
					lat += p.lat * pw;
					lon += p.lon * pw;
				}
				return { postcode: cp, lat: lat / w, lon: lon / w, approx: true, source: 'communes-centre', places };
			}
			if (CITY_CODES[cp]) {
				const p = mustGet(CITY_CODES[cp]);
				return { postcode: cp, lat: p.lat, lon: p.lon, approx: true, source: 'city', places: [p] };
			}
			// Unknown (CEDEX, typo…): the department, from the code's first digits. Corsica's 20xxx codes
			// split at 20200: 200xx–201xx are Corse-du-Sud (2A), 202xx–206xx Haute-Corse (2B).
			let dept = cp.startsWith('97') || cp.startsWith('98') ? cp.slice(0, 3) : cp.slice(0, 2);
			if (dept === '20') dept = Number(cp) < 20200 ? '2A' : '2B';
			const d = departments.get(dept);
			if (!d) return undefined;
			return { postcode: cp, lat: d.lat, lon: d.lon, approx: true, source: 'department', places: [] };
		},

		resolve(textOrId, opts) {
			const byId = index.get(textOrId.trim());
			if (byId) return { place: byId, alternatives: [], match: 'id' };
			const hits = index.search(textOrId, { limit: 6, ...opts });
			if (hits.length === 0) return undefined;
			const [first, ...rest] = hits;
			const r: Resolution = { place: index.get(first.id) as Place, alternatives: rest, match: first.match };
			const doubt = ambiguity(hits);
			if (doubt) r.ambiguity = doubt;
			return r;
		},

		distance(fromId, toId, mode, opts = {}) {
			const from = mustGet(fromId);
			const to = mustGet(toId);
			return { ...travelDistance(from, to, mode, opts), from, to };
		}
	};
}
