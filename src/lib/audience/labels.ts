/**
 * Travel-mode labels as people write them in surveys ("Voiture", "à pied", "TER", "car (autocar)",
 * "Covoiturage", "by bike"…) → the engine's audience modes (AUDIENCE_MODES). Labels are compared by
 * their normalised key (accents, case and punctuation removed: src/lib/geo/normalize.ts).
 *
 * A label is resolved, in order, by: the organisation's own reviewed choices; the whole key in the
 * table below; the phrases of the table found as whole words in it (the longest phrases win, so
 * "vélo électrique" is an e-bike, not a bike). A label naming two modes ("train + vélo") or a vague
 * one ("transports en commun") gets a suggestion but goes to the review step; a label nothing
 * matches goes there without one. Nothing is guessed silently.
 *
 * "car" is a coach in French (« car », « autocar ») and a car in English: it is read in the
 * language of the file's other labels, and sent to review when they do not tell.
 */
import { normalizeName } from '../geo/normalize';
import { AUDIENCE_MODES, type AudienceMode } from '../engine/types';
import type { LabelChoice } from './types';

type Lang = 'fr' | 'en' | 'any';
/** `car?` is the French/English "car", resolved by the file's language. */
type Target = AudienceMode | 'car?';

interface Phrase {
	target: Target;
	lang: Lang;
	/** a suggestion only: the label still goes to review */
	vague?: boolean;
}

const P = (target: Target, lang: Lang, phrases: string[], vague = false): [string, Phrase][] =>
	phrases.map((p) => [p, { target, lang, vague }]);

const TABLE = new Map<string, Phrase>([
	...P('car', 'fr', [
		'voiture',
		'voitures',
		'en voiture',
		'voiture personnelle',
		'voiture individuelle',
		'vehicule personnel',
		'vehicule',
		'automobile',
		'covoiturage',
		'co voiturage',
		'autopartage',
		'conducteur',
		'conductrice',
		// abbreviations people type in a free-text answer
		'covoit',
		'co voit',
		'voit',
		'voiture perso',
		'vehicule perso',
		'veh perso',
		'vp',
		'vl',
		'passager',
		'passagere',
		'blablacar',
		'bla bla car'
	]),
	...P('car', 'any', ['auto', 'taxi', 'vtc', 'uber']),
	...P('car', 'en', [
		'by car',
		'private car',
		'driving',
		'drove',
		'drive',
		'carpool',
		'carpooling',
		'car pool',
		'car share',
		'car sharing',
		'ride share',
		'rideshare',
		'cab'
	]),
	...P('car?', 'any', ['car', 'cars']),
	...P('motorbike', 'fr', [
		'moto',
		'motos',
		'motocyclette',
		'deux roues motorise',
		'2 roues motorise',
		'cyclomoteur',
		'mobylette',
		'scoot',
		'2rm'
	]),
	...P('motorbike', 'any', ['scooter']),
	...P('motorbike', 'en', ['motorbike', 'motorcycle', 'moped']),
	...P('bus', 'fr', ['autobus', 'bus urbain', 'bus de ville', 'navette']),
	...P('bus', 'any', ['bus']),
	...P('bus', 'en', ['city bus', 'local bus', 'shuttle', 'shuttle bus']),
	...P(
		'bus',
		'fr',
		[
			'transports en commun',
			'transport en commun',
			'tc',
			'tec',
			'bus tram',
			'tram bus',
			'bus metro',
			'metro bus'
		],
		true
	),
	...P('bus', 'en', ['public transport', 'public transportation', 'transit'], true),
	...P('tram', 'any', ['tram', 'tramway', 'tramways', 'tram train']),
	...P('metro', 'fr', ['metro']),
	...P('metro', 'en', ['subway', 'underground', 'tube', 'u bahn']),
	...P('rail.ter', 'fr', [
		'ter',
		'train',
		'trains',
		'en train',
		'train regional',
		'train ter',
		'rer',
		'transilien',
		'leman express',
		'sncf'
	]),
	...P('rail.ter', 'en', ['by train', 'regional train', 'local train', 'commuter train', 'rail']),
	...P('rail.intercites', 'fr', ['intercites', 'train intercites', 'train de nuit']),
	...P('rail.intercites', 'en', ['intercity', 'intercity train', 'night train']),
	...P('rail.tgv', 'fr', [
		'tgv',
		'inoui',
		'tgv inoui',
		'ouigo',
		'grande vitesse',
		'train grande vitesse',
		'train a grande vitesse',
		'lgv'
	]),
	...P('rail.tgv', 'any', ['eurostar', 'thalys', 'lyria', 'ice', 'ave', 'frecciarossa']),
	...P('rail.tgv', 'en', ['high speed train', 'high speed rail']),
	...P('coach', 'fr', [
		'autocar',
		'autocars',
		'car autocar',
		'autocar car',
		'bus interurbain',
		'car interurbain',
		'car regional',
		'car scolaire',
		'car de ligne'
	]),
	...P('coach', 'any', ['flixbus', 'blablacar bus']),
	...P('coach', 'en', ['coach', 'motorcoach', 'long distance bus', 'intercity bus', 'by coach']),
	...P('bike', 'fr', [
		'velo',
		'velos',
		'en velo',
		'a velo',
		'bicyclette',
		'velo en libre service',
		'velib',
		'trottinette',
		'trott'
	]),
	...P('bike', 'en', ['bike', 'bicycle', 'cycle', 'cycling', 'by bike', 'kick scooter']),
	...P('ebike', 'fr', [
		'velo electrique',
		'vae',
		'velo a assistance electrique',
		'velo assistance electrique',
		'trottinette electrique',
		'velo cargo electrique',
		'velo elec',
		'velo electr',
		'v a e',
		'trottinette elec',
		'trott elec'
	]),
	...P('ebike', 'en', ['e bike', 'ebike', 'electric bike', 'pedelec', 'e scooter', 'electric scooter']),
	...P('walk', 'fr', [
		'a pied',
		'a pieds',
		'pied',
		'pieds',
		'marche',
		'marche a pied',
		'pieton',
		'pietonne',
		'a pattes',
		'apied'
	]),
	...P('walk', 'en', ['walk', 'walking', 'walked', 'on foot', 'by foot', 'foot']),
	// modes added with issue 18 (longer phrases than the generic ones above, so they win)
	...P('motorbike.small', 'fr', ['moto 125', 'moto 125 cm3', 'petite moto', 'moto legere']),
	...P('motorbike.small', 'en', ['125cc motorbike', 'small motorbike', 'light motorcycle']),
	...P('scooter.petrol', 'fr', ['scooter thermique', 'scooter essence']),
	...P('scooter.petrol', 'en', ['petrol scooter', 'gas scooter']),
	...P('scooter.electric', 'fr', ['scooter electrique']),
	...P('scooter.electric', 'en', ['electric moped']),
	...P('kick_scooter.electric', 'fr', ['trottinette electrique en libre service']),
	...P('kick_scooter.electric', 'en', ['electric kick scooter', 'e kick scooter']),
	...P('cargo_bike.electric', 'fr', ['triporteur', 'triporteur electrique', 'biporteur']),
	...P('cargo_bike.electric', 'en', ['cargo bike', 'electric cargo bike']),
	...P('bus.electric', 'fr', ['bus electrique']),
	...P('bus.electric', 'en', ['electric bus']),
	...P('bus.cng', 'fr', ['bus gnv', 'bus au gaz', 'bus gaz naturel', 'bus au gaz naturel']),
	...P('bus.cng', 'en', ['cng bus', 'natural gas bus'])
]);

/** When a label names several modes, the one that usually carries the longest part of the trip. */
const MAIN_MODE_ORDER: AudienceMode[] = [
	'rail.tgv',
	'rail.intercites',
	'rail.ter',
	'coach',
	'car',
	'motorbike',
	'motorbike.small',
	'scooter.petrol',
	'scooter.electric',
	'bus',
	'bus.cng',
	'bus.electric',
	'tram',
	'metro',
	'ebike',
	'cargo_bike.electric',
	'kick_scooter.electric',
	'bike',
	'walk'
];

const MODES = new Set<string>(AUDIENCE_MODES);

export function isAudienceMode(v: string): v is AudienceMode {
	return MODES.has(v);
}

export function isLabelChoice(v: string): v is LabelChoice {
	return v === 'ignore' || MODES.has(v);
}

/** The key a label is compared and remembered by: "À pied !" → "a pied". */
export function labelKey(raw: string): string {
	return normalizeName(raw);
}

interface Match {
	phrase: string;
	entry: Phrase;
}

function matches(key: string): Match[] {
	const whole = TABLE.get(key);
	if (whole) return [{ phrase: key, entry: whole }];
	const padded = ` ${key} `;
	const found: Match[] = [];
	for (const [phrase, entry] of TABLE) {
		if (padded.includes(` ${phrase} `)) found.push({ phrase, entry });
	}
	// a phrase inside a longer matched phrase does not count ("velo" in "velo electrique")
	return found.filter(
		(m) =>
			!found.some(
				(o) => o !== m && o.phrase.length > m.phrase.length && ` ${o.phrase} `.includes(` ${m.phrase} `)
			)
	);
}

export type FileLanguage = 'fr' | 'en' | null;

/** The language the labels of a file are written in, from the phrases only one language uses. */
export function labelLanguage(keys: Iterable<string>): FileLanguage {
	let fr = 0;
	let en = 0;
	for (const key of keys) {
		for (const m of matches(key)) {
			if (m.entry.lang === 'fr') fr++;
			else if (m.entry.lang === 'en') en++;
		}
	}
	if (fr > en) return 'fr';
	if (en > fr) return 'en';
	return null;
}

export type LabelStatus = 'remembered' | 'known' | 'ambiguous' | 'unknown';

export interface LabelSuggestion {
	/** a mode (or "ignore" when the organisation chose so) or null when nothing matches */
	choice: LabelChoice | null;
	status: LabelStatus;
}

/** What a label means by the table alone (no organisation choices). */
export function suggestMode(key: string, lang: FileLanguage): LabelSuggestion {
	if (key === '') return { choice: null, status: 'unknown' };
	const found = matches(key);
	const modes = new Set<AudienceMode>();
	let vague = false;
	let undecided = false;
	for (const m of found) {
		if (m.entry.vague) vague = true;
		if (m.entry.target === 'car?') {
			if (lang === 'fr') modes.add('coach');
			else if (lang === 'en') modes.add('car');
			else undecided = true;
		} else modes.add(m.entry.target);
	}
	if (modes.size === 0) return { choice: null, status: undecided ? 'ambiguous' : 'unknown' };
	const main = MAIN_MODE_ORDER.find((x) => modes.has(x)) ?? null;
	if (modes.size > 1 || vague || undecided) return { choice: main, status: 'ambiguous' };
	return { choice: main, status: 'known' };
}

export interface LabelReview {
	key: string;
	/** the label as first written in the file */
	example: string;
	/** rows carrying it (weight not included) */
	rows: number;
	suggestion: LabelChoice | null;
	status: LabelStatus;
}

/**
 * The distinct labels of a file with what each means, those needing a look first, then by
 * frequency. `chosen` are the organisation's (remembered or just reviewed) choices.
 */
export function reviewLabels(
	counts: Map<string, { example: string; rows: number }>,
	chosen: Record<string, LabelChoice>
): LabelReview[] {
	const lang = labelLanguage(counts.keys());
	const out: LabelReview[] = [];
	for (const [key, { example, rows }] of counts) {
		if (key === '') continue;
		const own = chosen[key];
		if (own && isLabelChoice(own)) {
			out.push({ key, example, rows, suggestion: own, status: 'remembered' });
			continue;
		}
		const s = suggestMode(key, lang);
		out.push({ key, example, rows, suggestion: s.choice, status: s.status });
	}
	const rank = (s: LabelStatus) => (s === 'unknown' ? 0 : s === 'ambiguous' ? 1 : 2);
	return out.sort((a, b) => rank(a.status) - rank(b.status) || b.rows - a.rows || a.key.localeCompare(b.key));
}

/** The labels that still need a decision before saving. */
export function needsReview(r: LabelReview): boolean {
	return r.status === 'unknown' || r.status === 'ambiguous';
}

/**
 * The final label → choice table used to read rows: the organisation's choices win, then the
 * table's unambiguous matches. Unknown and ambiguous labels without a choice are left out (their
 * rows are rejected as "mode.unreviewed").
 */
export function resolvedLabels(reviews: LabelReview[]): Map<string, LabelChoice> {
	const m = new Map<string, LabelChoice>();
	for (const r of reviews) {
		if (r.status === 'remembered' || r.status === 'known') {
			if (r.suggestion) m.set(r.key, r.suggestion);
		}
	}
	return m;
}
