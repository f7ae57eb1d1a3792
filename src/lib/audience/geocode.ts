/**
 * Where spectators come from, and how far that is from the venue, with the offline gazetteer
 * (src/lib/geo). Pure: the gazetteer is passed in (the server passes getGazetteer()).
 *
 *   French postcode (+ commune when given) → that commune, or the population-weighted centre of
 *     the postcode's communes (several communes share most postcodes; flagged `approx`)
 *   commune / city + country → the best search hit in that country (the postcode's department
 *     breaks ties when the postcode itself is unknown)
 *   one-way distance = great-circle × detour coefficient of src/lib/geo/distance.ts: road (1.3)
 *     for every mode but rail, rail (1.2) for trains
 *
 * Excel drops the leading zero of postcodes 01000–09999: a 4-digit French postcode gets it back.
 * Postcodes abroad are not in the gazetteer: those rows need a city. Origins further than
 * MAX_GREAT_CIRCLE_KM are refused (the engine has no air mode for audiences; such a trip would be
 * counted as if made on land).
 */
import { haversineKm, travelDistance, type LatLon } from '../geo/distance';
import type { PostcodeLocation } from '../geo/gazetteer';
import { normalizeName } from '../geo/normalize';
import type { Place, SearchHit, SearchOptions } from '../geo/types';
import type { RejectReason } from './types';

/** What the resolver needs of the gazetteer (`getGazetteer()` has it). */
export interface OriginGazetteer {
	byPostcode(postcode: string): Place[];
	locatePostcode(postcode: string): PostcodeLocation | undefined;
	search(text: string, options?: SearchOptions): SearchHit[];
}

export const MAX_GREAT_CIRCLE_KM = 1000;

export interface Origin {
	postcode: string;
	commune: string;
	country: string;
}

export type OriginResolution =
	| {
			ok: true;
			placeId: string | null;
			label: string;
			lat: number;
			lon: number;
			greatCircleKm: number;
			roadKm: number;
			railKm: number;
			approx: boolean;
	  }
	| { ok: false; reason: RejectReason; value: string };

// Country names as people write them (FR and EN), by normalised key → ISO 3166 alpha-2.
const COUNTRIES: Record<string, string> = {};
const C = (iso: string, ...names: string[]) => names.forEach((n) => (COUNTRIES[n] = iso));
C('FR', 'france', 'metropole', 'france metropolitaine');
C('BE', 'belgique', 'belgium', 'belgie');
C('CH', 'suisse', 'switzerland', 'schweiz', 'svizzera');
C('LU', 'luxembourg');
C('DE', 'allemagne', 'germany', 'deutschland');
C('ES', 'espagne', 'spain', 'espana');
C('IT', 'italie', 'italy', 'italia');
C('PT', 'portugal');
C('NL', 'pays bas', 'netherlands', 'nederland', 'hollande', 'holland');
C(
	'GB',
	'royaume uni',
	'united kingdom',
	'uk',
	'angleterre',
	'england',
	'grande bretagne',
	'great britain',
	'ecosse',
	'scotland',
	'pays de galles',
	'wales'
);
C('IE', 'irlande', 'ireland');
C('AT', 'autriche', 'austria');
C('MC', 'monaco');
C('AD', 'andorre', 'andorra');
C('DK', 'danemark', 'denmark');
C('SE', 'suede', 'sweden');
C('NO', 'norvege', 'norway');
C('FI', 'finlande', 'finland');
C('PL', 'pologne', 'poland');
C('CZ', 'republique tcheque', 'tchequie', 'czechia', 'czech republic');
C('GR', 'grece', 'greece');
C('US', 'etats unis', 'usa', 'united states');
C('CA', 'canada');
C('MA', 'maroc', 'morocco');
C('DZ', 'algerie', 'algeria');
C('TN', 'tunisie', 'tunisia');

/** ISO code of a country cell; '' → the default; null when unreadable. */
export function countryCode(raw: string, fallback = 'FR'): string | null {
	const t = raw.trim();
	if (t === '') return fallback;
	if (/^[A-Za-z]{2}$/.test(t)) return t.toUpperCase();
	return COUNTRIES[normalizeName(t)] ?? null;
}

/** A French postcode as 5 digits, or null. "F-34000", "34 000", "6000" (Excel ate the 0) are read. */
export function frenchPostcode(raw: string): string | null {
	const t = raw.replace(/[\s\u00a0]/g, '').replace(/^(?:FR?|fr?)-?/, '');
	if (/^\d{5}$/.test(t)) return t;
	if (/^\d{4}$/.test(t)) return `0${t}`;
	return null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * A resolver for one venue; it remembers every origin it has seen (an import has a few thousand
 * distinct origins for 100 000 rows).
 */
export function createOriginResolver(gaz: OriginGazetteer, venue: LatLon) {
	const cache = new Map<string, OriginResolution>();

	const place = (
		p: { id?: string; label: string; lat: number; lon: number },
		approx: boolean
	): OriginResolution => {
		const gc = haversineKm(p, venue);
		if (gc > MAX_GREAT_CIRCLE_KM) return { ok: false, reason: 'origin.tooFar', value: p.label };
		return {
			ok: true,
			placeId: p.id ?? null,
			label: p.label,
			lat: p.lat,
			lon: p.lon,
			greatCircleKm: round1(gc),
			roadKm: travelDistance(p, venue, 'road').km,
			railKm: travelDistance(p, venue, 'rail').km,
			approx
		};
	};

	const byName = (name: string, cc: string, department: string | null): OriginResolution | null => {
		const hits = gaz.search(name, { countries: [cc], limit: 8 });
		const good = hits.filter((h) => h.match !== 'fuzzy' || h.distance <= 1);
		if (good.length === 0) return null;
		const best = (department && good.find((h) => h.department === department)) || good[0];
		const key = normalizeName(best.name);
		// homonyms ("Saint-Paul"): the most populated one is taken, and the row flagged as approximate
		const homonyms = good.filter((h) => h.match === 'exact' && normalizeName(h.name) === key).length;
		return place(best, homonyms > 1 && !department);
	};

	function resolveUncached(o: Origin): OriginResolution {
		const cc = countryCode(o.country);
		if (!cc) return { ok: false, reason: 'origin.unknownCountry', value: o.country };
		const commune = o.commune.trim();
		const rawCp = o.postcode.trim();
		if (cc === 'FR' && rawCp) {
			const cp = frenchPostcode(rawCp);
			const places = cp ? gaz.byPostcode(cp) : [];
			if (cp && places.length > 0) {
				if (commune) {
					const key = normalizeName(commune);
					const named =
						places.find((p) => normalizeName(p.name) === key) ??
						places.find((p) => p.aliases?.some((a) => normalizeName(a) === key));
					if (named) return place(named, false);
				}
			}
			const loc = cp ? gaz.locatePostcode(cp) : undefined;
			if (loc && loc.source !== 'department') {
				return place(
					{
						id: loc.places.length === 1 ? loc.places[0].id : undefined,
						label: loc.places.length === 1 ? loc.places[0].label : loc.postcode,
						lat: loc.lat,
						lon: loc.lon
					},
					loc.source !== 'commune'
				);
			}
			if (commune) {
				const dept = cp ? (cp.startsWith('97') ? cp.slice(0, 3) : cp.slice(0, 2)) : null;
				const r = byName(commune, cc, dept);
				if (r) return r;
			}
			return { ok: false, reason: 'origin.unknownPostcode', value: rawCp };
		}
		if (commune) {
			return byName(commune, cc, null) ?? { ok: false, reason: 'origin.unknownPlace', value: commune };
		}
		if (rawCp) return { ok: false, reason: 'origin.postcodeAbroad', value: rawCp };
		return { ok: false, reason: 'origin.missing', value: '' };
	}

	return {
		resolve(o: Origin): OriginResolution {
			const key = `${o.country}\u0000${o.postcode}\u0000${o.commune}`;
			let r = cache.get(key);
			if (!r) {
				r = resolveUncached(o);
				cache.set(key, r);
			}
			return r;
		},
		/** distinct origins looked up so far */
		get size() {
			return cache.size;
		}
	};
}

export type OriginResolver = ReturnType<typeof createOriginResolver>;
