/**
 * RFC 4180 CSV, read and written by hand: the factor tables need the 1-based line on which each
 * record starts (for error messages that name file:line:field), quoted fields may hold commas and
 * doubled quotes, and a note may span lines. A library would not give the line numbers back.
 */

export interface CsvRecord {
	/** 1-based line of the file on which the record starts */
	line: number;
	fields: string[];
}

export class CsvSyntaxError extends Error {
	constructor(
		readonly line: number,
		detail: string
	) {
		super(detail);
		this.name = 'CsvSyntaxError';
	}
}

/** Parse CSV text (comma by default). A leading UTF-8 BOM is ignored; blank lines are skipped. */
export function parseCsv(text: string, delimiter = ','): CsvRecord[] {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const records: CsvRecord[] = [];
	let fields: string[] = [];
	let field = '';
	let line = 1;
	let recordLine = 1;
	let inQuotes = false;
	let quotedField = false;
	let quoteLine = 0;
	const endField = () => {
		fields.push(field);
		field = '';
		quotedField = false;
	};
	const endRecord = () => {
		endField();
		if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
		fields = [];
	};
	for (let i = 0; i < src.length; i++) {
		const ch = src[i];
		if (inQuotes) {
			if (ch === '"') {
				if (src[i + 1] === '"') {
					field += '"';
					i++;
				} else {
					inQuotes = false;
				}
			} else {
				if (ch === '\n') line++;
				field += ch;
			}
			continue;
		}
		if (ch === '"') {
			if (field !== '' || quotedField) {
				throw new CsvSyntaxError(
					line,
					'a quote inside an unquoted field (quote the whole field and double the quote)'
				);
			}
			inQuotes = true;
			quotedField = true;
			quoteLine = line;
		} else if (ch === delimiter) {
			endField();
		} else if (ch === '\r' && src[i + 1] === '\n') {
			// CRLF: the \n ends the record
		} else if (ch === '\n') {
			endRecord();
			line++;
			recordLine = line;
		} else {
			if (quotedField) throw new CsvSyntaxError(line, 'text after a closing quote');
			field += ch;
		}
	}
	if (inQuotes) throw new CsvSyntaxError(quoteLine, 'a quoted field is never closed');
	if (field !== '' || fields.length > 0 || quotedField) endRecord();
	return records;
}

export interface CsvWriteOptions {
	/** `,` (default) or `;` (what French spreadsheets expect) */
	delimiter?: ',' | ';';
	/** line ending: `\n` (default) or `\r\n` (what Excel writes) */
	eol?: '\n' | '\r\n';
	/** start with a UTF-8 byte-order mark, so that Excel reads the accents */
	bom?: boolean;
}

/** A number as written in a data file: `-12`, `+3.5`, `-0,25`, `1e-6` — never a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (`=HYPERLINK(…)`, `@SUM(…)`,
 * `+1+1`). Such a cell is written with a leading apostrophe, which spreadsheets show as text;
 * plain numbers (`-12,5`) are left as they are. The one CSV writer of the app and the CLI.
 */
export function neutraliseCell(s: string): string {
	return /^[=+\-@\t\r]/.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

/**
 * Write rows as CSV with a header row: formula-like cells neutralised, fields holding the
 * delimiter, a quote or a newline quoted. Every CSV that Empreinte or its CLI writes goes here.
 */
export function writeCsv(
	headers: readonly string[],
	rows: readonly (readonly (string | number | null | undefined)[])[],
	options: CsvWriteOptions = {}
): string {
	const d = options.delimiter ?? ',';
	const eol = options.eol ?? '\n';
	const esc = (v: string | number | null | undefined) => {
		const s = neutraliseCell(v === null || v === undefined ? '' : String(v));
		return s.includes(d) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	return (options.bom ? '\ufeff' : '') + [headers, ...rows].map((r) => r.map(esc).join(d)).join(eol) + eol;
}
