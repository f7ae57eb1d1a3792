/** Shared set-up for the auth integration tests: people and organisations on a fresh database. */
import { createTestDb, type Db } from '../../../src/lib/server/db/client';
import * as organisations from '../../../src/lib/server/organisations';
import * as invitations from '../../../src/lib/server/invitations';
import * as users from '../../../src/lib/server/users';
import type { Membership, Role, SessionUser } from '../../../src/lib/server/auth/types';

export const PASSWORD = 'correct horse battery';

let n = 0;
export async function makeUser(db: Db, name = 'user'): Promise<SessionUser> {
	n += 1;
	return users.signUp(db, { displayName: name, email: `${name}-${n}@example.org`, password: PASSWORD });
}

/** Adds `user` to the organisation of `owner` with `role`, through a real invitation. */
export async function addMember(
	db: Db,
	owner: Membership,
	user: SessionUser,
	role: Role
): Promise<Membership> {
	const inv = await invitations.create(db, owner, { role });
	const r = await invitations.accept(db, user, inv.code);
	if (!r.ok) throw new Error(`could not join: ${r.reason}`);
	return r.membership;
}

export interface World {
	db: Db;
	owner: SessionUser;
	editor: SessionUser;
	viewer: SessionUser;
	outsider: SessionUser;
	/** memberships in organisation A */
	asOwner: Membership;
	asEditor: Membership;
	asViewer: Membership;
	/** the outsider's own organisation B */
	outsiderOrg: Membership;
}

/** Organisation A with an owner, an editor and a viewer; organisation B owned by an outsider. */
export async function makeWorld(): Promise<World> {
	const db = await createTestDb();
	const [owner, editor, viewer, outsider] = [
		await makeUser(db, 'owner'),
		await makeUser(db, 'editor'),
		await makeUser(db, 'viewer'),
		await makeUser(db, 'outsider')
	];
	const asOwner = await organisations.create(db, owner, { name: 'Compagnie A', kind: 'company' });
	const asEditor = await addMember(db, asOwner, editor, 'editor');
	const asViewer = await addMember(db, asOwner, viewer, 'viewer');
	const outsiderOrg = await organisations.create(db, outsider, { name: 'Compagnie B', kind: 'company' });
	return { db, owner, editor, viewer, outsider, asOwner, asEditor, asViewer, outsiderOrg };
}
