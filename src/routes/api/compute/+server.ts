/**
 * POST /api/compute — compute a tour file (empreinte-tour@1, JSON body) and return the same JSON as
 * `npx empreinte compute FILE --format json` (one compute path: src/lib/server/tour-file.ts).
 * Stateless and public: nothing is stored, no session is needed.
 *
 * Query (all optional): `set=NAME@VERSION`, `boundary=full|no-construction,no-nonco2,no-wtt`,
 * `uncertainty=analytic|monte-carlo`, `seed=N`, `runs=N` (Monte Carlo, at most 20 000).
 * 200 → the result; 400 → `{ problems: [{ path, message, code }] }` (one per problem, JSON paths);
 * 413 → body over 1 MB; 415 → not JSON.
 */
import { json } from '@sveltejs/kit';
import { computeTourFile, parseBoundarySpec, type ComputeRequest } from '$lib/server/tour-file';
import type { TourFileProblem } from '$lib/schemas/tour-file';
import type { RequestHandler } from './$types';

const MAX_BYTES = 1_000_000;
const MAX_RUNS = 20_000;

const bad = (problems: TourFileProblem[], status = 400) =>
	json({ problems }, { status, headers: { 'cache-control': 'no-store' } });

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
	const r = int(runs, 'runs', MAX_RUNS);
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
	const text = await request.text();
	if (text.length > MAX_BYTES) {
		return bad(
			[{ path: '$', message: `the tour file is over ${MAX_BYTES} bytes`, code: 'api.too_large' }],
			413
		);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		return bad([{ path: '$', message: `not valid JSON: ${(e as Error).message}`, code: 'tour.json' }]);
	}
	const req = requestFromQuery(url.searchParams);
	if (Array.isArray(req)) return bad(req);
	const outcome = computeTourFile(raw, req);
	if (!outcome.ok) return bad(outcome.problems, outcome.status);
	return json(outcome.result, { headers: { 'cache-control': 'no-store' } });
};
