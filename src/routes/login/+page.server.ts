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
import {
	accountIpKey,
	accountKey,
	combine,
	retryAfterMinutes,
	slowdownMs
} from '$lib/server/auth/rate-limit';
import { authLimiters } from '$lib/server/rate-limits';
import { mailer } from '$lib/server/mail';
import { clientAddress, invalid, isHttps, refuse, safeRedirect } from '$lib/server/auth/forms';
import { formValues, LogInInput, parseInput } from '$lib/server/auth/schemas';
import type { Actions, PageServerLoad } from './$types';

// Public page (no guard). Failed attempts are refused per IP and per e-mail + IP (only the guessing
// address is refused, never the owner's), and slowed per e-mail across all addresses; the answer
// is the same whether the e-mail exists or not. See src/lib/server/auth/rate-limit.ts.

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	// « forgot your password? » exists only when a message can be sent
	return { redirectTo, resetByMail: mailer() !== null };
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
		const accountIp = accountIpKey(input.email, ip);
		// checked BEFORE the password: once blocked, even the right password is not tried
		const verdict = combine(await limits.loginPerIp.check(ip), await limits.loginPerAccount.check(accountIp));
		if (!verdict.allowed) {
			const minutes = retryAfterMinutes(verdict);
			return invalid('login', values, { '': { key: 'auth.errors.rateLimited', params: { minutes } } }, 429);
		}
		// many failures on this account from anywhere: wait before trying, never refuse
		const failures = (await limits.loginSlowdown.count(account)).count;
		const wait = slowdownMs(failures, limits.loginSlowdown.rule.max);
		if (wait > 0) await new Promise((r) => setTimeout(r, wait));
		const db = getDb();
		const user = await users.authenticate(db, input);
		if (!user) {
			await limits.loginPerIp.hit(ip);
			await limits.loginPerAccount.hit(accountIp);
			await limits.loginSlowdown.hit(account);
			return invalid('login', values, { '': { key: 'auth.errors.loginFailed' } });
		}
		await limits.loginPerAccount.reset(accountIp);
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
