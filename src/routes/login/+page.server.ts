import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as users from '$lib/server/users';
import {
	createSession,
	deleteExpiredSessions,
	generateSessionToken,
	invalidateSession,
	setSessionCookie
} from '$lib/server/auth/session';
import { accountKey, authLimiters, combine, retryAfterMinutes } from '$lib/server/auth/rate-limit';
import { clientAddress, invalid, isHttps, refuse, safeRedirect } from '$lib/server/auth/forms';
import { formValues, LogInInput, parseInput } from '$lib/server/auth/schemas';
import type { Actions, PageServerLoad } from './$types';

// Public page (no guard). Failed attempts are rate-limited per IP and per e-mail, and the refusal
// is the same whether the e-mail exists or not.

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	return { redirectTo };
};

export const actions: Actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData());
		let input;
		try {
			input = parseInput(LogInInput, values);
		} catch (e) {
			return refuse('login', values, e);
		}
		const limits = authLimiters();
		const ip = clientAddress(event);
		const account = accountKey(input.email);
		// checked BEFORE the password: once blocked, even the right password is not tried
		const verdict = combine(limits.loginPerIp.check(ip), limits.loginPerAccount.check(account));
		if (!verdict.allowed) {
			const minutes = retryAfterMinutes(verdict);
			return invalid('login', values, { '': { key: 'auth.errors.rateLimited', params: { minutes } } }, 429);
		}
		const db = getDb();
		const user = await users.authenticate(db, input);
		if (!user) {
			limits.loginPerIp.hit(ip);
			limits.loginPerAccount.hit(account);
			return invalid('login', values, { '': { key: 'auth.errors.loginFailed' } });
		}
		limits.loginPerAccount.reset(account);
		// a new token at every log-in (no session fixation); a previous session of this browser ends
		if (event.locals.session) await invalidateSession(db, event.locals.session.id);
		// housekeeping: expired rows are otherwise only deleted when their token comes back
		await deleteExpiredSessions(db);
		const token = generateSessionToken();
		const session = await createSession(db, token, user.id);
		setSessionCookie(event.cookies, token, session.expiresAt, isHttps(event));
		redirect(303, safeRedirect(values.redirectTo));
	}
};
