/**
 * Guards: the first line of every `+page.server` load and action and every `+server` handler of an
 * organisation. They turn "who is asking" into a SessionUser or a Membership, or stop the request:
 *
 * - not logged in → 303 to /login?redirectTo=… (for any slug, existing or not, so that an
 *   anonymous visitor learns nothing either);
 * - logged in but not a member, or no such organisation → 404 (never 403: nothing reveals that
 *   the organisation exists);
 * - a member whose role is too low → 403, nothing changed.
 *
 * The demo organisation admits everyone as an anonymous viewer (read-only).
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db/index';
import { findMembership } from '../organisations';
import { oncePerRequest } from '../request-memo';
import { ForbiddenError, NotFoundError, rank, ValidationError } from '../errors';
import type { Membership, Role, SessionUser } from './types';

/** Where to come back to after logging in: the page, not the action that was refused. */
function loginUrl(event: RequestEvent): string {
	const back = event.request.method === 'GET' ? event.url.pathname + event.url.search : event.url.pathname;
	return `/login?redirectTo=${encodeURIComponent(back)}`;
}

/**
 * A training learner (guest user) is confined to their team: pages for real accounts send them
 * back to their learner home, unless the page says it serves learners (`allowGuest`).
 */
export function requireUser(event: RequestEvent, opts: { allowGuest?: boolean } = {}): SessionUser {
	const user = event.locals.user;
	if (!user) redirect(303, loginUrl(event));
	if (user.isGuest && !opts.allowGuest) redirect(303, '/learn');
	return user;
}

export async function requireMembership(event: RequestEvent, minRole: Role = 'viewer'): Promise<Membership> {
	const slug = (event.params as Record<string, string | undefined>).org;
	const user = event.locals.user;
	// the layouts and the page of one GET ask the same: read once (request-memo.ts)
	const m = slug
		? await oncePerRequest(event, `membership:${slug}`, () => findMembership(getDb(), user, slug))
		: null;
	if (!m) {
		if (!user) redirect(303, loginUrl(event));
		error(404, 'Not found');
	}
	if (!roleAtLeast(m, minRole)) error(403, 'Forbidden');
	return m;
}

export function roleAtLeast(m: Membership, role: Role): boolean {
	return rank(m.role) >= rank(role);
}

/**
 * Maps a service's typed errors to HTTP: NotFoundError → 404, ForbiddenError → 403. Use in a
 * catch block after handling ValidationError; anything else is rethrown (→ handleError, errorId).
 */
export function rethrowAsHttp(e: unknown): never {
	if (e instanceof NotFoundError) error(404, 'Not found');
	if (e instanceof ForbiddenError) error(403, 'Forbidden');
	throw e;
}

export { ValidationError };
