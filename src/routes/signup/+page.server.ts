import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as users from '$lib/server/users';
import { ValidationError } from '$lib/server/errors';
import { createSession, generateSessionToken, setSessionCookie } from '$lib/server/auth/session';
import { accountKey, combine, retryAfterMinutes } from '$lib/server/auth/rate-limit';
import { authLimiters } from '$lib/server/rate-limits';
import { clientAddress, invalid, isHttps, refuse, safeRedirect } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import { PASSWORD_MIN_LENGTH } from '$lib/server/auth/password';
import { mailer } from '$lib/server/mail';
import * as accountLinks from '$lib/server/account-links';
import type { Actions, PageServerLoad } from './$types';

// Public page (no guard): anyone may create an account. Rate-limited per IP and per e-mail.
//
// With mail configured (EMPREINTE_MAIL, src/lib/server/mail), sign-up reveals nothing: every valid
// request answers the same redirect to « check your inbox », and the message differs (a
// confirmation link for a new address, « you already have an account » otherwise; see
// src/lib/server/account-links.ts). With mail off (the local run and the demo) the account is
// created at once, which tells whoever tries that an address is taken: an instance open to the
// public should configure mail (README, « E-mail »).

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	return { redirectTo, minLength: PASSWORD_MIN_LENGTH };
};

export const actions: Actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData());
		const limits = authLimiters();
		const ip = clientAddress(event);
		const account = accountKey(values.email ?? '');
		const verdict = combine(await limits.signupPerIp.check(ip), await limits.signupPerAccount.check(account));
		if (!verdict.allowed) {
			const minutes = retryAfterMinutes(verdict);
			return invalid('signup', values, { '': { key: 'auth.errors.rateLimited', params: { minutes } } }, 429);
		}
		const db = getDb();
		const mail = mailer();
		if (mail) {
			try {
				await accountLinks.requestSignUp(db, mail, values, safeRedirect(values.redirectTo), {
					origin: event.url.origin,
					locale: event.locals.locale
				});
			} catch (e) {
				// only the form's own errors (name, address, password length): the same for any address
				return refuse('signup', values, e);
			}
			await limits.signupPerIp.hit(ip);
			await limits.signupPerAccount.hit(account);
			redirect(303, '/check-inbox');
		}
		let user;
		try {
			user = await users.signUp(db, values);
		} catch (e) {
			// a taken address counts as an attempt: sign-up must not become a fast way to list accounts
			if (e instanceof ValidationError && e.issues.email?.key === 'auth.errors.emailTaken') {
				await limits.signupPerIp.hit(ip);
				await limits.signupPerAccount.hit(account);
			}
			return refuse('signup', values, e);
		}
		await limits.signupPerIp.hit(ip);
		await limits.signupPerAccount.hit(account);
		const token = generateSessionToken();
		const session = await createSession(db, token, user.id);
		setSessionCookie(event.cookies, token, session.expiresAt, isHttps(event));
		redirect(303, safeRedirect(values.redirectTo));
	}
};
