/**
 * The quick estimate's pure parts: performances spread to honour the one-off share, totals split
 * so their parts add up, the tour file it writes (valid, every input flagged), the priorities and
 * the green rider's ordering of requests by saving.
 */
import { describe, expect, it } from 'vitest';
import { apportion, buildEstimate, spreadPerformances } from '../../../src/lib/estimate/build';
import { priorities } from '../../../src/lib/estimate/priorities';
import { effectiveChoices, rankRequests, REQUESTS } from '../../../src/lib/rider/requests';
import { QuickEstimate } from '../../../src/lib/schemas/quick-estimate';
import { validateTourFile } from '../../../src/lib/schemas/tour-file';
import type { TourResult } from '../../../src/lib/engine/types';

const answers = {
	title: 'Le Vent Tourne',
	season: '2026',
	homePlaceId: 'fr:31555',
	towns: [
		{ placeId: 'fr:34172', name: 'Montpellier' },
		{ placeId: 'fr:81004', name: 'Albi' },
		{ placeId: 'fr:32013', name: 'Auch' },
		{ placeId: 'fr:65440', name: 'Tarbes' }
	],
	performances: '10',
	oneOffPct: '50',
	team: '6',
	mode: 'car',
	set: 'van',
	nights: 'every',
	returns: 'chain',
	audience: '1 200',
	territory: 'rural'
};

describe('spreadPerformances', () => {
	it('gives round(share × dates) one-off dates and spreads the rest over the runs', () => {
		expect(spreadPerformances(4, 10, 50)).toEqual([4, 4, 1, 1]);
		expect(spreadPerformances(3, 10, 0)).toEqual([4, 3, 3]);
		expect(spreadPerformances(3, 3, 100)).toEqual([1, 1, 1]);
		expect(spreadPerformances(4, 4, 25)).toEqual([1, 1, 1, 1]);
	});
	it('always sums to the performances when there are enough of them', () => {
		for (const [d, p, s] of [
			[5, 17, 40],
			[10, 30, 10],
			[1, 7, 0]
		])
			expect(spreadPerformances(d, p, s).reduce((a, b) => a + b, 0)).toBe(p);
	});
});

describe('apportion', () => {
	it('splits an integer so that the parts add up exactly, in proportion', () => {
		expect(apportion(1200, [4, 4, 1, 1])).toEqual([480, 480, 120, 120]);
		expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
		expect(apportion(0, [1, 2])).toEqual([0, 0]);
	});
});

describe('buildEstimate', () => {
	const q = QuickEstimate.parse(answers);
	const doc = buildEstimate(q, { homeName: 'Toulouse' });

	it('writes a valid tour file, one date per town, in order, with the chained calendar', () => {
		const v = validateTourFile(doc);
		expect(v.ok).toBe(true);
		if (!v.ok) return;
		expect(v.tour.dates.map((d) => d.venue.name)).toEqual(['Montpellier', 'Albi', 'Auch', 'Tarbes']);
		expect(v.tour.dates.map((d) => [d.start, d.end, d.performances])).toEqual([
			['2026-10-01', '2026-10-04', 4],
			['2026-10-05', '2026-10-08', 4],
			['2026-10-09', '2026-10-09', 1],
			['2026-10-10', '2026-10-10', 1]
		]);
		expect(v.tour.route.returnHomeGapDays).toBeNull();
		expect(v.tour.dates.map((d) => d.attendance)).toEqual([480, 480, 120, 120]);
	});

	it('flags every input: answers estimated, what the tool filled in default', () => {
		expect(doc.travel?.[0]).toMatchObject({
			mode: 'car.average',
			vehicles: 2,
			occupants: 6,
			quality: 'estimated'
		});
		expect(doc.freight?.[0]).toMatchObject({ class: 'van', quality: 'estimated' });
		expect(doc.accommodation).toMatchObject({ roomsPerNight: 6, quality: 'default' });
		expect(doc.meals).toMatchObject({ perPersonPerDay: 2, quality: 'default' });
		expect(doc.dates?.[0].audience).toMatchObject({
			archetype: { territory: 'rural' },
			quality: 'estimated'
		});
		expect(doc.quality).toEqual({ distances: 'default' });
	});

	it('goes home between dates a week apart when the team returns to its base', () => {
		const each = buildEstimate(QuickEstimate.parse({ ...answers, returns: 'each' }), {
			homeName: 'Toulouse'
		});
		expect(each.route?.returnHomeGapDays).toBe(2);
		expect(each.dates?.[1].start).toBe('2026-10-11');
	});

	it('spreads a known number of room-nights over the dates by their length', () => {
		const counted = buildEstimate(QuickEstimate.parse({ ...answers, nights: 'count', nightsCount: '50' }), {
			homeName: 'Toulouse'
		});
		expect(counted.dates?.map((d) => d.roomNights)).toEqual([20, 20, 5, 5]);
		expect(counted.accommodation).toMatchObject({ quality: 'estimated' });
	});

	it('refuses fewer performances than towns, beside the field', () => {
		const r = QuickEstimate.safeParse({ ...answers, performances: '3' });
		expect(r.success).toBe(false);
		expect(r.error?.issues[0]).toMatchObject({
			path: ['performances'],
			message: 'estimate.errors.performancesBelowTowns'
		});
	});
});

describe('priorities', () => {
	const line = (category: string, scope: string, kg: number) => ({ category, scope, kgCO2e: kg });
	const result = {
		totals: { company: { kg: 1000 } },
		lines: [
			line('travel', 'company', 500),
			line('freight', 'company', 300),
			line('meal', 'company', 150),
			line('accommodation', 'company', 50),
			line('audience', 'audience', 2000)
		]
	} as unknown as TourResult;

	it('ranks the three heaviest categories, the audience by its weight against the company total', () => {
		expect(priorities(result).map((p) => [p.category, p.share])).toEqual([
			['audience', 2],
			['travel', 0.5],
			['freight', 0.3]
		]);
	});
});

describe('rider requests', () => {
	it('orders by saving, then the requests no lever quantifies, then those that do not apply', () => {
		const ranked = rankRequests([
			{ key: 'equipment', savingKg: 120, applicable: true },
			{ key: 'trainArrival', savingKg: 800, applicable: true },
			{ key: 'localCrew', savingKg: 40, applicable: true },
			{ key: 'vegetarian', savingKg: null, applicable: false },
			{ key: 'audienceCarpool', savingKg: 300, applicable: true },
			{ key: 'walkableLodging', savingKg: null, applicable: true }
		]);
		expect(ranked.map((r) => r.key)).toEqual([
			'trainArrival',
			'audienceCarpool',
			'equipment',
			'localCrew',
			'walkableLodging',
			'vegetarian'
		]);
		expect(ranked).toHaveLength(REQUESTS.length);
	});

	it('includes by default what saves something; saved choices win key by key', () => {
		const ranked = rankRequests([
			{ key: 'equipment', savingKg: 0, applicable: false },
			{ key: 'trainArrival', savingKg: 800, applicable: true }
		]);
		const choices = effectiveChoices(ranked, {
			requests: { trainArrival: { included: false, tag: 'contractual', text: 'Arrivée en train.' } }
		});
		expect(choices.requests.equipment.included).toBe(false);
		expect(choices.requests.trainArrival).toEqual({
			included: false,
			tag: 'contractual',
			text: 'Arrivée en train.'
		});
		expect(choices.commitments.railFirst.included).toBe(true);
		expect(choices.dataBack.attendance.included).toBe(true);
	});
});
