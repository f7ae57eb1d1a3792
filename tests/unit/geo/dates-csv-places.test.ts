/** The dates CSV import finds each venue's town with its postcode and country when given. */
import { describe, expect, it } from 'vitest';
import { previewDatesCsv } from '../../../src/lib/server/imports/dates-csv';

function preview(lines: string[]) {
	const csv = ['lieu;ville;code_postal;pays;debut;territoire', ...lines].join('\n');
	return previewDatesCsv(new TextEncoder().encode(csv)).rows;
}

describe('dates CSV: places from town, postcode and country', () => {
	it('a foreign town with its country is not ambiguous (« Bruxelles;1000;BE »)', () => {
		const rows = preview([
			'A;Bruxelles;1000;BE;2027-01-01;',
			'B;Liège;4000;BE;2027-01-02;',
			'C;Mons;7000;BE;2027-01-03;',
			'D;Genève;1204;CH;2027-01-04;',
			'E;Barcelona;08001;ES;2027-01-05;'
		]);
		expect(rows.map((r) => r.problems)).toEqual([[], [], [], [], []]);
		expect(rows.map((r) => r.date?.venue.place)).toEqual([
			'gn:2800866',
			'gn:2792413',
			'gn:2790869',
			'gn:2660646',
			'gn:3128760'
		]);
	});
	it('without a country: a French postcode, else France first, else the whole gazetteer', () => {
		const rows = preview([
			'A;Saint-Denis;93200;;2027-01-01;',
			'B;Valence;;;2027-01-02;',
			'C;Genève;;;2027-01-03;',
			'D;Bruxelles;1000;;2027-01-04;',
			'E;Brest;29200;FR;2027-01-05;'
		]);
		expect(rows.map((r) => r.problems)).toEqual([[], [], [], [], []]);
		expect(rows.map((r) => r.placeLabel)).toEqual([
			'Saint-Denis (Seine-Saint-Denis, 93)',
			'Valence (Drôme, 26)',
			'Genève, Suisse',
			'Brussels, Belgique',
			'Brest (Finistère, 29)'
		]);
	});
	it('an ambiguous town asks for a postcode or a country, listing the candidates', () => {
		const [saintDenis, mons] = preview(['A;Saint-Denis;;FR;2027-01-01;', 'B;Mons;;;2027-01-02;']);
		expect(saintDenis.problems[0]).toMatchObject({ field: 'town', key: 'tours.csv.ambiguousTown' });
		expect(String(saintDenis.problems[0].params?.candidates)).toMatch(/Seine-Saint-Denis.*|La Réunion/);
		expect(String(mons.problems[0].params?.candidates)).toMatch(/Mons, Belgique/);
		const [bad] = preview(['A;Toulouse;99999;FR;2027-01-01;']);
		expect(bad.problems[0]).toMatchObject({ field: 'postcode', key: 'tours.csv.unknownPostcode' });
	});
	it('gives each French date the territory of its commune when the row has none', () => {
		const rows = preview([
			'A;Lyon;;;2027-01-01;',
			'B;Fustérouau;;;2027-01-02;',
			'C;Lyon;;;2027-01-03;rural',
			'D;Bruxelles;;BE;2027-01-04;'
		]);
		expect(rows.map((r) => r.date?.audience?.archetype?.territory)).toEqual([
			'urban',
			'rural',
			'rural',
			undefined
		]);
	});
});
