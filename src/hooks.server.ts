import { error, isHttpError, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from '$lib/i18n';
import { clientAddress } from '$lib/server/auth/forms';
import { apiLimiter } from '$lib/server/rate-limits';
import { bodyLimitOf } from '$lib/server/limits';
import { localeOf, refusal, refusalMessage } from '$lib/server/refusals';
import { ConfigError } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import {
	deleteSessionCookie,
	SESSION_COOKIE,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { handlePageCache } from '$lib/server/page-cache';
import { startup } from '$lib/server/startup';
import { purgeExpired } from '$lib/server/training';

/** Runs once before the first request: config, database + migrations, demo seed. */
export const init: ServerInit = async () => {
	try {
		const { report } = await startup();
		console.log(
			`[empreinte] database ready (${report.migrationsApplied} migration(s) applied now${report.demoSeeded ? ', demo workspace seeded' : ''})`
		);
		// expired training sessions: purged at start-up (above) and then once a day; unref'd so the
		// timer never keeps the process alive on shutdown
		setInterval(
			() => {
				purgeExpired(getDb()).catch((err) => console.error('[empreinte] training purge failed:', err));
			},
			24 * 60 * 60 * 1000
		).unref();
	} catch (e) {
		// Config errors: one line naming the variable. Anything else: the whole message and its
		// chain of causes (a libSQL SQLITE_IOERR hides under the migrator's own error).
		console.error(`[empreinte] cannot start: ${e instanceof ConfigError ? e.message : describeError(e)}`);
		process.exit(1);
	}
};

/** An error and its causes, one per line, with the code libSQL puts on them (SQLITE_IOERR…). */
export function describeError(e: unknown): string {
	const parts: string[] = [];
	let cur: unknown = e;
	for (let depth = 0; cur && depth < 8; depth++) {
		if (cur instanceof Error) {
			const code = (cur as { code?: unknown }).code;
			parts.push(`${cur.name}: ${cur.message}${typeof code === 'string' ? ` [${code}]` : ''}`);
			cur = cur.cause;
		} else {
			parts.push(String(cur));
			break;
		}
	}
	return parts.join('\n  caused by: ');
}

const handleLocale: Handle = async ({ event, resolve }) => {
	const fromCookie = event.cookies.get(LOCALE_COOKIE);
	const locale = isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
	event.locals.locale = locale;
	// src/app.html says lang="fr" (DEFAULT_LOCALE). Only another language rewrites the page: the
	// rewrite copies the whole HTML once more (~0.7 ms of a 100 KB page; README « Speed »).
	if (locale === DEFAULT_LOCALE) return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace(`<html lang="${DEFAULT_LOCALE}">`, `<html lang="${locale}">`)
	});
};

/**
 * Who is asking: `locals.user` / `locals.session` from the session cookie (null when absent,
 * unknown or expired). The cookie is re-set with the session's (possibly slid) expiry, and
 * deleted when the token is no longer valid. Authorisation is NOT decided here: every load,
 * action and endpoint calls a guard (src/lib/server/auth/guards.ts).
 */
const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const secure = event.url.protocol === 'https:';
		const { session, user } = await validateSessionToken(getDb(), token);
		if (session) {
			setSessionCookie(event.cookies, token, session.expiresAt, secure);
			event.locals.user = user;
			event.locals.session = session;
		} else {
			deleteSessionCookie(event.cookies, secure);
		}
	}
	return resolve(event);
};

/**
 * What one request may ask (issue 17): the anonymous API's per-IP rate limit (counted in the
 * database, shared by every process), the body size of each kind of upload (413 as a French
 * page, an action result or a JSON problem), malformed multipart bodies as 400 rather than 500,
 * and the security headers of every response.
 */
const handleLimits: Handle = async ({ event, resolve }) => {
	const { request, url } = event;
	if (url.pathname.startsWith('/api/')) {
		const verdict = await apiLimiter().take(clientAddress(event));
		if (!verdict.allowed) return refusal(event, 429, { retryAfterMs: verdict.retryAfterMs });
	}
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		const max = bodyLimitOf(event.route.id, url.search);
		const declared = Number(request.headers.get('content-length') ?? 0);
		if (declared > max.bytes) return refusal(event, 413, { max: max.shown });
		guardFormData(event, max.shown);
	}
	const response = await resolve(event);
	secureHeaders(event, response.headers);
	return response;
};

/** request.formData() throws a TypeError on a malformed body: make it a 400 (and a cut body a 413). */
function guardFormData(event: Parameters<Handle>[0]['event'], max: number) {
	const request = event.request;
	const original = request.formData.bind(request);
	Object.defineProperty(request, 'formData', {
		value: async () => {
			try {
				return await original();
			} catch (e) {
				if (isHttpError(e)) throw e;
				// the adapter's SvelteKitError (a body over BODY_SIZE_LIMIT) carries status 413
				const status = (e as { status?: unknown })?.status === 413 ? 413 : 400;
				error(status, refusalMessage(localeOf(event), status, { max }));
			}
		}
	});
}

const PRIVATE = /^\/(o|orgs|account|invite)(\/|$)/;

function secureHeaders(event: Parameters<Handle>[0]['event'], headers: Headers) {
	const set = (k: string, v: string) => {
		try {
			if (!headers.has(k)) headers.set(k, v);
		} catch {
			// immutable headers (a fetch() response passed through): leave them as they are
		}
	};
	set('x-content-type-options', 'nosniff');
	set('referrer-policy', 'strict-origin-when-cross-origin');
	set('x-frame-options', 'SAMEORIGIN');
	// pages and exports of an organisation's data: never stored by a browser or a proxy cache
	if (PRIVATE.test(event.url.pathname) || event.locals.user) set('cache-control', 'private, no-store');
}

// handlePageCache (src/lib/server/page-cache.ts): the factor explorer's pages for readers without a
// session, kept whole, each served with a fresh CSP nonce
export const handle: Handle = sequence(handleLocale, handleLimits, handlePageCache, handleSession);

/** Unexpected errors get an id that the error page shows and the log records. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const errorId = crypto.randomUUID().slice(0, 8);
	if (status !== 404) {
		console.error(`[empreinte] error ${errorId} on ${event.request.method} ${event.url.pathname}:`, error);
	}
	return { message: status === 404 ? message : 'Internal error', errorId };
};
