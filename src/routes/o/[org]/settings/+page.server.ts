import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as organisations from '$lib/server/organisations';
import { requireMembership } from '$lib/server/auth/guards';
import { refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event, 'owner');
	return { settings: { name: m.org.name, slug: m.org.slug } };
};

export const actions: Actions = {
	rename: async (event) => {
		const m = await requireMembership(event, 'owner');
		const values = formValues(await event.request.formData());
		try {
			await organisations.rename(getDb(), m, values);
		} catch (e) {
			return refuse('rename', values, e);
		}
		return { action: 'rename', ok: true };
	},

	delete: async (event) => {
		const m = await requireMembership(event, 'owner');
		const values = formValues(await event.request.formData());
		try {
			await organisations.remove(getDb(), m, values);
		} catch (e) {
			return refuse('delete', values, e);
		}
		redirect(303, '/orgs');
	}
};
