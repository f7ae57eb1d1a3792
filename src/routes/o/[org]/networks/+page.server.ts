// The member's side: the networks a company or venue belongs to, joining with a code, asking to join.
import { redirect } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import * as networks from '$lib/server/networks';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const list = await networks.listForMember(getDb(), m).catch(rethrowAsHttp);
	return { ...list, isOwner: m.role === 'owner' && !m.anonymous && !m.org.isDemo };
};

export const actions: Actions = {
	join: async (event) => {
		const m = await requireMembership(event, 'owner');
		const values = formValues(await event.request.formData());
		let slug: string;
		try {
			slug = (await networks.acceptInvitation(getDb(), m, values.code ?? '')).slug;
		} catch (e) {
			return refuse('join', values, e);
		}
		redirect(303, `/o/${m.org.slug}/networks/${slug}?joined=1`);
	},

	request: async (event) => {
		const m = await requireMembership(event, 'owner');
		const values = formValues(await event.request.formData());
		try {
			const r = await networks.requestJoin(getDb(), m, values);
			return { action: 'request', ok: true, network: r.name };
		} catch (e) {
			return refuse('request', values, e);
		}
	}
};
