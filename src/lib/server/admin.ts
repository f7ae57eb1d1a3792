/**
 * Instance owners: the people who run this Empreinte instance (not an organisation's owners). They
 * are named by the environment, `EMPREINTE_ADMIN_EMAILS` (comma-separated e-mail addresses of
 * existing accounts, case-insensitive), read at each request so a restart is not needed in tests.
 * Today they may build a release of the open observatory from /admin/observatory — the same code
 * path as `npx empreinte observatory release --period YYYY` (createRelease).
 *
 * Guard: not logged in → 303 to /login; logged in but not an instance owner (or a training guest)
 * → 404, so the page does not even reveal that it exists.
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from './auth/types';

export function adminEmails(env: Record<string, string | undefined> = process.env): Set<string> {
	return new Set(
		(env.EMPREINTE_ADMIN_EMAILS ?? '')
			.split(',')
			.map((e) => e.trim().toLowerCase())
			.filter((e) => e.includes('@'))
	);
}

export function isInstanceOwner(
	user: Pick<SessionUser, 'email' | 'isGuest'> | null | undefined,
	env: Record<string, string | undefined> = process.env
): boolean {
	if (!user || user.isGuest) return false;
	return adminEmails(env).has(user.email.trim().toLowerCase());
}

export function requireInstanceOwner(event: RequestEvent): SessionUser {
	const user = event.locals.user;
	if (!user) redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname)}`);
	if (!isInstanceOwner(user)) error(404, 'Not found');
	return user;
}
