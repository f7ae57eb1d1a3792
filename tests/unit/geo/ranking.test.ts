/**
 * Ranking on the real gazetteer, checked on what touring companies type: the towns of real French
 * tours, the foreign cities they play in (in French and in English), with and without a country.
 * A French company typing « Brest », « Orange » or « Valence » means the French town; typing
 * « Cologne », « Mons » or « Montréal » it means Köln, Mons (Belgium) and Montréal (Québec). The
 * weights live in src/lib/geo/search.ts (SCORE); this list is what they are tuned against.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ambiguity, PlaceIndex } from '../../../src/lib/geo/search';
import { PlaceStore } from '../../../src/lib/geo/store';
import type { Place } from '../../../src/lib/geo/types';
import { getGazetteer, type Gazetteer } from '../../../src/lib/server/geo/index';

let g: Gazetteer;
beforeAll(() => {
	g = getGazetteer();
});

// [what is typed, the place meant]. French INSEE codes, GeoNames ids abroad.
const FRENCH_TOUR: [string, string][] = [
	// The ten that came out wrong (issue #20) and their spellings without accents
	['Brest', 'fr:29019'], // not Brest, Belarus
	['Orange', 'fr:84087'], // not Orange, California
	['Valence', 'fr:26362'], // not Valencia, Spain
	['Mâcon', 'fr:71270'],
	['Macon', 'fr:71270'], // not Macon, Georgia
	['Bayonne', 'fr:64102'], // not Bayonne, New Jersey
	['Alès', 'fr:30007'],
	['Ales', 'fr:30007'], // not Alexandria through « Alesandria dEgito »
	['Aix', 'fr:13001'], // Aix-en-Provence, not the village of Aix (Corrèze)
	['Clermont', 'fr:63113'], // Clermont-Ferrand, not Clermont (Oise)
	['Chalon', 'fr:71076'], // Chalon-sur-Saône
	['Brive', 'fr:19031'], // Brive-la-Gaillarde
	['Digne', 'fr:04070'], // Digne-les-Bains
	['Le Puy', 'fr:43157'], // Le Puy-en-Velay
	['Charleville', 'fr:08105'], // Charleville-Mézières
	['Cherbourg', 'fr:50129'], // Cherbourg-en-Cotentin
	['Laval', 'fr:53130'], // not Laval, Québec
	['Dieppe', 'fr:76217'],
	['Rochefort', 'fr:17299'],
	['Saintes', 'fr:17415'],
	['Dax', 'fr:40088'],
	['Gap', 'fr:05061'],
	['Sète', 'fr:34301'],
	['Pau', 'fr:64445'],
	['Auch', 'fr:32013'],
	['Albi', 'fr:81004'],
	['Paris', 'fr:75056'],
	['Lyon', 'fr:69123'],
	['Marseille', 'fr:13055'],
	['Toulouse', 'fr:31555'],
	['Nantes', 'fr:44109'],
	['Lille', 'fr:59350'],
	['Bordeaux', 'fr:33063'],
	['Montpellier', 'fr:34172'],
	['Rennes', 'fr:35238'],
	['Strasbourg', 'fr:67482'],
	['Nice', 'fr:06088'],
	['Avignon', 'fr:84007'],
	['Arles', 'fr:13004'],
	['Nîmes', 'fr:30189'],
	['Tours', 'fr:37261'],
	['Angers', 'fr:49007'],
	['Saint-Étienne', 'fr:42218'],
	['Perpignan', 'fr:66136'],
	['Besançon', 'fr:25056'],
	['Dijon', 'fr:21231'],
	['Grenoble', 'fr:38185'],
	['Annecy', 'fr:74010'],
	['Chambéry', 'fr:73065'],
	['Metz', 'fr:57463'],
	['Nancy', 'fr:54395'],
	['Reims', 'fr:51454'],
	['Amiens', 'fr:80021'],
	['Rouen', 'fr:76540'],
	['Caen', 'fr:14118'],
	['Le Havre', 'fr:76351'],
	['Quimper', 'fr:29232'],
	['Lorient', 'fr:56121'],
	['Vannes', 'fr:56260'],
	['La Rochelle', 'fr:17300'],
	['Poitiers', 'fr:86194'],
	['Limoges', 'fr:87085'],
	['Périgueux', 'fr:24322'],
	['Agen', 'fr:47001'],
	['Tarbes', 'fr:65440']
];

const ABROAD_IN_FRENCH: [string, string][] = [
	['Cologne', 'gn:2886242'], // Köln, not Cologne (Gers)
	['Mons', 'gn:2790869'], // Mons, Belgium, not the villages of Mons (Var, Hérault…)
	['Montréal', 'gn:6077243'], // Montréal, Québec, not Montréal (Aude)
	['Bruxelles', 'gn:2800866'],
	['Genève', 'gn:2660646'],
	['Barcelona', 'gn:3128760'], // not Barcelona, Venezuela
	['Liège', 'gn:2792413'],
	['Londres', 'gn:2643743'], // not Londres, Argentina
	['Anvers', 'gn:2803138'],
	['Gand', 'gn:2797656'],
	['Namur', 'gn:2790471'],
	['Charleroi', 'gn:2800481'],
	['Lausanne', 'gn:2659994'],
	['Bâle', 'gn:2661604'],
	['Munich', 'gn:2867714'],
	['Berlin', 'gn:2950159'],
	['Madrid', 'gn:3117735'],
	['Lisbonne', 'gn:2267057'],
	['Bilbao', 'gn:3128026'],
	['Turin', 'gn:3165524'],
	['Milan', 'gn:3173435'],
	['Florence', 'gn:3176959'], // not Florence, Alabama
	['Luxembourg', 'gn:2960316']
];

// What an English-speaking user types: English exonyms find the same places.
const IN_ENGLISH: [string, string][] = [
	['Brussels', 'gn:2800866'],
	['Geneva', 'gn:2660646'], // not Geneva, New York
	['Antwerp', 'gn:2803138'],
	['Vienna', 'gn:2761369'],
	['The Hague', 'gn:2747373'],
	['Cologne', 'gn:2886242'],
	['Lisbon', 'gn:2267057'],
	['Brest', 'fr:29019'],
	['Orange', 'fr:84087']
];

const firstOf = (text: string, country?: string) => g.search(text, { limit: 3, country })[0];

describe('first suggestion for the towns of real tours', () => {
	for (const [list, name] of [
		[FRENCH_TOUR, 'French towns, typed in French'],
		[ABROAD_IN_FRENCH, 'towns abroad, typed in French'],
		[IN_ENGLISH, 'typed in English']
	] as const) {
		it(name, () => {
			const wrong = list
				.map(([text, id]) => ({ text, want: id, got: firstOf(text)?.id, label: firstOf(text)?.label }))
				.filter((x) => x.got !== x.want);
			expect(wrong).toEqual([]);
		});
	}
});

describe('a country filter weighs that country instead of France', () => {
	it('Liège with country=BE is Liège, Belgium; Valence with ES is Valencia; Orange with US is California', () => {
		expect(firstOf('Liège', 'BE')).toMatchObject({ id: 'gn:2792413', country: 'BE' });
		expect(firstOf('Valence', 'ES')).toMatchObject({ country: 'ES', name: 'Valencia' });
		expect(firstOf('Orange', 'US')).toMatchObject({ country: 'US', label: 'Orange (CA), États-Unis' });
		expect(firstOf('Brest', 'BY')).toMatchObject({ country: 'BY' });
		// FR as a hint changes nothing: France is weighed already.
		expect(firstOf('Brest', 'FR')?.id).toBe('fr:29019');
		// A hard filter keeps only that country.
		expect(g.search('Mons', { countries: ['FR'], limit: 5 }).every((h) => h.country === 'FR')).toBe(true);
	});
	it('a qualifier in the text works as well: « Valence, ES », « Mons (59) »', () => {
		expect(g.search('Valence, ES')[0]).toMatchObject({ country: 'ES' });
		expect(g.search('Mons-en-Barœul (59)')[0]).toMatchObject({ id: 'fr:59410' });
	});
});

describe('exact names before prefixes within comparable weights', () => {
	const place = (id: string, name: string, population: number, country = 'FR'): Place => ({
		id,
		name,
		label: name,
		country,
		lat: 45,
		lon: 4,
		population,
		kind: country === 'FR' ? 'commune' : 'city',
		approx: false,
		source: 'laposte'
	});
	const first = (places: Place[], text: string) =>
		new PlaceIndex(PlaceStore.fromPlaces(places)).search(text, { limit: 2 })[0]?.id;
	it('an exact name beats a prefix place up to about 6 times bigger, not 10 times', () => {
		const exact = place('fr:01001', 'Testville', 10_000);
		expect(first([exact, place('fr:01002', 'Testville-sur-Mer', 50_000)], 'Testville')).toBe('fr:01001');
		expect(first([exact, place('fr:01002', 'Testville-sur-Mer', 100_000)], 'Testville')).toBe('fr:01002');
	});
	it('a French place weighs as one 10 times bigger abroad', () => {
		const fr = place('fr:01001', 'Testville', 10_000);
		expect(first([fr, place('gn:1', 'Testville', 90_000, 'US')], 'Testville')).toBe('fr:01001');
		expect(first([fr, place('gn:1', 'Testville', 110_000, 'US')], 'Testville')).toBe('gn:1');
	});
	it('on the real gazetteer: Tours and Chaumont exact before their prefixes', () => {
		expect(firstOf('Tours')).toMatchObject({ id: 'fr:37261', match: 'exact' });
		expect(firstOf('Chaumont')).toMatchObject({ id: 'fr:52121', match: 'exact' });
	});
});

describe('transliteration junk is not an alternate name', () => {
	it('drops soft-sign transliterations, run-together words and Latin forms at build time', async () => {
		const script = pathToFileURL(join(process.cwd(), 'scripts', 'build-geodata.mjs')).href;
		const { isTransliterationJunk } = (await import(/* @vite-ignore */ script)) as {
			isTransliterationJunk: (s: string) => boolean;
		};
		for (const junk of ['Alesandria dEgito', 'Mons Regius', 'Monspessulanus', "Manpel'e", 'Lugdunum'])
			expect(isTransliterationJunk(junk), junk).toBe(true);
		for (const good of [
			"L'Aquila",
			"Villeneuve-d'Ascq",
			'Bruxelles',
			'Cologne',
			'Anvers',
			"Val-d'Isère",
			'Londres'
		])
			expect(isTransliterationJunk(good), good).toBe(false);
	});
	it('no alias of the shipped assets is junk of that kind', () => {
		const aliases = (id: string) => g.get(id)?.aliases ?? [];
		expect(aliases('gn:6077243')).not.toContain('Mons Regius');
		expect(aliases('gn:361058').some((a) => /dEgito/.test(a))).toBe(false); // Alexandria
		expect(aliases('fr:34172')).not.toContain("Manpel'e");
		expect(g.search('Alès', { limit: 5 }).map((h) => h.matched)).not.toContain('Alesandria dEgito');
	});
});

describe('ambiguity is said, not hidden', () => {
	it('flags a close runner-up or one in another country, and names both', () => {
		const brest = ambiguity(g.search('Brest', { limit: 3 }));
		expect(brest).toMatchObject({ reason: 'other-country' });
		expect(brest?.first.id).toBe('fr:29019');
		expect(brest?.second.country).toBe('BY');
		expect(ambiguity(g.search('Saint-Denis', { limit: 3 }))).toMatchObject({ reason: 'close' });
		// « Vienne »: Vienna (Austria) just ahead of Vienne (Isère): a real doubt, shown as such.
		const vienne = ambiguity(g.search('Vienne', { limit: 3 }));
		expect(vienne?.reason).toBe('close');
		expect([vienne?.first.id, vienne?.second.id]).toContain('fr:38544');
		expect(g.resolve('Brest')?.ambiguity?.second.country).toBe('BY');
	});
	it('stays quiet when the first place is clear, and for ids and postal codes', () => {
		expect(ambiguity(g.search('Toulouse', { limit: 3 }))).toBeUndefined();
		expect(ambiguity(g.search('Paris', { limit: 3 }))).toBeUndefined();
		expect(ambiguity(g.search('fr:29019', { limit: 3 }))).toBeUndefined();
		expect(ambiguity(g.search('85140', { limit: 3 }))).toBeUndefined();
		expect(g.resolve('Toulouse')?.ambiguity).toBeUndefined();
	});
});
