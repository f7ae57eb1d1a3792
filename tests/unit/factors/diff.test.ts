/**
 * Golden diffs between versions whose changes are documented (reference §1.2), and the 500 km
 * sample trip.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	compareSampleTrips,
	countByKind,
	diffSets,
	diffTables,
	sampleTrip,
	setToCsv,
	sortChanges
} from '../../../src/lib/engine/factors/index';
import { readFactorLibrary } from '../../../src/lib/server/factor-tables';

const lib = readFactorLibrary(join(process.cwd(), 'emission-factors'));
const t = (ref: string) => lib.tables.get(ref)!;
const ids = (d: ReturnType<typeof diffTables>, kind: string) =>
	d.changes
		.filter((c) => c.kind === kind)
		.map((c) => c.id)
		.sort();

describe('diffTables', () => {
	it('impactCO2 B → C: exactly the two cars and the motorbike change; NGC car variants and new modes added', () => {
		const d = diffTables(t('ademe-impactco2@B'), t('ademe-impactco2@C'));
		expect(ids(d, 'changed')).toEqual(['car.electric', 'car.thermal', 'motorbike']);
		expect(ids(d, 'removed')).toEqual([]);
		expect(ids(d, 'relabelled')).toEqual([]);
		const added = ids(d, 'added');
		expect(added).toHaveLength(26);
		expect(added).toEqual(
			expect.arrayContaining(['campervan', 'van', 'car.compact.diesel', 'car.large.phev', 'car.hybrid'])
		);
		const thermal = d.changes.find((c) => c.id === 'car.thermal')!;
		expect(thermal.absChange).toBe('-0.07534658777045665');
		expect(thermal.relChange).toBeCloseTo(-0.34626, 4);
		expect(d.unchanged).toBe(19);
	});

	it('impactCO2 A → C: cars, planes, coach, bus and motorbike change (largest relative change first)', () => {
		const d = diffTables(t('ademe-impactco2@A'), t('ademe-impactco2@C'));
		expect(ids(d, 'changed')).toEqual(
			[
				'bus.thermal',
				'car.electric',
				'car.thermal',
				'coach',
				'motorbike',
				'plane.long',
				'plane.medium',
				'plane.short'
			].sort()
		);
		expect(d.changes.filter((c) => c.kind === 'changed').map((c) => c.id)).toEqual([
			'car.electric',
			'car.thermal',
			'coach',
			'plane.long',
			'plane.short',
			'motorbike',
			'bus.thermal',
			'plane.medium'
		]);
		expect(ids(d, 'added')).toContain('plane.medium_long');
		// rows whose A value was carried over and marked unverified differ only by their marker
		expect(ids(d, 'relabelled')).toEqual(
			[
				'bike',
				'bus.cng',
				'bus.electric',
				'ebike',
				'kick_scooter.electric',
				'rail.intercites',
				'scooter',
				'walk'
			].sort()
		);
	});

	it('DESNZ 2024 → 2025: hotels unchanged, flights changed, ferry unchanged', () => {
		const d = diffTables(t('desnz@2024'), t('desnz@2025'));
		const changed = ids(d, 'changed');
		expect(changed.some((k) => k.startsWith('hotel.'))).toBe(false);
		expect(changed).toContain('plane.short_haul_uk.average');
		expect(changed).not.toContain('ferry.average');
		const dom = d.changes.find((c) => c.id === 'plane.domestic_uk.average')!;
		expect([dom.before?.value, dom.after?.value, dom.absChange]).toEqual(['0.27257', '0.22928', '-0.04329']);
	});

	it('sorts by absolute change or by key on request', () => {
		const d = diffTables(t('ademe-impactco2@A'), t('ademe-impactco2@B'));
		expect(sortChanges(d.changes, 'abs')[0].id).toBe('plane.short');
		expect(sortChanges(d.changes, 'id', false)[0].id).toBe('bike');
		expect(countByKind(d.changes)).toEqual({ changed: 6, added: 1, removed: 0, relabelled: 8 });
	});
});

describe('diffSets', () => {
	it('default vs impactCO2-B set: only travel in France differs; Intercités moves table', () => {
		const d = diffSets(lib.resolve('empreinte-impactco2-b@2026.1'), lib.resolve());
		const changed = d.changes.filter((c) => c.kind === 'changed').map((c) => c.id);
		expect(changed).toContain('car.compact.diesel');
		expect(changed).toContain('rail.intercites');
		expect(
			changed.every((a) => !a.startsWith('freight') && !a.startsWith('hotel') && !a.startsWith('meal'))
		).toBe(true);
		const ic = d.changes.find((c) => c.id === 'rail.intercites')!;
		expect(ic.sourceChanged).toBe(true);
		expect([ic.before?.value, ic.after?.value]).toEqual(['0.00898', '0.0075']);
	});
});

describe('sample trip', () => {
	it('500 km under the default set, per passenger or per vehicle', () => {
		const rows = new Map(sampleTrip(lib.resolve()).map((r) => [r.id, r]));
		expect(rows.get('rail.tgv')!.kg).toBe(0.00293 * 500);
		expect(rows.get('car.compact.diesel')!.unit).toBe('vehicle.km');
		expect(rows.get('car.compact.diesel')!.kg).toBe(0.14225341222954335 * 500);
		expect(rows.get('rail.international')!.kgWithWtt).toBeCloseTo((0.00446 + 0.00117) * 500, 10);
		expect(rows.has('freight.van')).toBe(false);
		expect(rows.has('hotel.FR')).toBe(false);
	});

	it('A vs B: the short-haul flight drops by 17 kg per passenger over 500 km', () => {
		const row = compareSampleTrips(t('ademe-impactco2@A'), t('ademe-impactco2@B')).find(
			(r) => r.id === 'plane.short'
		)!;
		expect(row.delta).toBeCloseTo((0.224572 - 0.25858) * 500, 9);
	});
});

describe('set CSV export', () => {
	it('one row per activity with provenance', () => {
		const csv = setToCsv(lib.resolve());
		const lines = csv.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^activity,unit,table,key,value,components,wtt_key,wtt_value,source_org/);
		expect(lines.length).toBe(1 + lib.defaultSet.entries.length);
		expect(lines.find((l) => l.startsWith('hotel.FR,'))).toMatch(
			/^hotel\.FR,room\.night,desnz@2025,hotel\.FR,6\.7,/
		);
		expect(setToCsv(lib.resolve(), { delimiter: ';', decimalComma: true })).toMatch(
			/\nrail\.tgv;passenger\.km;ademe-impactco2@C;rail\.tgv;0,00293;construction:0,00063\|fuel:0,0023;/
		);
	});
});
