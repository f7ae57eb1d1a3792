/**
 * The explorer's server side, without a browser: loads and CSV endpoints answer from the same
 * library, filters come from the query string, unknown refs are 404.
 */
import { describe, expect, it } from 'vitest';
import { load as indexLoad } from '../../../src/routes/factors/+page.server';
import { load as tableLoad } from '../../../src/routes/factors/tables/[ref]/+page.server';
import { load as factorLoad } from '../../../src/routes/factors/tables/[ref]/[key]/+page.server';
import { load as setLoad } from '../../../src/routes/factors/sets/[ref]/+page.server';
import { load as compareLoad } from '../../../src/routes/factors/compare/+page.server';
import { GET as tableCsv } from '../../../src/routes/factors/tables/[ref]/factors.csv/+server';
import { GET as setCsv } from '../../../src/routes/factors/sets/[ref]/entries.csv/+server';
import { translate } from '../../../src/lib/i18n';
import { activityLabel } from '../../../src/routes/factors/format';
import { ACTIVITIES } from '../../../src/lib/engine/factors/index';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const ev = (path: string, params: Record<string, string> = {}): Any => ({
	url: new URL(`http://x${path}`),
	params
});
const call = async (fn: Any, e: Any): Promise<Any> => fn(e);

describe('/factors', () => {
	it('explains the default set and lists tables and sets', async () => {
		const d = await call(indexLoad, ev('/factors'));
		expect(d.defaultSet.ref).toBe('empreinte-default@2026.2');
		expect(d.defaultSet.rules.fr).toMatch(/^Le jeu de facteurs par défaut/);
		expect(d.results).toBeNull();
		expect(d.tables.length).toBe(14);
		expect(d.featured[0]).toMatchObject({
			activity: 'rail.tgv',
			factor: { table: 'ademe-impactco2@C', value: '0.00293' }
		});
		expect(d.latest).toContainEqual({
			id: 'ademe-impactco2',
			a: 'ademe-impactco2@B',
			b: 'ademe-impactco2@C'
		});
	});

	it('searches by name with GET filters', async () => {
		const d = await call(indexLoad, ev('/factors?q=tgv&unit=passenger.km&source=ademe-impactco2'));
		expect(d.results.map((f: Any) => f.table).sort()).toEqual([
			'ademe-impactco2@A',
			'ademe-impactco2@B',
			'ademe-impactco2@C'
		]);
		const fr = await call(indexLoad, ev('/factors?q=intercites&geography=FR&verification=secondary'));
		expect(fr.results.map((f: Any) => `${f.table}:${f.key}`)).toEqual([
			'ademe-base-carbone@22.0:rail.intercites',
			'ademe-base-empreinte@23.6:rail.intercites'
		]);
		const hotel = await call(indexLoad, ev('/factors?category=accommodation&geography=DE'));
		expect(hotel.total).toBe(3);
	});
});

describe('table, factor and set pages', () => {
	it('table page with provenance, previous version and filters', async () => {
		const d = await call(
			tableLoad,
			ev('/factors/tables/ademe-impactco2@C?q=car&unit=vehicle.km', { ref: 'ademe-impactco2@C' })
		);
		expect(d.previous).toBe('ademe-impactco2@B');
		expect(d.next).toBeNull();
		expect(d.manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(d.factors.every((f: Any) => f.unit === 'vehicle.km')).toBe(true);
		expect(d.factors.map((f: Any) => f.key)).toContain('car.compact.diesel');
		expect(d.factors.map((f: Any) => f.key)).not.toContain('rail.tgv');
		await expect(call(tableLoad, ev('/factors/tables/nope@1', { ref: 'nope@1' }))).rejects.toMatchObject({
			status: 404
		});
	});

	it('the TGV factor page answers "where does it come from" and links the last ADEME change', async () => {
		const d = await call(
			factorLoad,
			ev('/factors/tables/ademe-impactco2@C/rail.tgv', { ref: 'ademe-impactco2@C', key: 'rail.tgv' })
		);
		expect(d.factor).toMatchObject({ value: '0.00293', sourceId: '43256', verification: 'verified' });
		expect(d.factor.components.map((c: Any) => c.kind)).toEqual(['construction', 'fuel']);
		expect(d.manifest.sourceFile).toMatch(/deplacement\.ts/);
		expect(d.usage).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					set: 'empreinte-default@2026.2',
					activity: 'rail.tgv',
					isDefault: true,
					rule: 'R1'
				}),
				expect.objectContaining({ set: 'empreinte-default@2026.1', isDefault: false }),
				expect.objectContaining({ set: 'empreinte-impactco2-c@2026.2', rule: 'I1' })
			])
		);
		expect(d.previous).toBe('ademe-impactco2@B');
		expect(d.previousValue).toEqual({ value: '0.00293', unit: 'passenger.km' });
		expect(d.sameKey.map((s: Any) => s.table)).toContain('ademe-base-empreinte@23.6');
		await expect(
			call(factorLoad, ev('/x', { ref: 'ademe-impactco2@C', key: 'rail.maglev' }))
		).rejects.toMatchObject({ status: 404 });
	});

	it('a DESNZ flight shows the derived non-CO2 part and its WTT row', async () => {
		const d = await call(factorLoad, ev('/x', { ref: 'desnz@2025', key: 'plane.international.average' }));
		expect(d.factor.components[1]).toMatchObject({ kind: 'nonco2', derived: true, value: '0.05833' });
		expect(d.wtt).toMatchObject({ key: 'wtt.plane.international.average', value: '0.02162' });
		expect(d.previousValue).toEqual({ value: '0.1758', unit: 'passenger.km' });
	});

	it('set page groups entries and keeps notes only for exceptions', async () => {
		const d = await call(setLoad, ev('/x', { ref: 'empreinte-default@2026.2' }));
		expect(d.groups.map((g: Any) => g.id)).toEqual(['travel', 'freight', 'fuel', 'accommodation', 'meal']);
		const travel = d.groups[0].entries;
		expect(travel.find((e: Any) => e.activity === 'rail.tgv').note).toBeNull();
		expect(travel.find((e: Any) => e.activity === 'rail.intercites').note.fr).toMatch(/43272/);
		expect(travel.map((e: Any) => e.activity)).toEqual(
			expect.arrayContaining(['motorbike.small', 'scooter.electric', 'bus.cng', 'cargo_bike.electric'])
		);
		expect(d.missing).toEqual([]);
		const desnz = await call(setLoad, ev('/x', { ref: 'desnz-2025@2026.2' }));
		expect(desnz.missing).toEqual([]);
		// a set published before the modes of issue 18 lacks them, and says so
		const old = await call(setLoad, ev('/x', { ref: 'empreinte-default@2026.1' }));
		expect(old.missing).toContain('bus.electric');
	});
});

describe('/factors/compare', () => {
	it('compares two tables, sorted by relative change, with the 500 km trip', async () => {
		const d = await call(compareLoad, ev('/factors/compare?a=ademe-impactco2@B&b=ademe-impactco2@C'));
		expect(d.result.counts).toMatchObject({ changed: 3, added: 26, removed: 0, unchanged: 19 });
		expect(d.result.changes[0]).toMatchObject({
			id: 'car.electric',
			kind: 'changed',
			before: { value: '0.1034' }
		});
		expect(d.result.trip.find((r: Any) => r.id === 'car.thermal').kgA).toBeCloseTo(108.8, 6);
		const byId = await call(
			compareLoad,
			ev('/factors/compare?a=ademe-impactco2@B&b=ademe-impactco2@C&sort=id')
		);
		expect(byId.result.changes[0].id).toBe('campervan');
	});

	it('compares two sets; refuses a table against a set', async () => {
		const d = await call(
			compareLoad,
			ev('/factors/compare?a=empreinte-impactco2-a@2026.1&b=empreinte-default@2026.1&km=100')
		);
		expect(d.result.kind).toBe('set');
		expect(d.km).toBe(100);
		const bad = await call(compareLoad, ev('/factors/compare?a=desnz@2025&b=empreinte-default@2026.1'));
		expect([bad.problem, bad.result]).toEqual(['kinds', null]);
		expect((await call(compareLoad, ev('/factors/compare'))).problem).toBeNull();
	});
});

describe('CSV downloads', () => {
	it('a table as text/csv with a filename', async () => {
		const r: Response = await call(tableCsv, ev('/x', { ref: 'desnz@2025' }));
		expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(r.headers.get('content-disposition')).toBe('attachment; filename="desnz@2025.csv"');
		expect(await r.text()).toMatch(/^key,category,unit,value,/);
	});
	it('a set for French Excel', async () => {
		const r: Response = await call(setCsv, ev('/x?format=excel-fr', { ref: 'empreinte-default@2026.1' }));
		expect(r.headers.get('content-disposition')).toBe(
			'attachment; filename="empreinte-default@2026.1-excel-fr.csv"'
		);
		const bytes = new Uint8Array(await r.clone().arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so Excel reads UTF-8
		const text = await r.text();
		expect(text).toContain('\nhotel.FR;room.night;desnz@2025;hotel.FR;6,7;');
	});
});

describe('labels', () => {
	it('every activity has a French and an English name', () => {
		for (const locale of ['fr', 'en'] as const) {
			const t = (k: string, p?: Record<string, string | number>) => translate(locale, k, p);
			for (const a of ACTIVITIES) {
				const label = activityLabel(t, locale, a.key);
				expect(label, `${locale} ${a.key}`).not.toMatch(/factors\./);
			}
			expect(activityLabel(t, locale, 'hotel.DE')).toBe(
				locale === 'fr' ? 'Hôtel — Allemagne' : 'Hotel — Germany'
			);
		}
		expect(activityLabel((k, p) => translate('fr', k, p), 'fr', 'freight.artic.half')).toBe(
			'Semi-remorque (moyenne), chargé à 50 %'
		);
	});
});
