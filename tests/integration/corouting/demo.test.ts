/**
 * The demo network's pooling opportunities, as a visitor reads them from the referents' chair:
 * every fictional member opted in, and pairs of members sharing at « visible » or above show a
 * freight they could share, with the engine's saving.
 */
import { describe, expect, it } from 'vitest';
import * as corouting from '../../../src/lib/server/corouting';
import { createTestDb } from '../../../src/lib/server/db/client';
import { seedDemoNetworkIfMissing, DEMO_NETWORK_SLUG } from '../../../src/lib/server/demo-network';
import { findMembership } from '../../../src/lib/server/organisations';

describe('demo network', () => {
	it('shows the referents shared-freight opportunities between visible members', async () => {
		const db = await createTestDb();
		await seedDemoNetworkIfMissing(db);
		const m = await findMembership(db, null, DEMO_NETWORK_SLUG);
		expect(m).not.toBeNull();
		const list = await corouting.forReferent(db, m!);
		const freight = list.filter((o) => o.kind === 'freight' && (o.savingKg ?? 0) > 0);
		const pair = freight.find((o) => o.a.venueName.startsWith('Agen') || o.a.to === 'Toulouse');
		expect(pair).toBeDefined();
		// the van's set rides in the circus truck on Agen → Toulouse, a day apart
		expect(pair!.a.memberName).toBe('Compagnie du Pas de Côté (démo)');
		expect(pair!.b.memberName).toBe('Cirque des Landes (démo)');
		expect(pair!.dayGap).toBe(1);
		expect(pair!.savingKg!).toBeGreaterThan(0);
	}, 120_000);
});
