/**
 * The demo workspace: seeded once, on the first start of an empty database, so a visitor can
 * explore Empreinte without an account. Idempotent: the `demo_seeded_at` marker in app_meta
 * records that it ran.
 */
import { eq } from 'drizzle-orm';
import type { Db } from './db/client';
import { appMeta } from './db/schema/index';
import { DEMO_SLUG, ensureDemoOrganisation } from './organisations';
import { seedDemoContent } from './demo-content';

const MARKER = 'demo_seeded_at';

export async function isDemoSeeded(db: Db): Promise<boolean> {
	const row = await db.select().from(appMeta).where(eq(appMeta.key, MARKER)).get();
	return row !== undefined;
}

/**
 * Seeds the demo workspace if it is not there yet. Returns true when it seeded now.
 *
 * The demo is an ordinary organisation (slug `demo`, isDemo = true) with no members: the guards
 * let anyone read it as an anonymous viewer and no one write to it. Its data never mixes with real
 * organisations' because every query is scoped by orgId, like any other organisation's.
 */
export async function seedDemoIfMissing(db: Db): Promise<boolean> {
	if (await isDemoSeeded(db)) return false;
	await db.transaction(async (tx) => {
		const orgId = await ensureDemoOrganisation(tx);
		await seedDemoContent(tx, orgId);
		await tx.insert(appMeta).values({ key: MARKER, value: new Date().toISOString(), updatedAt: new Date() });
	});
	return true;
}

export { DEMO_SLUG };
