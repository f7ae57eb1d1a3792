/**
 * The typo scan (an implicit-trie walk over the sorted keys with shared DP columns and early exits)
 * must find exactly what a plain edit-distance computation over every key finds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlaceIndex } from '../../../src/lib/geo/search';
import { PlaceStore } from '../../../src/lib/geo/store';
import type { FrAsset, WorldAsset } from '../../../src/lib/geo/types';
import { geodataDir } from '../../../src/lib/server/geo/index';

/** Optimal string alignment distance of q to the whole key and to the best prefix of the key (row by row). */
function osa(q: string, key: string): { full: number; prefix: number } {
	const m = q.length;
	const n = key.length;
	let r2 = new Int32Array(n + 1);
	let r1 = new Int32Array(n + 1);
	let r0 = new Int32Array(n + 1);
	for (let j = 0; j <= n; j++) r1[j] = j; // row 0
	for (let i = 1; i <= m; i++) {
		r0[0] = i;
		for (let j = 1; j <= n; j++) {
			const cost = q[i - 1] === key[j - 1] ? 0 : 1;
			let v = Math.min(r1[j] + 1, r0[j - 1] + 1, r1[j - 1] + cost);
			if (i > 1 && j > 1 && q[i - 1] === key[j - 2] && q[i - 2] === key[j - 1])
				v = Math.min(v, r2[j - 2] + 1);
			r0[j] = v;
		}
		[r2, r1, r0] = [r1, r0, r2];
	}
	return { full: r1[n], prefix: Math.min(...r1) };
}

describe('fuzzyScan', () => {
	const dir = geodataDir();
	const fr = JSON.parse(readFileSync(join(dir, 'fr-communes.json'), 'utf8')) as FrAsset;
	const world = JSON.parse(readFileSync(join(dir, 'places.json'), 'utf8')) as WorldAsset;
	const index = new PlaceIndex(PlaceStore.fromAssets(fr, world));
	index.warm();
	const keys = (index as unknown as { keys: string[] }).keys;

	for (const [q, k, prefixToo] of [
		['marseile', 2, true],
		['koeln', 1, false],
		['saint etiene', 2, false],
		['lyonn', 1, false]
	] as const) {
		it(`finds the same keys as a brute-force scan for "${q}" (k = ${k}${prefixToo ? ', prefixes' : ''})`, () => {
			const got = new Map<string, string>();
			index.fuzzyScan(q, k, prefixToo, (key, distance, prefixOnly) =>
				got.set(key, `${distance}${prefixOnly ? 'p' : ''}`)
			);
			const want = new Map<string, string>();
			for (const key of keys) {
				if (key.length < q.length - k || (!prefixToo && key.length > q.length + k)) continue;
				const { full, prefix } = osa(q, key);
				if (full <= k) want.set(key, `${full}`);
				else if (prefixToo && prefix <= k) want.set(key, `${prefix}p`);
			}
			expect(want.size).toBeGreaterThan(0);
			expect(Object.fromEntries([...got].sort())).toEqual(Object.fromEntries([...want].sort()));
		}, 60_000);
	}
});
