import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from '$lib/i18n';
import { ConfigError } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import {
	deleteSessionCookie,
	SESSION_COOKIE,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
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
		// One line naming the problem, not a stack trace (config errors name their variable).
		const msg = e instanceof Error ? e.message : String(e);
		console.error(`[empreinte] cannot start: ${e instanceof ConfigError ? msg : msg.split('\n')[0]}`);
		process.exit(1);
	}
};

const handleLocale: Handle = async ({ event, resolve }) => {
	const fromCookie = event.cookies.get(LOCALE_COOKIE);
	const locale = isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
	event.locals.locale = locale;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', locale)
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

export const handle: Handle = sequence(handleLocale, handleSession);

/** Unexpected errors get an id that the error page shows and the log records. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const errorId = crypto.randomUUID().slice(0, 8);
	if (status !== 404) {
		console.error(`[empreinte] error ${errorId} on ${event.request.method} ${event.url.pathname}:`, error);
	}
	return { message: status === 404 ? message : 'Internal error', errorId };
};
