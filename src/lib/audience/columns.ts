/**
 * Column auto-mapping: which column of a survey or ticketing export holds the postcode, the
 * commune, the country, the travel mode, the party size, a distance, a ticket count. French and
 * English headers, compared without accents, case, spaces or punctuation; when a header says
 * nothing, the values can ("Comment êtes-vous venu·e ?" full of « voiture », « à pied »).
 *
 * Order of preference: the organisation's remembered mapping (when its column is in this file),
 * then the best-scoring column per role; each column serves one role at most.
 */
import { normalizeName } from '../geo/normalize';
import { labelLanguage, labelKey, suggestMode } from './labels';
import { type ColumnMapping, type ColumnRole, type ImportKind } from './types';

/** Header keys (normalised, no spaces) per role: exact matches score highest. */
const EXACT: Record<ColumnRole, string[]> = {
	postcode: [
		'codepostal',
		'cp',
		'postcode',
		'postalcode',
		'zip',
		'zipcode',
		'codepostaldomicile',
		'cpdomicile',
		'codepostalderesidence',
		'codepostalacheteur',
		'codepostalclient',
		'postcodeofresidence',
		'homepostcode'
	],
	commune: [
		'commune',
		'ville',
		'city',
		'town',
		'localite',
		'communederesidence',
		'villederesidence',
		'villedomicile',
		'communedomicile',
		'municipality',
		'homecity',
		'hometown',
		'villeacheteur',
		'villeclient',
		'nomdelacommune'
	],
	country: ['pays', 'country', 'paysderesidence', 'countryofresidence', 'paysacheteur', 'paysclient'],
	mode: [
		'mode',
		'modedetransport',
		'moyendetransport',
		'transport',
		'moyendelocomotion',
		'modededeplacement',
		'deplacement',
		'travelmode',
		'modeoftransport',
		'transportmode',
		'howdidyoucome',
		'commentetesvousvenu',
		'commentetesvousvenue',
		'commentetesvousvenus'
	],
	party: [
		'personnesdanslavoiture',
		'nbpersonnesvoiture',
		'nombredepersonnesdanslavoiture',
		'occupants',
		'partysize',
		'passengers',
		'peopleinthecar',
		'covoiturage',
		'personnes',
		'nbpersonnes',
		'nombredepersonnes',
		'tailledugroupe',
		'groupsize',
		'occupantsvoiture'
	],
	distance: [
		'distance',
		'distancekm',
		'km',
		'kilometres',
		'kilometers',
		'distanceparcourue',
		'distancetravelled',
		'distanceparcouruekm',
		'nbkm',
		'distanceenkm'
	],
	count: [
		'billets',
		'tickets',
		'personnes',
		'nbpersonnes',
		'nombredepersonnes',
		'quantite',
		'qte',
		'quantity',
		'nbbillets',
		'nombredebillets',
		'places',
		'nbplaces',
		'nombredeplaces',
		'qty',
		'seats',
		'ticketcount',
		'numberoftickets'
	]
};

/** Words that, found in a header, point to a role (weaker than an exact header). */
const WORDS: Record<ColumnRole, string[]> = {
	postcode: ['postal', 'cp', 'postcode', 'zip'],
	commune: ['commune', 'ville', 'city', 'town', 'localite'],
	country: ['pays', 'country'],
	mode: ['transport', 'mode', 'moyen', 'deplacement', 'venu', 'venue', 'venus', 'travel'],
	party: [
		'voiture',
		'covoiturage',
		'occupants',
		'passagers',
		'passengers',
		'party',
		'personnes',
		'people',
		'groupe',
		'group'
	],
	distance: ['distance', 'km', 'kilometres', 'kilometers'],
	count: ['billets', 'billet', 'tickets', 'ticket', 'quantite', 'quantity', 'places', 'qty']
};

function headerKey(h: string): string {
	return normalizeName(h).replace(/ /g, '');
}

const POSTCODE_VALUE = /^(?:f(?:r)?[- ]?)?\d{4,5}$/i;
const SMALL_INT = /^\d{1,2}$/;
const PEOPLE =
	/^(?:\d{1,3}(?: \d{3})*|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|seul|seule|moi)(?: (?:personnes?|pers|p|adultes?|billets?|places?|people|persons?))?$/;
const NUMBER = /^\d+(?:[.,]\d+)?$/;

/** 0…1: how well the values fit a role (a sample is enough). */
function contentFit(role: ColumnRole, values: string[]): number {
	const vs = values.filter((v) => v !== '');
	if (vs.length === 0) return 0;
	const share = (test: (v: string) => boolean) => vs.filter(test).length / vs.length;
	switch (role) {
		case 'postcode':
			return share((v) => POSTCODE_VALUE.test(v.replace(/\s/g, '')));
		case 'party':
		case 'count':
			// « 2 », « 2 personnes », « 3 pers. », « deux », « 1 200 » (see rows.ts#readPeople)
			return share((v) => SMALL_INT.test(v) || PEOPLE.test(normalizeName(v)));
		case 'distance':
			return share((v) => NUMBER.test(v.replace(/\s/g, '')));
		case 'mode': {
			const keys = vs.map(labelKey);
			const lang = labelLanguage(keys);
			return share((v) => suggestMode(labelKey(v), lang).choice !== null);
		}
		case 'commune':
		case 'country':
			return share((v) => /[a-z]/i.test(v) && !v.includes('@'));
	}
}

/** Score of a column for a role: header evidence first, values second. */
export function scoreColumn(role: ColumnRole, header: string, values: string[]): number {
	const key = headerKey(header);
	const ws = normalizeName(header).split(' ');
	let s = 0;
	if (EXACT[role].includes(key)) s = 10;
	else if (WORDS[role].some((w) => ws.includes(w))) s = 6;
	const fit = contentFit(role, values);
	// numbers need values that fit the header ("Covoiturage : oui/non" is no party size); a mode
	// column keeps its header even when its labels are unknown (they go to review)
	const numeric = role === 'postcode' || role === 'party' || role === 'distance' || role === 'count';
	if (s > 0) return !numeric || fit >= 0.5 || values.every((v) => v === '') ? s + fit : s * 0.2;
	if ((role === 'mode' || role === 'postcode') && fit >= 0.8) return 5 + fit;
	return 0;
}

/**
 * Roles each kind of file can use, in the order the mapping step lists them. A ticketing export
 * has no party size: tickets bought together say nothing of who shares a car.
 */
export function rolesFor(kind: ImportKind): ColumnRole[] {
	return kind === 'survey'
		? ['postcode', 'commune', 'country', 'mode', 'party', 'distance', 'count']
		: ['postcode', 'commune', 'country', 'count', 'mode', 'distance'];
}

/**
 * The mapping to propose: remembered columns that exist in this file, then the best remaining
 * column per role (score ≥ 3). `samples[j]` are some values of column j.
 */
export function autoMap(
	headers: string[],
	samples: string[][],
	kind: ImportKind,
	remembered: ColumnMapping = {}
): ColumnMapping {
	const mapping: ColumnMapping = {};
	const used = new Set<string>();
	const byKey = new Map(headers.map((h) => [headerKey(h), h]));
	for (const role of rolesFor(kind)) {
		const want = remembered[role];
		if (!want) continue;
		const h = byKey.get(headerKey(want));
		if (h && !used.has(h)) {
			mapping[role] = h;
			used.add(h);
		}
	}
	const candidates: { role: ColumnRole; header: string; score: number }[] = [];
	for (const role of rolesFor(kind)) {
		if (mapping[role]) continue;
		headers.forEach((h, j) => {
			if (used.has(h)) return;
			const score = scoreColumn(role, h, samples[j] ?? []);
			if (score >= 3) candidates.push({ role, header: h, score });
		});
	}
	candidates.sort((a, b) => b.score - a.score);
	for (const c of candidates) {
		if (mapping[c.role] || used.has(c.header)) continue;
		mapping[c.role] = c.header;
		used.add(c.header);
	}
	return mapping;
}

export type MappingProblem = 'noOrigin' | 'noMode' | 'duplicate' | 'unknownColumn';

/** What keeps a mapping from being read; empty when it can be. */
export function mappingProblems(
	mapping: ColumnMapping,
	headers: string[],
	kind: ImportKind
): MappingProblem[] {
	const problems: MappingProblem[] = [];
	const cols = Object.values(mapping).filter((h): h is string => !!h);
	if (cols.some((h) => !headers.includes(h))) problems.push('unknownColumn');
	if (new Set(cols).size !== cols.length) problems.push('duplicate');
	if (!mapping.postcode && !mapping.commune && !mapping.distance) problems.push('noOrigin');
	if (kind === 'survey' && !mapping.mode) problems.push('noMode');
	return problems;
}
