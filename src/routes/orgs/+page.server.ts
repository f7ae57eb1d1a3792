import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as organisations from '$lib/server/organisations';
import { requireUser } from '$lib/server/auth/guards';
import { refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const mine = await organisations.listForUser(getDb(), user);
	return {
		memberships: mine.map((m) => ({ slug: m.org.slug, name: m.org.name, kind: m.org.kind, role: m.role }))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireUser(event);
		const values = formValues(await event.request.formData());
		let m;
		try {
			m = await organisations.create(getDb(), user, values);
		} catch (e) {
			return refuse('create', values, e);
		}
		redirect(303, `/o/${m.org.slug}`);
	}
};
