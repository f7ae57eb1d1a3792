import { requireMembership } from '$lib/server/auth/guards';
import type { LayoutServerLoad } from './$types';

/**
 * The organisation's header for every page under /o/[org]. This guard is a convenience, NOT the
 * protection: layout and page loads run in parallel and actions skip layouts, so every page load,
 * action and endpoint below calls requireMembership itself.
 */
export const load: LayoutServerLoad = async (event) => {
	const m = await requireMembership(event);
	return {
		org: { slug: m.org.slug, name: m.org.name, kind: m.org.kind, isDemo: m.org.isDemo },
		role: m.role,
		anonymous: m.anonymous
	};
};
