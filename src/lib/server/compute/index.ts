/**
 * POST /api/compute's service: validate and resolve on the main thread (cheap, bounded by the
 * tour's LIMITS), then run the engine in the worker pool with the API's caps, so that the heaviest
 * request allowed still leaves the server answering everyone else.
 */
import { limits } from '../limits';
import { prepareTourFile, type ComputeRequest } from '../tour-file';
import type { TourFileProblem } from '../../schemas/tour-file';
import type { TourResult } from '../../engine';
import { ComputePool } from './pool';

export { BusyError, ComputeTimeoutError } from './pool';

export type ApiOutcome =
	{ ok: true; result: TourResult } | { ok: false; status: 400 | 413; problems: TourFileProblem[] };

let pool: ComputePool | undefined;
/** The process's pool, sized from the environment on first use. */
export function computePool(): ComputePool {
	const c = limits().compute;
	if (!pool) {
		pool = new ComputePool({ size: c.workers, maxQueued: c.queue, timeoutMs: c.timeoutMs });
		// adapter-node's graceful shutdown (SIGTERM): stop the workers so that the process can end
		process.once('sveltekit:shutdown' as 'exit', () => void pool?.close());
	}
	return pool;
}

export async function computeForApi(
	raw: unknown,
	request: ComputeRequest,
	p: ComputePool = computePool()
): Promise<ApiOutcome> {
	const prepared = prepareTourFile(raw, request);
	if (!prepared.ok) {
		// a tour over its size limits is "too large", not malformed
		const status = prepared.problems.some((x) => x.code === 'tour.limit') ? 413 : 400;
		return { ok: false, status, problems: prepared.problems };
	}
	const { input, setRef, options } = prepared.prepared;
	const api = limits().api;
	return p.run({
		input,
		setRef,
		options,
		caps: { maxLines: api.maxLines, maxMonteCarloWork: api.maxMonteCarloWork }
	});
}
