import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as training from '$lib/server/training';
import { requireUser, rethrowAsHttp } from '$lib/server/auth/guards';
import { refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import { renderMarkdown } from '$lib/server/markdown';
import type { Actions, PageServerLoad } from './$types';

/**
 * The learner's home: their session, team, case brief (and data sheet when the team starts
 * blank), the lever cards released so far, links into their team's tour. Only a learner has one:
 * a visitor goes to /join, a real account gets a 404.
 */
export const load: PageServerLoad = async (event) => {
	if (!event.locals.user) redirect(303, '/join');
	const user = requireUser(event, { allowGuest: true });
	let home;
	try {
		home = await training.learnerHome(getDb(), user);
	} catch (e) {
		rethrowAsHttp(e);
	}
	const locale = event.locals.locale;
	const brief = home.brief
		? locale === 'en' && home.brief.en
			? home.brief.en
			: home.brief.fr || home.brief.en
		: '';
	return {
		pseudonym: home.pseudonym,
		session: home.session,
		team: home.team,
		briefHtml: brief ? renderMarkdown(brief) : '',
		levers: home.levers,
		sheet: home.sheet
	};
};

export const actions: Actions = {
	pseudonym: async (event) => {
		const user = requireUser(event, { allowGuest: true });
		const values = formValues(await event.request.formData());
		try {
			await training.setOwnPseudonym(getDb(), user, values);
		} catch (e) {
			return refuse('pseudonym', values, e);
		}
		return { action: 'pseudonym', ok: true };
	}
};
