/**
 * Co-routing on a migrated in-memory database: only opted-in members' shared tours are compared; a
 * member sees only the opportunities it is part of; referents see a pair only when both members
 * share at tier « visible » or above; the saving comes from the engine; a scenario is created on
 * the rider's own tour; the demo is read-only; property: no opportunity ever involves a member who
 * did not opt in.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as corouting from '../../../src/lib/server/corouting';
import * as networks from '../../../src/lib/server/networks';
import * as organisations from '../../../src/lib/server/organisations';
import * as tours from '../../../src/lib/server/tours';
import { ForbiddenError, NotFoundError } from '../../../src/lib/server/errors';
import type { Membership } from '../../../src/lib/server/auth/types';
import { createTestDb, type Db } from '../../../src/lib/server/db/client';
import { makeUser } from '../auth/helpers';
import { importCircus } from '../experiments/helpers';

let db: Db;
let referent: Membership;
const members: Membership[] = [];

beforeAll(async () => {
	db = await createTestDb();
	referent = await organisations.create(db, await makeUser(db, 'referent'), {
		name: 'Réseau Sud',
		kind: 'network'
	});
	for (const [i, name] of ['Cirque Un', 'Cirque Deux', 'Cirque Trois', 'Cirque Quatre'].entries()) {
		const m = await organisations.create(db, await makeUser(db, `owner${i}`), { name, kind: 'company' });
		// the same circus tour: their vehicles drive the same legs on the same days; two of them carry
		// their set in a van, whose load can ride in the others' 17 t truck
		const t = await importCircus(db, m);
		if (i % 2 === 1)
			await tours.mutate(db, m, t.id, (doc) => {
				const truck = doc.freight.find((f) => f.id === 'truck');
				if (truck && truck.kind === 'vehicle') truck.class = 'van';
			});
		const inv = await networks.createInvitation(db, referent, {});
		await networks.acceptInvitation(db, m, inv.code);
		await networks.setConsent(db, m, referent.org.slug, {
			tier: i < 2 ? 'visible' : 'counted',
			seasons: ['2026'],
			phases: ['forecast', 'actual']
		});
		members.push(m);
	}
});

describe('opt-in', () => {
	it('is off by default: nothing is compared', async () => {
		const v = await corouting.forMember(db, members[0], referent.org.slug);
		expect(v.optedIn).toBe(false);
		expect(v.opportunities).toEqual([]);
		expect(await corouting.forReferent(db, referent)).toEqual([]);
	});

	it('two opted-in members see their shared freight, with the engine’s saving; others see nothing', async () => {
		await corouting.setOptIn(db, members[0], referent.org.slug, true);
		await corouting.setOptIn(db, members[1], referent.org.slug, true);
		const a = await corouting.forMember(db, members[0], referent.org.slug);
		const b = await corouting.forMember(db, members[1], referent.org.slug);
		const freightA = a.opportunities.filter((o) => o.kind === 'freight');
		expect(freightA.length).toBeGreaterThan(0);
		expect(b.opportunities.map((o) => o.key).sort()).toEqual(a.opportunities.map((o) => o.key).sort());
		for (const o of a.opportunities) {
			expect([o.a.member, o.b.member].sort()).toEqual([members[0].orgId, members[1].orgId].sort());
			expect(o.km).toBeLessThanOrEqual(50);
			expect(o.dayGap).toBeLessThanOrEqual(3);
		}
		const quantified = freightA.filter((o) => o.savingKg !== null);
		expect(quantified.length).toBeGreaterThan(0);
		expect(quantified[0].savingKg!).toBeGreaterThan(0);
		// a member that did not opt in sees nothing and appears nowhere
		const c = await corouting.forMember(db, members[2], referent.org.slug);
		expect(c.opportunities).toEqual([]);
	});

	it('referents see the pair only when both share at « visible » or above', async () => {
		expect((await corouting.forReferent(db, referent)).length).toBeGreaterThan(0);
		await corouting.setOptIn(db, members[2], referent.org.slug, true);
		await corouting.setOptIn(db, members[0], referent.org.slug, false);
		const pairs = await corouting.forReferent(db, referent);
		// members[1] (visible) with members[2] (counted only): not for the referents
		expect(pairs).toEqual([]);
		const two = await corouting.forMember(db, members[2], referent.org.slug);
		expect(two.opportunities.length).toBeGreaterThan(0);
		expect(two.opportunities.every((o) => [o.a.member, o.b.member].includes(members[1].orgId))).toBe(true);
	});

	it('only an owner changes it; another network or a network org gets 404', async () => {
		const other = await organisations.create(db, await makeUser(db, 'other'), {
			name: 'Réseau Nord',
			kind: 'network'
		});
		await expect(corouting.forMember(db, members[0], other.org.slug)).rejects.toBeInstanceOf(NotFoundError);
		await expect(corouting.forMember(db, referent, referent.org.slug)).rejects.toBeInstanceOf(NotFoundError);
		await expect(corouting.forReferent(db, members[0])).rejects.toBeInstanceOf(NotFoundError);
		await expect(
			corouting.setOptIn(db, { ...members[0], role: 'editor' }, referent.org.slug, true)
		).rejects.toBeInstanceOf(ForbiddenError);
	});
});

describe('scenario from an opportunity', () => {
	it('the rider creates a shared-freight scenario on its own tour', async () => {
		const v = await corouting.forMember(db, members[2], referent.org.slug);
		const mine = v.opportunities.find((o) => o.kind === 'freight' && o.a.member === members[2].orgId);
		const theirs = v.opportunities.find((o) => o.kind === 'freight' && o.a.member !== members[2].orgId);
		const o = mine ?? theirs!;
		if (o.a.member === members[2].orgId) {
			const s = await corouting.createScenario(
				db,
				members[2],
				referent.org.slug,
				o.key,
				() => 'Fret partagé'
			);
			expect(s.tourId).toBe(o.a.tourId);
			expect(s.steps[0]).toMatchObject({ lever: 'shared-freight' });
		} else {
			// the carrier's tour does not change: no scenario from its side
			await expect(
				corouting.createScenario(db, members[2], referent.org.slug, o.key, () => 'x')
			).rejects.toBeInstanceOf(NotFoundError);
		}
		await expect(
			corouting.createScenario(db, members[0], referent.org.slug, o.key, () => 'x')
		).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('property: no opportunity involves a member who did not opt in', () => {
	it('for any opt-in pattern, every member’s and the referents’ lists stay within the opted-in', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), async (pattern) => {
				for (const [i, on] of pattern.entries())
					await corouting.setOptIn(db, members[i], referent.org.slug, on);
				const opted = new Set(members.filter((_, i) => pattern[i]).map((m) => m.orgId));
				for (const m of members) {
					const v = await corouting.forMember(db, m, referent.org.slug);
					for (const o of v.opportunities) {
						expect(opted.has(o.a.member) && opted.has(o.b.member)).toBe(true);
						expect([o.a.member, o.b.member]).toContain(m.orgId);
					}
					if (!opted.has(m.orgId)) expect(v.opportunities).toEqual([]);
				}
				for (const o of await corouting.forReferent(db, referent))
					expect(opted.has(o.a.member) && opted.has(o.b.member)).toBe(true);
			}),
			{ seed: 19, numRuns: 12 }
		);
	}, 300_000);
});
