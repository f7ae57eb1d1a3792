// One network, from the member's chair: the consent screen (tier and tours), its dated history,
// the member's own position against the network's quartiles, the referents' reviews, leaving.
import { redirect } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import * as networks from '$lib/server/networks';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const view = await networks.memberView(getDb(), m, event.params.network).catch(rethrowAsHttp);
	return {
		view,
		isOwner: m.role === 'owner' && !m.anonymous && !m.org.isDemo,
		joined: event.url.searchParams.has('joined')
	};
};

export const actions: Actions = {
	consent: async (event) => {
		const m = await requireMembership(event, 'owner');
		const fd = await event.request.formData();
		const values = formValues(fd);
		try {
			await networks.setConsent(getDb(), m, event.params.network, {
				tier: values.tier,
				seasons: fd.getAll('season').map(String),
				phases: fd.getAll('phase').map(String),
				tourIds: fd.getAll('tour').map(String)
			});
		} catch (e) {
			return refuse('consent', values, e);
		}
		return { action: 'consent', ok: true };
	},

	leave: async (event) => {
		const m = await requireMembership(event, 'owner');
		try {
			await networks.leave(getDb(), m, event.params.network);
		} catch (e) {
			return refuse('leave', {}, e);
		}
		redirect(303, `/o/${m.org.slug}/networks`);
	}
};
