/**
 * POST /api/compute under hardening (issue 17): its caps answer 400/413 with JSON problems, and the
 * engine runs in a worker thread whose pool is bounded (busy → BusyError, stuck → timeout).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POST } from '../../../src/routes/api/compute/+server';
import { computeTourFile, prepareTourFile } from '../../../src/lib/server/tour-file';
import { BusyError, ComputePool, ComputeTimeoutError } from '../../../src/lib/server/compute/pool';
import { runTask } from '../../../src/lib/server/compute/worker';
import { LIMITS } from '../../../src/lib/schemas/tour-file';
import { limits, readLimits } from '../../../src/lib/server/limits';
import { ConfigError } from '../../../src/lib/server/config';

const root = join(__dirname, '..', '..', '..');
const circus = JSON.parse(readFileSync(join(root, 'examples', 'circus-occitanie.json'), 'utf8'));

async function api(body: unknown, query = '', headers: Record<string, string> = {}) {
	const request = new Request(`http://localhost/api/compute${query}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
	const res = await POST({ request, url: new URL(request.url) } as unknown as Parameters<typeof POST>[0]);
	return { status: res.status, body: await res.json() };
}

/** The circus tour with `n` dates (one a day), its date-bound legs unbound. */
function bigTour(n: number) {
	const t = structuredClone(circus);
	const src = t.dates;
	t.dates = Array.from({ length: n }, (_, i) => {
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		const { id, end, ...rest } = src[i % src.length];
		return { ...rest, start: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10) };
	});
	for (const f of t.freight ?? []) for (const l of f.legs ?? []) delete l.date;
	for (const l of t.legs ?? []) delete l.date;
	return t;
}

const pools: ComputePool[] = [];
afterAll(async () => {
	await Promise.all(pools.map((p) => p.close()));
});

describe('POST /api/compute caps', () => {
	it('computes in a worker the same result as the engine on this thread', async () => {
		const res = await api(circus);
		expect(res.status).toBe(200);
		const here = computeTourFile(circus);
		if (!here.ok) throw new Error('not computed');
		expect(res.body).toEqual(JSON.parse(JSON.stringify(here.result)));
	}, 60_000);

	it('refuses more Monte Carlo runs than allowed (400, at ?runs)', async () => {
		const res = await api(circus, `?runs=${limits().api.maxRuns + 1}`);
		expect(res.status).toBe(400);
		expect(res.body.problems[0]).toMatchObject({ path: '?runs', code: 'api.invalid_query' });
	});

	it('a tour over its size limits is 413 with the limit named', async () => {
		const res = await api(bigTour(LIMITS.dates + 1));
		expect(res.status).toBe(413);
		expect(res.body.problems[0]).toMatchObject({
			path: 'dates',
			code: 'tour.limit',
			params: { limit: 'dates', max: LIMITS.dates }
		});
	});

	it('a body over the tour-file upload limit is 413 before it is parsed', async () => {
		const big = ' '.repeat(limits().upload.tourFile + 1);
		const res = await api(big);
		expect(res.status).toBe(413);
		expect(res.body.problems[0].code).toBe('api.too_large');
	});

	it('too much Monte Carlo work (runs × lines) or too many lines is 413, with the runs that fit', () => {
		const p = prepareTourFile(circus, { uncertainty: { method: 'monte-carlo', runs: 1000 } });
		if (!p.ok) throw new Error('invalid');
		const { input, setRef, options } = p.prepared;
		const work = runTask({ input, setRef, options, caps: { maxLines: 100_000, maxMonteCarloWork: 1000 } });
		expect(work).toMatchObject({ ok: false, status: 413 });
		if (work.ok) return;
		expect(work.problems[0].code).toBe('api.too_much_work');
		expect(work.problems[0].message).toMatch(/ask for at most \d+ runs/);
		const lines = runTask({ input, setRef, options, caps: { maxLines: 3, maxMonteCarloWork: 1e9 } });
		expect(lines).toMatchObject({ ok: false, status: 413 });
		const fine = runTask({ input, setRef, options, caps: { maxLines: 100_000, maxMonteCarloWork: 1e9 } });
		expect(fine.ok && fine.result.uncertainty.runs).toBe(1000);
	});
});

describe('compute pool', () => {
	const task = () => {
		const p = prepareTourFile(circus);
		if (!p.ok) throw new Error('invalid');
		const { input, setRef, options } = p.prepared;
		return { input, setRef, options, caps: { maxLines: 100_000, maxMonteCarloWork: 1e9 } };
	};

	it('refuses work beyond its queue instead of piling it up', async () => {
		const pool = new ComputePool({ size: 1, maxQueued: 1, timeoutMs: 60_000 });
		pools.push(pool);
		const first = pool.run(task()); // taken by the worker
		expect(pool.full).toBe(false);
		const second = pool.run(task()); // waits
		expect(pool.full).toBe(true);
		await expect(pool.run(task())).rejects.toBeInstanceOf(BusyError);
		expect((await first).ok).toBe(true);
		expect((await second).ok).toBe(true);
	}, 60_000);

	it('stops a computation that runs past its time and keeps serving', async () => {
		// 1 ms is less than a worker takes to start: the task is stopped, the worker replaced
		const pool = new ComputePool({ size: 1, maxQueued: 4, timeoutMs: 1 });
		pools.push(pool);
		await expect(pool.run(task())).rejects.toBeInstanceOf(ComputeTimeoutError);
		expect(pool.busy).toBe(0);
	}, 60_000);
});

describe('limits configuration', () => {
	it('has documented defaults and names a wrong variable', () => {
		const l = readLimits({});
		expect(l.upload).toEqual({
			datesCsv: 2 * 1024 * 1024,
			tourFile: 1024 * 1024,
			audienceFile: 5 * 1024 * 1024
		});
		expect(l.body).toBe(5 * 1024 * 1024 + 64 * 1024);
		expect(l.api).toMatchObject({ maxRuns: 5000, maxLines: 20_000, perIpPerMinute: 120 });
		expect(readLimits({ BODY_SIZE_LIMIT: '6M' }).body).toBe(6 * 1024 * 1024);
		expect(() => readLimits({ EMPREINTE_API_MAX_RUNS: 'many' })).toThrow(ConfigError);
		expect(() => readLimits({ EMPREINTE_UPLOAD_DATES_CSV_MB: '-1' })).toThrow(
			/EMPREINTE_UPLOAD_DATES_CSV_MB/
		);
		expect(() => readLimits({ BODY_SIZE_LIMIT: 'big' })).toThrow(/BODY_SIZE_LIMIT/);
	});
});
