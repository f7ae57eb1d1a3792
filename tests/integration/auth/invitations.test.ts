import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, migrateDb } from '../../../src/lib/server/db/client';
import { invitations as invitationsTable } from '../../../src/lib/server/db/schema/auth';
import { ForbiddenError, NotFoundError } from '../../../src/lib/server/errors';
import * as invitations from '../../../src/lib/server/invitations';
import * as organisations from '../../../src/lib/server/organisations';
import { makeUser, makeWorld } from './helpers';

const DAY = 24 * 60 * 60 * 1000;
const dir = mkdtempSync(join(tmpdir(), 'empreinte-inv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('invitations', () => {
	it('stores only a hash of the code, and shows the code once', async () => {
		const w = await makeWorld();
		const inv = await invitations.create(w.db, w.asOwner, { role: 'viewer' });
		expect(inv.code).toMatch(/^[a-z2-7]{16}$/);
		const rows = await w.db.select().from(invitationsTable);
		expect(JSON.stringify(rows)).not.toContain(inv.code);
		const pending = await invitations.listPending(w.db, w.asOwner);
		expect(pending.map((p) => p.id)).toContain(inv.id);
		expect(JSON.stringify(pending)).not.toContain(inv.code);
	});

	it('joins with the invited role, once: a second person cannot reuse the code', async () => {
		const w = await makeWorld();
		const inv = await invitations.create(w.db, w.asOwner, { role: 'editor' });
		const newcomer = await makeUser(w.db, 'newcomer');
		const late = await makeUser(w.db, 'late');
		// a typed code with capitals, spaces and dashes still works
		const typed = inv.code.toUpperCase().replace(/(.{4})/g, '$1-');
		const r = await invitations.accept(w.db, newcomer, typed);
		expect(r).toMatchObject({ ok: true, membership: { role: 'editor', orgId: w.asOwner.orgId } });
		expect(await invitations.accept(w.db, late, inv.code)).toEqual({ ok: false, reason: 'invalid' });
		expect(await invitations.preview(w.db, inv.code)).toBeNull();
		expect(await organisations.findMembership(w.db, late, w.asOwner.org.slug)).toBeNull();
		expect(await invitations.listPending(w.db, w.asOwner)).not.toContainEqual(
			expect.objectContaining({ id: inv.id })
		);
	});

	it('two people racing for one code on a file database (several connections): exactly one joins', async () => {
		// :memory: has a single connection, so the race needs a real file
		const db = createDb(`file:${join(dir, 'race.db')}`);
		await migrateDb(db);
		const owner = await makeUser(db, 'owner');
		const org = await organisations.create(db, owner, { name: 'Race', kind: 'company' });
		const inv = await invitations.create(db, org, { role: 'viewer' });
		const people = [await makeUser(db, 'a'), await makeUser(db, 'b'), await makeUser(db, 'c')];
		const results = await Promise.allSettled(people.map((p) => invitations.accept(db, p, inv.code)));
		const joined = results.filter((r) => r.status === 'fulfilled' && r.value.ok);
		expect(joined).toHaveLength(1);
		expect(await organisations.listMembers(db, org)).toHaveLength(2);
	});

	it('expires', async () => {
		const w = await makeWorld();
		const t0 = new Date();
		const inv = await invitations.create(w.db, w.asOwner, { role: 'viewer' }, t0);
		expect(inv.expiresAt.getTime() - t0.getTime()).toBe(invitations.INVITATION_LIFETIME_MS);
		const later = new Date(t0.getTime() + invitations.INVITATION_LIFETIME_MS + 1);
		const newcomer = await makeUser(w.db, 'newcomer');
		expect(await invitations.preview(w.db, inv.code, later)).toBeNull();
		expect(await invitations.accept(w.db, newcomer, inv.code, later)).toEqual({
			ok: false,
			reason: 'invalid'
		});
		expect(await invitations.listPending(w.db, w.asOwner, later)).toHaveLength(0);
		// still valid the day before
		const before = new Date(t0.getTime() + invitations.INVITATION_LIFETIME_MS - DAY);
		expect((await invitations.accept(w.db, newcomer, inv.code, before)).ok).toBe(true);
	});

	it('an existing member is told so and the code stays usable for someone else', async () => {
		const w = await makeWorld();
		const inv = await invitations.create(w.db, w.asOwner, { role: 'owner' });
		expect(await invitations.accept(w.db, w.viewer, inv.code)).toMatchObject({
			ok: false,
			reason: 'alreadyMember'
		});
		// the viewer did not become an owner
		expect((await organisations.findMembership(w.db, w.viewer, w.asOwner.org.slug))?.role).toBe('viewer');
		expect(await invitations.preview(w.db, inv.code)).not.toBeNull();
	});

	it('unknown and empty codes are invalid', async () => {
		const w = await makeWorld();
		expect(await invitations.preview(w.db, 'aaaaaaaaaaaaaaaa')).toBeNull();
		expect(await invitations.preview(w.db, '')).toBeNull();
		expect((await invitations.accept(w.db, w.outsider, '')).ok).toBe(false);
	});

	it('a revoked invitation cannot be used; another organisation cannot revoke it', async () => {
		const w = await makeWorld();
		const inv = await invitations.create(w.db, w.asOwner, { role: 'viewer' });
		await expect(invitations.revoke(w.db, w.outsiderOrg, inv.id)).rejects.toBeInstanceOf(NotFoundError);
		expect(await invitations.preview(w.db, inv.code)).not.toBeNull();
		await invitations.revoke(w.db, w.asOwner, inv.id);
		expect((await invitations.accept(w.db, w.outsider, inv.code)).ok).toBe(false);
	});

	it('only owners invite, list and revoke', async () => {
		const w = await makeWorld();
		for (const m of [w.asEditor, w.asViewer]) {
			await expect(invitations.create(w.db, m, { role: 'viewer' })).rejects.toBeInstanceOf(ForbiddenError);
			await expect(invitations.listPending(w.db, m)).rejects.toBeInstanceOf(ForbiddenError);
		}
	});
});
