/**
 * Reading a CSV into a column table, in the browser's parse worker (streaming, with progress) —
 * the same rules as the server's reader (src/lib/server/imports/csv.ts, which the no-JavaScript
 * upload uses): bytes decoded as UTF-8 (BOM or not) when valid, else Windows-1252 (Excel "CSV");
 * the separator the header line uses most (`;`, `,` or tab); 1-based line numbers with the header
 * on line 1, a quoted field spanning lines counted as such; blank lines skipped; cells trimmed.
 * The browser cannot import that server module, hence these few lines twice; a unit test keeps
 * both readers giving the same lines and cells.
 */
import Papa from 'papaparse';
import { detectPersonalColumns, scrubCell, SAMPLE_SIZE, type DroppedColumn } from './privacy';
import type { RawTable } from './types';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}

/**
 * What a file is when it is not a CSV: what people pick by mistake (the workbook itself, an
 * export in PDF, a screenshot, a zip of exports, an empty or header-only export). Recognised by
 * their first bytes ("magic numbers": PNG 89 50 4E 47, JPEG FF D8 FF, GIF "GIF8", PDF "%PDF",
 * zip "PK\x03\x04" — .xlsx and .ods are zips, told apart by the names of their first entries —
 * and the OLE2 header D0 CF 11 E0 of .xls), so a renamed file is recognised too.
 */
export type FileProblem =
	'empty' | 'xlsx' | 'ods' | 'xls' | 'zip' | 'pdf' | 'image' | 'html' | 'binary' | 'headerOnly';

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** The file's problem from its bytes, or null when it may be a CSV. */
export function sniffFile(bytes: Uint8Array): FileProblem | null {
	let i = 0;
	while (
		i < bytes.length &&
		(bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
	)
		i++;
	const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
	if (bytes.length === 0 || i === bytes.length || (bom === 3 && bytes.length === 3)) return 'empty';
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
		// the names of a zip's entries are stored in clear in their local headers
		const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
		if (head.includes('opendocument.spreadsheet')) return 'ods';
		if (head.includes('xl/')) return 'xlsx';
		return 'zip';
	}
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
	if (
		startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
		startsWith(bytes, [0xff, 0xd8, 0xff]) ||
		startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
		(startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && bytes[8] === 0x57 && bytes[9] === 0x45)
	)
		return 'image';
	const start = new TextDecoder('latin1')
		.decode(bytes.subarray(i + bom, i + bom + 200))
		.trimStart()
		.toLowerCase();
	if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<?xml'))
		return 'html';
	// text never holds NUL bytes (UTF-16 exports do: they are rare enough to be named as binary)
	const probe = bytes.subarray(0, Math.min(bytes.length, 4096));
	if (probe.includes(0)) return 'binary';
	return null;
}

/** After parsing: a header line and no row. */
export function tableProblem(table: RawTable): FileProblem | null {
	if (table.headers.length === 0) return 'empty';
	if (table.lines.length === 0) return 'headerOnly';
	return null;
}

export function guessDelimiter(text: string): string {
	const first = text.split(/\r?\n/, 1)[0] ?? '';
	let best = ';';
	let most = -1;
	for (const d of [';', ',', '\t']) {
		const n = first.split(d).length - 1;
		if (n > most) {
			best = d;
			most = n;
		}
	}
	return best;
}

/** Header names made unique and non-empty ("" → "#3", a second "Ville" → "Ville (2)"). */
export function uniqueHeaders(raw: string[]): string[] {
	const seen = new Map<string, number>();
	return raw.map((h, j) => {
		const base = h.trim() || `#${j + 1}`;
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return n === 1 ? base : `${base} (${n})`;
	});
}

function newlines(record: string[]): number {
	let n = 0;
	for (const c of record) {
		if (c.indexOf('\n') < 0) continue;
		for (let i = 0; i < c.length; i++) if (c.charCodeAt(i) === 10) n++;
	}
	return n;
}

export interface ParseProgress {
	/** characters parsed so far, of `total` */
	done: number;
	total: number;
	rows: number;
}

/**
 * Parses CSV text chunk by chunk (papaparse's streaming mode), calling `onProgress` after each
 * chunk. Returns every column; the privacy filter comes next (filterPrivacy).
 */
export function parseCsvText(
	text: string,
	opts: { delimiter?: string; chunkSize?: number; onProgress?: (p: ParseProgress) => void } = {}
): { delimiter: string; table: RawTable } {
	const delimiter = opts.delimiter ?? guessDelimiter(text);
	let headers: string[] | null = null;
	let columns: string[][] = [];
	const lines: number[] = [];
	let line = 0;
	let rows = 0;
	// With a `chunk` callback papaparse streams a string too (its StringStreamer), synchronously.
	Papa.parse<string[]>(text, {
		delimiter,
		skipEmptyLines: false,
		chunkSize: opts.chunkSize ?? 256 * 1024,
		complete: () => {},
		chunk: (res: Papa.ParseResult<string[]>) => {
			for (const record of res.data) {
				line += 1;
				const start = line;
				line += newlines(record);
				if (!headers) {
					headers = uniqueHeaders(record);
					columns = headers.map(() => []);
					continue;
				}
				if (record.length === 1 && record[0].trim() === '') continue;
				lines.push(start);
				for (let j = 0; j < columns.length; j++) columns[j].push((record[j] ?? '').trim());
				rows++;
			}
			opts.onProgress?.({ done: res.meta.cursor, total: text.length, rows });
		}
	});
	return { delimiter, table: { headers: headers ?? [], lines, columns } };
}

export interface PrivacyOutcome {
	table: RawTable;
	dropped: DroppedColumn[];
	/** columns the filter proposed to drop and the user chose to keep */
	kept: DroppedColumn[];
	/** cells of kept columns blanked because they looked like an e-mail or a phone number */
	scrubbed: number;
}

/**
 * Drops personal columns and blanks contact-looking cells of the others. `keep` are headers the
 * user chose to keep although the filter proposed to drop them; e-mails and phone numbers found
 * in the values are dropped whatever the user says (not `keepable`).
 */
export function filterPrivacy(table: RawTable, keep: readonly string[] = []): PrivacyOutcome {
	const proposed = detectPersonalColumns(table.headers, (j) => table.columns[j].slice(0, SAMPLE_SIZE * 4));
	const wanted = new Set(keep);
	const kept = proposed.filter((d) => d.keepable && wanted.has(d.header));
	const dropped = proposed.filter((d) => !kept.includes(d));
	const gone = new Set(dropped.map((d) => d.header));
	const headers: string[] = [];
	const columns: string[][] = [];
	let scrubbed = 0;
	table.headers.forEach((h, j) => {
		if (gone.has(h)) return;
		// a copy: the caller may keep the unfiltered table (to let the user keep a column later)
		const col = table.columns[j].slice();
		for (let i = 0; i < col.length; i++) {
			const v = col[i];
			if (v.length < 9 && !v.includes('@')) continue;
			const s = scrubCell(v);
			if (s !== v) {
				col[i] = s;
				scrubbed++;
			}
		}
		headers.push(h);
		columns.push(col);
	});
	return { table: { headers, lines: table.lines, columns }, dropped, kept, scrubbed };
}

/** Only the given columns (the mapped ones), in the given order. */
export function pickColumns(table: RawTable, keep: string[]): RawTable {
	const cols = keep.map((h) => {
		const j = table.headers.indexOf(h);
		if (j < 0) throw new Error(`No column "${h}"`);
		return table.columns[j];
	});
	return { headers: [...keep], lines: table.lines, columns: cols };
}

/** The first `n` non-empty distinct values of each column (mapping step examples, auto-mapping). */
export function columnSamples(table: RawTable, n = 200): string[][] {
	return table.columns.map((col) => {
		const out: string[] = [];
		for (let i = 0; i < col.length && out.length < n; i++) if (col[i] !== '') out.push(col[i]);
		return out;
	});
}
