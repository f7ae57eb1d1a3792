// An invitation link from a network's referent: shown to the holder of a valid code only (a
// made-up or used code reads "invalid"); an owner of a company or venue picks which of its
// organisations joins. The organisation named in the form is looked up among the caller's own
// memberships (findMembership), and acceptInvitation requires its owner role.
import { error, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import * as networks from '$lib/server/networks';
import { findMembership } from '$lib/server/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const network = await networks.previewInvitation(db, event.params.code);
	if (!network) return { network: null, orgs: [] };
	return { network: { name: network.name }, orgs: await networks.joinableOrganisations(db, user.id) };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const values = formValues(await event.request.formData());
		const m = await findMembership(getDb(), user, values.org ?? '');
		if (!m || m.anonymous) error(404, 'Not found');
		let slug: string;
		try {
			slug = (await networks.acceptInvitation(getDb(), m, event.params.code)).slug;
		} catch (e) {
			return refuse('join', values, e);
		}
		redirect(303, `/o/${m.org.slug}/networks/${slug}?joined=1`);
	}
};
