/**
 * Place search over the gazetteer: exact, prefix (autocomplete) and typo-tolerant lookups on
 * normalised names and aliases, by postal code, INSEE code or place id, with ranked results.
 *
 * Index (built once over the PlaceStore): place id → row, postal code → rows, and, on the first
 * text search (or warm()), normalised name/alias → rows and the sorted array of all keys.
 *   - Prefix query: a binary search for the first key ≥ query, then the contiguous run of keys that
 *     start with it; never a walk over all keys. One- and two-letter prefixes, whose runs are long,
 *     are ranked once and memoised.
 *   - Typos: edit distance (optimal string alignment: Levenshtein plus adjacent transpositions),
 *     ≤ 1 edit for 4–7 letters, ≤ 2 from 8 letters. The sorted keys are walked as an implicit trie
 *     with a precomputed longest-common-prefix array: DP columns are shared with the previous key
 *     over their common prefix, and as soon as a prefix is more than k edits from every prefix of the
 *     query, every key starting with it is skipped. No string is compared or built while walking.
 *
 * Ranking. A French touring company typing « Brest », « Orange » or « Valence » means the French
 * town, although Brest (Belarus), Orange (California) and Valencia (whose French name is Valence)
 * are bigger; typing « Cologne », « Mons » or « Montréal » it means Köln, Mons (Belgium) and Montréal
 * (Québec), although France has villages of those names. So neither "French exact name first" nor
 * "biggest first" works; the score weighs both:
 *   score = log10(population + 10)
 *         + 1.0 for a place in the weighted country: France by default, the `country` hint instead
 *           when one is given (`country=BE` weighs Belgium as France otherwise is) — one order of
 *           magnitude of population
 *         + 1.0 exact main name | + 0.5 exact alias | + 0.2 main-name prefix | − 1.0 alias prefix
 *         | typo: − 1.5 per edit, + 0.2 on the main name or − 1.5 on an alias, − 0.5 more when only
 *           the beginning of the key matched
 * So an exact name beats a prefix unless the prefix place weighs about 6 times more (« Clermont »
 * → Clermont-Ferrand, not Clermont, Oise), an exonym (alias) of a big foreign city beats a French
 * village of that name (« Cologne » → Köln), and alias prefixes — GeoNames alternates include many
 * transliterations — rarely outrank a real name. Exact-name and alternate-name hits are merged
 * (geodata.md §8.7: preferring the main name sends "Londres" to Argentina). The list of real touring
 * towns in tests/unit/geo/ranking.test.ts checks the weights. Postal-code, INSEE-code and id matches
 * come first.
 */
import { asPostcode, normalizeName, withoutArticle } from './normalize';
import type { PlaceStore } from './store';
import type { MatchKind, Place, SearchHit, SearchOptions } from './types';

export const SCORE = {
	exact: 0.5,
	prefix: 0,
	fuzzyPerEdit: -1.5,
	fuzzyPrefix: -0.5,
	mainNameExact: 0.5,
	mainNameOther: 0.2,
	aliasPrefix: -1,
	aliasFuzzy: -1.5,
	/** The weighted country (France, or the hinted one): one order of magnitude of population. */
	country: 1,
	code: 10
} as const;

/** The country weighed by default: the app serves French touring companies. */
export const HOME_COUNTRY = 'FR';

/** Largest edit distance accepted for a normalised query of this length (0: no typo search). */
export function maxEdits(length: number): number {
	if (length < 4) return 0;
	return length < 8 ? 1 : 2;
}

// A key entry packs the row number and one flag: bit 0 set = the key is an alias, not the main name.
const ALIAS = 1;
// At most this many memoised prefixes (36² letter-or-digit pairs ≈ 1 300, plus accents and scripts).
const SHORT_PREFIX_MEMO_MAX = 4096;
// How many candidates are kept for a memoised one- or two-letter prefix.
const SHORT_PREFIX_KEEP = 200;
const NO_ENTRIES: readonly number[] = [];

interface Candidate {
	row: number;
	kind: MatchKind;
	key: string;
	distance: number;
	score: number;
}

type RowFilter = (row: number) => boolean;

const DEPARTMENT_CODE = /^(\d{2}|2[AB]|9[78]\d)$/;

export class PlaceIndex {
	readonly store: PlaceStore;
	private readonly postcodes = new Map<string, number[]>();
	// The name index is built on the first text search: lookups by id or postal code (what the engine
	// does with a stored tour) do not need it, and it is most of the start-up time.
	/** key → packed entry (one place) or entries (several). Most keys name a single place. */
	private readonly entries = new Map<string, number | number[]>();
	private keys: string[] = [];
	/** lcp[i]: length of the common prefix of keys[i − 1] and keys[i] (capped at 255). */
	private lcp = new Uint8Array(0);
	private maxKeyLength = 0;
	private namesBuilt = false;
	private readonly deptByName = new Map<string, string>();
	private readonly deptCodes: Set<string>;
	private readonly countryCodes: Set<string>;
	private readonly shortPrefixes = new Map<string, Candidate[]>();

	constructor(store: PlaceStore) {
		this.store = store;
		for (let row = 0; row < store.count; row++) {
			for (const cp of store.postcodes(row)) {
				const list = this.postcodes.get(cp);
				if (list) list.push(row);
				else this.postcodes.set(cp, [row]);
			}
		}
		for (const list of this.postcodes.values()) list.sort((x, y) => this.postcodeOrder(x, y));
		const depts = store.departmentList();
		for (const d of depts) this.deptByName.set(normalizeName(d.name), d.code);
		this.deptCodes = new Set(depts.map((d) => d.code));
		this.countryCodes = new Set(store.countries());
	}

	/** Builds the name index now rather than on the first text search (e.g. at server start-up). */
	warm(): void {
		if (this.namesBuilt) return;
		const store = this.store;
		for (let row = 0; row < store.count; row++) {
			this.addName(store.name(row), row * 2);
			for (const a of store.aliases(row)) this.addName(a, row * 2 + ALIAS);
		}
		const keys = [...this.entries.keys()].sort();
		const lcp = new Uint8Array(keys.length);
		let longest = 0;
		for (let i = 0; i < keys.length; i++) {
			const a = keys[i];
			if (a.length > longest) longest = a.length;
			if (i === 0) continue;
			const b = keys[i - 1];
			const lim = Math.min(a.length, b.length, 255);
			let c = 0;
			while (c < lim && a.charCodeAt(c) === b.charCodeAt(c)) c++;
			lcp[i] = c;
		}
		this.keys = keys;
		this.lcp = lcp;
		this.maxKeyLength = longest;
		this.namesBuilt = true;
	}

	/** Indexes a name and, when it starts with an article ("Le Havre"), the name without it (as an alias). */
	private addName(name: string, entry: number): void {
		const key = normalizeName(name);
		this.addKey(key, entry);
		const bare = withoutArticle(key);
		if (bare) this.addKey(bare, entry | ALIAS);
	}

	private addKey(key: string, entry: number): void {
		if (!key) return;
		const cur = this.entries.get(key);
		if (cur === undefined) this.entries.set(key, entry);
		else if (Array.isArray(cur)) {
			let at = cur.length - 1;
			while (at >= 0 && cur[at] >> 1 !== entry >> 1) at--;
			if (at < 0) cur.push(entry);
			else if (cur[at] & ALIAS && !(entry & ALIAS)) cur[at] = entry; // the main name wins over an alias
		} else if (cur >> 1 !== entry >> 1) this.entries.set(key, [cur, entry]);
		else if (cur & ALIAS && !(entry & ALIAS)) this.entries.set(key, entry);
	}

	/** Arrondissements before their city (they are the precise answer), then by population. */
	private postcodeOrder(x: number, y: number): number {
		const s = this.store;
		if (s.parent(x) === s.id(y)) return -1;
		if (s.parent(y) === s.id(x)) return 1;
		return s.population(y) - s.population(x) || x - y;
	}

	get size(): number {
		return this.store.count;
	}

	get keyCount(): number {
		this.warm();
		return this.keys.length;
	}

	get(id: string): Place | undefined {
		const row = this.store.indexOf(id.trim());
		return row < 0 ? undefined : this.store.place(row);
	}

	byPostcode(postcode: string): Place[] {
		const cp = asPostcode(postcode);
		return cp ? (this.postcodes.get(cp) ?? []).map((r) => this.store.place(r)) : [];
	}

	/** Ranked places for a free-text query (name, alias, postal code, INSEE code or id). */
	search(text: string, options: SearchOptions = {}): SearchHit[] {
		const asked = Number.isFinite(options.limit) ? Math.floor(options.limit as number) : 10;
		const limit = Math.max(1, Math.min(asked, 100));
		const raw = text.normalize('NFC').trim();
		if (!raw) return [];
		const s = this.store;
		const hint = options.country?.toUpperCase();
		const only = options.countries?.map((c) => c.toUpperCase());
		const keep: RowFilter | undefined = only ? (row) => only.includes(s.country(row)) : undefined;
		const kept = (row: number) => !keep || keep(row);

		// A place id ("fr:42218", "gn:2800866") or an INSEE code with letters ("2A004").
		let row = s.indexOf(raw);
		if (row < 0 && /^\d[AB]\d{3}$/i.test(raw)) row = s.indexOf(`fr:${raw}`);
		if (row >= 0) return kept(row) ? [this.hit(row, 'id', s.name(row), 0, SCORE.code)] : [];

		// A postal code, alone or with a name ("34000", "34000 Montpellier", "Montpellier 34000").
		const cpFirst = /^(\d{2}\s?\d{3})(?:\s+(.+))?$/.exec(raw);
		const cpLast = cpFirst ? null : /^(.+?)\s+(\d{2}\s?\d{3})$/.exec(raw);
		if (cpFirst || cpLast) {
			const cp = asPostcode(cpFirst ? cpFirst[1] : (cpLast as RegExpExecArray)[2]) as string;
			const nameText = cpFirst ? cpFirst[2] : (cpLast as RegExpExecArray)[1];
			const rows = (this.postcodes.get(cp) ?? []).filter(kept);
			if (rows.length > 0) {
				const want = nameText ? normalizeName(nameText) : '';
				const named = want
					? rows.filter((r) => [s.name(r), ...s.aliases(r)].some((n) => normalizeName(n).startsWith(want)))
					: rows;
				return (named.length > 0 ? named : rows)
					.slice(0, limit)
					.map((r, i) => this.hit(r, 'postcode', cp, 0, SCORE.code - i / 1000));
			}
			if (!nameText) {
				// Five digits that are no postal code: maybe an INSEE code (they differ for most communes).
				const insee = s.indexOf(`fr:${cp}`);
				return insee >= 0 && kept(insee) ? [this.hit(insee, 'id', s.name(insee), 0, SCORE.code)] : [];
			}
		}

		// A qualifier: "Saint-Denis (974)", "Saint-Denis, 93", "Saint-Denis (La Réunion)", "Valence, ES".
		const qualified = /^(.+?)\s*(?:\(([^()]+)\)|,\s*([^,]+))$/.exec(raw);
		if (qualified) {
			const filter = this.qualifier(qualified[2] ?? qualified[3]);
			if (filter) {
				const hits = this.rank(normalizeName(qualified[1]), limit, hint, (r) => kept(r) && filter(r));
				if (hits.length > 0) return hits;
			}
		}
		return this.rank(normalizeName(raw), limit, hint, keep);
	}

	/** A row filter for a qualifier naming a department (code or name) or a country (ISO2); else undefined. */
	private qualifier(text: string): RowFilter | undefined {
		const s = this.store;
		const t = text.trim();
		const upper = t.toUpperCase();
		if (DEPARTMENT_CODE.test(upper) && this.deptCodes.has(upper)) return (r) => s.departmentCode(r) === upper;
		const dept = this.deptByName.get(normalizeName(t));
		if (dept) return (r) => s.departmentCode(r) === dept;
		if (/^[A-Za-z]{2}$/.test(t) && this.countryCodes.has(upper)) return (r) => s.country(r) === upper;
		return undefined;
	}

	private baseScore(entry: number, kind: MatchKind, distance: number, prefixOnly: boolean): number {
		const main = (entry & ALIAS) === 0;
		const row = entry >> 1;
		let score = Math.log10(this.store.population(row) + 10);
		if (this.store.country(row) === HOME_COUNTRY) score += SCORE.country;
		if (kind === 'exact') score += SCORE.exact + (main ? SCORE.mainNameExact : 0);
		else if (kind === 'prefix') score += SCORE.prefix + (main ? SCORE.mainNameOther : SCORE.aliasPrefix);
		else {
			score += SCORE.fuzzyPerEdit * distance + (main ? SCORE.mainNameOther : SCORE.aliasFuzzy);
			if (prefixOnly) score += SCORE.fuzzyPrefix;
		}
		return score;
	}

	/** Row entries of a key (a shared empty array when none). */
	private entriesOf(key: string): readonly number[] {
		const v = this.entries.get(key);
		if (v === undefined) return NO_ENTRIES;
		return typeof v === 'number' ? [v] : v;
	}

	/** Records a candidate unless the row already has a better one. */
	private offer(
		best: Map<number, Candidate>,
		entry: number,
		kind: MatchKind,
		key: string,
		distance: number,
		prefixOnly: boolean
	): void {
		const row = entry >> 1;
		const cur = best.get(row);
		// A typo match never replaces an exact or prefix match of the same place.
		if (cur && kind === 'fuzzy' && cur.kind !== 'fuzzy') return;
		const score = this.baseScore(entry, kind, distance, prefixOnly);
		if (!cur || score > cur.score) best.set(row, { row, kind, key, distance, score });
	}

	/** Exact and prefix candidates: one binary search, then the run of keys that start with q. */
	private exactAndPrefix(q: string, filter: RowFilter | undefined, best: Map<number, Candidate>) {
		let exact = false;
		let prefix = 0;
		// Plain loops, no closures: this runs for every key of the run, on every keystroke.
		for (let i = this.lowerBound(q, 0); i < this.keys.length; i++) {
			const key = this.keys[i];
			if (!key.startsWith(q)) break;
			const kind: MatchKind = key.length === q.length ? 'exact' : 'prefix';
			for (const e of this.entriesOf(key)) {
				if (filter && !filter(e >> 1)) continue;
				if (kind === 'exact') exact = true;
				else prefix++;
				this.offer(best, e, kind, key, 0, false);
			}
		}
		return { exact, prefix };
	}

	private rank(q: string, limit: number, hint: string | undefined, filter?: RowFilter): SearchHit[] {
		if (!q) return [];
		this.warm();
		let candidates: Candidate[];
		if (q.length <= 2 && !filter) {
			// One- and two-letter prefixes match tens of thousands of keys: rank them once.
			let memo = this.shortPrefixes.get(q);
			if (!memo) {
				const best = new Map<number, Candidate>();
				this.exactAndPrefix(q, undefined, best);
				memo = [...best.values()]
					.sort((a, b) => b.score - a.score || a.row - b.row)
					.slice(0, SHORT_PREFIX_KEEP);
				// bounded: queries come from anyone; real two-letter prefixes number a few thousand
				if (this.shortPrefixes.size >= SHORT_PREFIX_MEMO_MAX) this.shortPrefixes.clear();
				this.shortPrefixes.set(q, memo);
			}
			candidates = memo.map((c) => ({ ...c }));
		} else {
			const best = new Map<number, Candidate>();
			const found = this.exactAndPrefix(q, filter, best);
			// Typos: only when no key matched exactly and the prefixes do not fill the list.
			const k = maxEdits(q.length);
			if (k > 0 && !found.exact && found.prefix < limit) {
				// Typo-tolerant prefixes ("saint etiene du" → Saint-Étienne-du-Rouvray) from 6 letters:
				// with 4–5 letters nearly every key is one edit away from some prefix.
				this.fuzzyScan(q, k, q.length >= 6, (key, distance, prefixOnly) => {
					for (const e of this.entriesOf(key)) {
						if (!filter || filter(e >> 1)) this.offer(best, e, 'fuzzy', key, distance, prefixOnly);
					}
				});
			}
			candidates = [...best.values()];
		}
		const s = this.store;
		// A hint moves the country weight from France to the hinted country.
		if (hint && hint !== HOME_COUNTRY) {
			for (const c of candidates) {
				const cc = s.country(c.row);
				if (cc === HOME_COUNTRY) c.score -= SCORE.country;
				else if (cc === hint) c.score += SCORE.country;
			}
		}
		return candidates
			.sort((a, b) => b.score - a.score || s.population(b.row) - s.population(a.row) || a.row - b.row)
			.slice(0, limit)
			.map((c) => this.hit(c.row, c.kind, this.displayName(c.row, c.key), c.distance, c.score));
	}

	private lowerBound(q: string, from: number): number {
		let lo = from;
		let hi = this.keys.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.keys[mid] < q) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/**
	 * Calls `found(key, distance, prefixOnly)` for every key within k edits of q, or, when `prefixToo`,
	 * whose beginning is within k edits of q (prefixOnly = true). Dynamic programming with the key's
	 * characters as columns and the query's as rows, restricted to the band |i − j| ≤ k.
	 */
	fuzzyScan(
		q: string,
		k: number,
		prefixToo: boolean,
		found: (key: string, distance: number, prefixOnly: boolean) => void
	) {
		this.warm();
		const m = q.length;
		const W = m + 1;
		const BIG = k + 1;
		const D = new Int32Array((this.maxKeyLength + 1) * W); // column j at offset j * W
		const PM = new Int32Array(this.maxKeyLength + 1); // best D[m][j'] for j' ≤ j (prefix matches)
		const qc = new Int32Array(m);
		for (let i = 0; i < m; i++) qc[i] = q.charCodeAt(i);
		for (let i = 0; i <= m; i++) D[i] = i <= k ? i : BIG;
		PM[0] = D[m] <= k ? D[m] : BIG;

		const keys = this.keys;
		const lcp = this.lcp;
		const N = keys.length;
		let valid = 0; // columns 1..valid of D belong to the last key computed
		let common = 0; // common prefix of that key and keys[p] (from the LCP array, no string compare)
		let p = 0;
		while (p < N) {
			const key = keys[p];
			const n = key.length;
			if (n < m - k || (!prefixToo && n > m + k)) {
				p++;
				if (p < N && lcp[p] < common) common = lcp[p];
				continue;
			}
			// Columns 1..j0 are shared with the last computed key.
			let j0 = common < valid ? common : valid;
			if (j0 > n) j0 = n;
			let dead = 0;
			for (let j = j0 + 1; j <= n; j++) {
				const base = j * W;
				const prev = base - W;
				const prev2 = prev - W;
				const lo = j - k > 0 ? j - k : 0;
				const hi = j + k < m ? j + k : m;
				if (lo > hi) {
					PM[j] = PM[j - 1];
					dead = j;
					break;
				}
				if (lo > 0) D[base + lo - 1] = BIG;
				if (hi < m) D[base + hi + 1] = BIG;
				const sc = key.charCodeAt(j - 1);
				const sp = j > 1 ? key.charCodeAt(j - 2) : -1;
				let colMin = BIG;
				for (let i = lo; i <= hi; i++) {
					let v: number;
					if (i === 0) v = j;
					else {
						v = D[prev + i - 1] + (qc[i - 1] === sc ? 0 : 1);
						const del = D[prev + i] + 1;
						if (del < v) v = del;
						const ins = D[base + i - 1] + 1;
						if (ins < v) v = ins;
						if (i > 1 && j > 1 && qc[i - 1] === sp && qc[i - 2] === sc) {
							const tr = D[prev2 + i - 2] + 1;
							if (tr < v) v = tr;
						}
						if (v > BIG) v = BIG;
					}
					D[base + i] = v;
					if (v < colMin) colMin = v;
				}
				const atEnd = hi === m ? D[base + m] : BIG;
				PM[j] = atEnd < PM[j - 1] ? atEnd : PM[j - 1];
				if (colMin > k) {
					dead = j;
					break;
				}
			}
			if (dead > 0) {
				// Every key starting with key[0..dead) is as far from q: report them all as prefix matches
				// if an earlier column reached the end of q, then jump past them. The run ends at the first
				// key whose LCP with its predecessor is shorter than `dead`.
				valid = dead;
				let end = p + 1;
				while (end < N && lcp[end] >= dead) end++;
				if (prefixToo && PM[dead - 1] <= k) {
					for (let x = p; x < end; x++) found(keys[x], PM[dead - 1], true);
				}
				p = end;
				common = p < N ? lcp[p] : 0;
				continue;
			}
			valid = n;
			const full = Math.abs(n - m) <= k ? D[n * W + m] : BIG;
			if (full <= k) found(key, full, false);
			else if (prefixToo && PM[n] <= k) found(key, PM[n], true);
			p++;
			common = p < N ? lcp[p] : 0;
		}
	}

	/** The name or alias, as written in the data, whose key matched ("Bruxelles" for Brussels). */
	private displayName(row: number, key: string): string {
		const s = this.store;
		for (const n of [s.name(row), ...s.aliases(row)]) {
			const k = normalizeName(n);
			if (k === key || withoutArticle(k) === key) return n;
		}
		return s.name(row);
	}

	private hit(row: number, match: MatchKind, matched: string, distance: number, score: number): SearchHit {
		return { ...this.store.place(row), match, matched, distance, score: Math.round(score * 1000) / 1000 };
	}
}

/** Score gap under which two candidates are "close": half an order of magnitude of weight. */
export const CLOSE_GAP = 0.5;
/** Score gap under which a runner-up in another country is worth a warning: one order of magnitude. */
export const OTHER_COUNTRY_GAP = 1;

export interface Ambiguity {
	reason: 'close' | 'other-country';
	first: SearchHit;
	second: SearchHit;
	/** Score of the first minus score of the second. */
	gap: number;
}

/**
 * Whether taking the first hit silently would hide a real doubt: the runner-up scores within
 * CLOSE_GAP (« Saint-Denis »: Réunion or Seine-Saint-Denis), or sits in another country within
 * OTHER_COUNTRY_GAP or with the same exact name (« Brest »: Finistère or Belarus). Ids and postal
 * codes are never ambiguous.
 */
export function ambiguity(hits: readonly SearchHit[]): Ambiguity | undefined {
	if (hits.length < 2) return undefined;
	const [first, second] = hits;
	if (first.match === 'id' || first.match === 'postcode') return undefined;
	const gap = Math.round((first.score - second.score) * 1000) / 1000;
	if (gap < CLOSE_GAP) return { reason: 'close', first, second, gap };
	const sameExact = first.match === 'exact' && second.match === 'exact';
	if (first.country !== second.country && (gap < OTHER_COUNTRY_GAP || sameExact))
		return { reason: 'other-country', first, second, gap };
	return undefined;
}
