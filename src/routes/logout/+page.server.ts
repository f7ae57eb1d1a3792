import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { deleteSessionCookie, invalidateSession } from '$lib/server/auth/session';
import { isHttps } from '$lib/server/auth/forms';
import type { Actions, PageServerLoad } from './$types';

// Log-out is a POST (a link or an image could otherwise log people out); GET just goes home.
export const load: PageServerLoad = () => {
	redirect(303, '/');
};

export const actions: Actions = {
	default: async (event) => {
		requireUser(event);
		if (event.locals.session) await invalidateSession(getDb(), event.locals.session.id);
		deleteSessionCookie(event.cookies, isHttps(event));
		redirect(303, '/');
	}
};
