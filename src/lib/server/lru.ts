/**
 * A least-recently-used map bounded twice: by its number of entries and by the sum of the sizes its
 * callers declare (an estimate in bytes). Adding past either bound drops the least recently read
 * entries; an entry larger than the whole byte bound is not kept at all.
 */
export class Lru<V> {
	readonly #map = new Map<string, { value: V; bytes: number }>();
	#bytes = 0;

	constructor(
		readonly maxEntries: number,
		readonly maxBytes: number
	) {}

	get size(): number {
		return this.#map.size;
	}

	/** Sum of the declared sizes of the entries kept. */
	get bytes(): number {
		return this.#bytes;
	}

	get(key: string): V | undefined {
		const e = this.#map.get(key);
		if (!e) return undefined;
		// most recent last: Map keeps insertion order
		this.#map.delete(key);
		this.#map.set(key, e);
		return e.value;
	}

	set(key: string, value: V, bytes = 0): void {
		this.delete(key);
		if (bytes > this.maxBytes) return;
		this.#map.set(key, { value, bytes });
		this.#bytes += bytes;
		while (this.#map.size > this.maxEntries || this.#bytes > this.maxBytes) {
			const oldest = this.#map.keys().next().value as string;
			this.delete(oldest);
		}
	}

	delete(key: string): void {
		const e = this.#map.get(key);
		if (!e) return;
		this.#map.delete(key);
		this.#bytes -= e.bytes;
	}

	/** Drops every entry whose key starts with `prefix`. */
	deletePrefix(prefix: string): void {
		for (const key of [...this.#map.keys()]) if (key.startsWith(prefix)) this.delete(key);
	}

	clear(): void {
		this.#map.clear();
		this.#bytes = 0;
	}
}
