/**
 * Normalisation of place names into search keys: "Saint-Étienne", "ST ETIENNE" and "saint etienne"
 * all become "saint etienne". Rules (geodata.md §2): Unicode NFD, combining marks removed, lower
 * case, letters that NFD keeps whole folded by hand (ß→ss, œ→oe, ø→o, ł→l…), every run of
 * punctuation (hyphens, apostrophes, dots, commas, brackets) turned into one space, and the French
 * and English abbreviations st/ste/sts/stes expanded to saint/sainte/saints/saintes.
 *
 * The build script (scripts/build-geodata.mjs) has a copy of this function to deduplicate names at
 * build time; tests/unit/geo/build-output.test.ts checks that both give the same keys.
 */

// Letters that NFD does not decompose into a base letter plus combining marks.
const FOLD: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ł: 'l',
	ı: 'i',
	ħ: 'h',
	ŧ: 't',
	ŋ: 'n',
	// Greek final sigma: lower-casing a whole word yields ς where one letter alone yields σ.
	ς: 'σ'
};

// Whole-word abbreviations of saints' names ("St-Malo", "Ste Foy", "St. Albans").
const WORDS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

/**
 * Search key of a name: accent-free, lower case, words separated by single spaces.
 *
 * Written as one pass over the characters with a per-character cache instead of
 * `normalize('NFD')` plus Unicode regexes over the whole string: the gazetteer normalises about
 * 150,000 names at start-up and this is several times faster. The result is the same, because NFD
 * of a string is the concatenation of the NFD of its characters up to the order of combining marks,
 * which are dropped anyway (checked against the reference version in the tests).
 */
export function normalizeName(text: string): string {
	// Plain ASCII (most GeoNames names and typed queries): native string operations only.
	if (ASCII.test(text)) {
		const out = text.toLowerCase().replace(NON_ALNUM, ' ').trim();
		return ST_WORD.test(out) ? expandWords(out) : out;
	}
	let out = '';
	let pendingSpace = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		let piece: string;
		if (c < 128) {
			if (c >= 97 && c <= 122) piece = text[i];
			else if (c >= 65 && c <= 90) piece = String.fromCharCode(c + 32);
			else if (c >= 48 && c <= 57) piece = text[i];
			else piece = ' ';
		} else {
			// Surrogate pairs (letters outside the BMP) are kept whole.
			const ch = c >= 0xd800 && c < 0xdc00 && i + 1 < text.length ? text.slice(i, ++i + 1) : text[i];
			piece = foldChar(ch);
		}
		if (piece === ' ') {
			if (out.length > 0) pendingSpace = true;
		} else if (piece !== '') {
			if (pendingSpace) {
				out += ' ';
				pendingSpace = false;
			}
			out += piece;
		}
	}
	return ST_WORD.test(out) ? expandWords(out) : out;
}

// Printable ASCII; control characters take the general path.
const ASCII = /^[\x20-\x7e]*$/;
const NON_ALNUM = /[^a-z0-9]+/g;
// Only keys with a short "st…" word need the word pass.
const ST_WORD = /(?:^| )st(?:e?s?)(?: |$)/;

function expandWords(key: string): string {
	return key
		.split(' ')
		.map((w) => WORDS[w] ?? w)
		.join(' ');
}

/**
 * Folded characters, memoised. Bounded: search text comes from anyone (/api/places), and there
 * are over a million code points; real text uses a few hundred, so a full cache is simply cleared.
 */
const charCache = new Map<string, string>();
const CHAR_CACHE_MAX = 4096;

/** One non-ASCII character → its folded form ('' for a combining mark, ' ' for punctuation). */
function foldChar(ch: string): string {
	let f = charCache.get(ch);
	if (f === undefined) {
		f = normalizeNameReference(ch);
		if (f === '' && !/\p{M}/u.test(ch)) f = ' ';
		if (charCache.size >= CHAR_CACHE_MAX) charCache.clear();
		charCache.set(ch, f);
	}
	return f;
}

/** The definition of the key, kept as the reference for tests and for single characters. */
export function normalizeNameReference(text: string): string {
	const base = text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[ßæœøđðþłıħŧŋς]/g, (c) => FOLD[c]);
	return base
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.split(' ')
		.map((w) => WORDS[w] ?? w)
		.join(' ');
}

// Leading articles that people often drop when typing ("Havre" for Le Havre, "Rochelle" for
// La Rochelle, "Hague" for The Hague). Names starting with one are also indexed without it.
const ARTICLES = new Set([
	'le',
	'la',
	'les',
	'l',
	'the',
	'el',
	'il',
	'lo',
	'los',
	'las',
	'de',
	'den',
	'der',
	'die',
	'das',
	'het'
]);

/** The key without its leading article, or undefined when the key has none (or is only that word). */
export function withoutArticle(key: string): string | undefined {
	const space = key.indexOf(' ');
	if (space <= 0) return undefined;
	return ARTICLES.has(key.slice(0, space)) ? key.slice(space + 1) : undefined;
}

/** A French postal code typed with or without its inner space ("34 000"), or undefined. */
export function asPostcode(text: string): string | undefined {
	const m = /^\s*(\d{2})\s?(\d{3})\s*$/.exec(text);
	return m ? m[1] + m[2] : undefined;
}
