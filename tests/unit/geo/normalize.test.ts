/** Name normalisation: the search key rules of geodata.md §2, and the fast path against the reference. */
import { describe, expect, it } from 'vitest';
import {
	asPostcode,
	normalizeName,
	normalizeNameReference,
	withoutArticle
} from '../../../src/lib/geo/normalize';

describe('normalizeName', () => {
	it('drops accents and case, turns hyphens and apostrophes into spaces', () => {
		expect(normalizeName('Saint-Étienne')).toBe('saint etienne');
		expect(normalizeName("L'Haÿ-les-Roses")).toBe('l hay les roses');
		expect(normalizeName('Villeneuve-d’Ascq')).toBe('villeneuve d ascq');
		expect(normalizeName('  AIX   en  Provence ')).toBe('aix en provence');
	});
	it('expands st/ste/sts/stes as whole words only', () => {
		expect(normalizeName('St Etienne')).toBe('saint etienne');
		expect(normalizeName('St. Gallen')).toBe('saint gallen');
		expect(normalizeName('Ste-Foy-lès-Lyon')).toBe('sainte foy les lyon');
		expect(normalizeName('Stes-Maries-de-la-Mer')).toBe('saintes maries de la mer');
		expect(normalizeName('Stuttgart')).toBe('stuttgart');
		expect(normalizeName('Est')).toBe('est');
	});
	it('folds letters that NFD keeps whole', () => {
		expect(normalizeName('Straße')).toBe('strasse');
		expect(normalizeName('Œuilly')).toBe('oeuilly');
		expect(normalizeName('Łódź')).toBe('lodz');
		expect(normalizeName('Tromsø')).toBe('tromso');
		expect(normalizeName('Köln')).toBe('koln');
	});
	it('gives the same key as the reference definition', () => {
		const samples = [
			'Saint-Étienne',
			'São Paulo',
			'Frankfurt (Oder)',
			'Ærøskøbing',
			'İstanbul',
			'Đà Nẵng',
			'Sankt Pölten',
			'Pau-thau-chhi',
			'St Helens',
			'ste',
			'Москва',
			'北京',
			'Ville\u0301 décomposée',
			'a\u0000b',
			'ΑΘΗΝΑΣ Πειραιάς'
		];
		for (const s of samples) expect(normalizeName(s), s).toBe(normalizeNameReference(s));
	});
});

describe('helpers', () => {
	it('withoutArticle strips one leading article', () => {
		expect(withoutArticle('le havre')).toBe('havre');
		expect(withoutArticle('la rochelle')).toBe('rochelle');
		expect(withoutArticle('the hague')).toBe('hague');
		expect(withoutArticle('lens')).toBeUndefined();
		expect(withoutArticle('lesparre medoc')).toBeUndefined();
	});
	it('asPostcode accepts five digits, with or without the inner space', () => {
		expect(asPostcode('34000')).toBe('34000');
		expect(asPostcode(' 34 000 ')).toBe('34000');
		expect(asPostcode('3400')).toBeUndefined();
		expect(asPostcode('340000')).toBeUndefined();
		expect(asPostcode('2A004')).toBeUndefined();
	});
});
