import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as invitations from '$lib/server/invitations';
import * as organisations from '$lib/server/organisations';
import { requireMembership } from '$lib/server/auth/guards';
import { refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	// the demo has no members to show; its visitors are anonymous
	if (m.anonymous) error(404, 'Not found');
	const db = getDb();
	const isOwner = m.role === 'owner' && !m.anonymous;
	const [members, pending] = await Promise.all([
		organisations.listMembers(db, m),
		isOwner ? invitations.listPending(db, m) : Promise.resolve([])
	]);
	return {
		me: m.userId,
		isOwner,
		inviteDays: Math.round(invitations.INVITATION_LIFETIME_MS / 86_400_000),
		members: members.map((x) => ({ ...x, since: x.since.toISOString() })),
		pending: pending.map((p) => ({
			id: p.id,
			role: p.role,
			createdAt: p.createdAt.toISOString(),
			expiresAt: p.expiresAt.toISOString()
		}))
	};
};

export const actions: Actions = {
	invite: async (event) => {
		const m = await requireMembership(event, 'owner');
		const values = formValues(await event.request.formData());
		try {
			const inv = await invitations.create(getDb(), m, values);
			return {
				action: 'invite',
				ok: true,
				// shown once, to this owner, in this response: only its hash is stored
				created: {
					code: inv.code,
					link: `${event.url.origin}/invite/${inv.code}`,
					role: inv.role,
					expiresAt: inv.expiresAt.toISOString()
				}
			};
		} catch (e) {
			return refuse('invite', values, e);
		}
	},

	revoke: async (event) => {
		const m = await requireMembership(event, 'owner');
		const values = formValues(await event.request.formData());
		try {
			await invitations.revoke(getDb(), m, values.id ?? '');
		} catch (e) {
			return refuse('revoke', values, e);
		}
		return { action: 'revoke', ok: true };
	},

	changeRole: async (event) => {
		const m = await requireMembership(event, 'owner');
		const values = formValues(await event.request.formData());
		try {
			await organisations.changeRole(getDb(), m, values);
		} catch (e) {
			return refuse('changeRole', values, e);
		}
		return { action: 'changeRole', ok: true };
	},

	remove: async (event) => {
		const m = await requireMembership(event, 'owner');
		const values = formValues(await event.request.formData());
		try {
			await organisations.removeMember(getDb(), m, values.userId ?? '');
		} catch (e) {
			return refuse('remove', values, e);
		}
		return { action: 'remove', ok: true };
	},

	leave: async (event) => {
		const m = await requireMembership(event);
		try {
			await organisations.leave(getDb(), m);
		} catch (e) {
			return refuse('leave', {}, e);
		}
		redirect(303, '/orgs');
	}
};
