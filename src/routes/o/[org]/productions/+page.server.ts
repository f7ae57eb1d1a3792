import { redirect } from '@sveltejs/kit';
import { requireMembership, roleAtLeast } from '$lib/server/auth/guards';
import { formValues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import { runAction } from '$lib/server/forms';
import * as productions from '$lib/server/productions';
import * as tours from '$lib/server/tours';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const db = getDb();
	const [list, allTours] = await Promise.all([productions.list(db, m), tours.listForOrg(db, m)]);
	return {
		orgName: m.org.name,
		canEdit: roleAtLeast(m, 'editor'),
		productions: list.map((p) => ({
			...p,
			tours: allTours
				.filter((t) => t.productionId === p.id)
				.map((t) => ({ id: t.id, season: t.season, phase: t.phase, summary: t.summary }))
		}))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const created = await runAction(values, () => productions.create(getDb(), m, values));
		if ('id' in created) redirect(303, `/o/${m.org.slug}/productions/${created.id}`);
		return created;
	}
};
