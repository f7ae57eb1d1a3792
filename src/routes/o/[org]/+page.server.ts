import { requireMembership } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	return {
		home: { name: m.org.name, kind: m.org.kind, role: m.role, anonymous: m.anonymous, slug: m.org.slug }
	};
};
