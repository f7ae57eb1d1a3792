/**
 * The editor's pure edits (src/lib/server/tour-editing.ts): legs addressed by id, the bulk rule
 * converting flights and the way home, the meal mix from percentages, the date warnings.
 */
import { describe, expect, it } from 'vitest';
import {
	bulkSetMode,
	dateWarning,
	editLegs,
	judgedKm,
	legPlan,
	mixFromPercents,
	type LegRef
} from '../../../src/lib/server/tour-editing';
import { TourFile, type TourFileInput } from '../../../src/lib/schemas/tour-file';

function tour(): TourFile {
	const input: TourFileInput = {
		format: 'empreinte-tour@1',
		production: { title: 'T' },
		homeBase: { place: 'fr:31555' },
		team: [{ role: 'team', count: 8 }],
		travel: [{ id: 'cars', mode: 'car', vehicles: 2, occupants: 8 }],
		dates: [
			{ id: 'bru', venue: { name: 'Varia', place: 'gn:2800866' }, start: '2027-01-22' },
			{ id: 'gen', venue: { name: 'Saint-Gervais', place: 'gn:2660646' }, start: '2027-01-26' }
		]
	};
	return TourFile.parse(input);
}

// the legs as the results list them (distances are what matters here)
const LEGS: LegRef[] = [
	{ id: 'leg:home>bru', kind: 'outbound', dateId: 'bru', fromId: 'fr:31555', toId: 'gn:2800866', km: 960 },
	{ id: 'leg:bru>gen', kind: 'between', dateId: 'gen', fromId: 'gn:2800866', toId: 'gn:2660646', km: 392 },
	{ id: 'leg:gen>home', kind: 'return', dateId: 'gen', fromId: 'gn:2660646', toId: 'fr:31555', km: 560 }
];

describe('legs edited by id', () => {
	it('the way home is a leg like any other: its plan lives in the date left’s travelHome', () => {
		const doc = tour();
		expect(editLegs(doc, LEGS, ['leg:gen>home'], { mode: 'rail.tgv' })).toBe(1);
		const gen = doc.dates[1];
		expect(gen.travelHome).toEqual([
			{ id: 'leg-rail-tgv', mode: 'rail.tgv', people: 8, quality: 'estimated' }
		]);
		expect(gen.travel).toBeUndefined();
		expect(legPlan(doc, LEGS[1])).toBe(doc.travel); // the way there is unchanged
	});

	it('changing the way to a date keeps its way home as it was (no silent copy)', () => {
		const doc = tour();
		editLegs(doc, LEGS, ['leg:bru>gen'], { mode: 'plane' });
		expect(legPlan(doc, LEGS[1])[0].mode).toBe('plane');
		// the return from Genève still goes by car
		expect(legPlan(doc, LEGS[2]).map((g) => g.mode)).toEqual(['car']);
	});

	it('figures only: vehicles and occupants for a vehicle mode, people for a passenger mode', () => {
		const doc = tour();
		editLegs(doc, LEGS, ['leg:home>bru'], { mode: '', count: 3, occupants: 9 });
		expect(doc.dates[0].travel).toEqual([{ id: 'cars', mode: 'car', vehicles: 3, occupants: 9 }]);
		editLegs(doc, LEGS, ['leg:home>bru'], { mode: 'rail.tgv', count: 5 });
		expect(doc.dates[0].travel).toEqual([
			{ id: 'leg-rail-tgv', mode: 'rail.tgv', people: 5, quality: 'estimated' }
		]);
		expect(TourFile.safeParse(doc).success).toBe(true);
	});

	it('a distance for several legs files one distance per pair, in the mode’s family; reset restores the plan', () => {
		const doc = tour();
		editLegs(doc, LEGS, ['leg:home>bru', 'leg:bru>gen'], { mode: '', km: 1000 });
		expect(doc.distances).toEqual([
			{ from: 'fr:31555', to: 'gn:2800866', km: 1000, mode: 'road', quality: 'measured' },
			{ from: 'gn:2800866', to: 'gn:2660646', km: 1000, mode: 'road', quality: 'measured' }
		]);
		editLegs(doc, LEGS, ['leg:bru>gen'], { mode: 'rail.tgv' });
		editLegs(doc, LEGS, ['leg:bru>gen'], { mode: '', reset: true });
		expect(doc.dates[1].travel).toBeUndefined();
	});
});

describe('the bulk rule', () => {
	it('converts a 392 km flight and the way home, judged by ground distance', () => {
		const doc = tour();
		doc.dates[1].travel = [{ id: 'fly', mode: 'plane', people: 8 }];
		doc.dates[1].travelHome = [{ id: 'fly-home', mode: 'plane', people: 8 }];
		const n = bulkSetMode(doc, LEGS, { maxKm: 600, mode: 'rail.tgv' });
		expect(n).toBe(2); // Bruxelles → Genève (392 km) and Genève → Toulouse (560 km)
		expect(doc.dates[1].travel?.[0].mode).toBe('rail.tgv');
		expect(doc.dates[1].travelHome?.[0].mode).toBe('rail.tgv');
		expect(doc.dates[0].travel).toBeUndefined(); // 960 km stays as it is
	});

	it('a flight is judged by its ground distance, not great-circle + 95 km', () => {
		expect(
			judgedKm({
				greatCircleKm: 392,
				distances: [
					{ family: 'air', km: 487 },
					{ family: 'rail', km: 470.4 }
				]
			})
		).toBe(470.4);
		expect(judgedKm({ greatCircleKm: 392, distances: [{ family: 'air', km: 487 }] })).toBe(392);
	});
});

describe('meal mix from percentages', () => {
	it('all empty: no mix; 50/50: two shares; 3 × 33: accepted; 90: refused with the sum', () => {
		expect(mixFromPercents({})).toEqual({ ok: true, mix: null });
		expect(mixFromPercents({ vegetarian: '50', average: '50' })).toEqual({
			ok: true,
			mix: [
				{ type: 'vegetarian', share: 0.5 },
				{ type: 'average', share: 0.5 }
			]
		});
		expect(mixFromPercents({ vegan: '33', vegetarian: '33', red_meat: '33' }).ok).toBe(true);
		expect(mixFromPercents({ vegetarian: '50', average: '40' })).toEqual({
			ok: false,
			key: 'editor.stay.mixSum',
			params: { sum: 90 }
		});
		expect(mixFromPercents({ vegetarian: 'la moitié' }).ok).toBe(false);
	});
});

describe('date warnings', () => {
	it('past for a forecast, outside the season’s years', () => {
		expect(dateWarning('2026-01-10', '2026-01-10', '2026', 'forecast', '2026-06-01')).toBe('past');
		expect(dateWarning('2026-01-10', '2026-01-10', '2026', 'actual', '2026-06-01')).toBe(null);
		expect(dateWarning('2028-01-10', '2028-01-10', '2027', 'forecast', '2026-06-01')).toBe('season');
		expect(dateWarning('2027-01-10', '2027-01-10', '2026-2027', 'forecast', '2026-06-01')).toBe(null);
		expect(dateWarning('2027-01-10', '2027-01-10', 'Saison A', 'forecast', '2026-06-01')).toBe(null);
	});
});

describe('totals rounded to what their range supports', () => {
	it('±20 % → 2 significant figures; ±0.6 % → 4; tonnes from 1 000 kg', async () => {
		const { readableTotal } = await import('../../../src/lib/components/results/insights');
		// 4 137,2 kg, range 3 400 – 5 000: half-width 800 / 4 137 = 19 % → « 4,1 t »
		expect(readableTotal({ kg: 4137.2, low: 3400, high: 5000 })).toEqual({
			value: 4.1,
			unit: 't',
			decimals: 1
		});
		// 412,345 kg, range 410 – 415: 0,6 % → « 412,3 kg »
		const r = readableTotal({ kg: 412.345, low: 410, high: 415 });
		expect(r.unit).toBe('kg');
		expect(r.decimals).toBe(1);
		expect(r.value).toBeCloseTo(412.3, 10);
		// 41 370 kg ± 3 %: 3 figures → « 41,4 t »
		expect(readableTotal({ kg: 41370, low: 40100, high: 42600 }).value).toBeCloseTo(41.4, 10);
	});
});

describe('a line’s formula in French', () => {
	it('value × quantity = kg, rounded for reading; per person for a shared car', async () => {
		const { lineFormula } = await import('../../../src/lib/components/results/formula');
		const { translator } = await import('../../../src/lib/i18n');
		const { formatters } = await import('../../../src/lib/i18n/format');
		const t = translator('fr');
		const line = {
			quantity: 2 * 83.3,
			kgCO2e: 0.2177 * 2 * 83.3,
			perPersonKg: (0.2177 * 2 * 83.3) / 8,
			quantities: { vehicles: 2, occupants: 8 },
			factor: { value: 0.2177, unit: 'vehicle.km' }
		} as unknown as Parameters<typeof lineFormula>[0];
		const s = lineFormula(line, t, formatters('fr'));
		expect(s).toMatch(
			/^0,2177 kg CO₂e par véhicule·km × 166,6 véhicule·km = 36,3 kg CO₂e ; ÷ 8 occupants = 4,53 kg CO₂e par personne$/
		);
		expect(s).not.toMatch(/\d{7,}/);
	});
});
