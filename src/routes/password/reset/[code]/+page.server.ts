import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as accountLinks from '$lib/server/account-links';
import { createSession, generateSessionToken, setSessionCookie } from '$lib/server/auth/session';
import { invalid, isHttps, refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import { PASSWORD_MIN_LENGTH } from '$lib/server/auth/password';
import type { Actions, PageServerLoad } from './$types';

// A password-reset link from a message: choose a new password (every other session is revoked),
// then continue logged in. Works whether or not mail is still configured: a link sent stays valid.

export const load: PageServerLoad = async ({ params }) => {
	return { live: await accountLinks.isLive(getDb(), 'reset', params.code), minLength: PASSWORD_MIN_LENGTH };
};

export const actions: Actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData());
		const db = getDb();
		let user;
		try {
			user = await accountLinks.resetPassword(db, event.params.code, values);
		} catch (e) {
			return refuse('reset', values, e);
		}
		if (!user) return invalid('reset', values, { '': { key: 'auth.reset.invalid' } });
		const token = generateSessionToken();
		const session = await createSession(db, token, user.id);
		setSessionCookie(event.cookies, token, session.expiresAt, isHttps(event));
		redirect(303, '/orgs');
	}
};
