import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as training from '$lib/server/training';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	setSessionCookie
} from '$lib/server/auth/session';
import { retryAfterMinutes } from '$lib/server/auth/rate-limit';
import { clientAddress, invalid, isHttps, refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import type { Actions, PageServerLoad } from './$types';

/**
 * Public: a learner types the session code (or arrives from the QR code with it in the URL) and
 * joins without an account. Wrong codes are rate-limited per address (training.joinFailures).
 */
export const load: PageServerLoad = async (event) => {
	const code = event.url.searchParams.get('code') ?? '';
	let identity: string | null = null;
	const failures = training.joinFailures(getDb);
	if (code && (await failures.check(clientAddress(event))).allowed) {
		identity = await training.identityForCode(getDb(), code);
		if (!identity) await failures.hit(clientAddress(event));
	}
	return { code, identity, signedIn: !!event.locals.user && !event.locals.user.isGuest };
};

export const actions: Actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData());
		const ip = clientAddress(event);
		const failures = training.joinFailures(getDb);
		const verdict = await failures.check(ip);
		if (!verdict.allowed)
			return invalid(
				'join',
				values,
				{ code: { key: 'training.errors.rateLimited', params: { minutes: retryAfterMinutes(verdict) } } },
				429
			);
		const db = getDb();
		let joined;
		try {
			joined = await training.join(db, values);
		} catch (e) {
			const r = refuse('join', values, e);
			if ((r.data.issues as Record<string, unknown>).code) await failures.hit(ip);
			return r;
		}
		// the learner's own cookie session; a previous session of this browser ends (as at log-in)
		if (event.locals.session) await invalidateSession(db, event.locals.session.id);
		const token = generateSessionToken();
		const session = await createSession(db, token, joined.userId);
		setSessionCookie(event.cookies, token, session.expiresAt, isHttps(event));
		redirect(303, '/learn');
	}
};
