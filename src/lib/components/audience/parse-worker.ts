/**
 * The import's parse worker: reads the chosen CSV off the main thread, so that a 100 000-row
 * file never freezes the page. Started with
 *   new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' })
 * (Vite bundles it, papaparse included). Steps:
 *   parse   bytes → text (UTF-8 or Windows-1252) → papaparse, streamed chunk by chunk, posting
 *           progress → privacy filter (personal columns dropped, contact-like cells blanked)
 *   encode  only the columns the user mapped → staged blocks small enough for one request each
 * Personal columns never leave this worker.
 */
import {
	columnSamples,
	decodeCsvBytes,
	filterPrivacy,
	parseCsvText,
	pickColumns,
	sniffFile,
	tableProblem
} from '../../audience/table';
import { encodeBlocks } from '../../audience/staged';
import type { RawTable } from '../../audience/types';
import type { Encoding } from '../../audience/table';
import type { WorkerIn, WorkerOut } from './worker-protocol';

/** the whole file, personal columns included: never sent, kept so the user can keep a column */
let all: RawTable | null = null;
/** what may be sent: the filtered columns */
let kept: RawTable | null = null;
let meta: { encoding: Encoding; delimiter: string } | null = null;

const post = (m: WorkerOut) => (self as unknown as Worker).postMessage(m);

function filterAndPost(keep: string[]) {
	if (!all || !meta) return;
	const privacy = filterPrivacy(all, keep);
	kept = privacy.table;
	post({
		type: 'parsed',
		encoding: meta.encoding,
		delimiter: meta.delimiter,
		headers: kept.headers,
		rows: kept.lines.length,
		dropped: privacy.dropped,
		kept: privacy.kept,
		scrubbed: privacy.scrubbed,
		samples: columnSamples(kept)
	});
}

self.onmessage = async (e: MessageEvent<WorkerIn>) => {
	const msg = e.data;
	try {
		if (msg.type === 'parse') {
			kept = null;
			all = null;
			const bytes = new Uint8Array(await msg.file.arrayBuffer());
			const sniffed = sniffFile(bytes);
			if (sniffed) {
				post({ type: 'notCsv', problem: sniffed, headers: [] });
				return;
			}
			const { text, encoding } = decodeCsvBytes(bytes);
			let last = 0;
			const { delimiter, table } = parseCsvText(text, {
				onProgress: (p) => {
					const now = performance.now();
					if (now - last < 50 && p.done < p.total) return; // a message per frame or so is plenty
					last = now;
					post({ type: 'progress', done: p.done, total: p.total, rows: p.rows });
				}
			});
			const problem = tableProblem(table);
			if (problem) {
				post({ type: 'notCsv', problem, headers: table.headers.slice(0, 12) });
				return;
			}
			all = table;
			meta = { encoding, delimiter };
			filterAndPost([]);
		} else if (msg.type === 'keep') {
			if (!all) throw new Error('nothing parsed');
			filterAndPost(msg.headers);
		} else if (msg.type === 'encode') {
			if (!kept) throw new Error('nothing parsed');
			const blocks = encodeBlocks(pickColumns(kept, msg.columns));
			post({ type: 'encoded', blocks });
		}
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
