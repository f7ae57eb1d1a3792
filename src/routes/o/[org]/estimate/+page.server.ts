// The quick estimate from an organisation: the answers become a production and its tour at once
// (src/lib/server/estimates.ts), and the browser goes to the tour's results.
import { fail, redirect } from '@sveltejs/kit';
import { requireMembership } from '$lib/server/auth/guards';
import { formValues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import * as estimates from '$lib/server/estimates';
import { runAction } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event, 'editor');
	return { orgName: m.org.name };
};

export const actions: Actions = {
	default: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		let tourId: string;
		try {
			tourId = (await estimates.createInOrganisation(getDb(), m, values)).id;
		} catch (e) {
			if (e instanceof estimates.EstimateInputError)
				return fail(400, {
					values,
					issues: e.issues,
					homeCandidates: e.homeCandidates,
					ambiguousTowns: e.ambiguousTowns
				});
			return runAction(values, () => Promise.reject(e));
		}
		redirect(303, `/o/${m.org.slug}/tours/${tourId}`);
	}
};
