import { describe, expect, it } from 'vitest';
import { autoMap, mappingProblems } from '../../../src/lib/audience/columns';

const col = (...v: string[]) => v;

describe('column auto-mapping', () => {
	it('maps French survey headers, with accents, case and punctuation', () => {
		const headers = [
			'Code Postal',
			'Commune de résidence',
			'Pays',
			'Comment êtes-vous venu(e) ?',
			'Nb personnes dans la voiture',
			'Distance (km)'
		];
		const samples = [
			col('34000', '30000'),
			col('Montpellier'),
			col('France'),
			col('Voiture', 'À pied'),
			col('2', '1'),
			col('12,5', '3')
		];
		expect(autoMap(headers, samples, 'survey')).toEqual({
			postcode: 'Code Postal',
			commune: 'Commune de résidence',
			country: 'Pays',
			mode: 'Comment êtes-vous venu(e) ?',
			party: 'Nb personnes dans la voiture',
			distance: 'Distance (km)'
		});
	});

	it('maps English ticketing headers', () => {
		const headers = ['Order', 'Postcode', 'City', 'Country', 'Tickets'];
		const samples = [col('A-1'), col('75011'), col('Paris'), col('FR'), col('2', '4')];
		expect(autoMap(headers, samples, 'ticketing')).toEqual({
			postcode: 'Postcode',
			commune: 'City',
			country: 'Country',
			count: 'Tickets'
		});
	});

	it('finds a mode or postcode column by its values when the header says nothing', () => {
		const headers = ['Q1', 'Q2', 'Q3'];
		const samples = [
			col('oui', 'non'),
			col('voiture', 'vélo', 'TER', 'à pied', 'bus'),
			col('34000', '06000', '1000')
		];
		expect(autoMap(headers, samples, 'survey')).toEqual({ mode: 'Q2', postcode: 'Q3' });
	});

	it('does not take a yes/no "Covoiturage" column as a party size', () => {
		const m = autoMap(['CP', 'Covoiturage'], [col('34000'), col('oui', 'non', 'non')], 'survey');
		expect(m).toEqual({ postcode: 'CP' });
	});

	it('prefers the remembered mapping when its columns are in the file', () => {
		const headers = ['CP domicile', 'Code postal du lieu', 'Transport'];
		const samples = [col('34000'), col('34000'), col('voiture')];
		expect(autoMap(headers, samples, 'survey', { postcode: 'cp domicile', mode: 'Gone' })).toEqual({
			postcode: 'CP domicile',
			mode: 'Transport'
		});
	});

	it('says what keeps a mapping from being read', () => {
		expect(mappingProblems({ mode: 'M' }, ['M'], 'survey')).toEqual(['noOrigin']);
		expect(mappingProblems({ postcode: 'P' }, ['P'], 'survey')).toEqual(['noMode']);
		expect(mappingProblems({ postcode: 'P' }, ['P'], 'ticketing')).toEqual([]);
		expect(mappingProblems({ postcode: 'P', commune: 'P', mode: 'X' }, ['P'], 'survey')).toEqual([
			'unknownColumn',
			'duplicate'
		]);
	});
});
