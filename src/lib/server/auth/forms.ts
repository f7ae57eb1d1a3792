/**
 * Small helpers shared by the account and organisation routes: the shape of a refused form
 * (`fail(status, { action, values, issues })`), safe redirects, the client's address.
 */
import { fail, type RequestEvent } from '@sveltejs/kit';
import { ValidationError, type Issue } from '../errors';
import { rethrowAsHttp } from './guards';

/** Never echoed back into the page: a refused form must not put a password into the HTML. */
const SECRET_FIELDS = new Set(['password', 'current', 'next']);

export function publicValues(values: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.has(k)));
}

export function invalid(
	action: string,
	values: Record<string, string>,
	issues: Record<string, Issue>,
	status = 400
) {
	return fail(status, { action, values: publicValues(values), issues });
}

/** A service's ValidationError becomes fail(400); NotFound/Forbidden become 404/403; others rethrow. */
export function refuse(action: string, values: Record<string, string>, e: unknown) {
	if (e instanceof ValidationError) return invalid(action, values, e.issues);
	return rethrowAsHttp(e);
}

/**
 * Only same-site paths are followed after log-in: an absolute URL, `//host` or `/\host` in
 * `redirectTo` would make our log-in page an open redirect for phishing.
 */
export function safeRedirect(value: string | null | undefined, fallback = '/orgs'): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
	// Printable ASCII only (no space, no backslash): a control character (tab, CR, LF) could be
	// trimmed or reinterpreted by a browser, and a non-ASCII character cannot go into a Location
	// header at all (Node throws). Our own paths are ASCII (slugs, ids); guards percent-encode.
	if (!/^\/[\x21-\x5b\x5d-\x7e]*$/.test(value)) return fallback;
	return value;
}

/** The client's address for the per-IP rate limit (adapter-node: see ADDRESS_HEADER behind a proxy). */
export function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

export function isHttps(event: RequestEvent): boolean {
	return event.url.protocol === 'https:';
}
