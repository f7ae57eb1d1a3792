import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutraliseCell, parseCsv, writeCsv } from '../../../src/lib/engine/factors/csv';

describe('the one CSV writer neutralises formulas', () => {
	it('prefixes cells a spreadsheet would run as a formula', () => {
		for (const s of ['=HYPERLINK("http://x","y")', '@SUM(A1:A9)', '+1+1', '-2+3', '\t=1', '\r=1', '=1'])
			expect(neutraliseCell(s)).toBe(`'${s}`);
	});

	it('keeps plain numbers and ordinary text', () => {
		for (const s of ['-12', '-12,5', '+3.5', '-0.25', '1e-6', '-1E+3', 'Théâtre', '', 'a=b', '12'])
			expect(neutraliseCell(s)).toBe(s);
	});

	it('quotes after neutralising, and no written cell starts a formula (property)', () => {
		const csv = writeCsv(['venue'], [['=HYPERLINK("http://evil","clic")'], ['a;b']], { delimiter: ';' });
		expect(csv).toBe('venue\n"\'=HYPERLINK(""http://evil"",""clic"")"\n"a;b"\n');
		fc.assert(
			fc.property(fc.string(), fc.constantFrom('=', '+', '-', '@', '\t', '\r', ''), (tail, lead) => {
				const value = lead + tail;
				const cell = parseCsv(writeCsv(['h'], [[value]]))[1]?.fields[0] ?? '';
				const plainNumber = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(cell);
				// what a spreadsheet reads back is the value itself, or the value behind an apostrophe
				const kept = cell === value || cell === `'${value}`;
				return kept && (!/^[=+\-@\t\r]/.test(cell) || plainNumber);
			})
		);
	});

	it('writes the BOM and CRLF that Excel expects when asked', () => {
		const csv = writeCsv(['a', 'b'], [['1', '@x']], { delimiter: ';', eol: '\r\n', bom: true });
		expect(csv).toBe("\ufeffa;b\r\n1;'@x\r\n");
	});
});
