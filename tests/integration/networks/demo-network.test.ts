/**
 * The demo network: seeded once, deterministic (same figures on every machine), readable by an
 * anonymous visitor through the same service as a real network, with figures shown (15 members,
 * three seasons, a constant-panel trend, double counting) — and never counted by a real network.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as networks from '../../../src/lib/server/networks';
import { findMembership } from '../../../src/lib/server/organisations';
import { DEMO_NETWORK_SLUG, seedDemoNetworkIfMissing } from '../../../src/lib/server/demo-network';
import { createTestDb, type Db } from '../../../src/lib/server/db/client';
import type { Membership } from '../../../src/lib/server/auth/types';

let db: Db;
let visitor: Membership;

beforeAll(async () => {
	db = await createTestDb();
	expect(await seedDemoNetworkIfMissing(db)).toBe(true);
	expect(await seedDemoNetworkIfMissing(db)).toBe(false);
	visitor = (await findMembership(db, null, DEMO_NETWORK_SLUG))!;
});

describe('demo network', () => {
	it('is readable anonymously, with figures', async () => {
		expect(visitor).toMatchObject({
			anonymous: true,
			role: 'viewer',
			org: { kind: 'network', isDemo: true }
		});
		const v = await networks.dashboard(db, visitor, {});
		expect(v.members).toBe(15);
		const d = v.dashboard;
		if (!d.ok) throw new Error(d.reason);
		expect(d.sharing).toMatchObject({ shown: true, value: 15 });
		expect(d.company.shown).toBe(true);
		expect(d.bySeason.map((s) => s.season)).toEqual(['2024', '2025', '2026']);
		expect(d.trend.length).toBe(2);
		expect(d.trend[0].fromKg.shown).toBe(true);
		expect(d.dedup.evenings.shown && d.dedup.evenings.value).toBeGreaterThan(0);
		expect(d.indicators.find((i) => i.key === 'perDate')!.quartiles.shown).toBe(true);
		expect(v.experiments.cases.length).toBeGreaterThan(0);
	});

	it('is deterministic: two seedings give the same figures', async () => {
		const other = await createTestDb();
		await seedDemoNetworkIfMissing(other);
		const m2 = (await findMembership(other, null, DEMO_NETWORK_SLUG))!;
		const a = await networks.dashboard(db, visitor, {});
		const b = await networks.dashboard(other, m2, {});
		// ids are random and sums run in row order: compare to 9 significant digits
		const stable = (x: unknown) =>
			JSON.stringify(x, (_k, v) => (typeof v === 'number' ? Number(v.toPrecision(9)) : v));
		expect(stable(b.dashboard)).toBe(stable(a.dashboard));
	});

	it('its members cannot be browsed, and it refuses writes', async () => {
		expect(await findMembership(db, null, 'demo_reseau_01')).toBeNull();
		await expect(networks.createInvitation(db, { ...visitor, role: 'owner' }, {})).rejects.toThrow();
	});
});
