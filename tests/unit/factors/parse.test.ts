/**
 * Bad data never loads: each broken file is refused with a message naming file, line and field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	FactorSetError,
	FactorTableError,
	MissingFactorError,
	decimalCompare,
	decimalNormalize,
	decimalSub,
	decimalSum,
	parseComponents,
	parseCsv,
	parseFactorSet,
	parseFactorTable,
	parseManifest,
	requireFactor,
	resolveSet
} from '../../../src/lib/engine/factors/index';
import { readFactorLibrary, sha256Hex } from '../../../src/lib/server/factor-tables';

const SRC = join(process.cwd(), 'emission-factors');
const manifestText = readFileSync(join(SRC, 'ademe-impactco2@C/manifest.json'), 'utf8');
const manifest = parseManifest(manifestText, 'm.json');
const HEADER =
	'key,category,unit,value,components,wtt_key,source_id,source_label,geography,data_year,uncertainty_pct,verification,notes';

function err(fn: () => unknown): FactorTableError {
	try {
		fn();
	} catch (e) {
		if (e instanceof FactorTableError) return e;
		throw e;
	}
	throw new Error('no error thrown');
}

describe('decimal arithmetic', () => {
	it('adds and subtracts exactly', () => {
		expect(0.22928 - 0.13552).not.toBe(0.09376);
		expect(decimalSub('0.22928', '0.13552')).toBe('0.09376');
		expect(decimalSum(['0.00063', '0.0023'])).toBe('0.00293');
		expect(decimalSum(['2.4', '1.2', '3.4'])).toBe('7');
		expect(decimalSub('0.1', '0.25')).toBe('-0.15');
		expect(decimalNormalize('0.00750')).toBe('0.0075');
		expect(decimalCompare('1.60', '1.6')).toBe(0);
		expect(decimalCompare('0.2', '0.19')).toBe(1);
	});
	it('refuses what is not a plain decimal', () => {
		expect(() => decimalSum(['1e-3'])).toThrow(/plain decimal/);
		expect(() => decimalSum(['0,5'])).toThrow(/plain decimal/);
	});
});

describe('CSV reader', () => {
	it('keeps the starting line of records that span lines', () => {
		const rows = parseCsv('a,b\n1,"two\nlines"\n3,"say ""hi"""\r\n\n4,x\n');
		expect(rows.map((r) => r.line)).toEqual([1, 2, 4, 6]);
		expect(rows[1].fields).toEqual(['1', 'two\nlines']);
		expect(rows[2].fields).toEqual(['3', 'say "hi"']);
	});
	it('names the line of an unclosed quote', () => {
		expect(() => parseCsv('a,b\n1,2\n3,"open\n')).toThrow(/never closed/);
	});
});

describe('components', () => {
	it('parses kinds, labels and the derived marker', () => {
		expect(parseComponents('fuel:0.13552|nonco2*:0.09376')).toMatchObject([
			{ kind: 'fuel', value: '0.13552', derived: false },
			{ kind: 'nonco2', value: '0.09376', derived: true }
		]);
		expect(parseComponents('other[staff commuting]:0.3')[0]).toMatchObject({
			kind: 'other',
			label: 'staff commuting'
		});
		expect(() => parseComponents('contrails:0.1')).toThrow(/kind/);
	});
});

describe('data file errors name file, line and field', () => {
	const table = (rows: string[]) =>
		parseFactorTable(manifest, [HEADER, ...rows].join('\n') + '\n', 'x/factors.csv');
	const ok =
		'rail.tgv,passenger,passenger.km,0.00293,construction:0.00063|fuel:0.0023,,43256,tgv,FR,2022,,verified,';

	it('a decimal comma', () => {
		const e = err(() => table([ok, 'rail.ter,passenger,passenger.km,"0,02769",,,43255,ter,FR,,,verified,']));
		expect(e.message).toMatch(/^x\/factors\.csv:3 \[value\]: "0,02769": must be a plain decimal/);
		expect([e.file, e.line, e.field]).toEqual(['x/factors.csv', 3, 'value']);
	});
	it('an unknown unit', () => {
		expect(err(() => table(['a.b,passenger,pkm,1,,,,x,FR,,,verified,'])).message).toMatch(/:2 \[unit\]/);
	});
	it('components that do not add up', () => {
		const e = err(() =>
			table(['a.b,passenger,passenger.km,0.003,construction:0.00063|fuel:0.0023,,,x,FR,,,verified,'])
		);
		expect(e.message).toMatch(/:2 \[components\]: components add up to 0.00293, not to the value 0.003/);
	});
	it('a duplicate key', () => {
		expect(err(() => table([ok, ok])).message).toMatch(
			/:3 \[key\]: duplicate key "rail.tgv" \(first on line 2\)/
		);
	});
	it('a WTT link to nowhere', () => {
		expect(err(() => table(['a.b,passenger,passenger.km,1,,wtt.a.b,,x,FR,,,verified,'])).message).toMatch(
			/:2 \[wtt_key\]/
		);
	});
	it('a missing column', () => {
		expect(err(() => table(['a.b,passenger,passenger.km,1'])).message).toMatch(/:2: 4 fields, expected 13/);
	});
	it('a wrong header', () => {
		const e = err(() => parseFactorTable(manifest, HEADER.replace('unit', 'units') + '\n', 'f.csv'));
		expect([e.line, e.field]).toEqual([1, 'unit']);
	});
	it('a manifest field, with its line', () => {
		const bad = manifestText.replace('"retrievedOn": "2026-11-21"', '"retrievedOn": "21/11/2026"');
		const e = err(() => parseManifest(bad, 'm.json'));
		expect(e.field).toBe('retrievedOn');
		expect(e.line).toBe(bad.split('\n').findIndex((l) => l.includes('"retrievedOn"')) + 1);
	});
	it('invalid JSON', () => {
		expect(err(() => parseManifest('{\n"id": "x",\n}', 'm.json')).message).toMatch(
			/^m\.json:\d+: invalid JSON/
		);
	});
});

describe('factor sets', () => {
	const setText = readFileSync(join(SRC, 'sets/empreinte-default@2026.1.json'), 'utf8');
	const lib = readFactorLibrary(SRC);
	const set = parseFactorSet(setText, 's.json');

	it('an entry pointing nowhere, or in the wrong unit, is a FactorSetError naming set and activity', () => {
		const broken = {
			...set,
			entries: [
				...set.entries.filter((e) => e.activity !== 'rail.tgv'),
				{ activity: 'rail.tgv', table: 'ademe-impactco2@Z', key: 'rail.tgv' }
			]
		};
		expect(() => resolveSet(broken, lib.tables)).toThrow(FactorSetError);
		expect(() => resolveSet(broken, lib.tables)).toThrow(
			/empreinte-default@2026.1, activity "rail.tgv": table ademe-impactco2@Z does not exist/
		);
		const unit = {
			...set,
			entries: [{ activity: 'hotel.FR', table: 'ademe-impactco2@C', key: 'rail.tgv' }]
		};
		expect(() => resolveSet(unit, lib.tables)).toThrow(
			/needs a factor per room.night or person.night, but .* is per passenger.km/
		);
		// a hotel per person is accepted: the engine converts rooms and persons explicitly
		const perPerson = {
			...set,
			entries: [{ activity: 'hotel.FR', table: 'ademe-impactco2-hebergement@2026-07-01', key: 'hotel.night' }]
		};
		expect(resolveSet(perPerson, lib.tables).byActivity.get('hotel.FR')?.factor.unit).toBe('person.night');
		const unknown = { ...set, entries: [{ activity: 'rocket', table: 'desnz@2025', key: 'coach' }] };
		expect(() => resolveSet(unknown, lib.tables)).toThrow(/unknown activity/);
	});

	it('a missing activity at compute time is a MissingFactorError, never 0', () => {
		const r = lib.resolve('desnz-2025@2026.1');
		const partial = { ...r, byActivity: new Map([...r.byActivity].filter(([a]) => a !== 'bike')) };
		expect(() => requireFactor(partial, 'bike')).toThrow(MissingFactorError);
		expect(requireFactor(partial, 'coach').factor.value).toBe('0.02776');
	});

	it('a rule id that the set does not define', () => {
		const bad = setText.replace('"rule": "R5"', '"rule": "R9"');
		expect(err(() => parseFactorSet(bad, 's.json')).message).toMatch(
			/^s\.json:\d+ \[entries\.\d+\.rule\]: rule "R9" is not in ruleList/
		);
	});
});

describe('the loader refuses a tampered folder', () => {
	let dir = '';
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
		dir = '';
	});
	const copy = () => {
		dir = mkdtempSync(join(tmpdir(), 'ef-'));
		cpSync(SRC, join(dir, 'emission-factors'), { recursive: true });
		return join(dir, 'emission-factors');
	};

	it('loads an intact copy', () => {
		expect(readFactorLibrary(copy()).tables.size).toBeGreaterThan(10);
	});

	it('refuses a data file edited in place (bad checksum)', () => {
		const d = copy();
		const csv = join(d, 'desnz@2025/factors.csv');
		writeFileSync(
			csv,
			readFileSync(csv, 'utf8').replace(
				'hotel.FR,accommodation,room.night,6.7,',
				'hotel.FR,accommodation,room.night,6.8,'
			)
		);
		expect(() => readFactorLibrary(d)).toThrow(
			/emission-factors\/desnz@2025\/manifest\.json \[sha256\]: checksum mismatch/
		);
	});

	it('with the checksum updated, a malformed row is named by file:line:field', () => {
		const d = copy();
		const csv = join(d, 'desnz@2025/factors.csv');
		const lines = readFileSync(csv, 'utf8').split('\n');
		const i = lines.findIndex((l) => l.startsWith('hotel.FR,'));
		lines[i] = lines[i].replace(',6.7,', ',six,');
		writeFileSync(csv, lines.join('\n'));
		const mPath = join(d, 'desnz@2025/manifest.json');
		const m = JSON.parse(readFileSync(mPath, 'utf8'));
		m.sha256 = sha256Hex(readFileSync(csv));
		writeFileSync(mPath, JSON.stringify(m, null, '\t'));
		const e = err(() => readFactorLibrary(d));
		expect(e.message).toBe(
			`emission-factors/desnz@2025/factors.csv:${i + 1} [value]: "six": must be a plain decimal number such as 0.0023 (point, no exponent)`
		);
	});

	it('refuses a default set that does not cover the vocabulary', () => {
		const d = copy();
		const p = join(d, 'sets/empreinte-default@2026.2.json');
		const s = JSON.parse(readFileSync(p, 'utf8'));
		s.entries = s.entries.filter(
			(e: { activity: string }) => e.activity !== 'meal.vegan' && e.activity !== 'hotel.DE'
		);
		writeFileSync(p, JSON.stringify(s, null, '\t'));
		expect(() => readFactorLibrary(d)).toThrow(
			/the default set must map every activity; missing: hotel.DE, meal.vegan/
		);
	});

	it('refuses two default sets', () => {
		const d = copy();
		const p = join(d, 'sets/desnz-2025@2026.1.json');
		writeFileSync(p, readFileSync(p, 'utf8').replace('"isDefault": false', '"isDefault": true'));
		expect(() => readFactorLibrary(d)).toThrow(/exactly one factor set must be the default, found 2/);
	});

	it('refuses a folder whose name is not its id@version', () => {
		const d = copy();
		cpSync(join(d, 'desnz@2025'), join(d, 'desnz@2026'), { recursive: true });
		expect(() => readFactorLibrary(d)).toThrow(/folder is "desnz@2026" but id@version is "desnz@2025"/);
	});
});
