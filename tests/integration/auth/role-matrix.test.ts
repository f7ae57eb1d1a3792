/**
 * The role matrix: every service verb of accounts and organisations, tried by the owner, an
 * editor, a viewer and an outsider of organisation A. "ok" runs; "forbidden" throws ForbiddenError
 * and changes nothing; "notfound" means the outsider never gets a membership of A (the guard's
 * 404) and, using their own organisation's membership on A's ids, gets NotFoundError with A intact.
 */
import { describe, expect, it } from 'vitest';
import {
	invitations as invitationsTable,
	memberships,
	organisations as orgsTable
} from '../../../src/lib/server/db/schema/auth';
import { ForbiddenError, NotFoundError } from '../../../src/lib/server/errors';
import * as invitations from '../../../src/lib/server/invitations';
import * as organisations from '../../../src/lib/server/organisations';
import type { Membership } from '../../../src/lib/server/auth/types';
import { makeWorld, type World } from './helpers';

type Who = 'owner' | 'editor' | 'viewer' | 'outsider';
type Outcome = 'ok' | 'forbidden' | 'notfound';

interface Verb {
	name: string;
	run: (w: World, m: Membership, target: Targets) => Promise<unknown>;
	expect: Record<Who, Outcome>;
}

interface Targets {
	invitationId: string;
	/** a member of A other than the caller, to change or remove */
	memberId: string;
}

const ownerOnly: Record<Who, Outcome> = {
	owner: 'ok',
	editor: 'forbidden',
	viewer: 'forbidden',
	outsider: 'notfound'
};
const anyMember: Record<Who, Outcome> = { owner: 'ok', editor: 'ok', viewer: 'ok', outsider: 'notfound' };

const verbs: Verb[] = [
	{ name: 'organisations.listMembers', run: (w, m) => organisations.listMembers(w.db, m), expect: anyMember },
	{
		name: 'organisations.rename',
		run: (w, m) => organisations.rename(w.db, m, { name: 'Renamed' }),
		expect: ownerOnly
	},
	{
		name: 'organisations.remove',
		run: (w, m) => organisations.remove(w.db, m, { confirmSlug: m.org.slug }),
		expect: ownerOnly
	},
	{
		name: 'organisations.changeRole',
		run: (w, m, t) => organisations.changeRole(w.db, m, { userId: t.memberId, role: 'editor' }),
		expect: ownerOnly
	},
	{
		name: 'organisations.removeMember',
		run: (w, m, t) => organisations.removeMember(w.db, m, t.memberId),
		expect: ownerOnly
	},
	{
		name: 'invitations.create',
		run: (w, m) => invitations.create(w.db, m, { role: 'viewer' }),
		expect: ownerOnly
	},
	{ name: 'invitations.listPending', run: (w, m) => invitations.listPending(w.db, m), expect: ownerOnly },
	{
		name: 'invitations.revoke',
		run: (w, m, t) => invitations.revoke(w.db, m, t.invitationId),
		expect: ownerOnly
	}
];

/** Everything of organisation A, to check that a refused verb changed nothing. */
async function snapshotA(w: World) {
	const { eq } = await import('drizzle-orm');
	const id = w.asOwner.orgId;
	return JSON.stringify({
		org: await w.db.select().from(orgsTable).where(eq(orgsTable.id, id)),
		members: await w.db.select().from(memberships).where(eq(memberships.orgId, id)),
		invitations: await w.db.select().from(invitationsTable).where(eq(invitationsTable.orgId, id))
	});
}

describe('role matrix', () => {
	for (const verb of verbs) {
		for (const who of ['owner', 'editor', 'viewer', 'outsider'] as Who[]) {
			const outcome = verb.expect[who];
			it(`${verb.name} by ${who}: ${outcome}`, async () => {
				const w = await makeWorld();
				const inv = await invitations.create(w.db, w.asOwner, { role: 'viewer' });
				// the target member is never the caller (the viewer, or the editor when the viewer acts)
				const targets: Targets = {
					invitationId: inv.id,
					memberId: who === 'viewer' ? w.editor.id : w.viewer.id
				};
				const before = await snapshotA(w);

				if (who === 'outsider') {
					// 1. the guard's view: no membership of A at all
					expect(await organisations.findMembership(w.db, w.outsider, w.asOwner.org.slug)).toBeNull();
					// 2. their own (owner) membership of B, aimed at A's ids: not found, or acts on B only
					const r = await verb.run(w, w.outsiderOrg, targets).then(
						(v) => ({ ok: true as const, v }),
						(e) => ({ ok: false as const, e })
					);
					if (!r.ok) expect(r.e).toBeInstanceOf(NotFoundError);
					if (r.ok && Array.isArray(r.v)) {
						// a list read through B's membership lists B's things only
						expect(JSON.stringify(r.v)).not.toContain(w.owner.id);
						expect(JSON.stringify(r.v)).not.toContain(inv.id);
					}
					expect(await snapshotA(w)).toBe(before);
					return;
				}

				const m = { owner: w.asOwner, editor: w.asEditor, viewer: w.asViewer }[who];
				if (outcome === 'ok') {
					await verb.run(w, m, targets);
				} else {
					await expect(verb.run(w, m, targets)).rejects.toBeInstanceOf(ForbiddenError);
					expect(await snapshotA(w)).toBe(before);
				}
			});
		}
	}

	it('leave: any member but the last owner; an anonymous demo visitor cannot', async () => {
		const w = await makeWorld();
		await organisations.leave(w.db, w.asViewer);
		await organisations.leave(w.db, w.asEditor);
		await expect(organisations.leave(w.db, w.asOwner)).rejects.toThrow();
		const anon: Membership = { ...w.asViewer, userId: null, anonymous: true };
		await expect(organisations.leave(w.db, anon)).rejects.toBeInstanceOf(ForbiddenError);
	});

	it("organisations.create and listForUser need only an account, and list only the caller's", async () => {
		const w = await makeWorld();
		expect((await organisations.listForUser(w.db, w.outsider)).map((m) => m.orgId)).toEqual([
			w.outsiderOrg.orgId
		]);
		expect((await organisations.listForUser(w.db, w.viewer)).map((m) => m.role)).toEqual(['viewer']);
	});
});
