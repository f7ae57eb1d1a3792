/** Messages between the import page and its parse worker (./parse-worker.ts). */
import type { DroppedColumn } from '$lib/audience/privacy';
import type { StagedBlock } from '$lib/audience/staged';
import type { Encoding } from '$lib/audience/table';

export type WorkerIn = { type: 'parse'; file: File } | { type: 'encode'; columns: string[] };

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
			scrubbed: number;
			/** first non-empty values of each kept column */
			samples: string[][];
	  }
	| { type: 'encoded'; blocks: StagedBlock[] }
	| { type: 'error'; message: string };
