/** The bounded LRU behind the results cache and the explorer's page cache (src/lib/server/lru.ts). */
import { describe, expect, it } from 'vitest';
import { Lru } from '../../../src/lib/server/lru';

describe('Lru', () => {
	it('drops the least recently read entry past its count', () => {
		const c = new Lru<number>(2, 1000);
		c.set('a', 1);
		c.set('b', 2);
		expect(c.get('a')).toBe(1); // a is now the most recent
		c.set('c', 3);
		expect(c.get('b')).toBeUndefined();
		expect(c.get('a')).toBe(1);
		expect(c.get('c')).toBe(3);
		expect(c.size).toBe(2);
	});

	it('drops the oldest entries past its byte bound, and keeps nothing larger than the bound', () => {
		const c = new Lru<string>(10, 100);
		c.set('a', 'x', 40);
		c.set('b', 'y', 40);
		c.set('c', 'z', 40);
		expect(c.get('a')).toBeUndefined();
		expect(c.bytes).toBe(80);
		c.set('huge', 'w', 101);
		expect(c.get('huge')).toBeUndefined();
		expect(c.bytes).toBe(80);
		c.set('b', 'y2', 10); // replacing counts the new size only
		expect(c.bytes).toBe(50);
	});

	it('deletes by prefix and clears', () => {
		const c = new Lru<number>(10, 1000);
		c.set('t1|1', 1, 10);
		c.set('t1|2', 2, 10);
		c.set('t2|1', 3, 10);
		c.deletePrefix('t1|');
		expect(c.size).toBe(1);
		expect(c.bytes).toBe(10);
		c.clear();
		expect(c.size).toBe(0);
		expect(c.bytes).toBe(0);
	});
});
