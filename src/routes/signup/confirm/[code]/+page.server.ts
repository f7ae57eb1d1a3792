import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as accountLinks from '$lib/server/account-links';
import { createSession, generateSessionToken, setSessionCookie } from '$lib/server/auth/session';
import { isHttps, safeRedirect } from '$lib/server/auth/forms';
import type { Actions, PageServerLoad } from './$types';

// The confirmation link of a sign-up by mail. Opening it (GET) changes nothing: mail scanners
// follow links, so the account is created only when the person presses the button (POST).

export const load: PageServerLoad = async ({ params }) => {
	return { live: await accountLinks.isLive(getDb(), 'signup', params.code) };
};

export const actions: Actions = {
	default: async (event) => {
		const db = getDb();
		const outcome = await accountLinks.confirmSignUp(db, event.params.code);
		if (!outcome.ok) return { reason: outcome.reason };
		const token = generateSessionToken();
		const session = await createSession(db, token, outcome.user.id);
		setSessionCookie(event.cookies, token, session.expiresAt, isHttps(event));
		redirect(303, safeRedirect(outcome.redirectTo));
	}
};
