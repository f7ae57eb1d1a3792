/**
 * Spot values, each naming where it is published (section of reference/emission-factor-sources.md
 * and the source file). A failure here means a transcription error, not a rounding choice.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryValue, decimalSum, factorTotal } from '../../../src/lib/engine/factors/index';
import { readFactorLibrary } from '../../../src/lib/server/factor-tables';

const lib = readFactorLibrary(join(process.cwd(), 'emission-factors'));
const f = (table: string, key: string) => {
	const x = lib.tables.get(table)?.byKey.get(key);
	if (!x) throw new Error(`${table} ${key} missing`);
	return x;
};

describe('ADEME impactCO2 (deplacement.ts, reference §1.1–1.3)', () => {
	it('TGV, 100 km, construction excluded (API default) = 0.22999999999999998, as impactCO2 returns it', () => {
		expect(boundaryValue(f('ademe-impactco2@C', 'rail.tgv'), ['construction']) * 100).toBe(
			0.22999999999999998
		);
	});

	it('TGV components 0.00063 + 0.0023 = 0.00293, element 43256', () => {
		const tgv = f('ademe-impactco2@C', 'rail.tgv');
		expect(tgv.value).toBe('0.00293');
		expect(tgv.sourceId).toBe('43256');
		expect(tgv.components.map((c) => [c.kind, c.value])).toEqual([
			['construction', '0.00063'],
			['fuel', '0.0023']
		]);
	});

	it('compact diesel car: fuel then construction, summed in that order = 0.14225341222954335 per vehicle·km', () => {
		const car = f('ademe-impactco2@C', 'car.compact.diesel');
		expect(car.components.map((c) => c.kind)).toEqual(['fuel', 'construction']);
		expect(factorTotal(car)).toBe(0.14225341222954335);
		expect(car.value).toBe('0.14225341222954335');
		expect(decimalSum(car.components.map((c) => c.value))).toBe('0.14225341222954336'); // the double sum differs in the last digit
	});

	it('short-haul flight ≤ 1000 km: 0.000372 + 0.1232 + 0.101 (contrails), element 43743', () => {
		const p = f('ademe-impactco2@C', 'plane.short');
		expect(p.value).toBe('0.224572');
		expect(p.sourceId).toBe('43743');
		expect(boundaryValue(p, ['construction', 'nonco2'])).toBe(0.1232);
	});

	it('medium-haul in doubles is 0.18466100000000002 (what impactCO2 computes), published sum 0.184661', () => {
		const p = f('ademe-impactco2@C', 'plane.medium');
		expect(factorTotal(p)).toBe(0.18466100000000002);
		expect(p.value).toBe('0.184661');
	});

	it('version A coach = 0.025 fuel + 0.00442130627 construction; B/C coach element 43740 = 0.03756', () => {
		expect(f('ademe-impactco2@A', 'coach').value).toBe('0.02942130627');
		expect(f('ademe-impactco2@C', 'coach').sourceId).toBe('43740');
		expect(f('ademe-impactco2@C', 'coach').value).toBe('0.03756');
	});

	it('Intercités: impactCO2 C serves 0.00898 (archived 42756), the default set takes Base Empreinte 43272 = 0.0075', () => {
		expect(f('ademe-impactco2@C', 'rail.intercites').value).toBe('0.00898');
		const rf = lib.resolve().byActivity.get('rail.intercites')!;
		expect([rf.factor.table, rf.factor.sourceId, rf.factor.value]).toEqual([
			'ademe-base-empreinte@23.6',
			'43272',
			'0.0075'
		]);
	});
});

describe('UK DESNZ (flat file ids, reference §2.2)', () => {
	it('2025 hotel stay, France = 6.7 per room per night (29_600_4016_13_1)', () => {
		const h = f('desnz@2025', 'hotel.FR');
		expect([h.value, h.unit, h.sourceId, h.verification]).toEqual([
			'6.7',
			'room.night',
			'29_600_4016_13_1',
			'verified'
		]);
		expect(lib.resolve().byActivity.get('hotel.FR')!.factor).toBe(h);
	});

	it.each([
		['plane.domestic_uk.average', '0.22928', '0.13552', '0.09376'],
		['plane.long_haul_uk.average', '0.15282', '0.09043', '0.06239'],
		['plane.international.average', '0.14253', '0.0842', '0.05833'],
		['plane.international.first', '0.43663', '0.25794', '0.17869']
	])(
		'2025 %s: value = With RF as published, fuel = Without RF, non-CO2 derived exactly',
		(key, withRf, without, rf) => {
			const p = f('desnz@2025', key);
			expect(p.value).toBe(withRf);
			expect(p.components).toMatchObject([
				{ kind: 'fuel', value: without, derived: false },
				{ kind: 'nonco2', value: rf, derived: true }
			]);
			expect(boundaryValue(p)).toBe(Number(withRf));
		}
	);

	it('2025 domestic flight WTT row 0.0335 (22_912_3160_11_1), linked', () => {
		const p = f('desnz@2025', 'plane.domestic_uk.average');
		expect(p.wttKey).toBe('wtt.plane.domestic_uk.average');
		expect(f('desnz@2025', p.wttKey!).value).toBe('0.0335');
	});

	it('2023 and 2024 domestic With RF = 0.27258 and 0.27257 (carbonr)', () => {
		expect(f('desnz@2023', 'plane.domestic_uk.average').value).toBe('0.27258');
		expect(f('desnz@2024', 'plane.domestic_uk.average').value).toBe('0.27257');
		expect(f('desnz@2024', 'plane.domestic_uk.average').verification).toBe('secondary');
	});

	it('2025 freight: all artics average laden 0.92854 per vehicle·km, WTT 0.21898; average diesel van 0.25561 + WTT 0.06128', () => {
		const a = f('desnz@2025', 'freight.artic.average');
		expect([a.value, a.unit, a.sourceId]).toEqual(['0.92854', 'vehicle.km', '27_304_3136_4_1']);
		expect(f('desnz@2025', a.wttKey!).value).toBe('0.21898');
		const rf = lib.resolve().byActivity.get('freight.van')!;
		expect([rf.factor.value, rf.wtt?.value]).toEqual(['0.25561', '0.06128']);
	});

	it('2025 rigid 7.5–17 t at 0 % load 0.55061 per vehicle·km (27_304_3113_4_1); no t·km row when empty', () => {
		expect(f('desnz@2025', 'freight.rigid_17t.empty').value).toBe('0.55061');
		expect(lib.tables.get('desnz@2025')!.byKey.has('freight.tkm.rigid_17t.empty')).toBe(false);
	});

	it('ferry rows start in 2024; Russia hotel only from 2024', () => {
		expect(lib.tables.get('desnz@2023')!.byKey.has('ferry.average')).toBe(false);
		expect(f('desnz@2024', 'ferry.average').value).toBe('0.1127');
		expect(lib.tables.get('desnz@2023')!.byKey.has('hotel.RU')).toBe(false);
	});
});

describe('Nos Gestes Climat 4.15.0 and the other ADEME tables (reference §1.4–1.8)', () => {
	it('NGC meals: vegetarian 0.85, red meat 5.01; default fish = white fish 2.22', () => {
		expect(f('nosgestesclimat@4.15.0', 'meal.vegetarian').value).toBe('0.85');
		expect(lib.resolve().byActivity.get('meal.red_meat')!.factor.value).toBe('5.01');
		expect(lib.resolve().byActivity.get('meal.fish')!.factor.key).toBe('meal.white_fish');
	});

	it('NGC intercités keeps its published trailing zero: "0.00750"', () => {
		expect(f('nosgestesclimat@4.15.0', 'rail.intercites').value).toBe('0.00750');
	});

	it('impactCO2 hotel night 4.3 = 2.1 + 1.5 + 0.3 + 0.4 (per person assumed, unverified)', () => {
		const h = f('ademe-impactco2-hebergement@2026-07-01', 'hotel.night');
		expect(decimalSum(h.components.map((c) => c.value))).toBe('4.3');
		expect([h.unit, h.verification]).toEqual(['person.night', 'unverified']);
	});

	it('Base Carbone v23.11 cargo plane with contrails 1.01 ±70 %, without 0.556', () => {
		const p = f('ademe-base-empreinte-freight@23.11', 'freight.tkm.air.cargo_gt100t_gt5000km');
		expect([p.value, p.uncertaintyPct, p.components[0].value, p.components[1].value]).toEqual([
			'1.01',
			70,
			'0.556',
			'0.454'
		]);
	});

	it('regulatory diesel 3.17 = 0.66 upstream + 2.51 combustion per litre', () => {
		const d = f('fr-arrete-info-ges@2017-04-26', 'fuel.diesel');
		expect(d.components.map((c) => `${c.label}:${c.value}`)).toEqual(['amont:0.66', 'combustion:2.51']);
	});
});
