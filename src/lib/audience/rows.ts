/**
 * Row validation: every CSV row becomes either an ImportRecord (what the calculation needs) or a
 * Rejection with its line number and the reason — never silently dropped. One reason per row, the
 * first found, in this order: mode, count, party size, distance, origin.
 *
 *   mode      survey: required; a label the review has not decided on is "mode.unreviewed",
 *             one the user chose to ignore "mode.ignored". Ticketing: optional (modal shares of
 *             the date are used for rows without one).
 *   count     spectators the row stands for (tickets of an order); empty = 1; a whole number ≥ 1,
 *             read like the party size (« 2 billets », « 1 234 »).
 *   party     people travelling together in the car, read as people write it (« 2 », « 2 personnes »,
 *             « 3 pers. », « deux », « 2 + 1 », « seul »); empty = unknown. An answer that cannot
 *             be read as 1…9 keeps its row (its mode and origin are good) with the party unknown —
 *             the date's occupancy is used — and is listed as a flag. Ticketing files have no
 *             party: tickets bought together say nothing of who shares a car.
 *   distance  optional, km one way (or round trip, halved, when the mapping says so); when given
 *             it wins over the origin (the respondent knows their trip), as everywhere in the app.
 *   origin    postcode / commune / country, resolved by ./geocode.ts.
 *   plausible a survey row whose one-way distance is beyond what its mode is used for
 *             (MAX_KM_BY_MODE: walking from 770 km) is an error in the mode or the origin:
 *             rejected as "mode.implausible", with the mode and distance, never counted.
 *
 * Numbers are read with the caller's `parseNumber` (the server passes the French-aware one of
 * src/lib/server/imports/csv.ts: "12,5", "1 234").
 */
import type { OriginResolver } from './geocode';
import { MAX_GREAT_CIRCLE_KM } from './geocode';
import { labelKey } from './labels';
import { normalizeName } from '../geo/normalize';
import type { AudienceMode } from '../engine/types';
import type {
	Flag,
	ImportRecord,
	ImportSettings,
	LabelChoice,
	RawTable,
	Rejection,
	RejectReason
} from './types';

/** Largest party size a survey answer may give for one car (a 9-seat minibus). */
export const MAX_PARTY = 9;
/** Largest count one row may stand for (a school booking, not a typo of a postcode). */
export const MAX_COUNT = 10_000;
/** Longest declared one-way distance accepted: the geocoding limit with the road detour. */
export const MAX_DECLARED_KM = Math.round(MAX_GREAT_CIRCLE_KM * 1.3);

/**
 * Longest one-way trip, km, each mode is plausibly used for to reach a show. Not statistics of
 * usual trips but generous bounds, several times the usual ones, so that a row beyond is an error
 * of mode or origin rather than an unusual spectator: a 15 km walk is already three hours; 60 km
 * by bike and 80 km by e-bike are long sporting rides; trams and metros stop within a metropolis
 * (the longest French tram-train lines are under 60 km); 150 km covers the longest regional bus
 * lines. Cars, trains and coaches are bounded by the geocoding limit only.
 */
export const MAX_KM_BY_MODE: Partial<Record<AudienceMode, number>> = {
	walk: 15,
	bike: 60,
	ebike: 80,
	tram: 60,
	metro: 60,
	bus: 150
};

export type NumberReader = (s: string) => number | null;

// « un », « deux »… as people write a number of people (French and English, up to ten)
const NUMBER_WORDS: Record<string, number> = {
	un: 1,
	une: 1,
	seul: 1,
	seule: 1,
	moi: 1,
	deux: 2,
	trois: 3,
	quatre: 4,
	cinq: 5,
	six: 6,
	sept: 7,
	huit: 8,
	neuf: 9,
	dix: 10,
	one: 1,
	alone: 1,
	myself: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10
};
// words that may stand around the number and say nothing more (« 3 pers. », « 2 adultes »)
const FILLER = new Set([
	'personne',
	'personnes',
	'pers',
	'pers.',
	'p',
	'pax',
	'adulte',
	'adultes',
	'enfant',
	'enfants',
	'passager',
	'passagers',
	'occupant',
	'occupants',
	'billet',
	'billets',
	'place',
	'places',
	'ticket',
	'tickets',
	'people',
	'person',
	'persons',
	'adult',
	'adults',
	'child',
	'children',
	'dans',
	'la',
	'voiture',
	'en',
	'tout',
	'total',
	'au',
	'dont',
	'avec',
	'in',
	'the',
	'car',
	'environ',
	'about',
	'et',
	'and',
	'plus',
	'je',
	'suis',
	'venu',
	'venue',
	'etais',
	'etions',
	'nous',
	'etait',
	'on',
	'juste',
	'only',
	'just',
	'me'
]);

const SELF = new Set(['moi', 'me', 'seul', 'seule', 'alone', 'myself']);

/** A whole number written with thousands separators (« 1 234 », « 1.234 », « 12,000 »), or null. */
function thousands(s: string): number | null {
	const t = s.trim();
	if (!/^\d{1,3}(?:[\s\u00a0\u202f.,']\d{3})+$/.test(t)) return null;
	return Number(t.replace(/\D/g, ''));
}

/**
 * A number of people or tickets as people write it: « 2 », « 2 personnes », « 3 pers. », « deux »,
 * « 2 + 1 », « 2 adultes et 1 enfant », « seul », « 1 234 ». Null when the text says something else.
 */
export function readPeople(raw: string, parseNumber: NumberReader): number | null {
	// a count is whole: « 1.234 » and « 1,234 » are thousands here, not decimals
	const th = thousands(raw);
	if (th !== null) return th;
	const n = parseNumber(raw);
	if (n !== null && Number.isFinite(n)) return n;
	const tokens = normalizeName(raw.replace(/\+/g, ' plus ')).split(' ').filter(Boolean);
	let sum = 0;
	let found = 0;
	for (const tok of tokens) {
		if (/^\d+$/.test(tok)) {
			sum += Number(tok);
			found++;
		} else if (tok in NUMBER_WORDS) {
			// « moi », « seul » alone are one person; « 2 dont moi » is two, « moi seule » one
			if (SELF.has(tok) && found > 0) continue;
			sum += NUMBER_WORDS[tok];
			found++;
		} else if (!FILLER.has(tok)) return null;
	}
	return found > 0 ? sum : null;
}

export interface ReadOptions {
	settings: ImportSettings;
	/** reviewed label → choice (labels.ts#resolvedLabels merged with the user's choices) */
	labels: Map<string, LabelChoice>;
	resolver: OriginResolver;
	parseNumber: NumberReader;
}

export interface ReadResult {
	records: ImportRecord[];
	rejections: Rejection[];
	/** rows kept with something to know (party unreadable: the default occupancy is used) */
	flags: Flag[];
}

function column(table: RawTable, header: string | undefined): string[] | null {
	if (!header) return null;
	const j = table.headers.indexOf(header);
	return j >= 0 ? table.columns[j] : null;
}

/** Distinct mode labels of the mapped column with how many rows carry each. */
export function countLabels(
	table: RawTable,
	modeHeader: string | undefined
): Map<string, { example: string; rows: number }> {
	const counts = new Map<string, { example: string; rows: number }>();
	const col = column(table, modeHeader);
	if (!col) return counts;
	const keys = new Map<string, string>();
	for (const raw of col) {
		let key = keys.get(raw);
		if (key === undefined) {
			key = labelKey(raw);
			keys.set(raw, key);
		}
		const c = counts.get(key);
		if (c) c.rows++;
		else counts.set(key, { example: raw, rows: 1 });
	}
	return counts;
}

export function readRows(table: RawTable, opts: ReadOptions): ReadResult {
	const { settings, labels, resolver, parseNumber } = opts;
	const m = settings.columns;
	const cols = {
		postcode: column(table, m.postcode),
		commune: column(table, m.commune),
		country: column(table, m.country),
		mode: column(table, m.mode),
		party: column(table, m.party),
		distance: column(table, m.distance),
		count: column(table, m.count)
	};
	const survey = settings.kind === 'survey';
	const halve = settings.distanceKind === 'round-trip';
	const keyOf = new Map<string, string>();
	const records: ImportRecord[] = [];
	const rejections: Rejection[] = [];
	const flags: Flag[] = [];
	const n = table.lines.length;
	const people = new Map<string, number | null>();
	const readCached = (raw: string) => {
		let v = people.get(raw);
		if (v === undefined) {
			v = readPeople(raw, parseNumber);
			people.set(raw, v);
		}
		return v;
	};

	for (let i = 0; i < n; i++) {
		const line = table.lines[i];
		const reject = (reason: RejectReason, value: string) => rejections.push({ line, reason, value });

		// mode
		let mode: ImportRecord['mode'] = null;
		const rawMode = cols.mode ? cols.mode[i] : '';
		if (rawMode === '') {
			if (survey) {
				reject('mode.missing', '');
				continue;
			}
		} else {
			let key = keyOf.get(rawMode);
			if (key === undefined) {
				key = labelKey(rawMode);
				keyOf.set(rawMode, key);
			}
			const choice = labels.get(key);
			if (choice === undefined) {
				reject('mode.unreviewed', rawMode);
				continue;
			}
			if (choice === 'ignore') {
				reject('mode.ignored', rawMode);
				continue;
			}
			mode = choice;
		}

		// count
		let weight = 1;
		const rawCount = cols.count ? cols.count[i] : '';
		if (rawCount !== '') {
			const c = readCached(rawCount);
			if (c === null || !Number.isInteger(c) || c < 1 || c > MAX_COUNT) {
				reject('count.invalid', rawCount);
				continue;
			}
			weight = c;
		}

		// party size
		let party: number | null = null;
		const rawParty = survey && cols.party ? cols.party[i] : '';
		if (rawParty !== '') {
			const p = readCached(rawParty);
			if (p === null || !Number.isInteger(p) || p < 1 || p > MAX_PARTY)
				flags.push({ line, reason: 'party.unreadable', value: rawParty });
			else party = p;
		}
		const plausible = (km: number) => {
			const max = mode ? MAX_KM_BY_MODE[mode] : undefined;
			if (max === undefined || km <= max) return true;
			reject('mode.implausible', `${rawMode} · ${Math.round(km)} km`);
			return false;
		};

		// distance, else origin
		const rawDistance = cols.distance ? cols.distance[i] : '';
		if (rawDistance !== '') {
			const d = parseNumber(rawDistance);
			if (d === null || !Number.isFinite(d) || d < 0) {
				reject('distance.invalid', rawDistance);
				continue;
			}
			const km = halve ? d / 2 : d;
			if (km > MAX_DECLARED_KM) {
				reject('origin.tooFar', rawDistance);
				continue;
			}
			if (!plausible(km)) continue;
			records.push({ line, mode, roadKm: km, railKm: km, declared: true, party, weight, approx: false });
			continue;
		}
		const r = resolver.resolve({
			postcode: cols.postcode ? cols.postcode[i] : '',
			commune: cols.commune ? cols.commune[i] : '',
			country: cols.country ? cols.country[i] : ''
		});
		if (!r.ok) {
			reject(r.reason, r.value);
			continue;
		}
		if (mode && !plausible(mode.startsWith('rail.') ? r.railKm : r.roadKm)) continue;
		records.push({
			line,
			mode,
			roadKm: r.roadKm,
			railKm: r.railKm,
			declared: false,
			party,
			weight,
			approx: r.approx
		});
	}
	return { records, rejections, flags };
}
