// The organisation's choice « contribuer à l'observatoire ouvert »: members see it, owners change it.
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import * as observatory from '$lib/server/observatory';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const consent = await observatory.getConsent(getDb(), m).catch(rethrowAsHttp);
	return {
		consent: {
			contributing: consent.contributing,
			history: consent.history.map((h) => ({ ...h, at: h.at.toISOString() }))
		},
		canEdit: m.role === 'owner' && !m.anonymous && !m.org.isDemo
	};
};

export const actions: Actions = {
	default: async (event) => {
		const m = await requireMembership(event, 'owner');
		const values = formValues(await event.request.formData());
		try {
			await observatory.setConsent(getDb(), m, values);
		} catch (e) {
			return refuse('consent', values, e);
		}
		return { action: 'consent', ok: true };
	}
};
