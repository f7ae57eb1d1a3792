/** The browser's reader (parse worker) and the server's reader give the same lines and cells. */
import { describe, expect, it } from 'vitest';
import { decode, parseCsv } from '../../../src/lib/server/imports/csv';
import { decodeCsvBytes, parseCsvText, uniqueHeaders } from '../../../src/lib/audience/table';
import { decodeBlocks, encodeBlock, encodeBlocks, blockProblem } from '../../../src/lib/audience/staged';

const messy = [
	'Nom;Code postal;Commune;Mode de transport;Commentaire',
	'Dupont;34000;Montpellier;Voiture;"très bien"',
	'',
	'Durand; 30000 ;Nîmes;À pied;"sur',
	'deux lignes"',
	'Martin;34170;;Vélo électrique',
	'"Guillemets ""doubles""";13001;Marseille;TER;ok;colonne en trop',
	''
].join('\r\n');

describe('CSV reading in the browser and on the server', () => {
	it('decode the same way (UTF-8, BOM, Windows-1252)', () => {
		const cases = [
			Buffer.from(messy, 'utf8'),
			Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(messy, 'utf8')]),
			Buffer.from(messy, 'latin1')
		];
		for (const b of cases) {
			const bytes = new Uint8Array(b);
			expect(decodeCsvBytes(bytes)).toEqual(decode(bytes));
		}
		expect(decodeCsvBytes(new Uint8Array(Buffer.from(messy, 'latin1'))).encoding).toBe('windows-1252');
	});

	it('give the same line numbers and cells, multi-line fields and blank lines included', () => {
		const server = parseCsv(messy);
		const { delimiter, table } = parseCsvText(messy, { chunkSize: 16 });
		expect(delimiter).toBe(server.delimiter);
		expect(table.headers).toEqual(server.headers);
		expect(table.lines).toEqual(server.rows.map((r) => r.line));
		expect(table.lines).toEqual([2, 4, 6, 7]);
		server.rows.forEach((r, i) =>
			table.headers.forEach((h, j) => expect(table.columns[j][i]).toBe(r.cells[h]))
		);
	});

	it('streams: progress after each chunk, up to the whole text', () => {
		const text = ['CP;Mode', ...Array.from({ length: 5000 }, (_, i) => `${34000 + (i % 90)};voiture`)].join(
			'\n'
		);
		const seen: number[] = [];
		const { table } = parseCsvText(text, { chunkSize: 4096, onProgress: (p) => seen.push(p.done / p.total) });
		expect(table.lines.length).toBe(5000);
		expect(seen.length).toBeGreaterThan(5);
		expect(seen[seen.length - 1]).toBe(1);
		expect([...seen].sort((a, b) => a - b)).toEqual(seen);
	});

	it('names empty and repeated headers', () => {
		expect(uniqueHeaders(['Ville', '', 'Ville', ' CP '])).toEqual(['Ville', '#2', 'Ville (2)', 'CP']);
	});
});

describe('staged blocks', () => {
	const table = {
		headers: ['CP', 'Mode'],
		lines: [2, 3, 5, 6, 9],
		columns: [
			['34000', '34000', '30000', '34000', ''],
			['voiture', 'bus', 'voiture', 'voiture', 'à pied']
		]
	};

	it('round-trip, with dictionaries and line differences', () => {
		const b = encodeBlock(table.lines, table.columns);
		expect(b.lines).toEqual([2, 1, 2, 1, 3]);
		expect(b.cols[0]).toEqual({ dict: ['34000', '30000', ''], idx: [0, 0, 1, 0, 2] });
		expect(decodeBlocks(table.headers, encodeBlocks(table, 2))).toEqual(table);
	});

	it('split further when a block is too long for one request', () => {
		const big = {
			headers: ['X'],
			lines: Array.from({ length: 1000 }, (_, i) => i + 2),
			columns: [Array.from({ length: 1000 }, (_, i) => `value-${i}`)]
		};
		const blocks = encodeBlocks(big, 1000, 5000);
		expect(blocks.length).toBeGreaterThan(2);
		for (const b of blocks) expect(JSON.stringify(b).length).toBeLessThanOrEqual(5000);
		expect(decodeBlocks(big.headers, blocks)).toEqual(big);
	});

	it('reject a malformed block', () => {
		const b = encodeBlock(table.lines, table.columns);
		expect(blockProblem(b, 2)).toBeNull();
		expect(blockProblem(b, 3)).toBe('columns');
		expect(blockProblem({ ...b, cols: [b.cols[0], { dict: ['a'], idx: [0, 0, 0, 0, 5] }] }, 2)).toBe('index');
		expect(blockProblem({ ...b, lines: [1, -1, 1, 1, 1] }, 2)).toBe('lines');
	});
});
