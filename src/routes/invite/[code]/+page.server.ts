import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as invitations from '$lib/server/invitations';
import { findMembership } from '$lib/server/organisations';
import { requireUser } from '$lib/server/auth/guards';
import { invalid } from '$lib/server/auth/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const found = await invitations.preview(db, event.params.code);
	if (!found) return { invitation: null, alreadyMember: false };
	const mine = await findMembership(db, user, found.org.slug);
	return {
		// only what the holder of a valid code may know: the organisation's name and the role offered
		invitation: {
			orgName: found.org.name,
			slug: found.org.slug,
			role: found.role,
			expiresAt: found.expiresAt.toISOString()
		},
		alreadyMember: mine !== null && !mine.anonymous
	};
};

export const actions: Actions = {
	accept: async (event) => {
		const user = requireUser(event);
		const r = await invitations.accept(getDb(), user, event.params.code);
		if (r.ok) redirect(303, `/o/${r.membership.org.slug}`);
		if (r.reason === 'alreadyMember' && r.slug) redirect(303, `/o/${r.slug}`);
		return invalid('accept', {}, { '': { key: 'auth.invite.invalid' } });
	}
};
