/**
 * A scenario of several levers shows each lever's own saving (issue 16, experiments): lever k saves
 * what the tour emitted after levers 1…k−1 minus what it emits after 1…k, so the savings add up to
 * the scenario's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as scenarios from '../../../src/lib/server/scenarios';
import { diagnose } from '../../../src/lib/server/diagnostics';
import type { TourRecord } from '../../../src/lib/server/tours';
import { importCircus } from '../experiments/helpers';
import { makeWorld, type World } from '../auth/helpers';

let w: World;
let tour: TourRecord;

beforeAll(async () => {
	w = await makeWorld();
	tour = await importCircus(w.db, w.asEditor);
});

describe('each lever’s own saving', () => {
	it('train then vegetarian: two savings that add up to the scenario’s', () => {
		const steps = [
			{ lever: 'train', params: { maxKm: '700' } },
			{ lever: 'vegetarian', params: { share: '60' } }
		];
		const own = scenarios.stepSavings(tour.document, steps);
		expect(own).toHaveLength(2);
		const [train, veg] = own as number[];
		expect(train).toBeGreaterThan(0);
		expect(veg).toBeGreaterThan(0);
		const before = diagnose(tour.document);
		const after = diagnose(scenarios.buildDocument(tour.document, steps).document);
		if (!before.ok || !after.ok) throw new Error('not computable');
		expect(train + veg).toBeCloseTo(before.result.totals.company.kg - after.result.totals.company.kg, 6);
		// the vegetarian lever alone touches meals only: its saving is the meals' difference
		const mealsOf = (r: typeof before.result) => r.byCategory.find((b) => b.key === 'meal')?.kgCO2e ?? 0;
		expect(veg).toBeCloseTo(mealsOf(before.result) - mealsOf(after.result), 6);
	});

	it('one lever: nothing to split', () => {
		expect(scenarios.stepSavings(tour.document, [{ lever: 'train', params: { maxKm: '700' } }])).toBeNull();
	});

	it('the vegetarian lever keeps the meals between dates apart: no meal counted twice', () => {
		const doc = structuredClone(tour.document);
		doc.route.returnHomeGapDays = null; // the team stays away: meals between the dates count
		doc.meals.perPersonPerDay = 2;
		const meals = (d: ReturnType<typeof diagnose>) =>
			d.ok ? d.result.lines.filter((l) => l.category === 'meal').reduce((s, l) => s + l.quantity, 0) : NaN;
		const before = diagnose(doc);
		if (!before.ok) throw new Error('not computable');
		expect(before.result.lines.some((l) => l.id.startsWith('meal:gap:'))).toBe(true);
		const after = diagnose(
			scenarios.buildDocument(doc, [{ lever: 'vegetarian', params: { share: '60' } }]).document
		);
		expect(meals(after)).toBeCloseTo(meals(before), 6);
	});
});
