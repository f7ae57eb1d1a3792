/**
 * Indicators and aggregates: company and audience kept apart (total with and without audience),
 * by category / mode / leg / date, per date / performance / spectator / person·km, one-off share.
 */
import { describe, expect, it } from 'vitest';
import { computeTour, ENGINE_VERSION, type TourDateInput } from '../../../src/lib/engine';
import { emptyTour, MIXED_SET } from './helpers';
import { ALBI, AUCH, TOULOUSE } from './places';

function date(
	id: string,
	place: typeof AUCH,
	start: string,
	performances: number,
	attendance: number
): TourDateInput {
	return {
		id,
		venueName: place.name,
		place,
		start,
		end: start,
		performances,
		attendance,
		capacity: null,
		audience: { modalShares: { car: 1 }, roundTripKm: 10, carOccupancy: 2, quality: 'measured' }
	};
}

const tour = emptyTour(AUCH, {
	team: [{ role: 'artist', count: 4 }],
	travel: [{ id: 'ter', mode: 'rail.ter', people: 4 }],
	dates: [date('tls', TOULOUSE, '2026-09-25', 2, 600), date('albi', ALBI, '2026-09-26', 1, 200)],
	distances: [
		{ fromId: AUCH.id, toId: TOULOUSE.id, km: 80 },
		{ fromId: TOULOUSE.id, toId: ALBI.id, km: 75 },
		{ fromId: ALBI.id, toId: AUCH.id, km: 130 }
	],
	meals: { perPersonPerDay: 2, type: 'vegetarian', extra: [] }
});
const r = computeTour(tour, MIXED_SET);
// impactCO2 TER 43255: 0.00479 + 0.0229; voiture thermique 0.1105577600556303 + 0.03169565217391306;
// impactCO2 meal végétarien 0.85
const TER = 0 + 0.00479 + 0.0229;
const CAR = 0 + 0.1105577600556303 + 0.03169565217391306;

describe('totals', () => {
	const travel = TER * 80 * 4 + TER * 75 * 4 + TER * 130 * 4;
	const meals = 0.85 * 8 + 0.85 * 8;
	const audience = ((CAR * 10) / 2) * 600 + ((CAR * 10) / 2) * 200;
	it('company and audience are computed apart; with and without audience are both given', () => {
		expect(r.totals.company.kg).toBeCloseTo(travel + meals, 10);
		expect(r.totals.audience.kg).toBeCloseTo(audience, 10);
		expect(r.totals.withoutAudience.kg).toBe(r.totals.company.kg);
		expect(r.totals.withAudience.kg).toBeCloseTo(travel + meals + audience, 10);
		for (const t of Object.values(r.totals)) expect(t.low).toBeLessThan(t.kg);
	});
	it('breaks down by category, mode, leg and date', () => {
		expect(r.byCategory.map((b) => [b.scope, b.key])).toEqual([
			['company', 'travel'],
			['company', 'meal'],
			['audience', 'audience']
		]);
		expect(r.byMode.find((b) => b.key === 'rail.ter')?.kgCO2e).toBeCloseTo(travel, 10);
		expect(r.byLeg.map((l) => [l.id, l.kgCO2e])).toEqual([
			['leg:home>tls', TER * 80 * 4],
			['leg:tls>albi', TER * 75 * 4],
			['leg:albi>home', TER * 130 * 4]
		]);
		// the way home is counted under the date it leaves from
		expect(r.byDate.map((d) => [d.id, d.company, d.audience])).toEqual([
			['tls', TER * 80 * 4 + 0.85 * 8, ((CAR * 10) / 2) * 600],
			['albi', TER * 75 * 4 + TER * 130 * 4 + 0.85 * 8, ((CAR * 10) / 2) * 200]
		]);
	});
	it('normalised indicators use the company total (audience per spectator apart)', () => {
		const company = r.totals.company.kg;
		expect(r.indicators).toMatchObject({
			dates: 2,
			performances: 3,
			spectators: 800,
			oneOffDates: 1,
			oneOffShare: 0.5
		});
		expect(r.indicators.personKm).toBe(4 * (80 + 75 + 130));
		expect(r.indicators.perDate).toBe(company / 2);
		expect(r.indicators.perPerformance).toBe(company / 3);
		expect(r.indicators.perSpectator).toBe(company / 800);
		expect(r.indicators.perPersonKm).toBeCloseTo(TER, 12);
		expect(r.indicators.audiencePerSpectator).toBe(r.totals.audience.kg / 800);
	});
	it('an empty tour gives nulls, not zeros or infinities', () => {
		const e = computeTour(emptyTour(AUCH), MIXED_SET);
		expect(e.indicators).toMatchObject({
			perDate: null,
			perPerformance: null,
			perSpectator: null,
			perPersonKm: null,
			oneOffShare: 0
		});
	});
});

describe('explanation', () => {
	it('every line carries its factor, set, table, quantities and formula; ids are stable', () => {
		for (const l of r.lines) {
			expect(l.factor.set).toBe('test-mixed@1');
			expect(l.factor.table).toMatch(/@/);
			expect(l.formula).toMatch(/= [0-9.]+ kgCO2e/);
			expect(l.source).toBeTruthy();
		}
		expect(computeTour(tour, MIXED_SET).lines.map((l) => l.id)).toEqual(r.lines.map((l) => l.id));
		expect(new Set(r.lines.map((l) => l.id)).size).toBe(r.lines.length);
	});
	it('records the engine version, the set and the tables used', () => {
		expect(r.engineVersion).toBe(ENGINE_VERSION);
		expect(r.factorSet.ref).toBe('test-mixed@1');
		expect(r.tables.map((t) => t.ref)).toEqual(['ademe-impactco2-repas@2026-07-01', 'ademe-impactco2@C']);
	});
});
