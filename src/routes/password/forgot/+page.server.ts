import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { mailer } from '$lib/server/mail';
import * as accountLinks from '$lib/server/account-links';
import { accountKey, combine, retryAfterMinutes } from '$lib/server/auth/rate-limit';
import { authLimiters } from '$lib/server/rate-limits';
import { clientAddress, invalid, refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import type { Actions, PageServerLoad } from './$types';

// « Mot de passe oublié » (only when mail is configured). The same answer for any address; every
// request sends one message, so it shares the sign-up budget (per IP and per address).

export const load: PageServerLoad = () => {
	if (!mailer()) error(404);
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const mail = mailer();
		if (!mail) error(404);
		const values = formValues(await event.request.formData());
		const limits = authLimiters();
		const ip = clientAddress(event);
		const account = accountKey(values.email ?? '');
		const verdict = combine(await limits.signupPerIp.check(ip), await limits.signupPerAccount.check(account));
		if (!verdict.allowed) {
			const minutes = retryAfterMinutes(verdict);
			return invalid('forgot', values, { '': { key: 'auth.errors.rateLimited', params: { minutes } } }, 429);
		}
		try {
			await accountLinks.requestPasswordReset(getDb(), mail, values, {
				origin: event.url.origin,
				locale: event.locals.locale
			});
		} catch (e) {
			return refuse('forgot', values, e);
		}
		await limits.signupPerIp.hit(ip);
		await limits.signupPerAccount.hit(account);
		redirect(303, '/check-inbox');
	}
};
