/**
 * Productions (spectacles): the show that tours. Every verb takes the caller's Membership and
 * scopes by `m.orgId`; an id from a URL or a form is only looked up inside that organisation.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './db/client';
import { productions } from './db/schema/tours';
import { assertRole, NotFoundError } from './errors';
import { parseInput } from './auth/schemas';
import { ProductionInput } from '../schemas/production';
import type { Membership } from './auth/types';

export type Production = typeof productions.$inferSelect;

export async function list(db: Db, m: Membership): Promise<Production[]> {
	return db.select().from(productions).where(eq(productions.orgId, m.orgId)).orderBy(asc(productions.title));
}

export async function get(db: Db, m: Membership, id: string): Promise<Production> {
	const row = await db
		.select()
		.from(productions)
		.where(and(eq(productions.id, id), eq(productions.orgId, m.orgId)))
		.get();
	if (!row) throw new NotFoundError();
	return row;
}

export async function create(db: Db, m: Membership, input: unknown): Promise<Production> {
	assertRole(m, 'editor');
	const v = parseInput(ProductionInput, input);
	const now = new Date();
	const row: Production = {
		id: crypto.randomUUID(),
		orgId: m.orgId,
		title: v.title,
		discipline: v.discipline,
		creationYear: v.creationYear ?? null,
		teamSize: v.teamSize ?? null,
		setDescription: v.setDescription,
		createdAt: now,
		updatedAt: now
	};
	await db.insert(productions).values(row);
	return row;
}

export async function update(db: Db, m: Membership, id: string, input: unknown): Promise<Production> {
	assertRole(m, 'editor');
	const current = await get(db, m, id);
	const v = parseInput(ProductionInput, input);
	const next: Production = {
		...current,
		title: v.title,
		discipline: v.discipline,
		creationYear: v.creationYear ?? null,
		teamSize: v.teamSize ?? null,
		setDescription: v.setDescription,
		updatedAt: new Date()
	};
	await db
		.update(productions)
		.set(next)
		.where(and(eq(productions.id, id), eq(productions.orgId, m.orgId)));
	return next;
}

/** Deletes the production and, by cascade, its tours. */
export async function remove(db: Db, m: Membership, id: string): Promise<void> {
	assertRole(m, 'editor');
	await get(db, m, id);
	await db.delete(productions).where(and(eq(productions.id, id), eq(productions.orgId, m.orgId)));
}
