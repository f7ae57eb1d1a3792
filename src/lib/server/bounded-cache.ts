/**
 * The one shape for a cache kept in the server process (issue 17, finding 8: memory grew under
 * load): least-recently-used, bounded by a number of entries AND, when values vary in size, by a
 * total weight (bytes, rows…) that the owner measures with `weigh`. An entry heavier than the whole
 * budget is not kept. Every module-level cache of src/lib/server and src/routes uses this, with its
 * bounds named where it is made; tests/unit/hardening/bounded-caches.test.ts checks each one.
 */
export interface CacheLimits<V> {
	/** at most this many entries */
	maxEntries: number;
	/** at most this total weight (with `weigh`); Infinity when every entry has about the same size */
	maxWeight?: number;
	/** an entry's weight in the unit of maxWeight (e.g. UTF-16 bytes of a string, rows of a list) */
	weigh?: (value: V) => number;
}

export class BoundedCache<K, V> {
	readonly maxEntries: number;
	readonly maxWeight: number;
	readonly #weigh: (value: V) => number;
	readonly #map = new Map<K, { value: V; weight: number }>();
	#weight = 0;

	constructor(limits: CacheLimits<V>) {
		if (!(limits.maxEntries >= 1) || !Number.isFinite(limits.maxEntries)) {
			throw new RangeError('a cache needs a finite maxEntries of at least 1');
		}
		this.maxEntries = limits.maxEntries;
		this.maxWeight = limits.maxWeight ?? Infinity;
		this.#weigh = limits.weigh ?? (() => 0);
	}

	get size(): number {
		return this.#map.size;
	}

	/** the total weight held */
	get weight(): number {
		return this.#weight;
	}

	has(key: K): boolean {
		return this.#map.has(key);
	}

	/** The value, marked most recently used. */
	get(key: K): V | undefined {
		const e = this.#map.get(key);
		if (!e) return undefined;
		this.#map.delete(key);
		this.#map.set(key, e);
		return e.value;
	}

	set(key: K, value: V): this {
		this.delete(key);
		const weight = this.#weigh(value);
		if (weight > this.maxWeight) return this;
		this.#map.set(key, { value, weight });
		this.#weight += weight;
		while (this.#map.size > this.maxEntries || this.#weight > this.maxWeight) {
			this.delete(this.#map.keys().next().value as K);
		}
		return this;
	}

	delete(key: K): boolean {
		const e = this.#map.get(key);
		if (!e) return false;
		this.#map.delete(key);
		this.#weight -= e.weight;
		return true;
	}

	clear(): void {
		this.#map.clear();
		this.#weight = 0;
	}
}

/** The weight of a string in memory, in bytes (V8 keeps non-Latin-1 strings as UTF-16). */
export const stringBytes = (s: string): number => s.length * 2;
