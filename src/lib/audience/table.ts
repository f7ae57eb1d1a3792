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
	/** cells of kept columns blanked because they looked like an e-mail or a phone number */
	scrubbed: number;
}

/** Drops personal columns and blanks contact-looking cells of the others. */
export function filterPrivacy(table: RawTable): PrivacyOutcome {
	const dropped = detectPersonalColumns(table.headers, (j) => table.columns[j].slice(0, SAMPLE_SIZE * 4));
	const gone = new Set(dropped.map((d) => d.header));
	const headers: string[] = [];
	const columns: string[][] = [];
	let scrubbed = 0;
	table.headers.forEach((h, j) => {
		if (gone.has(h)) return;
		const col = table.columns[j];
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
	return { table: { headers, lines: table.lines, columns }, dropped, scrubbed };
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
