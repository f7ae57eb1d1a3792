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
 *
 * The country of a row: its country cell, else the file's default country (chosen in the mapping
 * step, France unless said otherwise). Without a country cell, the commune column checks the
 * postcode: « 1000;Bruxelles » is not Bourg-en-Bresse (01000) but Brussels — a town that is not
 * one of the postcode's communes is looked for abroad (a 4-digit postcode is the Belgian, Swiss,
 * Luxembourg, Austrian or Danish form), and a French town that belongs to another postcode is a
 * contradiction, rejected as "origin.mismatch" rather than placed on either.
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

/** Countries whose postcodes are four digits (as a French one whose leading 0 Excel ate). */
const FOUR_DIGIT_COUNTRIES = ['BE', 'CH', 'LU', 'AT', 'DK', 'NO', 'HU', 'SI', 'BG', 'CY'];

export interface ResolverOptions {
	/** ISO alpha-2 of rows without a country cell (default France) */
	defaultCountry?: string;
}

/**
 * A resolver for one venue; it remembers every origin it has seen (an import has a few thousand
 * distinct origins for 100 000 rows).
 */
export function createOriginResolver(gaz: OriginGazetteer, venue: LatLon, opts: ResolverOptions = {}) {
	const cache = new Map<string, OriginResolution>();
	const fileCountry = opts.defaultCountry ?? 'FR';

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

	/** The postcode's commune the town names: its name or alias, or the start of its name. */
	const namedIn = (places: Place[], commune: string): Place | undefined => {
		const key = normalizeName(commune);
		if (!key) return undefined;
		return (
			places.find((p) => normalizeName(p.name) === key) ??
			places.find((p) => p.aliases?.some((a) => normalizeName(a) === key)) ??
			// « Saint-Paul » for Saint-Paul-de-Vence, « Montpellier Cedex » for Montpellier
			places.find((p) => {
				const n = normalizeName(p.name);
				return n.startsWith(`${key} `) || key.startsWith(`${n} `);
			})
		);
	};

	/** The town as an exact name outside France, the form of the postcode deciding near ties. */
	const abroad = (commune: string, rawCp: string): OriginResolution | null => {
		const hits = gaz.search(commune, { limit: 10 }).filter((h) => h.country !== 'FR' && h.match === 'exact');
		if (hits.length === 0) return null;
		const four = /^\d{4}$/.test(rawCp.replace(/[\s\u00a0]/g, ''));
		const best = (four && hits.find((h) => FOUR_DIGIT_COUNTRIES.includes(h.country))) || hits[0];
		return place(best, hits.filter((h) => h.country === best.country).length > 1);
	};

	const inFrance = (commune: string): boolean =>
		gaz.search(commune, { countries: ['FR'], limit: 5 }).some((h) => h.match === 'exact');

	/** A row read as French: postcode (checked against the town when given), else the town. */
	function french(rawCp: string, commune: string, explicit: boolean): OriginResolution {
		const cp = frenchPostcode(rawCp);
		const places = cp ? gaz.byPostcode(cp) : [];
		const mismatch: OriginResolution = {
			ok: false,
			reason: 'origin.mismatch',
			value: `${rawCp} · ${commune}`
		};
		if (commune && places.length > 0) {
			const named = namedIn(places, commune);
			if (named) return place(named, false);
			// the town is not one of the postcode's communes: abroad (no country said), elsewhere
			// in France (a contradiction), or a spelling the gazetteer does not know (the postcode)
			const five = /^\d{5}$/.test(rawCp.replace(/[\s\u00a0]/g, ''));
			if (!explicit && !five) {
				const away = abroad(commune, rawCp);
				if (away) return away;
			}
			if (inFrance(commune)) return mismatch;
			if (!explicit && five) {
				const away = abroad(commune, rawCp);
				if (away) return mismatch;
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
			const r = byName(commune, 'FR', dept);
			if (r) return r;
			if (!explicit) {
				const away = abroad(commune, rawCp);
				if (away) return away;
			}
		}
		return { ok: false, reason: 'origin.unknownPostcode', value: rawCp };
	}

	function resolveUncached(o: Origin): OriginResolution {
		const explicit = o.country.trim() !== '';
		const cc = countryCode(o.country, fileCountry);
		if (!cc) return { ok: false, reason: 'origin.unknownCountry', value: o.country };
		const commune = o.commune.trim();
		const rawCp = o.postcode.trim();
		if (cc === 'FR' && rawCp) return french(rawCp, commune, explicit);
		if (commune) {
			const r = byName(commune, cc, null);
			if (r) return r;
			// a file set to another country still has French spectators across the border
			if (!explicit && cc !== 'FR' && rawCp) return french(rawCp, commune, false);
			return { ok: false, reason: 'origin.unknownPlace', value: commune };
		}
		if (rawCp && !explicit && cc !== 'FR' && /^\d{5}$/.test(rawCp.replace(/[\s\u00a0]/g, '')))
			return french(rawCp, '', false);
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
