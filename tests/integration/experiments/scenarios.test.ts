/**
 * Scenarios on a migrated in-memory database: created from levers on an imported tour, compared
 * with it through the shared path, edited (parameters, by hand, re-applied), and kept to their
 * organisation (viewers read, editors write, outsiders get "not found").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as scenarios from '../../../src/lib/server/scenarios';
import * as tours from '../../../src/lib/server/tours';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../src/lib/server/errors';
import { TourDocumentError } from '../../../src/lib/server/tours';
import { makeExperimentsWorld, type ExperimentsWorld } from './helpers';

let w: ExperimentsWorld;
beforeAll(async () => {
	w = await makeExperimentsWorld();
});

const TWO_LEVERS = [
	{ lever: 'train', params: { maxKm: '700' } },
	{ lever: 'vegetarian', params: { share: '60' } }
];

async function rejects(p: Promise<unknown>, type: new (...a: never[]) => Error) {
	await expect(p).rejects.toBeInstanceOf(type);
}

describe('creating and comparing', () => {
	it('a scenario with two levers: a modified copy, compared with the tour through the engine', async () => {
		const s = await scenarios.create(w.db, w.asEditor, w.tourA.id, {
			name: 'Train et repas',
			steps: TWO_LEVERS
		});
		expect(s.steps.map((x) => x.lever)).toEqual(['train', 'vegetarian']);
		expect(s.steps[0].changes.length).toBe(8);
		expect(s.document.factorSet).toBe(w.tourA.factorSet);
		expect(s.document.dates.find((d) => d.id === 'albi')?.travel?.[0].mode).toBe('rail.ter');

		const r = await scenarios.compare(w.db, w.asViewer, s.id);
		if (!r.comparison.ok) throw new Error('not computable');
		const { company } = r.comparison.view.totals;
		expect(company.change).toBeLessThan(0);
		expect(company.relative).toBeLessThan(-0.2);
		const travel = r.comparison.view.byCategory.find((c) => c.category === 'travel')!;
		const meal = r.comparison.view.byCategory.find((c) => c.category === 'meal')!;
		expect(travel.change).toBeLessThan(0);
		expect(meal.change).toBeLessThan(0);
		// the same factor set on both sides: all of the change is activity
		expect(company.factorEffect).toBe(0);
		expect(r.comparison.view.byDate).toHaveLength(8);

		// the baseline tour is untouched
		const tour = await tours.get(w.db, w.asEditor, w.tourA.id);
		expect(tour.document).toEqual(w.tourA.document);
	});

	it('refuses parameters beside their field and saves nothing', async () => {
		const before = (await scenarios.listForTour(w.db, w.asEditor, w.tourA.id)).length;
		try {
			await scenarios.create(w.db, w.asEditor, w.tourA.id, {
				name: 'x',
				steps: [{ lever: 'train', params: { maxKm: 'loin' } }]
			});
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(ValidationError);
			expect((e as ValidationError).issues['train.maxKm'].key).toBe('experiments.errors.kmInvalid');
		}
		await rejects(scenarios.create(w.db, w.asEditor, w.tourA.id, { name: 'x', steps: [] }), ValidationError);
		await rejects(
			scenarios.create(w.db, w.asEditor, w.tourA.id, { name: '', steps: TWO_LEVERS }),
			ValidationError
		);
		await rejects(
			scenarios.create(w.db, w.asEditor, w.tourA.id, {
				name: 'x',
				steps: [
					{
						lever: 'shared-freight',
						params: { freightId: 'truck', fromDate: 'millau', toDate: 'albi', tonnes: 3 }
					}
				]
			}),
			ValidationError
		);
		expect(await scenarios.listForTour(w.db, w.asEditor, w.tourA.id)).toHaveLength(before);
	});
});

describe('editing', () => {
	it('new parameters are applied again to the baseline', async () => {
		const s = await scenarios.create(w.db, w.asEditor, w.tourA.id, {
			name: 'Court',
			steps: [{ lever: 'train', params: {} }]
		});
		const r = await scenarios.setSteps(w.db, w.asEditor, s.id, [{ lever: 'train', params: { maxKm: 100 } }]);
		expect(r.steps[0].changes).toHaveLength(3);
		expect(
			(await scenarios.get(w.db, w.asEditor, s.id)).document.dates.find((d) => d.id === 'albi')?.travel
		).toBeUndefined();
	});

	it('a document edited by hand is kept, flagged, and dropped when the levers are re-applied', async () => {
		const s = await scenarios.create(w.db, w.asEditor, w.tourA.id, {
			name: 'Main',
			steps: [{ lever: 'fewer-vehicles', params: {} }]
		});
		const doc = structuredClone(s.document);
		doc.accommodation.roomsPerNight = 2;
		doc.factorSet = 'desnz-2025@2026.1';
		const edited = await scenarios.replaceDocument(w.db, w.asEditor, s.id, doc);
		expect(edited.handEdited).toBe(true);
		// the factor set stays the baseline's: a scenario compares activity, not factor versions
		expect(edited.document.factorSet).toBe(w.tourA.factorSet);
		expect(edited.document.accommodation.roomsPerNight).toBe(2);
		await rejects(scenarios.replaceDocument(w.db, w.asEditor, s.id, { format: 'nope' }), TourDocumentError);

		const again = await scenarios.reapply(w.db, w.asEditor, s.id);
		expect(again.handEdited).toBe(false);
		expect(again.document.accommodation.roomsPerNight).toBe(5);
		expect(again.steps.map((x) => x.lever)).toEqual(['fewer-vehicles']);
	});

	it('name, notes, cost (€) and travel time (hours), decimal commas accepted', async () => {
		const s = await scenarios.create(w.db, w.asEditor, w.tourA.id, {
			name: 'Coûts',
			steps: [{ lever: 'train', params: {} }]
		});
		const r = await scenarios.updateMeta(w.db, w.asEditor, s.id, {
			name: 'Coûts',
			notes: 'devis SNCF',
			baselineCostEur: '4 200',
			scenarioCostEur: '3900,50',
			baselineHours: '',
			scenarioHours: '31,5'
		});
		expect(r).toMatchObject({
			baselineCostEur: 4200,
			scenarioCostEur: 3900.5,
			baselineHours: null,
			scenarioHours: 31.5
		});
		await rejects(
			scenarios.updateMeta(w.db, w.asEditor, s.id, { name: 'x', scenarioCostEur: '-4' }),
			ValidationError
		);
	});

	it('the tour-order suggestion is previewed, not saved', async () => {
		const before = (await scenarios.listForTour(w.db, w.asEditor, w.tourA.id)).length;
		const p = await scenarios.suggestOrder(w.db, w.asViewer, w.tourA.id, { flexDays: '14' });
		expect(p.suggestion.changed).toBe(true);
		expect(p.comparison?.ok).toBe(true);
		expect(await scenarios.listForTour(w.db, w.asEditor, w.tourA.id)).toHaveLength(before);
		await rejects(scenarios.suggestOrder(w.db, w.asViewer, w.tourA.id, { flexDays: '-2' }), ValidationError);
	});
});

describe('who may do what', () => {
	it('a viewer reads but cannot create, edit or delete', async () => {
		const s = await scenarios.create(w.db, w.asOwner, w.tourA.id, { name: 'Lecture', steps: TWO_LEVERS });
		expect((await scenarios.get(w.db, w.asViewer, s.id)).name).toBe('Lecture');
		await rejects(
			scenarios.create(w.db, w.asViewer, w.tourA.id, { name: 'v', steps: TWO_LEVERS }),
			ForbiddenError
		);
		await rejects(scenarios.updateMeta(w.db, w.asViewer, s.id, { name: 'v' }), ForbiddenError);
		await rejects(scenarios.setSteps(w.db, w.asViewer, s.id, TWO_LEVERS), ForbiddenError);
		await rejects(scenarios.replaceDocument(w.db, w.asViewer, s.id, s.document), ForbiddenError);
		await rejects(scenarios.remove(w.db, w.asViewer, s.id), ForbiddenError);
	});

	it('another organisation gets "not found" for the scenario and for the tour', async () => {
		const s = await scenarios.create(w.db, w.asEditor, w.tourA.id, { name: 'Privé', steps: TWO_LEVERS });
		const b = w.outsiderOrg;
		await rejects(scenarios.get(w.db, b, s.id), NotFoundError);
		await rejects(scenarios.compare(w.db, b, s.id), NotFoundError);
		await rejects(scenarios.setSteps(w.db, b, s.id, TWO_LEVERS), NotFoundError);
		await rejects(scenarios.replaceDocument(w.db, b, s.id, s.document), NotFoundError);
		await rejects(scenarios.remove(w.db, b, s.id), NotFoundError);
		await rejects(scenarios.create(w.db, b, w.tourA.id, { name: 'x', steps: TWO_LEVERS }), NotFoundError);
		await rejects(scenarios.listForTour(w.db, b, w.tourA.id), NotFoundError);
		await rejects(scenarios.suggestOrder(w.db, b, w.tourA.id, {}), NotFoundError);
		expect((await scenarios.listForOrg(w.db, b)).map((x) => x.id)).not.toContain(s.id);
		// and A does not see B's
		const sb = await scenarios.create(w.db, b, w.tourB.id, { name: 'B', steps: TWO_LEVERS });
		await rejects(scenarios.get(w.db, w.asOwner, sb.id), NotFoundError);
	});

	it('an editor deletes a scenario', async () => {
		const s = await scenarios.create(w.db, w.asEditor, w.tourA.id, { name: 'Jetable', steps: TWO_LEVERS });
		await scenarios.remove(w.db, w.asEditor, s.id);
		await rejects(scenarios.get(w.db, w.asEditor, s.id), NotFoundError);
	});
});
