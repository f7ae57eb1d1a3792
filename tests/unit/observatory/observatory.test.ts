/**
 * Open observatory, pure parts: tour-scale banding, multi-measure suppression, differencing with
 * an earlier release, mask stability, release files (deterministic, valid against their schemas).
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
	aggregate,
	AGGREGATES_SCHEMA,
	AGGREGATES_SCHEMA_V1,
	buildRelease,
	CATEGORIES_SCHEMA,
	FLOWS_SCHEMA,
	LEVERS_SCHEMA,
	SCHEMAS,
	parseCsv,
	scaleBand,
	validateCsv,
	type ObsRecord
} from '../../../src/lib/observatory/index';
import { differenceCheck, protectCells } from '../../../src/lib/disclosure/index';
import { distanceBand, teamBand, type Flow } from '../../../src/lib/observatory/tour-row';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function rec(contributor: string, over: Partial<ObsRecord> = {}): ObsRecord {
	return {
		contributor,
		season: '2026',
		region: '76',
		discipline: 'circus',
		dates: 4,
		performances: 5,
		spectators: 400,
		companyKg: 1000,
		byCategory: { travel: 600, freight: 200, accommodation: 150, meal: 50 },
		...over
	};
}

describe('scaleBand', () => {
	it('bands by number of dates: 1 / 2–5 / 6–20 / > 20', () => {
		expect([0, 1, 2, 5, 6, 20, 21, 300].map(scaleBand)).toEqual([
			'1',
			'1',
			'2-5',
			'2-5',
			'6-20',
			'6-20',
			'21+',
			'21+'
		]);
	});
});

describe('team-size and distance bands', () => {
	it('team: 1–3 / 4–8 / 9–20 / > 20 people on the road, unknown for none', () => {
		expect([0, 1, 3, 4, 8, 9, 20, 21, 60].map(teamBand)).toEqual([
			'unknown',
			'1-3',
			'1-3',
			'4-8',
			'4-8',
			'9-20',
			'9-20',
			'21+',
			'21+'
		]);
	});
	it('distance of a leg: 0–100 / 100–300 / 300–800 / ≥ 800 km', () => {
		expect([undefined, 0, 99.9, 100, 299, 300, 799, 800, 5000].map(distanceBand)).toEqual([
			'unknown',
			'0-100',
			'0-100',
			'100-300',
			'100-300',
			'300-800',
			'300-800',
			'800+',
			'800+'
		]);
	});
});

describe('protectCells', () => {
	const m = (o: Record<string, number>) => new Map(Object.entries(o));
	it('hides on any measure: dominance on dates though emissions are balanced', () => {
		const p = protectCells([
			{ key: 'a', measures: [m({ x: 10, y: 10, z: 10 }), m({ x: 100, y: 1, z: 1 })] },
			{ key: 'b', measures: [m({ x: 10, y: 10, z: 10 }), m({ x: 1, y: 50, z: 50 })] }
		]);
		expect(p.cells[0].status).toEqual({ shown: false, reason: 'dominance' });
		// the rest (a alone) fails, so b is hidden too: a = total − b otherwise
		expect(p.cells[1].status).toEqual({ shown: false, reason: 'secondary' });
		expect(p.total.shown).toBe(true);
	});

	it('an empty table has a hidden total', () => {
		expect(protectCells([]).total).toEqual({ shown: false, reason: 'frequency' });
	});
});

describe('differenceCheck', () => {
	const m = (o: Record<string, number>) => new Map(Object.entries(o));
	it('refuses a figure that moved by one contributor, accepts identical or broadly moved ones', () => {
		const before = [m({ a: 1, b: 1, c: 1, d: 1 })];
		expect(differenceCheck([m({ a: 1, b: 1, c: 1 })], before)).toBe(false);
		expect(differenceCheck([m({ a: 1, b: 1, c: 1, d: 1 })], before)).toBe(true);
		expect(differenceCheck([m({ a: 2, b: 2, c: 2, d: 1 })], before)).toBe(true);
	});
});

describe('aggregate', () => {
	const rs = ['a', 'b', 'c', 'd', 'e'].map((c, i) => rec(c, { companyKg: 1000 + i * 100, dates: i + 1 }));

	it('shows a five-structure season with quartiles, hides a two-structure region', () => {
		const extra = [rec('f', { region: '11' }), rec('g', { region: '11' })];
		const a = aggregate([...rs, ...extra]);
		const s = a.seasons[0];
		expect(s.total.shown && s.total.structures).toBe(7);
		expect(s.total.shown && s.total.perDateQuartiles).not.toBeNull();
		const idf = s.tables.region.find((c) => c.key === '11')!;
		expect(idf).toMatchObject({ shown: false, reason: 'frequency' });
		// Occitanie alone would equal total − Île-de-France: hidden as well
		expect(s.tables.region.find((c) => c.key === '76')).toMatchObject({ shown: false, reason: 'secondary' });
	});

	it('a tour-scale cell counts structures, not tours', () => {
		const many = [rec('a'), rec('a'), rec('a'), rec('b')];
		expect(aggregate(many).seasons[0].total).toMatchObject({ shown: false, reason: 'frequency' });
	});

	it('the mask is stable: the same data in another order, or built twice, gives the same cells', () => {
		const data = [...rs, rec('f', { region: '11', discipline: 'dance' }), rec('g', { region: '11' })];
		const one = JSON.stringify(aggregate(data));
		const two = JSON.stringify(aggregate([...data].reverse()));
		// sums in another order may differ in the last bit: compare the masks and rounded figures
		const mask = (j: string) =>
			JSON.stringify(JSON.parse(j), (_k, v) => (typeof v === 'number' ? Number(v.toPrecision(9)) : v));
		expect(mask(two)).toBe(mask(one));
	});
});

describe('releases', () => {
	const records = ['a', 'b', 'c', 'd', 'e', 'f'].map((c, i) =>
		rec(c, { discipline: i % 2 ? 'dance' : 'circus', dates: i * 5 + 1, companyKg: 800 + i * 37.123456 })
	);
	const input = {
		period: '2026',
		version: 1,
		createdAt: '2026-12-01T10:00:00.000Z',
		records,
		baselines: [],
		factorSets: ['base@1 (engine 1.0.0)'],
		history: []
	};

	it('is deterministic, byte for byte', () => {
		expect(buildRelease(input, sha)).toEqual(buildRelease(input, sha));
	});

	it('every CSV row passes its Table Schema, and the schema in datapackage.json is the one served', () => {
		const files = buildRelease(input, sha);
		const get = (p: string) => files.find((f) => f.path === p)!.content;
		expect(validateCsv(AGGREGATES_SCHEMA, get('aggregates.csv'))).toEqual([]);
		expect(validateCsv(CATEGORIES_SCHEMA, get('categories.csv'))).toEqual([]);
		expect(validateCsv(FLOWS_SCHEMA, get('flows.csv'))).toEqual([]);
		expect(validateCsv(LEVERS_SCHEMA, get('levers.csv'))).toEqual([]);
		const pkg = JSON.parse(get('datapackage.json'));
		expect(pkg.resources.map((r: { schema: unknown }) => r.schema)).toEqual([
			AGGREGATES_SCHEMA,
			CATEGORIES_SCHEMA,
			FLOWS_SCHEMA,
			LEVERS_SCHEMA
		]);
		for (const r of pkg.resources) {
			expect(r.schema).toEqual(SCHEMAS[r.name]);
			expect(r['x-schema-endpoint']).toBe(`/api/observatory/schema/${r.name}`);
		}
		expect(parseCsv(get('aggregates.csv')).length).toBeGreaterThan(4);
	});

	it('format 1 (the first releases) still builds the same two files, three dimensions', () => {
		const files = buildRelease({ ...input, format: 1 }, sha);
		expect(files.map((f) => f.path)).toEqual([
			'aggregates.csv',
			'categories.csv',
			'datapackage.json',
			'README.md',
			'CHANGELOG.md'
		]);
		const agg = files[0].content;
		expect(validateCsv(AGGREGATES_SCHEMA_V1, agg)).toEqual([]);
		expect(agg).not.toMatch(/,team,|,scope,/);
	});

	it('flows by mode and band and levers are published only from 3 structures', () => {
		const flow = (km: number): Flow[] => [
			['team', 'rail', '300-800', km, 0, km * 0.004],
			['team', 'road', '0-100', 50, 0, 10],
			['freight', 'road', '100-300', 0, 200, 60]
		];
		const rs = ['a', 'b', 'c', 'd'].map((c, i) =>
			rec(c, { team: 5, scope: 'national', flows: flow(1000 + i) })
		);
		const exps = ['a', 'b', 'c', 'd', 'e'].map((c, i) => ({
			contributor: c,
			season: '2026',
			lever: 'train',
			savingKg: 100 * (i + 1)
		}));
		const a = aggregate([...rs, rec('z', { team: 5, flows: [['team', 'air', '800+', 100, 0, 20]] })], [], {
			experiments: [...exps, { contributor: 'a', season: '2026', lever: 'vegetarian', savingKg: 5 }]
		});
		const s = a.seasons[0];
		const rail = s.flows.find((c) => c.kind === 'team' && c.key === 'rail|300-800')!;
		expect(rail).toMatchObject({ shown: true, structures: 4, km: 4006 });
		// one structure flies: its cell is hidden, and the smallest other cell too (else air = total − rest)
		expect(s.flows.find((c) => c.key === 'air|800+')).toMatchObject({ shown: false, reason: 'frequency' });
		expect(s.flows.find((c) => c.key === 'road|0-100')).toMatchObject({ shown: false, reason: 'secondary' });
		expect(s.flows.find((c) => c.kind === 'freight' && c.key === 'all')).toMatchObject({
			shown: true,
			km: 0,
			vehicleKm: 800
		});
		expect(s.tables.team.find((c) => c.key === '4-8')).toMatchObject({ shown: true, structures: 5 });
		expect(s.levers.find((c) => c.key === 'train')).toMatchObject({
			shown: true,
			structures: 5,
			commitments: 5,
			saving: { median: 300 }
		});
		expect(s.levers.find((c) => c.key === 'vegetarian')).toMatchObject({ shown: false, reason: 'frequency' });
	});

	it('the validator catches a wrong row (it can fail)', () => {
		const bad = 'season,category,suppressed,suppression_reason,kgco2e,share\n2026,travel,maybe,,abc,\n';
		expect(validateCsv(CATEGORIES_SCHEMA, bad)).toHaveLength(2);
	});

	it('suppression is stable across two releases of unchanged data', () => {
		const v1 = buildRelease(input, sha);
		const v2 = buildRelease(
			{ ...input, version: 2, baselines: [records], history: [{ version: 1, createdAt: input.createdAt }] },
			sha
		);
		const col = (fs: typeof v1) => parseCsv(fs[0].content).map((r) => r.slice(0, 5).join(','));
		expect(col(v2)).toEqual(col(v1));
		expect(v2[0].content).toBe(v1[0].content);
	});
});
