/** Messages between the import page and its parse worker (./parse-worker.ts). */
import type { DroppedColumn } from '$lib/audience/privacy';
import type { StagedBlock } from '$lib/audience/staged';
import type { Encoding, FileProblem } from '$lib/audience/table';

export type WorkerIn =
	| { type: 'parse'; file: File }
	/** filter the parsed file again, keeping these columns the filter proposed to drop */
	| { type: 'keep'; headers: string[] }
	| { type: 'encode'; columns: string[] };

export type WorkerOut =
	| { type: 'progress'; done: number; total: number; rows: number }
	| {
			type: 'parsed';
			encoding: Encoding;
			delimiter: string;
			/** kept columns (personal ones dropped) */
			headers: string[];
			rows: number;
			dropped: DroppedColumn[];
			/** proposed for dropping, kept at the user's request */
			kept: DroppedColumn[];
			scrubbed: number;
			/** first non-empty values of each kept column */
			samples: string[][];
	  }
	| { type: 'encoded'; blocks: StagedBlock[] }
	/** not a CSV, or a CSV without rows: said plainly on the page */
	| { type: 'notCsv'; problem: FileProblem; headers: string[] }
	| { type: 'error'; message: string };
