/**
 * The staged form of an uploaded file between upload and save: only the kept columns (privacy
 * filter applied), cut into blocks of rows that each fit one request (the browser sends a 100 000-row
 * file in a few of them; adapter-node accepts 512 kB per request by default).
 *
 * A block is compact JSON: line numbers as differences (mostly 1), and each column as a
 * dictionary of its distinct values plus one small index per row (a postcode column of 100 000
 * rows holds a few thousand distinct values).
 */
import type { RawTable } from './types';

export interface StagedBlock {
	/** first line number, then the difference to the previous line */
	lines: number[];
	/** one per kept column, in the upload's column order */
	cols: { dict: string[]; idx: number[] }[];
}

/** Longest cell kept: no postcode, commune, label or number is longer. */
export const MAX_CELL = 200;

export function encodeBlock(lines: number[], columns: string[][], from = 0, to = lines.length): StagedBlock {
	const out: StagedBlock = { lines: [], cols: [] };
	let prev = 0;
	for (let i = from; i < to; i++) {
		out.lines.push(lines[i] - prev);
		prev = lines[i];
	}
	for (const col of columns) {
		const dict: string[] = [];
		const at = new Map<string, number>();
		const idx: number[] = [];
		for (let i = from; i < to; i++) {
			const v = col[i].length > MAX_CELL ? col[i].slice(0, MAX_CELL) : col[i];
			let k = at.get(v);
			if (k === undefined) {
				k = dict.length;
				dict.push(v);
				at.set(v, k);
			}
			idx.push(k);
		}
		out.cols.push({ dict, idx });
	}
	return out;
}

/**
 * Blocks of at most `maxRows` rows, split further while one is longer than `maxChars` of JSON.
 * Characters, not bytes: an accented letter takes two bytes in UTF-8, so 200 000 characters stay
 * under 512 kB whatever the text.
 */
export function encodeBlocks(table: RawTable, maxRows = 25_000, maxChars = 200_000): StagedBlock[] {
	const blocks: StagedBlock[] = [];
	const push = (from: number, to: number) => {
		const b = encodeBlock(table.lines, table.columns, from, to);
		if (to - from > 1 && JSON.stringify(b).length > maxChars) {
			const mid = from + Math.floor((to - from) / 2);
			push(from, mid);
			push(mid, to);
		} else blocks.push(b);
	};
	for (let from = 0; from < table.lines.length; from += maxRows)
		push(from, Math.min(table.lines.length, from + maxRows));
	return blocks;
}

/** A block's problem (wrong shape, index out of range), or null. Run on whatever a client sends. */
export function blockProblem(b: StagedBlock, columns: number): string | null {
	if (!Array.isArray(b.lines) || !Array.isArray(b.cols)) return 'shape';
	if (b.cols.length !== columns) return 'columns';
	const n = b.lines.length;
	for (const d of b.lines) if (!Number.isInteger(d) || d < 0) return 'lines';
	for (const c of b.cols) {
		if (!Array.isArray(c.dict) || !Array.isArray(c.idx) || c.idx.length !== n) return 'column';
		for (const v of c.dict) if (typeof v !== 'string' || v.length > MAX_CELL) return 'cell';
		for (const k of c.idx) if (!Number.isInteger(k) || k < 0 || k >= c.dict.length) return 'index';
	}
	return null;
}

/** Blocks back into one table (blocks in upload order). */
export function decodeBlocks(headers: string[], blocks: StagedBlock[]): RawTable {
	const lines: number[] = [];
	const columns: string[][] = headers.map(() => []);
	for (const b of blocks) {
		let prev = 0;
		for (const d of b.lines) {
			prev += d;
			lines.push(prev);
		}
		b.cols.forEach((c, j) => {
			const out = columns[j];
			for (const k of c.idx) out.push(c.dict[k]);
		});
	}
	return { headers, lines, columns };
}
