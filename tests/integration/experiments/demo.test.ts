/**
 * The demo workspace's experiment: on the circus tour, a scenario « trajets de moins de 700 km en
 * train » and a commitment measured by the seeded actual, readable by an anonymous visitor and
 * writable by no one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type Db } from '../../../src/lib/server/db/client';
import { seedDemoIfMissing } from '../../../src/lib/server/demo';
import { DEMO_SLUG, findMembership } from '../../../src/lib/server/organisations';
import * as commitments from '../../../src/lib/server/commitments';
import * as scenarios from '../../../src/lib/server/scenarios';
import { ForbiddenError } from '../../../src/lib/server/errors';
import type { Membership } from '../../../src/lib/server/auth/types';

let db: Db;
let visitor: Membership;
beforeAll(async () => {
	db = await createTestDb();
	await seedDemoIfMissing(db);
	visitor = (await findMembership(db, null, DEMO_SLUG))!;
});

describe('demo experiment', () => {
	it('shows promised, estimated and measured, the difference explained by the cancelled date', async () => {
		const [c] = await commitments.list(db, visitor);
		expect(c).toMatchObject({
			title: 'Trajets de moins de 700 km en train',
			lever: 'train',
			status: 'running',
			targetKg: 1500
		});
		expect(c.history.map((h) => h.status)).toEqual(['proposed', 'committed', 'running']);
		const f = await commitments.evaluate(db, visitor, c);
		if (!f.estimated?.ok || !f.measured?.ok) throw new Error('demo figures missing');
		expect(f.estimated.value.saving).toBeGreaterThan(1000);
		const e = f.measured.value;
		expect(e.removedDates.map((d) => d.id)).toEqual(['perpignan']);
		// the vans were still used: on the dates both share, nothing was saved
		expect(Math.abs(e.commonDates)).toBeLessThan(1e-6);
		const s = await scenarios.get(db, visitor, c.scenarioId!);
		expect(s.name).toBe('Trajets de moins de 700 km en train');
		expect(s.steps[0].changes).toHaveLength(8);
	});

	it('is read-only', async () => {
		const [c] = await commitments.list(db, visitor);
		await expect(commitments.changeStatus(db, visitor, c.id, { status: 'done' })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(scenarios.remove(db, visitor, c.scenarioId!)).rejects.toBeInstanceOf(ForbiddenError);
	});
});
