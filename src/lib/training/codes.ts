/**
 * Join codes and pseudonyms, pure (the random source is passed in, so tests can drive it).
 *
 * A join code is three words, `noun-adjective-noun` (e.g. `violon-calme-marée` without accents:
 * `violon-calme-maree`), typed on a phone in a few seconds and read aloud without ambiguity — the
 * pattern Nos Gestes Climat uses for its group rooms, instead of Kahoot's guessable numeric PIN.
 * 64 × 48 × 64 = 196 608 codes; a code lives only until its expiry and is unique while stored,
 * and joins are rate-limited, so guessing one is impractical.
 *
 * A pseudonym is an animal and an adjective that does not change with gender (« Loutre agile »),
 * so no one has to give their name; the learner can change it.
 */

export const CODE_NOUNS = [
	'lune',
	'pomme',
	'tambour',
	'violon',
	'rideau',
	'lampe',
	'plume',
	'nuage',
	'sable',
	'rocher',
	'riviere',
	'foret',
	'soleil',
	'etoile',
	'orage',
	'vague',
	'colline',
	'jardin',
	'cerise',
	'citron',
	'piano',
	'flute',
	'guitare',
	'masque',
	'costume',
	'balcon',
	'scene',
	'coulisse',
	'theatre',
	'cirque',
	'trapeze',
	'jongleur',
	'clown',
	'danse',
	'valse',
	'tango',
	'chanson',
	'refrain',
	'poeme',
	'conte',
	'lanterne',
	'boussole',
	'carte',
	'train',
	'velo',
	'bateau',
	'phare',
	'ile',
	'montagne',
	'vallee',
	'prairie',
	'tulipe',
	'lilas',
	'olive',
	'figue',
	'prune',
	'noisette',
	'castor',
	'renard',
	'hibou',
	'loutre',
	'abeille',
	'mouette',
	'dauphin'
] as const;

export const CODE_ADJECTIVES = [
	'calme',
	'rapide',
	'agile',
	'sage',
	'brave',
	'libre',
	'souple',
	'habile',
	'joyeux',
	'curieux',
	'leger',
	'dore',
	'bleu',
	'vert',
	'rouge',
	'rose',
	'blanc',
	'noir',
	'gris',
	'clair',
	'doux',
	'vif',
	'fier',
	'grand',
	'petit',
	'haut',
	'lent',
	'neuf',
	'vieux',
	'beau',
	'fort',
	'fin',
	'pur',
	'rond',
	'frais',
	'chaud',
	'tiede',
	'sucre',
	'epice',
	'amer',
	'ancien',
	'secret',
	'lointain',
	'voisin',
	'tranquille',
	'sonore',
	'lumineux',
	'celeste'
] as const;

const PSEUDO_ANIMALS = [
	'Loutre',
	'Hirondelle',
	'Mésange',
	'Marmotte',
	'Libellule',
	'Salamandre',
	'Panthère',
	'Girafe',
	'Gazelle',
	'Baleine',
	'Tortue',
	'Chouette',
	'Abeille',
	'Fourmi',
	'Luciole',
	'Mouette',
	'Cigogne',
	'Belette',
	'Hermine',
	'Grenouille',
	'Coccinelle',
	'Sauterelle',
	'Antilope',
	'Otarie'
] as const;

const PSEUDO_ADJECTIVES = [
	'agile',
	'calme',
	'rapide',
	'sage',
	'brave',
	'drôle',
	'libre',
	'souple',
	'habile',
	'tranquille',
	'fidèle',
	'aimable',
	'modeste',
	'timide',
	'magique',
	'énergique',
	'rêveuse',
	'curieuse',
	'joyeuse',
	'patiente'
] as const;

/** A uniform integer in [0, n): from crypto in the app, from a seeded source in tests. */
export type RandomInt = (n: number) => number;

export function cryptoRandomInt(n: number): number {
	// rejection sampling: no modulo bias
	const limit = Math.floor(0x1_0000_0000 / n) * n;
	const buf = new Uint32Array(1);
	for (;;) {
		crypto.getRandomValues(buf);
		if (buf[0] < limit) return buf[0] % n;
	}
}

export function makeCode(rand: RandomInt = cryptoRandomInt): string {
	return [
		CODE_NOUNS[rand(CODE_NOUNS.length)],
		CODE_ADJECTIVES[rand(CODE_ADJECTIVES.length)],
		CODE_NOUNS[rand(CODE_NOUNS.length)]
	].join('-');
}

/**
 * What a learner typed, as the stored code: lower case, accents and surrounding spaces dropped,
 * any run of spaces, dots, underscores or hyphens read as one hyphen (« Violon Calme Marée »).
 */
export function normaliseCode(typed: string): string {
	return typed
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.trim()
		.replace(/[\s._-]+/g, '-')
		.replace(/^-|-$/g, '');
}

export function isWellFormedCode(code: string): boolean {
	return /^[a-z]+-[a-z]+-[a-z]+$/.test(code);
}

export function makePseudonym(rand: RandomInt = cryptoRandomInt): string {
	return `${PSEUDO_ANIMALS[rand(PSEUDO_ANIMALS.length)]} ${PSEUDO_ADJECTIVES[rand(PSEUDO_ADJECTIVES.length)]}`;
}
