/**
 * Quick estimates and green riders on a migrated in-memory database: the estimate from answers (with
 * the real gazetteer and engine), kept anonymously then kept in an organisation; the rider's requests
 * ranked by the engine's savings and the company's choices remembered; the venue link's scope,
 * expiry, revocation and bad input; a return accepted into the date (quality « mesuré »), rejected,
 * or its file staged into the audience import.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as estimates from '../../../src/lib/server/estimates';
import * as riders from '../../../src/lib/server/riders';
import * as tours from '../../../src/lib/server/tours';
import * as organisations from '../../../src/lib/server/organisations';
import { diagnose } from '../../../src/lib/server/diagnostics';
import { quickEstimates, riderLinks } from '../../../src/lib/server/db/schema/riders';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../src/lib/server/errors';
import { makeExperimentsWorld, type ExperimentsWorld } from '../experiments/helpers';

const ANSWERS = {
	title: 'Le Vent Tourne',
	discipline: 'circus',
	season: '2026',
	homeText: 'Toulouse',
	towns: 'Montpellier\nAlbi\nValence (26)\nfr:32013',
	performances: '9',
	oneOffPct: '50',
	team: '6',
	mode: 'car',
	set: 'truck',
	nights: 'every',
	returns: 'chain',
	audience: '2000',
	territory: 'urban'
};

let w: ExperimentsWorld;
beforeAll(async () => {
	w = await makeExperimentsWorld();
});

async function rejects(p: Promise<unknown>, type: new (...a: never[]) => Error) {
	await expect(p).rejects.toBeInstanceOf(type);
}

describe('quick estimate', () => {
	it('turns the answers into a computable tour, towns in order, narrowed by département or id', () => {
		const { document, discipline } = estimates.documentFromAnswers(ANSWERS);
		expect(discipline).toBe('circus');
		expect(document.homeBase.place).toBe('fr:31555');
		expect(document.dates.map((d) => d.venue.place)).toEqual([
			'fr:34172',
			'fr:81004',
			'fr:26362',
			'fr:32013'
		]);
		const d = diagnose(document);
		expect(d.ok).toBe(true);
		if (d.ok) {
			expect(d.result.totals.company.kg).toBeGreaterThan(0);
			expect(d.result.totals.audience.kg).toBeGreaterThan(0);
		}
	});

	it('puts each problem beside its field: an unknown town by its line, a missing team', () => {
		try {
			estimates.documentFromAnswers({ ...ANSWERS, towns: 'Montpellier\nZzyzxqwv', team: '' });
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(estimates.EstimateInputError);
			const issues = (e as estimates.EstimateInputError).issues;
			expect(issues.towns).toEqual({
				key: 'estimate.errors.townNotFound',
				params: { line: 2, text: 'Zzyzxqwv' }
			});
			expect(issues.team).toBeDefined();
		}
	});

	it('by train: each leg gets the rail mode the experiments’ train lever chooses', () => {
		const { document } = estimates.documentFromAnswers({ ...ANSWERS, mode: 'train' });
		const modes = new Set(document.dates.flatMap((d) => (d.travel ?? []).map((g) => g.mode)));
		for (const m of modes) expect(m.startsWith('rail.')).toBe(true);
		expect(modes.size).toBeGreaterThan(0);
	});

	it('without an account: kept under a code, reopened, then kept in one of the user’s organisations', async () => {
		const code = await estimates.createAnonymous(w.db, ANSWERS);
		const stored = await estimates.getAnonymous(w.db, code);
		expect(stored.answers.towns).toBe(ANSWERS.towns);
		await rejects(
			estimates.getAnonymous(
				w.db,
				code.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'))
			),
			NotFoundError
		);

		// the viewer may not keep it in organisation A; the editor may
		await rejects(estimates.keep(w.db, w.viewer, code, { org: w.asOwner.org.slug }), ValidationError);
		const tour = await estimates.keep(w.db, w.editor, code, { org: w.asOwner.org.slug });
		const again = await tours.get(w.db, w.asViewer, tour.id);
		expect(again.document.dates).toHaveLength(4);
		expect(again.productionTitle).toBe('Le Vent Tourne');
		// the same answers give the same figures, to the bit, in the organisation
		const a = diagnose(stored.document);
		const b = diagnose(again.document);
		expect(a.ok && b.ok && a.result.totals.company.kg === b.result.totals.company.kg).toBe(true);
	});

	it('an expired estimate is gone', async () => {
		const code = await estimates.createAnonymous(w.db, ANSWERS);
		await w.db.update(quickEstimates).set({ expiresAt: new Date(Date.now() - 1000) });
		await rejects(estimates.getAnonymous(w.db, code), NotFoundError);
		await estimates.purgeExpired(w.db);
		expect(await w.db.select().from(quickEstimates)).toHaveLength(0);
	});

	it('from an organisation: a production and its tour at once; a network cannot', async () => {
		const tour = await estimates.createInOrganisation(w.db, w.asEditor, ANSWERS);
		expect(tour.orgId).toBe(w.asEditor.orgId);
		await rejects(estimates.createInOrganisation(w.db, w.asViewer, ANSWERS), ForbiddenError);
		const network = await organisations.create(w.db, w.owner, { name: 'Réseau R', kind: 'network' });
		expect((await estimates.keepTargets(w.db, w.owner)).map((m) => m.orgId)).not.toContain(network.orgId);
	});
});

describe('green rider', () => {
	it('ranks the requests by the saving the engine finds, per date', async () => {
		const v = await riders.view(w.db, w.asViewer, w.tourA.id, null);
		const quantified = v.ranked.filter((r) => r.savingKg !== null && r.applicable);
		expect(quantified.length).toBeGreaterThan(1);
		for (let i = 1; i < quantified.length; i++)
			expect(quantified[i - 1].savingKg!).toBeGreaterThanOrEqual(quantified[i].savingKg!);
		const dateId = w.tourA.document.dates[0].id ?? 'd1';
		const one = await riders.view(w.db, w.asViewer, w.tourA.id, dateId);
		const tourTrain = v.ranked.find((r) => r.key === 'trainArrival')!.savingKg ?? 0;
		const dateTrain = one.ranked.find((r) => r.key === 'trainArrival')!.savingKg ?? 0;
		expect(dateTrain).toBeLessThanOrEqual(tourTrain + 1e-9);
		await rejects(riders.view(w.db, w.asViewer, w.tourA.id, 'no-such-date'), NotFoundError);
		await rejects(riders.view(w.db, w.outsiderOrg, w.tourA.id, null), NotFoundError);
	});

	it('remembers the company’s choices; a viewer cannot change them', async () => {
		await riders.saveChoices(w.db, w.asEditor, w.tourA.id, {
			'req.vegetarian.included': 'on',
			'req.vegetarian.tag': 'contractual',
			'req.vegetarian.text': 'Repas végétariens pour toute l’équipe.',
			'com.railFirst.included': 'on',
			'back.attendance.included': 'on'
		});
		const v = await riders.view(w.db, w.asViewer, w.tourA.id, null);
		expect(v.choices.requests.vegetarian).toEqual({
			included: true,
			tag: 'contractual',
			text: 'Repas végétariens pour toute l’équipe.'
		});
		expect(v.choices.requests.equipment.included).toBe(false);
		expect(v.choices.commitments.shareResults.included).toBe(false);
		await rejects(riders.saveChoices(w.db, w.asViewer, w.tourA.id, {}), ForbiddenError);
	});

	it('a venue link opens its date’s rider only; revoked or expired, it opens nothing', async () => {
		const dateId = w.tourA.document.dates[1].id ?? 'd2';
		const { code, link } = await riders.createLink(w.db, w.asEditor, w.tourA.id, dateId);
		const page = await riders.venuePage(w.db, code);
		expect(page.company).toBe(w.asOwner.org.name);
		expect(page.date.id).toBe(dateId);
		expect(page.requests.map((r) => r.key)).toEqual(['vegetarian']);
		expect(page.requests[0].text).toBe('Repas végétariens pour toute l’équipe.');
		await rejects(riders.createLink(w.db, w.asViewer, w.tourA.id, dateId), ForbiddenError);
		await rejects(riders.createLink(w.db, w.asEditor, w.tourA.id, 'nope'), ValidationError);
		await rejects(riders.revokeLink(w.db, w.outsiderOrg, w.tourA.id, link.id), NotFoundError);

		await riders.revokeLink(w.db, w.asEditor, w.tourA.id, link.id);
		await rejects(riders.venuePage(w.db, code), NotFoundError);
		await rejects(riders.submitReturn(w.db, code, { attendance: '100' }, null), NotFoundError);

		const second = await riders.createLink(w.db, w.asEditor, w.tourA.id, dateId);
		await w.db
			.update(riderLinks)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(riderLinks.id, second.link.id));
		await rejects(riders.venuePage(w.db, second.code), NotFoundError);
		await rejects(riders.venuePage(w.db, 'not-a-code'), NotFoundError);
	});

	it('bad input from the venue is refused beside the field, and nothing is stored', async () => {
		const dateId = w.tourA.document.dates[2].id ?? 'd3';
		const { code } = await riders.createLink(w.db, w.asEditor, w.tourA.id, dateId);
		await expect(
			riders.submitReturn(w.db, code, { sharesCar: '80', sharesBus: '40', roundTripKm: '20' }, null)
		).rejects.toMatchObject({ issues: { sharesCar: { key: 'rider.errors.sharesSum' } } });
		await expect(riders.submitReturn(w.db, code, { sharesCar: '60' }, null)).rejects.toMatchObject({
			issues: { roundTripKm: { key: 'rider.errors.distanceNeeded' } }
		});
		await expect(riders.submitReturn(w.db, code, {}, null)).rejects.toMatchObject({
			issues: { '': { key: 'rider.errors.empty' } }
		});
		expect((await riders.view(w.db, w.asViewer, w.tourA.id, null)).returns).toHaveLength(0);
	});

	it('accepted, the venue’s figures replace the date’s, quality « mesuré », and the result moves', async () => {
		const index = 2;
		const dateId = w.tourA.document.dates[index].id ?? `d${index + 1}`;
		const before = diagnose((await tours.get(w.db, w.asViewer, w.tourA.id)).document);
		const { code } = await riders.createLink(w.db, w.asEditor, w.tourA.id, dateId);
		await riders.submitReturn(
			w.db,
			code,
			{
				contact: 'Régie du lieu',
				attendance: '480',
				sharesCar: '40',
				sharesBus: '30',
				sharesWalk: '30',
				roundTripKm: '12',
				carOccupancy: '2,2',
				mealsVegetarian: '20',
				mealsOther: '10'
			},
			null
		);
		const pending = (await riders.view(w.db, w.asViewer, w.tourA.id, null)).returns;
		expect(pending).toHaveLength(1);
		await rejects(riders.acceptReturn(w.db, w.outsiderOrg, w.tourA.id, pending[0].id), NotFoundError);
		await rejects(riders.acceptReturn(w.db, w.asViewer, w.tourA.id, pending[0].id), ForbiddenError);
		await riders.acceptReturn(w.db, w.asEditor, w.tourA.id, pending[0].id);
		await rejects(riders.acceptReturn(w.db, w.asEditor, w.tourA.id, pending[0].id), ValidationError);

		const after = await tours.get(w.db, w.asViewer, w.tourA.id);
		const date = after.document.dates[index];
		expect(date.attendance).toBe(480);
		expect(date.audience).toMatchObject({
			modalShares: { car: 0.4, bus: 0.3, walk: 0.3 },
			roundTripKm: 12,
			carOccupancy: 2.2,
			quality: 'measured'
		});
		expect(date.meals).toEqual([
			{ type: 'vegetarian', count: 20, quality: 'measured' },
			{ type: 'average', count: 10, quality: 'measured' }
		]);
		const now = diagnose(after.document);
		expect(before.ok && now.ok && before.result.totals.audience.kg !== now.result.totals.audience.kg).toBe(
			true
		);
	});

	it('rejected, the tour does not change; a file goes to the audience import as a draft', async () => {
		const dateId = w.tourA.document.dates[0].id ?? 'd1';
		const { code } = await riders.createLink(w.db, w.asEditor, w.tourA.id, dateId);
		const csv = 'Code postal;Mode\n31000;Voiture\n31400;Bus\n';
		await riders.submitReturn(
			w.db,
			code,
			{ attendance: '999' },
			{ name: 'enquete.csv', bytes: new TextEncoder().encode(csv) }
		);
		const r = (await riders.view(w.db, w.asViewer, w.tourA.id, null)).returns.find(
			(x) => x.status === 'pending'
		)!;
		expect(r.fileName).toBe('enquete.csv');
		const draft = await riders.stageReturnFile(w.db, w.asEditor, w.tourA.id, r.id, 'survey');
		expect(draft.id).toBeTruthy();
		const before = await tours.get(w.db, w.asViewer, w.tourA.id);
		await riders.rejectReturn(w.db, w.asEditor, w.tourA.id, r.id);
		const after = await tours.get(w.db, w.asViewer, w.tourA.id);
		expect(after.document).toEqual(before.document);
	});
});
