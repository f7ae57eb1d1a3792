/**
 * The results page's kept computation (issue #21, src/lib/server/results-cache.ts): the payload and
 * result served from the cache are those a fresh computation gives, line for line; a save of the
 * tour (a new version) is computed afresh; readers of one key share one computation; a computation
 * made in a worker thread gives the same lines as one made on the calling thread.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setDb } from '../../../src/lib/server/db';
import * as tours from '../../../src/lib/server/tours';
import { ComputePool } from '../../../src/lib/server/compute/pool';
import {
	clearResultsCache,
	liveResults,
	resultsCacheStats,
	resultsKey
} from '../../../src/lib/server/results-cache';
import { diagnoseLive } from '../../../src/lib/server/diagnostics';
import { computeLive, unpackFactors } from '../../../src/lib/components/results/live';
import { computeTour, FULL_BOUNDARY, type Boundary } from '../../../src/lib/engine';
import { importCircus } from '../experiments/helpers';
import { runCompareTask, type CompareTask } from '../../../src/lib/server/compare-task';
import { getFactorLibrary } from '../../../src/lib/server/factor-tables';
import { makeWorld, type World } from '../auth/helpers';

let w: World;
let tour: tours.TourRecord;
const inline = new ComputePool({ size: 0, maxQueued: 10, timeoutMs: 60_000 });
const NARROW: Boundary = { construction: false, nonCO2: false, wtt: false };

/** What the page would compute without any cache: the payload, then the engine on it. */
function fresh(doc: tours.TourRecord['document'], boundary: Boundary) {
	const d = diagnoseLive(doc, { boundary });
	if (!d.ok) throw new Error('not computed');
	return { live: d.live, result: computeTour(d.live.input, unpackFactors(d.live), { boundary }) };
}

beforeAll(async () => {
	w = await makeWorld();
	setDb(w.db);
	tour = await importCircus(w.db, w.asOwner);
});
beforeEach(() => clearResultsCache());

describe('results cache', () => {
	it('serves the lines and payload of a fresh computation, and the second reader from the cache', async () => {
		const first = await liveResults(tour, FULL_BOUNDARY, inline);
		if (!first.ok) throw new Error('not computed');
		const expected = fresh(tour.document, FULL_BOUNDARY);
		expect(first.result).toEqual(expected.result);
		expect(first.live).toEqual(expected.live);
		expect(first.bytes).toBeGreaterThan(1000);
		const second = await liveResults(tour, FULL_BOUNDARY, inline);
		expect(second).toBe(first);
		expect(resultsCacheStats()).toMatchObject({ entries: 1, hits: 1, misses: 1 });
		// the page's server render finds the same result for the payload, without computing
		expect(computeLive(first.live, unpackFactors(first.live), FULL_BOUNDARY)).toBe(first.result);
	});

	it('keeps each boundary apart', async () => {
		const full = await liveResults(tour, FULL_BOUNDARY, inline);
		const noWtt = await liveResults(tour, NARROW, inline);
		if (!full.ok || !noWtt.ok) throw new Error('not computed');
		expect(noWtt.result).toEqual(fresh(tour.document, NARROW).result);
		expect(noWtt.result.totals.company.kg).not.toBe(full.result.totals.company.kg);
		expect(resultsKey(tour, FULL_BOUNDARY)).not.toBe(resultsKey(tour, NARROW));
	});

	it('an edit of the tour is computed afresh (new version), not served from the cache', async () => {
		const before = await liveResults(tour, FULL_BOUNDARY, inline);
		if (!before.ok) throw new Error('not computed');
		const edited = await tours.mutate(w.db, w.asOwner, tour.id, (doc) => {
			doc.dates[0].attendance = (doc.dates[0].attendance ?? 100) * 3;
		});
		expect(edited.version).toBe(tour.version + 1);
		const reread = await tours.get(w.db, w.asOwner, tour.id);
		expect(resultsKey(reread, FULL_BOUNDARY)).not.toBe(resultsKey(tour, FULL_BOUNDARY));
		const after = await liveResults(reread, FULL_BOUNDARY, inline);
		if (!after.ok) throw new Error('not computed');
		expect(after).not.toBe(before);
		expect(after.result).toEqual(fresh(reread.document, FULL_BOUNDARY).result);
		expect(after.result.totals.audience.kg).not.toBe(before.result.totals.audience.kg);
		// the older version's entry was dropped by the save
		expect(resultsCacheStats().entries).toBe(1);
		tour = reread;
	});

	it('readers of one key while it computes share one computation', async () => {
		const all = await Promise.all([1, 2, 3].map(() => liveResults(tour, FULL_BOUNDARY, inline)));
		expect(all[1]).toBe(all[0]);
		expect(all[2]).toBe(all[0]);
		expect(resultsCacheStats()).toMatchObject({ misses: 1, hits: 2 });
	});

	describe('in a worker thread', () => {
		const pool = new ComputePool({ size: 1, maxQueued: 10, timeoutMs: 120_000 });
		afterAll(() => pool.close());
		it('gives the same payload and lines as on the calling thread', async () => {
			const out = await liveResults(tour, FULL_BOUNDARY, pool);
			if (!out.ok) throw new Error('not computed');
			const expected = fresh(tour.document, FULL_BOUNDARY);
			expect(out.result).toEqual(expected.result);
			expect(JSON.stringify(out.result)).toBe(JSON.stringify(expected.result));
			expect(out.live).toEqual(expected.live);
		}, 120_000);

		it('compares forecast and actual, and under another set, as on the calling thread', async () => {
			const actual = structuredClone(tour.document);
			actual.dates[0].attendance = (actual.dates[0].attendance ?? 100) + 250;
			const other = [...getFactorLibrary().sets.keys()].find((ref) => ref !== tour.factorSet)!;
			const task: CompareTask = {
				kind: 'compare',
				self: tour.document,
				phases: { forecast: tour.document, actual, selfIs: 'forecast', setsDiffer: false },
				setRef: other,
				boundary: FULL_BOUNDARY
			};
			const inWorker = await pool.run(task);
			const here = runCompareTask(task);
			expect(inWorker).toEqual(here);
			expect(inWorker.selfOk).toBe(true);
			if (!inWorker.phases || !('summary' in inWorker.phases)) throw new Error('no forecast/actual summary');
			expect(inWorker.phases.summary.totals).toBeDefined();
			expect(inWorker.recompute).toMatchObject({ set: other });
			expect(inWorker.recompute && 'summary' in inWorker.recompute).toBe(true);
		}, 120_000);
	});
});
