/**
 * The browser side of an import: start the parse worker, and send the staged blocks one request
 * at a time (each well under adapter-node's 512 kB body limit) to the draft endpoint.
 */
import type { StagedBlock } from '$lib/audience/staged';
import type { DraftStart } from '$lib/schemas/audience-import';
import type { WorkerIn, WorkerOut } from './worker-protocol';

export function createParseWorker(): Worker {
	return new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
}

export function send(worker: Worker, msg: WorkerIn): void {
	worker.postMessage(msg);
}

/** Resolves with the worker's next message of one of the given types (or rejects on its error). */
export function next<T extends WorkerOut['type']>(
	worker: Worker,
	...types: T[]
): Promise<Extract<WorkerOut, { type: T }>> {
	return new Promise((resolve, reject) => {
		const onMessage = (e: MessageEvent<WorkerOut>) => {
			if ((types as string[]).includes(e.data.type)) {
				worker.removeEventListener('message', onMessage);
				resolve(e.data as Extract<WorkerOut, { type: T }>);
			} else if (e.data.type === 'error') {
				worker.removeEventListener('message', onMessage);
				reject(new Error(e.data.message));
			}
		};
		worker.addEventListener('message', onMessage);
	});
}

/** Sends the blocks in order; returns the draft id. */
export async function uploadBlocks(
	url: string,
	start: DraftStart,
	blocks: StagedBlock[],
	onProgress: (done: number, total: number) => void
): Promise<string> {
	let draftId = '';
	for (let seq = 0; seq < blocks.length; seq++) {
		const body = seq === 0 ? { start, seq, block: blocks[0] } : { draftId, seq, block: blocks[seq] };
		const res = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
		if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
		const out = (await res.json()) as { draftId: string };
		draftId = out.draftId;
		onProgress(seq + 1, blocks.length);
	}
	return draftId;
}
