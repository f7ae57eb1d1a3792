// A member's pooling opportunities in one network (src/lib/server/corouting.ts): its opt-in, the
// opportunities it is part of (only when it opted in), and a scenario from a shared freight.
import { redirect } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { formValues } from '$lib/server/auth/schemas';
import * as corouting from '$lib/server/corouting';
import { getDb } from '$lib/server/db';
import { translator } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const view = await corouting.forMember(getDb(), m, event.params.network).catch(rethrowAsHttp);
	return { ...view, me: m.orgId, canCreate: m.role !== 'viewer' && !m.org.isDemo && !m.anonymous };
};

export const actions: Actions = {
	optIn: async (event) => {
		const m = await requireMembership(event, 'owner');
		const values = formValues(await event.request.formData());
		await corouting.setOptIn(getDb(), m, event.params.network, values.enabled === 'on').catch(rethrowAsHttp);
		return { saved: true };
	},
	scenario: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const t = translator(event.locals.locale);
		const s = await corouting
			.createScenario(getDb(), m, event.params.network, values.key ?? '', (o) =>
				t('corouting.scenarioName', { member: o.b.memberName, venue: o.a.venueName })
			)
			.catch(rethrowAsHttp);
		redirect(303, `/o/${m.org.slug}/tours/${s.tourId}/experiments/${s.id}`);
	}
};
