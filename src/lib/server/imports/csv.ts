/**
 * Reading the CSV files people really have: French Excel exports (`;` separator, decimal comma,
 * Windows-1252 or UTF-8 with a BOM), LibreOffice and Google Sheets (`,`, UTF-8). Parsing is
 * papaparse's; this module only decodes the bytes, finds the separator, keeps 1-based line numbers
 * (header = line 1) and reads numbers and dates the way a French user types them.
 */
import Papa from 'papaparse';
// the browser-side audience reader decodes and sniffs the same way: one implementation for both
import { decodeCsvBytes, guessDelimiter } from '../../audience/table';

export type DecodedText = ReturnType<typeof decodeCsvBytes>;

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 (Excel "CSV"). */
export const decode = decodeCsvBytes;

export interface CsvTable {
	delimiter: string;
	headers: string[];
	/** each row with its 1-based line number in the file */
	rows: { line: number; cells: Record<string, string> }[];
}

/** Header names compared without case, accents, spaces or punctuation. */
export function normaliseHeader(h: string): string {
	return h
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
}

export function parseCsv(text: string): CsvTable {
	// the separator is the one the header line uses most (Excel FR writes `;`)
	const delimiter = guessDelimiter(text);
	const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
	const data = parsed.data;
	const headers = (data[0] ?? []).map((h) => h.trim());
	const rows: CsvTable['rows'] = [];
	// papaparse gives one array per record; a quoted field may span lines, so count them
	let line = 1 + (data.length > 0 ? countNewlines(data[0]) : 0);
	for (let i = 1; i < data.length; i++) {
		line += 1;
		const record = data[i];
		const startLine = line;
		line += countNewlines(record);
		if (record.length === 1 && record[0].trim() === '') continue; // blank line
		const cells: Record<string, string> = {};
		headers.forEach((h, j) => (cells[h] = (record[j] ?? '').trim()));
		rows.push({ line: startLine, cells });
	}
	return { delimiter, headers, rows };
}

function countNewlines(record: string[]): number {
	let n = 0;
	for (const c of record) for (const ch of c) if (ch === '\n') n++;
	return n;
}

/** "1 234,5", "1234.5", "1 234" → number; "" → null; anything else → NaN. */
export function parseNumber(s: string): number | null {
	const t = s.replace(/[\s\u00a0\u202f]/g, '');
	if (t === '') return null;
	// a comma is the decimal separator when there is no point; "1.234,5" (thousands point) too
	const normalised = t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : t;
	if (!/^-?\d+(\.\d+)?$/.test(normalised)) return NaN;
	return Number(normalised);
}

/** "2026-03-14", "14/03/2026", "14/03/26", "14.03.2026" → "2026-03-14"; invalid → null. */
export function parseDate(s: string): string | null {
	const t = s.trim();
	let y: number, m: number, d: number;
	let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
	if (match) {
		[y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	} else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t))) {
		[d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
		if (y < 100) y += 2000;
	} else {
		return null;
	}
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
