/**
 * Search and lookups on the real committed gazetteer (the cases of geodata.md §2 and §8), plus the
 * ranking rules on a small hand-made store where the numbers are easy to check.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PlaceIndex, maxEdits } from '../../../src/lib/geo/search';
import { PlaceStore } from '../../../src/lib/geo/store';
import type { Place } from '../../../src/lib/geo/types';
import { getGazetteer, type Gazetteer } from '../../../src/lib/server/geo/index';

let g: Gazetteer;
beforeAll(() => {
	g = getGazetteer();
});

const ids = (text: string, opts = {}) => g.search(text, opts).map((h) => h.id);

describe('names', () => {
	it('"saint etienne" gives Saint-Étienne (Loire, 42218) first, then the other Saint-Étienne…', () => {
		const hits = g.search('saint etienne', { limit: 10 });
		expect(hits[0]).toMatchObject({ id: 'fr:42218', label: 'Saint-Étienne (Loire, 42)', match: 'exact' });
		expect(hits.length).toBe(10);
		for (const h of hits.slice(1)) expect(h.name.startsWith('Saint-Étienne-')).toBe(true);
		expect(ids('St-Étienne')[0]).toBe('fr:42218');
		expect(ids('SAINT ETIENNE')[0]).toBe('fr:42218');
	});
	it('"Saint-Denis" shows both Seine-Saint-Denis and Réunion with their departments', () => {
		const hits = g.search('Saint-Denis', { limit: 5 });
		const top = hits.slice(0, 2).map((h) => h.label);
		expect(top).toContain('Saint-Denis (Seine-Saint-Denis, 93)');
		expect(top).toContain('Saint-Denis (La Réunion, 974)');
		const reunion = hits.find((h) => h.id === 'fr:97411');
		expect(reunion).toMatchObject({ department: '974', territory: 'RE', country: 'FR' });
	});
	it('finds European cities by their French and native names', () => {
		expect(g.search('Bruxelles')[0]).toMatchObject({ id: 'gn:2800866', country: 'BE', matched: 'Bruxelles' });
		for (const q of ['Köln', 'Koeln', 'Koln', 'Cologne', 'köln']) {
			expect(g.search(q)[0], q).toMatchObject({ id: 'gn:2886242', name: 'Köln', country: 'DE' });
		}
		expect(g.search('Londres')[0]).toMatchObject({ name: 'London', country: 'GB' });
		expect(g.search('Barcelone')[0]).toMatchObject({ name: 'Barcelona', country: 'ES' });
		expect(g.search('Anvers')[0]).toMatchObject({ country: 'BE' });
		expect(g.search('Genève')[0]).toMatchObject({ country: 'CH' });
		expect(g.search('La Haye')[0]).toMatchObject({ country: 'NL' });
		expect(g.search('München')[0].id).toBe(g.search('Munich')[0].id);
	});
	it('ranks exact-name and alternate-name hits together by population', () => {
		// "Cologne" is also a Gers village and an Italian town: Köln must still come first,
		// even with a French hint (a hint only breaks near-ties).
		const hits = g.search('Cologne', { limit: 5, country: 'FR' });
		expect(hits[0].name).toBe('Köln');
		expect(hits.map((h) => h.label)).toContain('Cologne (Gers, 32)');
	});
	it('tolerates small typos', () => {
		expect(g.search('Bruxelle')[0]).toMatchObject({ id: 'gn:2800866' });
		expect(g.search('saint etiene')[0]).toMatchObject({ id: 'fr:42218', match: 'fuzzy', distance: 1 });
		expect(g.search('Montpelier')[0]).toMatchObject({ id: 'fr:34172', match: 'fuzzy' });
		expect(g.search('Marseile')[0]).toMatchObject({ id: 'fr:13055' });
		expect(g.search('Toulosue')[0]).toMatchObject({ id: 'fr:31555' }); // transposition
		expect(g.search('Strasbourh')[0]).toMatchObject({ id: 'fr:67482' });
		expect(g.search('Lyonn')[0]).toMatchObject({ id: 'fr:69123' });
	});
	it('accepts ≤1 edit for short queries and ≤2 for longer ones, none under 4 letters', () => {
		expect(maxEdits(3)).toBe(0);
		expect(maxEdits(4)).toBe(1);
		expect(maxEdits(7)).toBe(1);
		expect(maxEdits(8)).toBe(2);
		expect(g.search('Montpelleir')[0]).toMatchObject({ id: 'fr:34172' }); // 2 edits, 11 letters
		expect(g.search('Lxyonn').every((h) => h.id !== 'fr:69123')).toBe(true); // 2 edits, 6 letters
	});
	it('finds prefixes for autocomplete', () => {
		expect(g.search('Montpel')[0]).toMatchObject({ id: 'fr:34172', match: 'prefix' });
		expect(g.search('Bord')[0]).toMatchObject({ id: 'fr:33063' });
		expect(g.search('s', { limit: 5 })).toHaveLength(5);
	});
	it('finds names without their article, déléguée names and Marseilles', () => {
		expect(g.search('Havre')[0]).toMatchObject({ id: 'fr:76351' });
		expect(g.search('Cherbourg-Octeville')[0]).toMatchObject({
			id: 'fr:50129',
			matched: 'Cherbourg-Octeville'
		});
		expect(g.search('Marseilles')[0]).toMatchObject({ id: 'fr:13055' });
	});
	it('understands a department or country qualifier', () => {
		expect(ids('Saint-Denis (93)')[0]).toBe('fr:93066');
		expect(ids('Saint-Denis, 974')[0]).toBe('fr:97411');
		expect(ids('Saint-Denis (La Réunion)')[0]).toBe('fr:97411');
		expect(g.search('Valence, FR')[0]).toMatchObject({ department: '26' });
		expect(g.search('Frankfurt (Oder)')[0]).toMatchObject({ name: 'Frankfurt (Oder)', country: 'DE' });
	});
	it('filters by country only when asked to', () => {
		expect(g.search('Valence', { countries: ['FR'] }).every((h) => h.country === 'FR')).toBe(true);
		expect(g.search('Valence').some((h) => h.country === 'ES')).toBe(true);
	});
	it('returns nothing for nonsense and empty text', () => {
		expect(g.search('')).toEqual([]);
		expect(g.search('   ')).toEqual([]);
		expect(g.search('qqqqxxzzqq')).toEqual([]);
	});
});

describe('codes', () => {
	it('a 5-digit postal code returns the communes of that code', () => {
		expect(g.search('34000').map((h) => h.id)).toEqual(['fr:34172']);
		expect(g.search('34000')[0].match).toBe('postcode');
		const bourg = g.search('01640', { limit: 20 });
		expect(bourg.length).toBeGreaterThan(1);
		for (const h of bourg) expect(h.postcodes).toContain('01640');
		expect(ids('13100 Aix')[0]).toBe('fr:13001');
	});
	it('puts the arrondissement before its city', () => {
		expect(ids('13001')).toEqual(['fr:13201', 'fr:13055']);
		expect(ids('75011')).toEqual(['fr:75111', 'fr:75056']);
		expect(g.byPostcode('69003').map((p) => p.id)).toEqual(['fr:69383', 'fr:69123']);
	});
	it('finds places by id and INSEE code', () => {
		expect(g.get('fr:42218')?.name).toBe('Saint-Étienne');
		expect(g.get('gn:2800866')?.name).toBe('Brussels');
		expect(g.get('fr:99999')).toBeUndefined();
		expect(g.get('gn:abc')).toBeUndefined();
		expect(ids('gn:2886242')).toEqual(['gn:2886242']);
		expect(ids('2A004')).toEqual(['fr:2A004']); // Ajaccio
		expect(ids('42218')).toEqual(['fr:42218']); // an INSEE code that is no postal code
	});
	it('locates postal codes, with the quality of the answer', () => {
		expect(g.locatePostcode('34000')).toMatchObject({ source: 'commune', approx: false });
		expect(g.locatePostcode('13001')).toMatchObject({ source: 'commune', places: [{ id: 'fr:13201' }] });
		expect(g.locatePostcode('01640')).toMatchObject({ source: 'communes-centre', approx: true });
		expect(g.locatePostcode('75000')).toMatchObject({
			source: 'city',
			approx: true,
			places: [{ id: 'fr:75056' }]
		});
		expect(g.locatePostcode('34999')).toMatchObject({ source: 'department', approx: true, places: [] });
		const ajaccioCedex = g.locatePostcode('20199');
		const bastiaCedex = g.locatePostcode('20299');
		expect(ajaccioCedex?.lat).toBeLessThan(bastiaCedex?.lat ?? 0); // 2A is south of 2B
		expect(g.locatePostcode('00000')).toBeUndefined();
		expect(g.locatePostcode('abc')).toBeUndefined();
	});
});

describe('resolve and distance', () => {
	it('resolves text to the best place and keeps the runner-ups', () => {
		const r = g.resolve('Saint-Denis');
		expect(r?.alternatives.length).toBeGreaterThan(0);
		expect(g.resolve('fr:34172')).toMatchObject({ match: 'id', alternatives: [] });
		expect(g.resolve('qqqqxxzzqq')).toBeUndefined();
	});
	it('computes leg distances between ids with the detour rules', () => {
		const d = g.distance('fr:34172', 'fr:31555', 'road');
		expect(d.greatCircleKm).toBeGreaterThan(195);
		expect(d.greatCircleKm).toBeLessThan(197);
		expect(d.km).toBeCloseTo(14 + (d.greatCircleKm - 10) * 1.2, 0);
		expect(d.from.name).toBe('Montpellier');
		expect(g.distance('fr:34172', 'fr:31555', 'road', { overrideKm: 243 }).km).toBe(243);
		expect(g.distance('fr:75056', 'gn:2643743', 'plane', { factorFamily: 'ademe' }).addedKm).toBe(95);
		expect(() => g.distance('fr:34172', 'fr:00000', 'road')).toThrow(/Unknown place/);
	});
});

describe('ranking rules (hand-made store)', () => {
	const place = (
		id: string,
		name: string,
		country: string,
		population: number,
		aliases?: string[]
	): Place => ({
		id,
		name,
		label: '',
		country,
		lat: 0,
		lon: 0,
		population,
		kind: 'city',
		approx: false,
		source: 'geonames',
		aliases
	});
	const index = new PlaceIndex(
		PlaceStore.fromPlaces([
			place('gn:1', 'Alpha', 'BE', 100_000),
			place('gn:2', 'Alpha', 'DE', 150_000),
			place('gn:3', 'Beta', 'IT', 1_000),
			place('gn:4', 'Gamma', 'DE', 1_000_000, ['Beta']),
			place('gn:5', 'Alphaville', 'BR', 5_000_000),
			place('gn:6', 'Delta', 'FR', 2_000)
		])
	);
	it('population decides; a country hint only breaks near-ties', () => {
		const exact = (opts = {}) =>
			index
				.search('alpha', opts)
				.filter((h) => h.match === 'exact')
				.map((h) => h.id);
		expect(exact()).toEqual(['gn:2', 'gn:1']);
		expect(exact({ country: 'BE' })).toEqual(['gn:1', 'gn:2']); // 1.5× smaller: a near-tie
		expect(index.search('beta', { country: 'IT' })[0].id).toBe('gn:4'); // 1000× bigger: no tie to break
	});
	it('an alias hit counts like a name hit, ranked by population', () => {
		expect(index.search('beta').map((h) => h.id)).toEqual(['gn:4', 'gn:3']);
		expect(index.search('beta')[0]).toMatchObject({ matched: 'Beta', name: 'Gamma' });
	});
	it('an exact hit beats a prefix hit unless the prefix place is far bigger', () => {
		// Alphaville is 33× bigger than the bigger Alpha: log10 gap 1.52 > exact bonus 1 + main name 0.5 − 0.2.
		expect(index.search('alpha')[0].id).toBe('gn:5');
		expect(index.search('alph')[0].id).toBe('gn:5');
	});
	it('typo matches come after exact and prefix matches of similar size', () => {
		const hits = index.search('delte');
		expect(hits[0]).toMatchObject({ id: 'gn:6', match: 'fuzzy', distance: 1 });
	});
	it('limits and filters', () => {
		expect(index.search('a', { limit: 1 })).toHaveLength(1);
		expect(index.search('alpha', { limit: Number.NaN }).length).toBeGreaterThan(0); // default limit
		expect(index.search('alpha', { countries: ['BE'] }).map((h) => h.id)).toEqual(['gn:1']);
	});
});
