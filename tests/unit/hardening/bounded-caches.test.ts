/**
 * Memory stays bounded (issue 17, finding 8): the shared LRU cache, then EVERY cache the server
 * keeps in its process, filled far past its bounds through the very instance the module uses. A
 * cache made unbounded again (a plain Map, or a bound removed) fails here.
 */
import { describe, expect, it } from 'vitest';
import { BoundedCache, stringBytes } from '../../../src/lib/server/bounded-cache';
import { placesCache } from '../../../src/lib/server/geo/places-cache';
import { qrCache } from '../../../src/lib/server/qr';
import { sharedCache } from '../../../src/lib/server/networks';
import { baselineCache } from '../../../src/lib/server/observatory';
import { defaultsCache, scenarioCache } from '../../../src/lib/server/training';

describe('BoundedCache', () => {
	it('drops the least recently used entry past maxEntries', () => {
		const c = new BoundedCache<string, number>({ maxEntries: 3 });
		c.set('a', 1).set('b', 2).set('c', 3);
		expect(c.get('a')).toBe(1); // a is now the most recent
		c.set('d', 4);
		expect([c.has('a'), c.has('b'), c.has('c'), c.has('d')]).toEqual([true, false, true, true]);
		expect(c.size).toBe(3);
	});

	it('drops entries past maxWeight, keeps no entry heavier than the budget, and counts replaced ones once', () => {
		const c = new BoundedCache<string, string>({ maxEntries: 100, maxWeight: 10, weigh: stringBytes });
		c.set('a', 'xx').set('b', 'xx'); // 4 + 4 bytes
		c.set('a', 'x'); // replaced: 2 + 4
		expect(c.weight).toBe(6);
		c.set('c', 'xx'); // 10: still fits
		expect(c.size).toBe(3);
		c.set('d', 'x'); // 12 > 10: the oldest (b) goes
		expect(c.has('b')).toBe(false);
		expect(c.weight).toBeLessThanOrEqual(10);
		c.set('huge', 'x'.repeat(6)); // 12 bytes alone: not kept, nothing else lost for it
		expect(c.has('huge')).toBe(false);
		expect(c.size).toBe(3);
	});

	it('refuses to be made without a finite bound', () => {
		expect(() => new BoundedCache({ maxEntries: Infinity })).toThrow(RangeError);
		expect(() => new BoundedCache({ maxEntries: 0 })).toThrow(RangeError);
	});
});

/** Fills a module's own cache well past its bounds with values from `make`, then empties it. */
function overfill<V>(cache: BoundedCache<string, V>, make: (i: number) => V, n: number) {
	expect(cache).toBeInstanceOf(BoundedCache);
	for (let i = 0; i < n; i++) cache.set(`k${i}`, make(i));
	const seen = { size: cache.size, weight: cache.weight };
	cache.clear();
	return seen;
}

describe('every process-level cache of the server is bounded', () => {
	it('venue search answers (GET /api/places): 2 000 answers and 8 MB', () => {
		expect(placesCache.maxEntries).toBe(2000);
		expect(placesCache.maxWeight).toBe(8 * 1024 * 1024);
		const few = overfill(placesCache, (i) => `{"places":[${i}]}`, 5000);
		expect(few.size).toBe(2000);
		// big answers (detail + aliases): the byte budget binds before the count
		const big = overfill(placesCache, () => 'x'.repeat(20_000), 1000);
		expect(big.size).toBeLessThan(1000);
		expect(big.weight).toBeLessThanOrEqual(8 * 1024 * 1024);
	});

	it('training QR codes: 500 and 4 MB', () => {
		expect(overfill(qrCache, () => '<svg/>', 2000).size).toBe(500);
		expect(overfill(qrCache, () => 'x'.repeat(50_000), 500).weight).toBeLessThanOrEqual(4 * 1024 * 1024);
	});

	it('networks’ shared tours: 50 networks and 100 000 rows', () => {
		type Entry = Parameters<typeof sharedCache.set>[1];
		const rows = (n: number) => ({ version: 'v', rows: new Array(n) as Entry['rows'] });
		expect(overfill(sharedCache, () => rows(1), 200).size).toBe(50);
		const heavy = overfill(sharedCache, () => rows(30_000), 10);
		expect(heavy.weight).toBeLessThanOrEqual(100_000);
		expect(heavy.size).toBe(3);
	});

	it('observatory release baselines: 400 releases and 2 000 000 records', () => {
		type Records = Parameters<typeof baselineCache.set>[1];
		const records = (n: number) => ({ tours: new Array(n), experiments: [] }) as Records;
		expect(overfill(baselineCache, () => records(0), 1000).size).toBe(400);
		expect(overfill(baselineCache, () => records(600_000), 10).weight).toBeLessThanOrEqual(2_000_000);
	});

	it('training scenario totals and default shares: 2 000 each', () => {
		expect(overfill(scenarioCache, () => ({ companyKg: 1, audienceKg: 2 }), 5000).size).toBe(2000);
		expect(overfill(defaultsCache, () => ({ company: null, audience: null }), 5000).size).toBe(2000);
	});
});
