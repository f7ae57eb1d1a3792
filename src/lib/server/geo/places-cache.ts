/**
 * Answers of GET /api/places kept in the process (the same few prefixes are typed by everyone):
 * 2 000 answers, and at most 8 MB of them — an answer with `detail` and `aliases` can be 20 times
 * the size of the field's shape (about 1 KB), so a count alone did not bound the memory.
 */
import { BoundedCache, stringBytes } from '../bounded-cache';

export const placesCache = new BoundedCache<string, string>({
	maxEntries: 2000,
	maxWeight: 8 * 1024 * 1024,
	weigh: stringBytes
});
