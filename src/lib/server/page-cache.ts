/**
 * Whole responses of the factor explorer kept for readers without a session (issue #21: its pages
 * cost 5–8 home pages each, most of it drawing the same HTML again). What a page shows there
 * depends only on its URL, the reader's language and the factor library, which does not change
 * while the process runs (a new release is read at the next start); the cache is kept per library
 * object all the same.
 *
 * Kept: GET, no session cookie, status 200, no Set-Cookie, no `no-store`; key = language + path +
 * query. At most PAGE_CACHE_ENTRIES responses and PAGE_CACHE_MB of bodies, least recently read out.
 *
 * CSP nonce: SvelteKit puts a fresh random nonce on each server-rendered page's inline script and in
 * its Content-Security-Policy header. A page served again must not reuse it (a nonce seen by anyone
 * would then be a standing key to the page), so every response from the cache gets a new nonce,
 * replaced in the header and in the `nonce="…"` attributes of the body — the nonce is 128+ random
 * bits, it occurs nowhere else. A kept response whose header names no nonce is served as it was.
 *
 * Headers: `Vary: Cookie` (the language and the session are cookies) and, unless the page set one,
 * `Cache-Control: private, no-cache`: browsers may keep a copy but ask again, shared caches keep
 * nothing (they would replay the nonce). `X-Empreinte-Cache: hit | miss` says which it was.
 */
import type { Handle } from '@sveltejs/kit';
import { SESSION_COOKIE } from './auth/session';
import { getFactorLibrary, type FactorLibrary } from './factor-tables';
import { Lru } from './lru';

export const PAGE_CACHE_ENTRIES = 300;
export const PAGE_CACHE_MB = 48;
const CACHED_PATHS = /^\/factors(\/|$)/;

interface Kept {
	status: number;
	headers: [string, string][];
	body: string;
	nonce: string | null;
}

const caches = new WeakMap<FactorLibrary, Lru<Kept>>();

function cacheOf(lib: FactorLibrary): Lru<Kept> {
	let c = caches.get(lib);
	if (!c) caches.set(lib, (c = new Lru<Kept>(PAGE_CACHE_ENTRIES, PAGE_CACHE_MB * 1024 * 1024)));
	return c;
}

const NONCE = /'nonce-([^']+)'/;

/** A new nonce: 16 random bytes, base64 (what a CSP nonce needs: unguessable, once). */
function freshNonce(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return btoa(String.fromCharCode(...bytes));
}

/** The kept response with a nonce of its own (see the header). */
export function replay(k: Kept): Response {
	const headers = new Headers(k.headers);
	let body = k.body;
	if (k.nonce) {
		// SvelteKit's ETag hashes the body with the old nonce: not this body's tag any more
		headers.delete('etag');
		const nonce = freshNonce();
		body = body.replaceAll(`nonce="${k.nonce}"`, `nonce="${nonce}"`);
		for (const name of ['content-security-policy', 'content-security-policy-report-only']) {
			const v = headers.get(name);
			if (v) headers.set(name, v.replaceAll(`'nonce-${k.nonce}'`, `'nonce-${nonce}'`));
		}
	}
	headers.set('x-empreinte-cache', 'hit');
	return new Response(body, { status: k.status, headers });
}

function cacheable(event: Parameters<Handle>[0]['event']): boolean {
	return (
		event.request.method === 'GET' &&
		CACHED_PATHS.test(event.url.pathname) &&
		!event.cookies.get(SESSION_COOKIE)
	);
}

/** The hook: place it after the locale is known and before the session is read. */
export const handlePageCache: Handle = async ({ event, resolve }) => {
	if (!cacheable(event)) return resolve(event);
	const cache = cacheOf(getFactorLibrary());
	const key = `${event.locals.locale} ${event.url.pathname}${event.url.search}`;
	const kept = cache.get(key);
	if (kept) return replay(kept);
	const response = await resolve(event);
	const h = new Headers(response.headers);
	if (response.status !== 200 || h.has('set-cookie') || /no-store/.test(h.get('cache-control') ?? ''))
		return response;
	if (!h.has('vary')) h.set('vary', 'Cookie');
	if (!h.has('cache-control')) h.set('cache-control', 'private, no-cache');
	const body = await response.text();
	const csp = h.get('content-security-policy') ?? h.get('content-security-policy-report-only');
	const k: Kept = {
		status: response.status,
		headers: [...h.entries()],
		body,
		nonce: csp?.match(NONCE)?.[1] ?? null
	};
	cache.set(key, k, body.length * 2 + 1024);
	h.set('x-empreinte-cache', 'miss');
	return new Response(body, { status: response.status, headers: h });
};
