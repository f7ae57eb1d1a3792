/**
 * POST /api/compute — compute a tour file (empreinte-tour@1, JSON body) and return the same JSON as
 * `npx empreinte compute FILE --format json` (one compute path: src/lib/server/tour-file.ts).
 * Stateless and public: nothing is stored, no session is needed.
 *
 * Query (all optional): `set=NAME@VERSION`, `boundary=full|no-construction,no-nonco2,no-wtt`,
 * `uncertainty=analytic|monte-carlo`, `seed=N`, `runs=N` (Monte Carlo, at most
 * EMPREINTE_API_MAX_RUNS, 5 000 by default).
 * 200 → the result; 400 → `{ problems: [{ path, message, code }] }` (one per problem, JSON paths);
 * 413 → the body is over the tour-file upload limit (1 MB by default), the tour is over its size
 * LIMITS, or it asks for too much work (result lines, runs × lines); 415 → not JSON;
 * 429 → over the per-IP rate limit (hooks.server.ts); 503 → every compute worker busy.
 * The engine runs in a worker thread (src/lib/server/compute): the server keeps answering.
 */
import { json } from '@sveltejs/kit';
import { parseBoundarySpec, type ComputeRequest } from '$lib/server/tour-file';
import { BusyError, ComputeTimeoutError, computeForApi, computePool } from '$lib/server/compute';
import { limits } from '$lib/server/limits';
import type { TourFileProblem } from '$lib/schemas/tour-file';
import type { RequestHandler } from './$types';

const bad = (problems: TourFileProblem[], status = 400, headers: Record<string, string> = {}) =>
	json({ problems }, { status, headers: { 'cache-control': 'no-store', ...headers } });

function requestFromQuery(q: URLSearchParams): ComputeRequest | TourFileProblem[] {
	const req: ComputeRequest = {};
	const problems: TourFileProblem[] = [];
	const set = q.get('set');
	if (set) req.set = set;
	const boundary = q.get('boundary');
	if (boundary) {
		try {
			req.boundary = parseBoundarySpec(boundary);
		} catch (e) {
			problems.push({ path: '?boundary', message: (e as Error).message, code: 'api.invalid_query' });
		}
	}
	const method = q.get('uncertainty');
	const seed = q.get('seed');
	const runs = q.get('runs');
	if (method && method !== 'analytic' && method !== 'monte-carlo') {
		problems.push({
			path: '?uncertainty',
			message: 'expected analytic or monte-carlo',
			code: 'api.invalid_query'
		});
	}
	const int = (v: string | null, name: string, max: number) => {
		if (v === null) return undefined;
		if (!/^\d+$/.test(v) || Number(v) > max) {
			problems.push({
				path: `?${name}`,
				message: `expected a whole number up to ${max}`,
				code: 'api.invalid_query'
			});
			return undefined;
		}
		return Number(v);
	};
	const s = int(seed, 'seed', 2 ** 32 - 1);
	const r = int(runs, 'runs', limits().api.maxRuns);
	if (method || s !== undefined || r !== undefined) {
		req.uncertainty = {
			method:
				method === 'analytic'
					? 'analytic'
					: method === 'monte-carlo' || s !== undefined || r !== undefined
						? 'monte-carlo'
						: 'analytic',
			seed: s,
			runs: r
		};
	}
	return problems.length > 0 ? problems : req;
}

export const POST: RequestHandler = async ({ request, url }) => {
	const type = request.headers.get('content-type') ?? '';
	if (type && !/^application\/(json|[\w.+-]+\+json)\b/i.test(type)) {
		return bad(
			[{ path: '$', message: 'send the tour file as application/json', code: 'api.unsupported_media_type' }],
			415
		);
	}
	// a full queue refuses at once, before the body is read and parsed on the main thread: under
	// overload the refusals stay cheap (the check after parsing remains for a queue filled meanwhile)
	if (computePool().full) return busy('every compute worker is busy: try again in a few seconds');
	const max = limits().upload.tourFile;
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > max) return tooLarge(max);
	let text: string;
	try {
		text = await request.text();
	} catch {
		// the adapter's BODY_SIZE_LIMIT cut a body that did not declare its length
		return tooLarge(max);
	}
	if (Buffer.byteLength(text) > max) return tooLarge(max);
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		return bad([{ path: '$', message: `not valid JSON: ${(e as Error).message}`, code: 'tour.json' }]);
	}
	const req = requestFromQuery(url.searchParams);
	if (Array.isArray(req)) return bad(req);
	try {
		const outcome = await computeForApi(raw, req);
		if (!outcome.ok) return bad(outcome.problems, outcome.status);
		return json(outcome.result, { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		if (e instanceof BusyError) return busy('every compute worker is busy: try again in a few seconds');
		if (e instanceof ComputeTimeoutError) return busy('the computation took too long and was stopped');
		throw e;
	}
};

function busy(message: string) {
	return bad([{ path: '$', message, code: 'api.busy' }], 503, { 'retry-after': '5' });
}

function tooLarge(max: number) {
	return bad([{ path: '$', message: `the tour file is over ${max} bytes`, code: 'api.too_large' }], 413);
}
