/**
 * A read made once per request (issue #21): the layouts and the page of one request run their
 * loads side by side, and each calls its guard and reads the same rows (the results page read its
 * membership three times and its tour, 100 dates of JSON parsed, twice). Only for GET and HEAD:
 * an action may change what it reads (a role, a tour) before the page's loads run again in the
 * same request, so a POST reads afresh every time. Keyed by the request's `locals` (one object per
 * request, gone with it); the promise is shared, a failure included.
 */
import type { RequestEvent } from '@sveltejs/kit';

const memo = new WeakMap<object, Map<string, Promise<unknown>>>();

export function oncePerRequest<T>(
	event: Pick<RequestEvent, 'locals' | 'request'>,
	key: string,
	read: () => Promise<T>
): Promise<T> {
	const method = event.request.method;
	if (method !== 'GET' && method !== 'HEAD') return read();
	let reads = memo.get(event.locals);
	if (!reads) memo.set(event.locals, (reads = new Map()));
	let p = reads.get(key) as Promise<T> | undefined;
	if (!p) reads.set(key, (p = read()));
	return p;
}
