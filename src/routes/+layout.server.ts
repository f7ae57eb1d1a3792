import { getDb } from '$lib/server/db';
import { listForUser } from '$lib/server/organisations';
import type { LayoutServerLoad } from './$types';

/**
 * For the header: the logged-in user and THEIR organisations (the switcher). Nothing about an
 * organisation the user does not belong to is ever loaded here; the current one is picked in the
 * page from this list by the URL's slug.
 */
export const load: LayoutServerLoad = async ({ locals }) => {
	const user = locals.user;
	const orgs = user
		? (await listForUser(getDb(), user)).map((m) => ({ slug: m.org.slug, name: m.org.name, role: m.role }))
		: [];
	return {
		locale: locals.locale,
		user: user ? { displayName: user.displayName, email: user.email, isGuest: !!user.isGuest } : null,
		orgs
	};
};
