import { describe, expect, it } from 'vitest';
import { readRows } from '../../../src/lib/audience/rows';
import type { OriginResolver } from '../../../src/lib/audience/geocode';
import type { ImportSettings, RawTable } from '../../../src/lib/audience/types';
import { parseNumber } from '../../../src/lib/server/imports/csv';

/** A stand-in resolver: 34000 is 10 km away, anything else unknown. */
const resolver = {
	resolve: (o: { postcode: string }) =>
		o.postcode === '34000'
			? {
					ok: true as const,
					placeId: 'fr:34172',
					label: 'Montpellier',
					lat: 0,
					lon: 0,
					greatCircleKm: 7.7,
					roadKm: 10,
					railKm: 9.2,
					approx: false
				}
			: { ok: false as const, reason: 'origin.unknownPostcode' as const, value: o.postcode },
	size: 0
} as unknown as OriginResolver;

const settings = (over: Partial<ImportSettings> = {}): ImportSettings => ({
	kind: 'survey',
	columns: { postcode: 'CP', mode: 'Mode', party: 'Pers', distance: 'Km', count: 'N' },
	labels: {},
	distanceKind: 'one-way',
	...over
});

function table(rows: [string, string, string, string, string][]): RawTable {
	return {
		headers: ['CP', 'Mode', 'Pers', 'Km', 'N'],
		lines: rows.map((_, i) => i + 2),
		columns: [0, 1, 2, 3, 4].map((j) => rows.map((r) => r[j]))
	};
}

const labels = new Map<string, 'car' | 'walk' | 'ignore'>([
	['voiture', 'car'],
	['a pied', 'walk'],
	['autre', 'ignore']
]);

describe('row validation', () => {
	it('keeps good rows and rejects each bad one with its line and reason', () => {
		const t = table([
			['34000', 'Voiture', '2', '', ''],
			['34000', '', '', '', ''],
			['34000', 'Avion', '', '', ''],
			['34000', 'Autre', '', '', ''],
			['34000', 'Voiture', 'deux', '', ''],
			['34000', 'Voiture', '12', '', ''],
			['34000', 'À pied', '', 'loin', ''],
			['34000', 'À pied', '', '', '0'],
			['99999', 'Voiture', '', '', ''],
			['', 'Voiture', '', '12,5', '3']
		]);
		const r = readRows(t, { settings: settings(), labels, resolver, parseNumber });
		expect(r.rejections).toEqual([
			{ line: 3, reason: 'mode.missing', value: '' },
			{ line: 4, reason: 'mode.unreviewed', value: 'Avion' },
			{ line: 5, reason: 'mode.ignored', value: 'Autre' },
			{ line: 6, reason: 'party.invalid', value: 'deux' },
			{ line: 7, reason: 'party.invalid', value: '12' },
			{ line: 8, reason: 'distance.invalid', value: 'loin' },
			{ line: 9, reason: 'count.invalid', value: '0' },
			{ line: 10, reason: 'origin.unknownPostcode', value: '99999' }
		]);
		expect(r.records).toEqual([
			{ line: 2, mode: 'car', roadKm: 10, railKm: 9.2, declared: false, party: 2, weight: 1, approx: false },
			{
				line: 11,
				mode: 'car',
				roadKm: 12.5,
				railKm: 12.5,
				declared: true,
				party: null,
				weight: 3,
				approx: false
			}
		]);
	});

	it('halves a round-trip distance, and lets ticketing rows go without a mode', () => {
		const t = table([['', '', '', '40', '2']]);
		const r = readRows(t, {
			settings: settings({ kind: 'ticketing', distanceKind: 'round-trip' }),
			labels,
			resolver,
			parseNumber
		});
		expect(r.records).toEqual([
			{ line: 2, mode: null, roadKm: 20, railKm: 20, declared: true, party: null, weight: 2, approx: false }
		]);
	});
});
