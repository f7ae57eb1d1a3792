// A member's shared tour, read-only, for the referents — only when the member chose « visible »
// (or « publishable ») and shares this tour; anything else is 404 (networks.getSharedTour).
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import * as networks from '$lib/server/networks';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const tour = await networks.getSharedTour(getDb(), m, event.params.tour).catch(rethrowAsHttp);
	return { tour, canReview: (m.role === 'owner' || m.role === 'editor') && !m.anonymous && !m.org.isDemo };
};

export const actions: Actions = {
	review: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		try {
			await networks.review(getDb(), m, event.params.tour, values);
		} catch (e) {
			return refuse('review', values, e);
		}
		return { action: 'review', ok: true };
	}
};
