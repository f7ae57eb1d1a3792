/**
 * The compute worker: runs the engine for POST /api/compute off the main thread, so that a heavy
 * tour (many dates, many Monte Carlo runs) never stalls the pages and /healthz.
 *
 * This module is BOTH the worker's entry and an ordinary import: the pool (./pool.ts) starts a
 * Worker on `WORKER_URL`, this module's own URL — in the production build that is the bundled
 * chunk under build/server/, in dev and tests the .ts source (then loaded through tsx, like the
 * CLI). The code below only listens when it runs inside a worker started by the pool.
 *
 * Relative imports only (no $lib, no $app): tsx loads it outside SvelteKit.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { getFactorLibrary } from '../factor-tables';
import { runPrepared } from '../tour-file';
import { diagnoseLive } from '../diagnostics';
import { runCompareTask, type CompareOutcome, type CompareTask } from '../compare-task';
import { computeLive, unpackFactors, type LivePayload } from '../../components/results/live';
import { encodeShared, inlineScript, INLINE_LIVE_ID } from '../../components/results/inline-live';
import type { Boundary, ComputeOptions, TourInput, TourResult } from '../../engine';
import type { TourFile, TourFileProblem } from '../../schemas/tour-file';

export const WORKER_URL = import.meta.url;
export const WORKER_MARK = 'empreinte-compute-worker';

export interface ComputeCaps {
	/** result lines one request may produce */
	maxLines: number;
	/** Monte Carlo work: runs × result lines */
	maxMonteCarloWork: number;
}

export interface ComputeTask {
	input: TourInput;
	setRef: string | undefined;
	options: ComputeOptions;
	caps: ComputeCaps;
}

export type TaskOutcome =
	{ ok: true; result: TourResult } | { ok: false; status: 400 | 413; problems: TourFileProblem[] };

/**
 * Compute with the caps: when Monte Carlo is asked, the analytic pass (cheap: ~40 ms for 5 000
 * lines) counts the lines first, so that runs × lines is known before the expensive part.
 */
export function runTask(task: ComputeTask): TaskOutcome {
	const factors = getFactorLibrary().resolve(task.setRef);
	const mc = task.options.uncertainty?.method === 'monte-carlo';
	const first = runPrepared({
		input: task.input,
		factors,
		options: mc ? { ...task.options, uncertainty: { method: 'analytic' } } : task.options
	});
	if (!first.ok) return first;
	const lines = first.result.lines.length;
	if (lines > task.caps.maxLines) {
		return tooMuch(`this tour gives ${lines} result lines, more than the ${task.caps.maxLines} allowed`);
	}
	if (!mc) return { ok: true, result: first.result };
	const runs = task.options.uncertainty?.runs ?? 1000;
	if (runs * lines > task.caps.maxMonteCarloWork) {
		const most = Math.max(0, Math.floor(task.caps.maxMonteCarloWork / Math.max(1, lines)));
		return tooMuch(
			`${runs} Monte Carlo runs × ${lines} result lines is over the ${task.caps.maxMonteCarloWork} allowed: ask for at most ${most} runs`
		);
	}
	const second = runPrepared({ input: task.input, factors, options: task.options });
	return second.ok ? { ok: true, result: second.result } : second;
}

/** A stored tour's results page: its payload (diagnoseLive) and the result the page shows from it. */
export interface LiveTask {
	kind: 'live';
	doc: TourFile;
	boundary: Boundary;
}

export type LiveOutcome =
	| {
			ok: true;
			live: LivePayload;
			result: TourResult;
			/** the payload's data block for a server-rendered page (inline-live.ts), written once here */
			inline: string;
			bytes: number;
	  }
	| { ok: false; problems: TourFileProblem[] };

/**
 * The results page's computation: the payload, then the result exactly as the page computes it
 * from that payload (computeLive), and a rough size of both for the cache that keeps them.
 */
export function runLiveTask(task: LiveTask): LiveOutcome {
	const d = diagnoseLive(task.doc, { boundary: task.boundary });
	if (!d.ok) return d;
	const result = computeLive(d.live, unpackFactors(d.live), task.boundary);
	const inline = inlineScript(INLINE_LIVE_ID, encodeShared(d.live));
	return {
		ok: true,
		live: d.live,
		result,
		inline,
		bytes: approximateBytes(d.live, result) + 2 * inline.length
	};
}

/** In-memory size, roughly: the payload's JSON twice over, ~1.5 kB a result line, 200 B a leg or date. */
export function approximateBytes(live: LivePayload, result: TourResult): number {
	return (
		2 * JSON.stringify(live).length +
		1500 * result.lines.length +
		200 * (result.byLeg.length + result.byDate.length)
	);
}

export type PoolTask = ComputeTask | LiveTask | CompareTask;
export type PoolOutcome = TaskOutcome | LiveOutcome | CompareOutcome;

export function runAny(task: PoolTask): PoolOutcome {
	if ('kind' in task && task.kind === 'live') return runLiveTask(task);
	if ('kind' in task && task.kind === 'compare') return runCompareTask(task);
	return runTask(task as ComputeTask);
}

function tooMuch(message: string): TaskOutcome {
	return { ok: false, status: 413, problems: [{ path: '$', message, code: 'api.too_much_work' }] };
}

if (!isMainThread && parentPort && (workerData as { mark?: string } | null)?.mark === WORKER_MARK) {
	const port = parentPort;
	port.on('message', (msg: { id: number; task: PoolTask }) => {
		try {
			port.postMessage({ id: msg.id, outcome: runAny(msg.task) });
		} catch (e) {
			port.postMessage({ id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
		}
	});
}
