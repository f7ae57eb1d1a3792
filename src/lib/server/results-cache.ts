/**
 * The results page's computation, kept (issue #21): a stored tour's payload (engine input + the
 * factors it uses, components/results/live.ts) and the result the page draws from it, computed once
 * per (tour, version, factor set and its audience parameters, boundary, engine version) in the
 * compute worker pool, so that a long tour neither stalls the event loop nor is recomputed for
 * every reader.
 *
 * Invalidation: every save bumps the tour's `version` (tours.ts `mutate`), and the key carries the
 * version and the time of the last save, so an edited tour is computed afresh; `forgetTour` drops a
 * tour's entries at once. The factor library and the gazetteer do not change while the process
 * runs (a new release is read at the next start).
 * Bounds: at most RESULTS_CACHE_ENTRIES entries and RESULTS_CACHE_MB of estimated size
 * (worker.ts `approximateBytes`), least recently read first out.
 * Concurrency: readers of the same key while it computes share the one computation.
 * Authorisation is not decided here: callers pass a tour they were allowed to read.
 */
import { computePool, BusyError } from './compute';
import { getFactorLibrary } from './factor-tables';
import { runLiveTask, type LiveOutcome } from './compute/worker';
import { Lru } from './lru';
import { boundarySpec, rememberLive, type LivePayload } from '../components/results/live';
import { InlineLive, INLINE_LIVE_ID } from '../components/results/inline-live';
import { ENGINE_VERSION, type Boundary } from '../engine';
import { audienceParametersRef } from '../engine/parameters';
import type { TourFile } from '../schemas/tour-file';
import type { ComputePool } from './compute/pool';

export const RESULTS_CACHE_ENTRIES = 64;
export const RESULTS_CACHE_MB = 96;

const cache = new Lru<LiveOutcome>(RESULTS_CACHE_ENTRIES, RESULTS_CACHE_MB * 1024 * 1024);
const pending = new Map<string, Promise<LiveOutcome>>();
const stats = { hits: 0, misses: 0 };

/** The audience parameters a set pins (part of what a result depends on). */
function parametersOf(setRef: string): string {
	const set = getFactorLibrary().sets.get(setRef);
	return set ? audienceParametersRef(set) : '?';
}

/** What identifies a computation of a stored tour (the tour's id first: forgetTour drops by prefix). */
export function resultsKey(
	tour: { id: string; version: number; updatedAt: Date; factorSet: string },
	boundary: Boundary
): string {
	return [
		tour.id,
		tour.version,
		tour.updatedAt.getTime(),
		tour.factorSet,
		parametersOf(tour.factorSet),
		boundarySpec(boundary),
		ENGINE_VERSION
	].join('|');
}

/**
 * The stored tour's results payload and result under `boundary`, from the cache or computed in the
 * worker pool (on the calling thread when the pool is full: the page still answers).
 */
export async function liveResults(
	tour: { id: string; version: number; updatedAt: Date; factorSet: string; document: TourFile },
	boundary: Boundary,
	pool: ComputePool = computePool()
): Promise<LiveOutcome> {
	const key = resultsKey(tour, boundary);
	const known = cache.get(key);
	if (known) {
		stats.hits++;
		return known;
	}
	const running = pending.get(key);
	if (running) {
		stats.hits++;
		return running;
	}
	stats.misses++;
	const task = { kind: 'live' as const, doc: tour.document, boundary };
	const p = pool
		.run(task)
		.catch((e) => {
			if (e instanceof BusyError) return runLiveTask(task);
			throw e;
		})
		.then((outcome) => {
			// the page's own computation of this payload, not to be done again (live.ts computeLive)
			if (outcome.ok) rememberLive(outcome.live, boundary, outcome.result);
			cache.set(key, outcome, outcome.ok ? outcome.bytes : 4096);
			return outcome;
		})
		.finally(() => pending.delete(key));
	pending.set(key, p);
	return p;
}

/**
 * The payload as a page's data: for a server-rendered page, an InlineLive whose text is the kept
 * data block (written once, inline-live.ts); for a request of data alone (`__data.json`, a
 * client-side navigation), which has no page to carry the block, the payload itself.
 */
export function pageLive(
	event: { isDataRequest: boolean },
	outcome: Extract<LiveOutcome, { ok: true }>
): LivePayload | InlineLive {
	return event.isDataRequest ? outcome.live : new InlineLive(INLINE_LIVE_ID, outcome.live, outcome.inline);
}

/** Drops every kept computation of a tour (its id). */
export function forgetTour(tourId: string): void {
	cache.deletePrefix(tourId + '|');
}

/** Entries, estimated bytes, hits and misses since start (diagnostics, tests, bench). */
export function resultsCacheStats(): { entries: number; bytes: number; hits: number; misses: number } {
	return { entries: cache.size, bytes: cache.bytes, ...stats };
}

/** Empties the cache (tests). */
export function clearResultsCache(): void {
	cache.clear();
	pending.clear();
	stats.hits = 0;
	stats.misses = 0;
}
