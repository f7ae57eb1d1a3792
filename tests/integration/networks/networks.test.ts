/**
 * Networks on a migrated in-memory database: the membership lifecycle (invitation, request,
 * consent, leaving), consent taking effect at once, leaving withdrawing every share, a counted-only
 * member's tour opened by a referent → 404, stored indicators recomputed on save, and only
 * companies and venues counted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as networks from '../../../src/lib/server/networks';
import * as organisations from '../../../src/lib/server/organisations';
import * as tours from '../../../src/lib/server/tours';
import * as networkIndicators from '../../../src/lib/server/network-indicators';
import { tourIndicators } from '../../../src/lib/server/db/schema/networks';
import { organisations as organisations_ } from '../../../src/lib/server/db/schema/auth';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../src/lib/server/errors';
import type { Membership } from '../../../src/lib/server/auth/types';
import { createTestDb, type Db } from '../../../src/lib/server/db/client';
import { makeUser } from '../auth/helpers';
import { importCircus } from '../experiments/helpers';

let db: Db;
let referent: Membership;
const companies: { m: Membership; tourId: string }[] = [];
let outsiderNetwork: Membership;

async function company(name: string, kind: 'company' | 'venue' = 'company') {
	const user = await makeUser(db, name.toLowerCase().replace(/\W/g, ''));
	const m = await organisations.create(db, user, { name, kind });
	const t = await importCircus(db, m);
	return { m, tourId: t.id };
}

async function invite(c: Membership) {
	const inv = await networks.createInvitation(db, referent, { label: c.org.name });
	return networks.acceptInvitation(db, c, inv.code);
}

const share = (c: Membership, tier: string) =>
	networks.setConsent(db, c, referent.org.slug, { tier, seasons: ['2026'], phases: ['forecast', 'actual'] });

beforeAll(async () => {
	db = await createTestDb();
	const r = await makeUser(db, 'referent');
	referent = await organisations.create(db, r, { name: 'Réseau Sud', kind: 'network' });
	const o = await makeUser(db, 'other');
	outsiderNetwork = await organisations.create(db, o, { name: 'Réseau Nord', kind: 'network' });
	for (const n of ['Cie Un', 'Cie Deux', 'Cie Trois', 'Cie Quatre']) companies.push(await company(n));
});

describe('membership lifecycle', () => {
	it('an invitation joins the company, counted only and sharing nothing', async () => {
		await invite(companies[0].m);
		const list = await networks.listForMember(db, companies[0].m);
		expect(list.joined).toMatchObject([{ slug: referent.org.slug, status: 'active', tier: 'counted' }]);
		const d = await networks.dashboard(db, referent, {});
		expect(d.members).toBe(1);
		expect(d.dashboard.ok && d.dashboard.sharing).toEqual({ shown: true, value: 0, contributors: 0 });
	});

	it('a code is single use, and only an owner of a company or venue may accept', async () => {
		const inv = await networks.createInvitation(db, referent, {});
		await expect(networks.acceptInvitation(db, outsiderNetwork, inv.code)).rejects.toBeInstanceOf(
			NotFoundError
		);
		await networks.acceptInvitation(db, companies[1].m, inv.code);
		await expect(networks.acceptInvitation(db, companies[2].m, inv.code)).rejects.toBeInstanceOf(
			ValidationError
		);
	});

	it('a request to join is accepted by a referent', async () => {
		await networks.requestJoin(db, companies[2].m, { network: `http://x/o/${referent.org.slug}/network` });
		await expect(
			networks.requestJoin(db, companies[2].m, { network: referent.org.slug })
		).rejects.toBeInstanceOf(ValidationError);
		const [req] = await networks.listRequests(db, referent);
		expect(req.orgName).toBe('Cie Trois');
		// another network cannot decide it
		await expect(
			networks.decideRequest(db, outsiderNetwork, { id: req.id, decision: 'accept' })
		).rejects.toBeInstanceOf(NotFoundError);
		await networks.decideRequest(db, referent, { id: req.id, decision: 'accept' });
		expect((await networks.listMembers(db, referent)).map((x) => x.name)).toEqual([
			'Cie Deux',
			'Cie Trois',
			'Cie Un'
		]);
	});

	it('a request names no organisation that is not a network', async () => {
		await expect(
			networks.requestJoin(db, companies[3].m, { network: companies[0].m.org.slug })
		).rejects.toBeInstanceOf(ValidationError);
	});
});

describe('consent takes effect at once', () => {
	it('with two sharing members every figure is secret; with three they show', async () => {
		await share(companies[0].m, 'counted');
		await share(companies[1].m, 'visible');
		let d = (await networks.dashboard(db, referent, {})).dashboard;
		if (!d.ok) throw new Error('refused');
		expect(d.company).toEqual({ shown: false, reason: 'frequency' });
		expect(d.sharing.shown).toBe(false);
		expect(d.indicators.every((i) => !i.pooled?.shown && !i.quartiles.shown)).toBe(true);
		await share(companies[2].m, 'publishable');
		d = (await networks.dashboard(db, referent, {})).dashboard;
		if (!d.ok) throw new Error('refused');
		expect(d.sharing).toMatchObject({ shown: true, value: 3 });
		expect(d.company.shown).toBe(true);
	});

	it('each change is dated and kept', async () => {
		const v = await networks.memberView(db, companies[1].m, referent.org.slug);
		expect(v.history.map((h) => h.event)).toEqual(['consent', 'joined']);
		expect(v.tier).toBe('visible');
		expect(v.tours.every((t) => t.shared)).toBe(true);
	});

	it('a counted-only member’s tour opened by a referent is 404; a visible one opens', async () => {
		await expect(networks.getSharedTour(db, referent, companies[0].tourId)).rejects.toBeInstanceOf(
			NotFoundError
		);
		const t = await networks.getSharedTour(db, referent, companies[1].tourId);
		expect(t.memberName).toBe('Cie Deux');
		// another network never sees it
		await expect(networks.getSharedTour(db, outsiderNetwork, companies[1].tourId)).rejects.toBeInstanceOf(
			NotFoundError
		);
		// a tour of a company that is not a member
		await expect(networks.getSharedTour(db, referent, companies[3].tourId)).rejects.toBeInstanceOf(
			NotFoundError
		);
	});

	it('a review asks to complete the tour; the member sees it with the default-valued inputs', async () => {
		await networks.review(db, referent, companies[1].tourId, {
			status: 'changes_requested',
			note: 'Le fret ?'
		});
		const mine = await networks.reviewsOfOwnTour(db, companies[1].m, companies[1].tourId);
		expect(mine[0]).toMatchObject({ network: 'Réseau Sud', status: 'changes_requested', note: 'Le fret ?' });
		expect((mine[0].missing as unknown[]).length).toBeGreaterThan(0);
		await expect(
			networks.review(db, referent, companies[0].tourId, { status: 'verified' })
		).rejects.toBeInstanceOf(NotFoundError);
	});

	it('leaving withdraws every share on the next load', async () => {
		await networks.leave(db, companies[2].m, referent.org.slug);
		const d = (await networks.dashboard(db, referent, {})).dashboard;
		expect(d.ok && d.company).toEqual({ shown: false, reason: 'frequency' });
		expect((await networks.listMembers(db, referent)).map((x) => x.name)).toEqual(['Cie Deux', 'Cie Un']);
		const v = await networks.memberView(db, companies[2].m, referent.org.slug);
		expect(v.status).toBe('left');
		expect(v.history[0].event).toBe('left');
	});

	it('only owners change consent, and a network never joins a network', async () => {
		await expect(share(outsiderNetwork, 'counted')).rejects.toBeInstanceOf(NotFoundError);
		const viewer: Membership = { ...companies[0].m, role: 'viewer' };
		await expect(share(viewer, 'visible')).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('the exports log is kept for the network’s owners', async () => {
		await networks.logExport(db, referent, 'csv-fr', { season: '2026' });
		const log = await networks.listExports(db, referent);
		expect(log[0]).toMatchObject({ format: 'csv-fr', filters: { season: '2026' } });
		await expect(networks.listExports(db, { ...referent, role: 'editor' })).rejects.toBeInstanceOf(
			ForbiddenError
		);
	});
});

describe('only companies and venues count', () => {
	it('an organisation of another kind (training) is never counted, even with a membership row', async () => {
		const network = { id: referent.orgId, isDemo: false };
		const before = await networks.sharedToursForTests(db, network);
		expect(before.some((t) => t.member === companies[0].m.orgId)).toBe(true);
		await db
			.update(organisations_)
			.set({ kind: 'training' })
			.where(eq(organisations_.id, companies[0].m.orgId));
		const after = await networks.sharedToursForTests(db, network);
		expect(after.some((t) => t.member === companies[0].m.orgId)).toBe(false);
		await db
			.update(organisations_)
			.set({ kind: 'company' })
			.where(eq(organisations_.id, companies[0].m.orgId));
	});
});

describe('stored indicators', () => {
	it('are recomputed on every tour save', async () => {
		const { m, tourId } = companies[3];
		const before = await db.select().from(tourIndicators).where(eq(tourIndicators.tourId, tourId)).get();
		expect(before).toBeTruthy();
		const performances = (before!.facts as { performances: number }).performances;
		await tours.mutate(db, m, tourId, (doc) => {
			doc.dates[0].performances += 2;
		});
		const after = await db.select().from(tourIndicators).where(eq(tourIndicators.tourId, tourId)).get();
		expect((after!.facts as { performances: number }).performances).toBe(performances + 2);
		expect(after!.computedAt.getTime()).toBeGreaterThanOrEqual(before!.computedAt.getTime());
	});

	it('the start-up backfill fills tours that have none', async () => {
		const { tourId } = companies[3];
		await db.delete(tourIndicators).where(eq(tourIndicators.tourId, tourId));
		expect(await networkIndicators.backfill(db)).toBe(1);
		expect(
			await db.select().from(tourIndicators).where(eq(tourIndicators.tourId, tourId)).get()
		).toBeTruthy();
	});
});
