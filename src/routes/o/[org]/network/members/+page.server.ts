// The network's member organisations, its invitation links and the requests to join.
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import * as networks from '$lib/server/networks';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const db = getDb();
	const canManage = (m.role === 'owner' || m.role === 'editor') && !m.anonymous && !m.org.isDemo;
	try {
		const [members, pending, requests] = await Promise.all([
			networks.listMembers(db, m),
			canManage ? networks.listInvitations(db, m) : Promise.resolve([]),
			canManage ? networks.listRequests(db, m) : Promise.resolve([])
		]);
		return {
			members,
			pending,
			requests,
			canManage,
			inviteDays: Math.round(networks.INVITATION_LIFETIME_MS / 86_400_000)
		};
	} catch (e) {
		rethrowAsHttp(e);
	}
};

export const actions: Actions = {
	invite: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		try {
			const inv = await networks.createInvitation(getDb(), m, values);
			return {
				action: 'invite',
				ok: true,
				// shown once, in this response: only its hash is stored
				created: {
					link: `${event.url.origin}/networks/join/${inv.code}`,
					code: inv.code,
					expiresAt: inv.expiresAt.toISOString()
				}
			};
		} catch (e) {
			return refuse('invite', values, e);
		}
	},

	revoke: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		try {
			await networks.revokeInvitation(getDb(), m, values.id ?? '');
		} catch (e) {
			return refuse('revoke', values, e);
		}
		return { action: 'revoke', ok: true };
	},

	decide: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		try {
			await networks.decideRequest(getDb(), m, values);
		} catch (e) {
			return refuse('decide', values, e);
		}
		return { action: 'decide', ok: true };
	}
};
