import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../src/lib/server/db/client';
import { seedDemoIfMissing } from '../../../src/lib/server/demo';
import { NotFoundError, ValidationError } from '../../../src/lib/server/errors';
import * as organisations from '../../../src/lib/server/organisations';
import { makeUser, makeWorld } from './helpers';

describe('organisations', () => {
	it('creates an organisation with its creator as owner and a slug from its name', async () => {
		const db = await createTestDb();
		const ana = await makeUser(db, 'ana');
		const m = await organisations.create(db, ana, { name: '  Compagnie Les Éclats ! ', kind: 'company' });
		expect(m).toMatchObject({
			role: 'owner',
			userId: ana.id,
			anonymous: false,
			org: { slug: 'compagnie-les-eclats', name: 'Compagnie Les Éclats !', kind: 'company', isDemo: false }
		});
		const again = await organisations.create(db, ana, { name: 'Compagnie les éclats', kind: 'venue' });
		expect(again.org.slug).toBe('compagnie-les-eclats-2');
		expect((await organisations.listForUser(db, ana)).map((x) => x.org.slug).sort()).toEqual([
			'compagnie-les-eclats',
			'compagnie-les-eclats-2'
		]);
	});

	it('never gives a real organisation the demo slug', async () => {
		const db = await createTestDb();
		const ana = await makeUser(db, 'ana');
		const m = await organisations.create(db, ana, { name: 'Demo', kind: 'company' });
		expect(m.org.slug).not.toBe('demo');
		expect(m.org.isDemo).toBe(false);
	});

	it('validates its input', async () => {
		const db = await createTestDb();
		const ana = await makeUser(db, 'ana');
		const e = await organisations.create(db, ana, { name: '', kind: 'castle' }).catch((x) => x);
		expect(e).toBeInstanceOf(ValidationError);
		expect(Object.keys(e.issues).sort()).toEqual(['kind', 'name']);
	});

	it('finds a membership only for members; no such org and not a member look the same', async () => {
		const w = await makeWorld();
		const slug = w.asOwner.org.slug;
		expect((await organisations.findMembership(w.db, w.viewer, slug))?.role).toBe('viewer');
		expect(await organisations.findMembership(w.db, w.outsider, slug)).toBeNull();
		expect(await organisations.findMembership(w.db, null, slug)).toBeNull();
		expect(await organisations.findMembership(w.db, w.outsider, 'no-such-org')).toBeNull();
		expect(await organisations.findMembership(w.db, w.outsider, "x' OR 1=1")).toBeNull();
	});

	it('admits anyone to the demo as an anonymous viewer', async () => {
		const db = await createTestDb();
		await seedDemoIfMissing(db);
		const ana = await makeUser(db, 'ana');
		for (const who of [null, ana]) {
			expect(await organisations.findMembership(db, who, 'demo')).toMatchObject({
				role: 'viewer',
				anonymous: true,
				userId: null,
				org: { slug: 'demo', kind: 'company', isDemo: true }
			});
		}
		// and it is not among anyone's organisations
		expect(await organisations.listForUser(db, ana)).toEqual([]);
	});

	it('the demo is read-only, even for a crafted owner membership', async () => {
		const db = await createTestDb();
		await seedDemoIfMissing(db);
		const demo = (await organisations.findMembership(db, null, 'demo'))!;
		const forged = { ...demo, role: 'owner' as const, userId: 'x', anonymous: false };
		await expect(organisations.rename(db, forged, { name: 'Hacked' })).rejects.toThrow(/read-only/);
		await expect(organisations.remove(db, forged, { confirmSlug: 'demo' })).rejects.toThrow(/read-only/);
	});

	it('lists members to members, and renames and deletes for owners', async () => {
		const w = await makeWorld();
		const members = await organisations.listMembers(w.db, w.asViewer);
		expect(members.map((x) => x.role).sort()).toEqual(['editor', 'owner', 'viewer']);
		const renamed = await organisations.rename(w.db, w.asOwner, { name: 'Compagnie A bis' });
		expect(renamed.name).toBe('Compagnie A bis');
		expect(renamed.slug).toBe(w.asOwner.org.slug); // URLs stay stable
		await expect(organisations.remove(w.db, w.asOwner, { confirmSlug: 'wrong' })).rejects.toBeInstanceOf(
			ValidationError
		);
		await organisations.remove(w.db, w.asOwner, { confirmSlug: w.asOwner.org.slug });
		expect(await organisations.findMembership(w.db, w.owner, w.asOwner.org.slug)).toBeNull();
		expect(await organisations.listForUser(w.db, w.viewer)).toEqual([]);
		// the other organisation is untouched
		expect(await organisations.findMembership(w.db, w.outsider, w.outsiderOrg.org.slug)).not.toBeNull();
	});
});

describe('an organisation always keeps one owner', () => {
	it('the last owner cannot be demoted, removed, or leave', async () => {
		const w = await makeWorld();
		const lastOwner = { key: 'auth.members.lastOwner' };
		const demote = await organisations
			.changeRole(w.db, w.asOwner, { userId: w.owner.id, role: 'editor' })
			.catch((e) => e);
		expect(demote).toBeInstanceOf(ValidationError);
		expect(demote.issues['']).toEqual(lastOwner);
		await expect(organisations.removeMember(w.db, w.asOwner, w.owner.id)).rejects.toBeInstanceOf(
			ValidationError
		);
		await expect(organisations.leave(w.db, w.asOwner)).rejects.toBeInstanceOf(ValidationError);
		expect((await organisations.findMembership(w.db, w.owner, w.asOwner.org.slug))?.role).toBe('owner');
	});

	it('with a second owner, the first may step down or leave', async () => {
		const w = await makeWorld();
		await organisations.changeRole(w.db, w.asOwner, { userId: w.editor.id, role: 'owner' });
		await organisations.changeRole(w.db, w.asOwner, { userId: w.owner.id, role: 'viewer' });
		expect((await organisations.findMembership(w.db, w.owner, w.asOwner.org.slug))?.role).toBe('viewer');
		const newOwner = (await organisations.findMembership(w.db, w.editor, w.asOwner.org.slug))!;
		// and now the new owner is the last one
		await expect(organisations.leave(w.db, newOwner)).rejects.toBeInstanceOf(ValidationError);
	});

	it('members other than the last owner can leave; a removed member loses access', async () => {
		const w = await makeWorld();
		await organisations.leave(w.db, w.asViewer);
		expect(await organisations.findMembership(w.db, w.viewer, w.asOwner.org.slug)).toBeNull();
		await organisations.removeMember(w.db, w.asOwner, w.editor.id);
		expect(await organisations.findMembership(w.db, w.editor, w.asOwner.org.slug)).toBeNull();
	});
});

describe('cross-organisation refusal', () => {
	it("an owner of B cannot touch A's members by id", async () => {
		const w = await makeWorld();
		const b = w.outsiderOrg;
		await expect(
			organisations.changeRole(w.db, b, { userId: w.viewer.id, role: 'owner' })
		).rejects.toBeInstanceOf(NotFoundError);
		await expect(organisations.removeMember(w.db, b, w.owner.id)).rejects.toBeInstanceOf(NotFoundError);
		expect((await organisations.findMembership(w.db, w.viewer, w.asOwner.org.slug))?.role).toBe('viewer');
		expect((await organisations.findMembership(w.db, w.owner, w.asOwner.org.slug))?.role).toBe('owner');
		// B's member list shows B's people only
		const bMembers = await organisations.listMembers(w.db, b);
		expect(bMembers.map((x) => x.userId)).toEqual([w.outsider.id]);
	});

	it("a membership forged with A's slug but B's orgId acts on B only", async () => {
		const w = await makeWorld();
		// services trust m.orgId, which only findMembership produces; this checks they never read the slug
		const forged = { ...w.outsiderOrg, org: { ...w.outsiderOrg.org, slug: w.asOwner.org.slug } };
		await organisations.rename(w.db, forged, { name: 'Renamed B' });
		const a = await organisations.findMembership(w.db, w.owner, w.asOwner.org.slug);
		expect(a?.org.name).toBe('Compagnie A');
	});
});
