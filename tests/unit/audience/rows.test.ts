import { describe, expect, it } from 'vitest';
import { readPeople, readRows } from '../../../src/lib/audience/rows';
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
			{ line: 8, reason: 'distance.invalid', value: 'loin' },
			{ line: 9, reason: 'count.invalid', value: '0' },
			{ line: 10, reason: 'origin.unknownPostcode', value: '99999' }
		]);
		// « deux » is two; « 12 » people in one car cannot be: the answer stays, occupancy by default
		expect(r.flags).toEqual([{ line: 7, reason: 'party.unreadable', value: '12' }]);
		expect(r.records).toEqual([
			{ line: 2, mode: 'car', roadKm: 10, railKm: 9.2, declared: false, party: 2, weight: 1, approx: false },
			{ line: 6, mode: 'car', roadKm: 10, railKm: 9.2, declared: false, party: 2, weight: 1, approx: false },
			{
				line: 7,
				mode: 'car',
				roadKm: 10,
				railKm: 9.2,
				declared: false,
				party: null,
				weight: 1,
				approx: false
			},
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

	it('reads people counts as people write them', () => {
		const cases: [string, number | null][] = [
			['2', 2],
			['2 personnes', 2],
			['3 pers.', 3],
			['3 Pers', 3],
			['deux', 2],
			['Deux personnes', 2],
			['une', 1],
			['seul', 1],
			['Moi seule', 1],
			['2 + 1', 3],
			['2 adultes et 1 enfant', 3],
			['4 dont moi', 4],
			['two people', 2],
			['1 234', 1234],
			['1.234', 1234],
			['12,000', 12000],
			['beaucoup', null],
			['ma famille', null],
			['', null]
		];
		for (const [raw, n] of cases) expect([raw, readPeople(raw, parseNumber)]).toEqual([raw, n]);
	});

	it('an unreadable party keeps the answer (mode and origin) and flags it', () => {
		const t = table([
			['34000', 'Voiture', 'on était nombreux', '', ''],
			['34000', 'Voiture', '3 pers.', '', '']
		]);
		const r = readRows(t, { settings: settings(), labels, resolver, parseNumber });
		expect(r.rejections).toEqual([]);
		expect(r.flags).toEqual([{ line: 2, reason: 'party.unreadable', value: 'on était nombreux' }]);
		expect(r.records.map((x) => x.party)).toEqual([null, 3]);
	});

	it('rejects a mode used beyond its plausible range (walking from 770 km), with mode and distance', () => {
		const t = table([
			['', 'À pied', '', '770', ''],
			['', 'À pied', '', '2', ''],
			['', 'Voiture', '', '770', '']
		]);
		const r = readRows(t, { settings: settings(), labels, resolver, parseNumber });
		expect(r.rejections).toEqual([{ line: 2, reason: 'mode.implausible', value: 'À pied · 770 km' }]);
		expect(r.records.map((x) => x.line)).toEqual([3, 4]);
	});

	it('ticketing: counts with thousands separators, and no party size from ticket rows', () => {
		const t = table([
			['34000', '', '4', '', '1 200'],
			['34000', '', '2', '', '2 billets']
		]);
		const r = readRows(t, { settings: settings({ kind: 'ticketing' }), labels, resolver, parseNumber });
		expect(r.rejections).toEqual([]);
		expect(r.records.map((x) => [x.weight, x.party])).toEqual([
			[1200, null],
			[2, null]
		]);
	});
});
