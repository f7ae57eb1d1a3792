import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { normaliseCode } from '$lib/server/invitations';
import type { PageServerLoad } from './$types';

/** The "join with a code" form lands here: accept a bare code or a pasted /invite/<code> link. */
export const load: PageServerLoad = (event) => {
	requireUser(event);
	const raw = (event.url.searchParams.get('code') ?? '').trim();
	const code = normaliseCode(raw.split('/').filter(Boolean).pop() ?? '');
	if (code && /^[a-z2-7]{1,64}$/.test(code)) redirect(303, `/invite/${code}`);
	return {};
};
