// The quick estimate, without an account: the answers become a tour file kept under an unguessable
// code (src/lib/server/estimates.ts), and the browser goes to its result page. `?from=<code>`
// reopens the answers of an earlier estimate to change them.
import { fail, redirect } from '@sveltejs/kit';
import { formValues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import * as estimates from '$lib/server/estimates';
import { runAction } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const from = url.searchParams.get('from');
	if (!from) return { answers: null };
	const earlier = await estimates.getAnonymous(getDb(), from).catch(() => null);
	return { answers: earlier?.answers ?? null };
};

export const actions: Actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData());
		let code: string;
		try {
			code = await estimates.createAnonymous(getDb(), values);
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
		redirect(303, `/estimate/${code}`);
	}
};
