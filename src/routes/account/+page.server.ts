import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as users from '$lib/server/users';
import { ValidationError } from '$lib/server/errors';
import { requireUser } from '$lib/server/auth/guards';
import { PASSWORD_MIN_LENGTH } from '$lib/server/auth/password';
import { accountIpKey, retryAfterMinutes } from '$lib/server/auth/rate-limit';
import { authLimiters } from '$lib/server/rate-limits';
import { clientAddress } from '$lib/server/auth/forms';
import {
	createSession,
	deleteSessionCookie,
	generateSessionToken,
	setSessionCookie
} from '$lib/server/auth/session';
import { invalid, isHttps, refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const plan = await users.deletionPlan(getDb(), user);
	return {
		account: user,
		minLength: PASSWORD_MIN_LENGTH,
		plan: {
			blocking: plan.blocking.map((o) => ({ slug: o.slug, name: o.name })),
			deletedWithAccount: plan.deletedWithAccount.map((o) => ({ slug: o.slug, name: o.name }))
		}
	};
};

/**
 * Both actions check the current password, so they share the per-account-and-address log-in
 * limit: a stolen session must not become a way to guess the password.
 */
async function limited(action: string, values: Record<string, string>, key: string) {
	const v = await authLimiters().loginPerAccount.check(key);
	if (v.allowed) return null;
	return invalid(
		action,
		values,
		{ '': { key: 'auth.errors.rateLimited', params: { minutes: retryAfterMinutes(v) } } },
		429
	);
}

async function countIfWrongPassword(e: unknown, field: string, key: string) {
	if (e instanceof ValidationError && e.issues[field]?.key === 'auth.errors.currentPasswordWrong') {
		await authLimiters().loginPerAccount.hit(key);
	}
}

export const actions: Actions = {
	changePassword: async (event) => {
		const user = requireUser(event);
		const values = formValues(await event.request.formData());
		const key = accountIpKey(user.email, clientAddress(event));
		const refused = await limited('changePassword', values, key);
		if (refused) return refused;
		const db = getDb();
		try {
			await users.changePassword(db, user, values);
		} catch (e) {
			await countIfWrongPassword(e, 'current', key);
			return refuse('changePassword', values, e);
		}
		// every session was revoked, this one included: open a fresh one for this browser only
		const token = generateSessionToken();
		const session = await createSession(db, token, user.id);
		setSessionCookie(event.cookies, token, session.expiresAt, isHttps(event));
		return { action: 'changePassword', ok: true };
	},

	deleteAccount: async (event) => {
		const user = requireUser(event);
		const values = formValues(await event.request.formData());
		const key = accountIpKey(user.email, clientAddress(event));
		const refused = await limited('deleteAccount', values, key);
		if (refused) return refused;
		try {
			await users.deleteAccount(getDb(), user, values);
		} catch (e) {
			await countIfWrongPassword(e, 'password', key);
			return refuse('deleteAccount', values, e);
		}
		deleteSessionCookie(event.cookies, isHttps(event));
		redirect(303, '/?accountDeleted=1');
	}
};
