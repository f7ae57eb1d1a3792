import { describe, expect, it } from 'vitest';
import {
	labelKey,
	labelLanguage,
	resolvedLabels,
	reviewLabels,
	suggestMode
} from '../../../src/lib/audience/labels';

const s = (label: string, lang: 'fr' | 'en' | null = 'fr') => suggestMode(labelKey(label), lang);

describe('mode labels', () => {
	it('reads French labels', () => {
		const cases: [string, string][] = [
			['Voiture', 'car'],
			['voiture (conducteur)', 'car'],
			['Covoiturage', 'car'],
			['À pied', 'walk'],
			['A PIED', 'walk'],
			['Vélo', 'bike'],
			['Vélo électrique', 'ebike'],
			['VAE', 'ebike'],
			['Bus', 'bus'],
			['Tramway', 'tram'],
			['Métro', 'metro'],
			['TER', 'rail.ter'],
			['Train', 'rail.ter'],
			['TGV inOui', 'rail.tgv'],
			['Intercités', 'rail.intercites'],
			['car (autocar)', 'coach'],
			['Autocar', 'coach'],
			['Moto', 'motorbike'],
			['Scooter', 'motorbike']
		];
		for (const [label, mode] of cases)
			expect([label, s(label).choice, s(label).status]).toEqual([label, mode, 'known']);
	});

	it('reads English labels', () => {
		for (const [label, mode] of [
			['By car', 'car'],
			['Walking', 'walk'],
			['Bicycle', 'bike'],
			['E-bike', 'ebike'],
			['Coach', 'coach'],
			['High-speed train', 'rail.tgv'],
			['Subway', 'metro']
		])
			expect([label, s(label, 'en').choice]).toEqual([label, mode]);
	});

	it('reads "car" in the language of the other labels, and sends it to review when they do not tell', () => {
		expect(labelLanguage(['voiture', 'a pied', 'car'])).toBe('fr');
		expect(labelLanguage(['walking', 'by train', 'car'])).toBe('en');
		expect(s('car', 'fr')).toEqual({ choice: 'coach', status: 'known' });
		expect(s('car', 'en')).toEqual({ choice: 'car', status: 'known' });
		expect(s('car', null)).toEqual({ choice: null, status: 'ambiguous' });
	});

	it('sends labels naming two modes, vague ones and unknown ones to review', () => {
		expect(s('Train + vélo')).toEqual({ choice: 'rail.ter', status: 'ambiguous' });
		expect(s('Transports en commun')).toEqual({ choice: 'bus', status: 'ambiguous' });
		expect(s('Hélicoptère')).toEqual({ choice: null, status: 'unknown' });
		expect(s('')).toEqual({ choice: null, status: 'unknown' });
	});

	it('lists labels needing a decision first, and the organisation’s choices win', () => {
		const counts = new Map([
			['voiture', { example: 'Voiture', rows: 50 }],
			['autre', { example: 'Autre', rows: 3 }],
			['helicoptere', { example: 'Hélicoptère', rows: 1 }],
			['velo', { example: 'Vélo', rows: 9 }]
		]);
		const r = reviewLabels(counts, { helicoptere: 'ignore', velo: 'ebike' });
		expect(r.map((x) => [x.key, x.status, x.suggestion])).toEqual([
			['autre', 'unknown', null],
			['voiture', 'known', 'car'],
			['velo', 'remembered', 'ebike'],
			['helicoptere', 'remembered', 'ignore']
		]);
		expect([...resolvedLabels(r)]).toEqual([
			['voiture', 'car'],
			['velo', 'ebike'],
			['helicoptere', 'ignore']
		]);
	});
});
