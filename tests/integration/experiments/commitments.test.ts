/**
 * Commitments on a migrated in-memory database: the status lifecycle with its history, refused
 * transitions, the measured result from a later actual tour with the difference explained (dates,
 * factor-set version), the network-sharing consent, the CSV export, and organisation scoping.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as commitments from '../../../src/lib/server/commitments';
import * as scenarios from '../../../src/lib/server/scenarios';
import * as tours from '../../../src/lib/server/tours';
import { tours as toursTable } from '../../../src/lib/server/db/schema/tours';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../src/lib/server/errors';
import { translator } from '../../../src/lib/i18n';
import { makeExperimentsWorld, type ExperimentsWorld } from './helpers';

let w: ExperimentsWorld;
let scenarioId: string;
beforeAll(async () => {
	w = await makeExperimentsWorld();
	const s = await scenarios.create(w.db, w.asEditor, w.tourA.id, {
		name: 'Trajets courts en train',
		steps: [
			{ lever: 'train', params: { maxKm: 700 } },
			{ lever: 'fewer-vehicles', params: {} }
		]
	});
	scenarioId = s.id;
});

async function rejects(p: Promise<unknown>, type: new (...a: never[]) => Error) {
	await expect(p).rejects.toBeInstanceOf(type);
}

function commit(m = w.asEditor, extra: Record<string, unknown> = {}) {
	return commitments.create(w.db, m, {
		scenarioId,
		title: 'Le train sous 700 km',
		targetKg: '1500',
		owner: 'Léa',
		startsOn: '2026-09-01',
		endsOn: '2026-11-30',
		...extra
	});
}

describe('lifecycle', () => {
	it('proposed → committed → running → done, each step in the history with who and when', async () => {
		const c = await commit();
		expect(c).toMatchObject({
			status: 'proposed',
			lever: 'train',
			tourId: w.tourA.id,
			scenarioId,
			targetKg: 1500,
			sharedWithNetworks: false
		});
		expect(c.history).toHaveLength(1);
		for (const status of ['committed', 'running', 'done'] as const)
			await commitments.changeStatus(w.db, w.asEditor, c.id, { status });
		const done = await commitments.get(w.db, w.asViewer, c.id);
		expect(done.status).toBe('done');
		expect(done.history.map((h) => h.status)).toEqual(['proposed', 'committed', 'running', 'done']);
		expect(done.history.every((h) => h.by === w.editor.id && !Number.isNaN(Date.parse(h.at)))).toBe(true);
	});

	it('refuses skipping a step, going back, and leaving a final status; nothing changes', async () => {
		const c = await commit();
		await rejects(commitments.changeStatus(w.db, w.asEditor, c.id, { status: 'done' }), ValidationError);
		await rejects(commitments.changeStatus(w.db, w.asEditor, c.id, { status: 'proposed' }), ValidationError);
		await rejects(commitments.changeStatus(w.db, w.asEditor, c.id, { status: 'finished' }), ValidationError);
		expect((await commitments.get(w.db, w.asEditor, c.id)).history).toHaveLength(1);
		// abandoning needs a reason
		try {
			await commitments.changeStatus(w.db, w.asEditor, c.id, { status: 'abandoned', reason: '  ' });
			expect.unreachable();
		} catch (e) {
			expect((e as ValidationError).issues.reason.key).toBe('experiments.errors.reasonRequired');
		}
		const a = await commitments.changeStatus(w.db, w.asEditor, c.id, {
			status: 'abandoned',
			reason: 'Pas de train le dimanche'
		});
		expect(a.history.at(-1)).toMatchObject({ status: 'abandoned', reason: 'Pas de train le dimanche' });
		await rejects(commitments.changeStatus(w.db, w.asEditor, c.id, { status: 'committed' }), ValidationError);
	});

	it('checks its fields: dates in order, a positive target, a known lever', async () => {
		await rejects(commit(w.asEditor, { endsOn: '2026-08-01' }), ValidationError);
		await rejects(commit(w.asEditor, { targetKg: '-5' }), ValidationError);
		await rejects(commit(w.asEditor, { lever: 'magic' }), ValidationError);
		await rejects(commitments.create(w.db, w.asEditor, { tourId: w.tourA.id, title: 'x' }), ValidationError);
		const direct = await commitments.create(w.db, w.asEditor, {
			tourId: w.tourA.id,
			title: 'Repas',
			lever: 'vegetarian',
			targetKg: ''
		});
		expect(direct).toMatchObject({ scenarioId: null, lever: 'vegetarian', targetKg: null });
		const u = await commitments.update(w.db, w.asEditor, direct.id, {
			title: 'Repas végétariens',
			targetKg: '120,5',
			owner: 'Sam'
		});
		expect(u).toMatchObject({
			title: 'Repas végétariens',
			targetKg: 120.5,
			owner: 'Sam',
			lever: 'vegetarian'
		});
	});
});

describe('promised, estimated, measured', () => {
	it('the measured result comes from a later actual, and the difference is explained by dates', async () => {
		const c = await commit();
		let f = await commitments.evaluate(w.db, w.asViewer, c);
		expect(f.scope).toBe('company');
		expect(f.promised).toBe(1500);
		if (!f.estimated?.ok) throw new Error('no estimate');
		expect(f.estimated.value.saving).toBeGreaterThan(1500);
		expect(f.measured).toBeNull();

		// after the tour: the actual, where the team took the train, and Perpignan was cancelled
		const actual = await tours.makeActual(w.db, w.asEditor, w.tourA.id);
		const withLever = (await scenarios.get(w.db, w.asEditor, scenarioId)).document;
		await tours.mutate(w.db, w.asEditor, actual.id, () => {
			const doc = structuredClone(withLever);
			doc.dates = doc.dates.filter((d) => d.id !== 'perpignan');
			return doc;
		});
		await rejects(commitments.linkMeasured(w.db, w.asEditor, c.id, w.tourA.id), ValidationError);
		await commitments.linkMeasured(w.db, w.asEditor, c.id, actual.id);
		f = await commitments.evaluate(w.db, w.asViewer, await commitments.get(w.db, w.asViewer, c.id));
		if (!f.measured?.ok || !f.estimated?.ok) throw new Error('no measure');
		const e = f.measured.value;
		expect(e.sameFactorSet).toBe(true);
		expect(e.factorEffect).toBe(0);
		expect(e.removedDates.map((d) => d.id)).toEqual(['perpignan']);
		// on the dates both tours share, the measured change is the scenario's on those dates
		expect(e.saving).toBeGreaterThan(f.estimated.value.saving);
		expect(e.saving - e.removedDates[0].kg - -e.undated).toBeCloseTo(-e.commonDates, 6);
		expect(f.gap).toBeCloseTo(e.saving - f.estimated.value.saving, 9);
		// the gap date by date: Perpignan, cancelled, saves what the scenario still emitted there;
		// the dates add up to the gap (dates under 0.5 kg are left out of the list)
		const perpignan = f.gapByDate.find((d) => d.id === 'perpignan');
		expect(perpignan?.kg).toBeGreaterThan(0);
		const listed = f.gapByDate.reduce((s, d) => s + d.kg, 0);
		expect(Math.abs(listed - (f.gap ?? 0))).toBeLessThan(0.5 * 8);

		// unlinking
		const u = await commitments.linkMeasured(w.db, w.asEditor, c.id, null);
		expect(u.measuredTourId).toBeNull();
	});

	it('splits a measured difference into factor and activity effects when the factor set changed', async () => {
		const c = await commit();
		const actual = (await tours.counterpart(w.db, w.asEditor, w.tourA))!;
		const doc = { ...actual.document, factorSet: 'desnz-2025@2026.1' };
		await w.db
			.update(toursTable)
			.set({ document: doc, factorSet: doc.factorSet })
			.where(eq(toursTable.id, actual.id));
		await commitments.linkMeasured(w.db, w.asEditor, c.id, actual.id);
		const f = await commitments.evaluate(w.db, w.asEditor, await commitments.get(w.db, w.asEditor, c.id));
		if (!f.measured?.ok) throw new Error('no measure');
		const e = f.measured.value;
		expect(e.sameFactorSet).toBe(false);
		expect(e.factorSets).toEqual({ a: w.tourA.factorSet, b: 'desnz-2025@2026.1' });
		if (e.factorEffect === null || e.activityEffect === null) throw new Error('no split');
		expect(e.factorEffect).not.toBe(0);
		expect(e.factorEffect + e.activityEffect).toBe(e.change);
	});

	it('an audience lever is counted in audience mobility', async () => {
		const s = await scenarios.create(w.db, w.asEditor, w.tourA.id, {
			name: 'Covoiturage',
			steps: [{ lever: 'audience-carpool', params: { points: 20 } }]
		});
		const c = await commitments.create(w.db, w.asEditor, { scenarioId: s.id, title: 'Covoiturage rural' });
		const f = await commitments.evaluate(w.db, w.asEditor, c);
		expect(f.scope).toBe('audience');
		if (!f.estimated?.ok) throw new Error('no estimate');
		expect(f.estimated.value.saving).toBeGreaterThan(0);
	});

	it('survives its scenario being deleted', async () => {
		const s = await scenarios.create(w.db, w.asEditor, w.tourA.id, {
			name: 'Éphémère',
			steps: [{ lever: 'vegetarian', params: {} }]
		});
		const c = await commitments.create(w.db, w.asEditor, { scenarioId: s.id, title: 'Repas' });
		await scenarios.remove(w.db, w.asEditor, s.id);
		const after = await commitments.get(w.db, w.asEditor, c.id);
		expect(after.scenarioId).toBeNull();
		expect((await commitments.evaluate(w.db, w.asEditor, after)).estimated).toBeNull();
	});
});

describe('sharing and export', () => {
	it('stores the consent to share with networks, off by default', async () => {
		const c = await commit();
		expect(c.sharedWithNetworks).toBe(false);
		expect((await commitments.setShared(w.db, w.asEditor, c.id, true)).sharedWithNetworks).toBe(true);
		expect((await commitments.get(w.db, w.asViewer, c.id)).sharedWithNetworks).toBe(true);
		expect((await commitments.setShared(w.db, w.asEditor, c.id, false)).sharedWithNetworks).toBe(false);
	});

	it('exports the organisation’s commitments as CSV: French with ; and decimal commas, English with ,', async () => {
		const fr = await commitments.exportCsv(w.db, w.asViewer, 'fr', translator('fr'));
		const lines = fr.trim().split('\n');
		expect(lines[0]).toBe(
			'Intitulé;Levier;Spectacle;Saison;Statut;Statut depuis;Responsable;Début;Fin;Périmètre;Promis (kg CO2e);Estimé (kg CO2e);Mesuré (kg CO2e);Diagnostic réel;Partagé avec les réseaux;Historique'
		);
		const all = await commitments.list(w.db, w.asViewer);
		expect(lines).toHaveLength(all.length + 1);
		expect(lines[1]).toMatch(
			/^Le train sous 700 km;Le train plutôt que l’avion ou la voiture;Sous la toile;2026;Mené à terme;\d{4}-\d{2}-\d{2};Léa;2026-09-01;2026-11-30;Émissions de la compagnie;1500,0;\d+,\d;/
		);
		const en = await commitments.exportCsv(w.db, w.asViewer, 'en', translator('en'));
		expect(en.split('\n')[0].startsWith('Title,Lever,Production,Season,Status')).toBe(true);
		expect(en).toContain(',1500.0,');
		// only this organisation's
		const b = await commitments.exportCsv(w.db, w.outsiderOrg, 'fr', translator('fr'));
		expect(b.trim().split('\n')).toHaveLength(1);
	});
});

describe('who may do what', () => {
	it('a viewer reads, lists and evaluates but cannot write', async () => {
		const c = await commit();
		expect((await commitments.list(w.db, w.asViewer)).some((x) => x.id === c.id)).toBe(true);
		await rejects(commit(w.asViewer), ForbiddenError);
		await rejects(commitments.changeStatus(w.db, w.asViewer, c.id, { status: 'committed' }), ForbiddenError);
		await rejects(commitments.linkMeasured(w.db, w.asViewer, c.id, null), ForbiddenError);
		await rejects(commitments.setShared(w.db, w.asViewer, c.id, true), ForbiddenError);
		await rejects(commitments.update(w.db, w.asViewer, c.id, { title: 'x' }), ForbiddenError);
		await rejects(commitments.remove(w.db, w.asViewer, c.id), ForbiddenError);
	});

	it('another organisation gets "not found", and cannot link its tours or scenarios to ours', async () => {
		const c = await commit();
		const b = w.outsiderOrg;
		await rejects(commitments.get(w.db, b, c.id), NotFoundError);
		await rejects(commitments.changeStatus(w.db, b, c.id, { status: 'committed' }), NotFoundError);
		await rejects(commitments.setShared(w.db, b, c.id, true), NotFoundError);
		await rejects(commitments.remove(w.db, b, c.id), NotFoundError);
		await rejects(commitments.create(w.db, b, { scenarioId, title: 'vol' }), NotFoundError);
		await rejects(
			commitments.create(w.db, b, { tourId: w.tourA.id, title: 'vol', lever: 'train' }),
			NotFoundError
		);
		expect(await commitments.list(w.db, b)).toEqual([]);
		// B's own actual cannot measure A's commitment
		const actualB = await tours.makeActual(w.db, b, w.tourB.id);
		await rejects(commitments.linkMeasured(w.db, w.asEditor, c.id, actualB.id), NotFoundError);
		// and A's status is untouched
		expect((await commitments.get(w.db, w.asEditor, c.id)).status).toBe('proposed');
	});
});
