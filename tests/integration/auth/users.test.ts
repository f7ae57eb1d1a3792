import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../src/lib/server/db/client';
import { users as usersTable } from '../../../src/lib/server/db/schema/auth';
import { ValidationError } from '../../../src/lib/server/errors';
import * as organisations from '../../../src/lib/server/organisations';
import * as users from '../../../src/lib/server/users';
import { addMember, makeUser, PASSWORD } from './helpers';

describe('accounts', () => {
	it('signs up with a normalised e-mail and a hashed password', async () => {
		const db = await createTestDb();
		const u = await users.signUp(db, {
			displayName: ' Ana ',
			email: ' Ana@Example.ORG ',
			password: PASSWORD
		});
		expect(u).toMatchObject({ displayName: 'Ana', email: 'ana@example.org' });
		const row = (await db.select().from(usersTable))[0];
		expect(row.passwordHash).toMatch(/^\$argon2id\$/);
		expect(JSON.stringify(row)).not.toContain(PASSWORD);
	});

	it('refuses a taken e-mail, a bad e-mail, a short password', async () => {
		const db = await createTestDb();
		await users.signUp(db, { displayName: 'Ana', email: 'ana@example.org', password: PASSWORD });
		const taken = await users
			.signUp(db, { displayName: 'Ana 2', email: 'ANA@example.org', password: PASSWORD })
			.catch((e) => e);
		expect(taken).toBeInstanceOf(ValidationError);
		expect(taken.issues.email.key).toBe('auth.errors.emailTaken');
		const bad = await users.signUp(db, { displayName: '', email: 'nope', password: 'short' }).catch((e) => e);
		expect(bad.issues).toMatchObject({
			displayName: { key: 'common.form.required' },
			email: { key: 'auth.errors.emailInvalid' },
			password: { key: 'auth.errors.passwordTooShort', params: { min: 10 } }
		});
	});

	it('authenticates the right password only, with the same answer for an unknown e-mail', async () => {
		const db = await createTestDb();
		const u = await makeUser(db, 'ana');
		expect(await users.authenticate(db, { email: u.email, password: PASSWORD })).toEqual(u);
		expect(await users.authenticate(db, { email: u.email, password: 'wrong password!' })).toBeNull();
		expect(await users.authenticate(db, { email: 'nobody@example.org', password: PASSWORD })).toBeNull();
	});

	it('changes the password only with the current one', async () => {
		const db = await createTestDb();
		const u = await makeUser(db, 'ana');
		const wrong = await users
			.changePassword(db, u, { current: 'not my password', next: 'another long passphrase' })
			.catch((e) => e);
		expect(wrong.issues.current.key).toBe('auth.errors.currentPasswordWrong');
		await users.changePassword(db, u, { current: PASSWORD, next: 'another long passphrase' });
		expect(await users.authenticate(db, { email: u.email, password: PASSWORD })).toBeNull();
		expect(await users.authenticate(db, { email: u.email, password: 'another long passphrase' })).toEqual(u);
	});
});

describe('deleting an account', () => {
	it('needs the password and the explicit confirmation', async () => {
		const db = await createTestDb();
		const u = await makeUser(db, 'ana');
		const noTick = await users.deleteAccount(db, u, { password: PASSWORD }).catch((e) => e);
		expect(noTick.issues.confirm.key).toBe('auth.account.delete.confirmRequired');
		const wrong = await users
			.deleteAccount(db, u, { password: 'nope nope nope', confirm: 'on' })
			.catch((e) => e);
		expect(wrong.issues.password.key).toBe('auth.errors.currentPasswordWrong');
		expect(await users.getUser(db, u.id)).toEqual(u);
	});

	it('is refused while the user alone owns an organisation with other members', async () => {
		const db = await createTestDb();
		const ana = await makeUser(db, 'ana');
		const bob = await makeUser(db, 'bob');
		const shared = await organisations.create(db, ana, { name: 'Shared', kind: 'company' });
		await addMember(db, shared, bob, 'editor');
		const solo = await organisations.create(db, ana, { name: 'Solo', kind: 'venue' });
		const plan = await users.deletionPlan(db, ana);
		expect(plan.blocking.map((o) => o.slug)).toEqual(['shared']);
		expect(plan.deletedWithAccount.map((o) => o.slug)).toEqual([solo.org.slug]);
		const e = await users.deleteAccount(db, ana, { password: PASSWORD, confirm: 'on' }).catch((x) => x);
		expect(e.issues[''].key).toBe('auth.account.delete.blocked');
		expect(await users.getUser(db, ana.id)).not.toBeNull();

		// hand the shared organisation over, then deletion goes through
		await organisations.changeRole(db, shared, { userId: bob.id, role: 'owner' });
		const done = await users.deleteAccount(db, ana, { password: PASSWORD, confirm: 'on' });
		expect(done.deletedWithAccount.map((o) => o.slug)).toEqual(['solo']);
		expect(await users.getUser(db, ana.id)).toBeNull();
		expect(await organisations.findMembership(db, bob, 'shared')).toMatchObject({ role: 'owner' });
		const orgs = await organisations.listForUser(db, bob);
		expect(orgs.map((m) => m.org.slug)).toEqual(['shared']);
		expect(await organisations.findMembership(db, bob, 'solo')).toBeNull();
	});
});
