/**
 * Open observatory, pure parts: tour-scale banding, multi-measure suppression, differencing with
 * an earlier release, mask stability, release files (deterministic, valid against their schemas).
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
	aggregate,
	AGGREGATES_SCHEMA,
	buildRelease,
	CATEGORIES_SCHEMA,
	parseCsv,
	scaleBand,
	validateCsv,
	type ObsRecord
} from '../../../src/lib/observatory/index';
import { differenceCheck, protectCells } from '../../../src/lib/disclosure/index';

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
		const pkg = JSON.parse(get('datapackage.json'));
		expect(pkg.resources.map((r: { schema: unknown }) => r.schema)).toEqual([
			AGGREGATES_SCHEMA,
			CATEGORIES_SCHEMA
		]);
		expect(parseCsv(get('aggregates.csv')).length).toBeGreaterThan(4);
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
