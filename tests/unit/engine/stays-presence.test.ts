/**
 * Reference cases, computed by hand, for what the team really books (issue 16):
 * - nights and meals between two dates when the team does not go home, in the next date's country;
 * - per-date presence of roles: travel, nights and meals follow each date's team;
 * - meal mixes per tour and per date;
 * - the way home (last leg) set like any other leg.
 * Factor values (helpers.ts): DESNZ 2025 hotel France 6.7, Germany 13.2 kgCO2e per room·night;
 * impactCO2 meals vegetarian 0.85, beef 4.97 kgCO2e per meal; impactCO2 TGV 0.00293 kgCO2e per
 * passenger·km.
 */
import { describe, expect, it } from 'vitest';
import { computeTour, type TourDateInput, type TourInput } from '../../../src/lib/engine';
import { emptyTour, MIXED_SET } from './helpers';
import { ALBI, AUCH, BERLIN, MONTPELLIER, TOULOUSE } from './places';

function date(
	id: string,
	place: typeof AUCH,
	start: string,
	end = start,
	over: Partial<TourDateInput> = {}
): TourDateInput {
	return {
		id,
		venueName: place.name,
		place,
		start,
		end,
		performances: 1,
		attendance: null,
		capacity: null,
		audience: null,
		...over
	};
}

const lines = (r: ReturnType<typeof computeTour>, category: string) =>
	r.lines.filter((l) => l.category === category).map((l) => [l.id, l.quantity, l.kgCO2e]);

describe('nights and meals between dates', () => {
	// Albi (FR) on 20 January, Berlin (DE) on 24 January, 8 people, 4 rooms, 2 meals a day
	const base = (over: Partial<TourInput> = {}, berlin: Partial<TourDateInput> = {}) =>
		emptyTour(AUCH, {
			team: [{ role: 'artist', count: 8 }],
			dates: [date('albi', ALBI, '2026-01-20'), date('berlin', BERLIN, '2026-01-24', undefined, berlin)],
			accommodation: { roomsPerNight: 4, extra: [] },
			meals: { perPersonPerDay: 2, type: 'vegetarian', extra: [] },
			...over
		});

	it('counts the nights in between, in the next date’s country, when the team stays away', () => {
		const r = computeTour(base(), MIXED_SET);
		// Albi: 4 rooms × 1 night (FR 6.7) = 26.8; Berlin: 4 × 1 (DE 13.2) = 52.8;
		// between: nights of the 21st, 22nd, 23rd = 3 → 4 × 3 = 12 room-nights × 13.2 = 158.4
		expect(lines(r, 'accommodation')).toEqual([
			['accommodation:albi', 4, 4 * 6.7],
			['accommodation:berlin', 4, 4 * 13.2],
			['accommodation:gap:berlin', 12, 12 * 13.2]
		]);
		expect(r.lines.find((l) => l.id === 'accommodation:gap:berlin')!.kgCO2e).toBeCloseTo(158.4, 10);
		// meals: 8 × 2 × 1 = 16 at each date; 8 × 2 × 3 days = 48 in between
		expect(lines(r, 'meal')).toEqual([
			['meal:albi:vegetarian', 16, 16 * 0.85],
			['meal:berlin:vegetarian', 16, 16 * 0.85],
			['meal:gap:berlin:vegetarian', 48, 48 * 0.85]
		]);
		// 16 + 16 + 48 = 80 meals in all
		expect(r.lines.filter((l) => l.category === 'meal').reduce((s, l) => s + l.quantity, 0)).toBe(80);
	});

	it('the user may say where the team sleeps, or how many room-nights it books', () => {
		const there = computeTour(base({}, { gapCountry: 'FR' }), MIXED_SET);
		// 12 room-nights in France: 12 × 6.7 = 80.4
		expect(there.lines.find((l) => l.id === 'accommodation:gap:berlin')).toMatchObject({
			mode: 'FR',
			quantity: 12
		});
		const own = computeTour(
			base(
				{},
				{ gapRoomNights: 5, gapRoomNightsQuality: 'measured', gapMeals: [{ type: 'red_meat', count: 10 }] }
			),
			MIXED_SET
		);
		expect(own.lines.find((l) => l.id === 'accommodation:gap:berlin')).toMatchObject({
			quantity: 5,
			kgCO2e: 5 * 13.2,
			quality: 'measured',
			source: 'dates[1].gapRoomNights'
		});
		expect(lines(own, 'meal')).toContainEqual(['meal:gap:berlin:red_meat', 10, 10 * 4.97]);
	});

	it('no night in between when the team goes home, or when a date is at the home base', () => {
		// gap 24 − 20 = 4 days ≥ rule of 4: the team goes home (legs Albi → Auch, Auch → Berlin)
		const home = computeTour(base({ route: { derive: true, returnHomeGapDays: 4 } }), MIXED_SET);
		expect(home.lines.filter((l) => l.id.includes(':gap:'))).toEqual([]);
		// rule of 5: 4 < 5, the team stays away → 3 nights
		const away = computeTour(base({ route: { derive: true, returnHomeGapDays: 5 } }), MIXED_SET);
		expect(away.lines.find((l) => l.id === 'accommodation:gap:berlin')?.quantity).toBe(12);
		// a date at the home base: the team sleeps at home before and after it
		const atHome = computeTour(
			emptyTour(ALBI, {
				team: [{ role: 'artist', count: 8 }],
				dates: [date('albi', ALBI, '2026-01-20'), date('berlin', BERLIN, '2026-01-24')],
				accommodation: { roomsPerNight: 4, extra: [] }
			}),
			MIXED_SET
		);
		expect(lines(atHome, 'accommodation')).toEqual([['accommodation:berlin', 4, 4 * 13.2]]);
	});

	it('consecutive dates leave no gap', () => {
		const r = computeTour(
			base({ dates: [date('albi', ALBI, '2026-01-20', '2026-01-21'), date('berlin', BERLIN, '2026-01-22')] }),
			MIXED_SET
		);
		expect(r.lines.filter((l) => l.id.includes(':gap:'))).toEqual([]);
	});
});

describe('who is on tour when', () => {
	// 4 artists at every date, a director at the first two, a second technician at the third only.
	// The plan is for the whole team of 6 (one TGV group of 6); distances given (rail), so that every
	// figure below is people × km × 0.00293.
	const km: [typeof AUCH, typeof AUCH, number][] = [
		[AUCH, TOULOUSE, 80],
		[TOULOUSE, MONTPELLIER, 240],
		[MONTPELLIER, ALBI, 200],
		[ALBI, AUCH, 150],
		[MONTPELLIER, AUCH, 300]
	];
	const tour = emptyTour(AUCH, {
		team: [
			{ role: 'artist', count: 4 },
			{ role: 'director', count: 1, dates: ['tls', 'mtp'] },
			{ role: 'technician', count: 1, dates: ['albi'] }
		],
		travel: [{ id: 'tgv', mode: 'rail.tgv', people: 6 }],
		dates: [
			date('tls', TOULOUSE, '2026-03-01'),
			date('mtp', MONTPELLIER, '2026-03-02'),
			date('albi', ALBI, '2026-03-03')
		],
		distances: km.map(([a, b, k]) => ({ fromId: a.id, toId: b.id, km: k })),
		accommodation: { roomsPerNight: 6, extra: [] },
		meals: { perPersonPerDay: 2, type: 'vegetarian', extra: [] }
	});

	it('each leg carries who travels it; leavers go home, joiners come from home', () => {
		const r = computeTour(tour, MIXED_SET);
		const tgv = 0.00293;
		const travel = r.lines
			.filter((l) => l.category === 'travel')
			.map((l) => [l.legId, l.quantities.people, l.quantities.distanceKm]);
		expect(travel).toEqual([
			['leg:home>tls', 5, 80], // 4 artists + director
			['leg:tls>mtp', 5, 240], // same five
			['leg:mtp>home:leave', 1, 300], // the director goes home after Montpellier
			['leg:mtp>albi', 4, 200], // the artists go on
			['leg:home>albi:join', 1, 150], // the technician comes from home
			['leg:albi>home', 5, 150] // 4 artists + technician
		]);
		// person·km: 400 + 1200 + 300 + 800 + 150 + 750 = 3600 → 3600 × 0.00293 = 10.548 kgCO2e
		const kg = r.lines.filter((l) => l.category === 'travel').reduce((s, l) => s + l.kgCO2e, 0);
		expect(kg).toBeCloseTo(3600 * tgv, 10);
		expect(r.indicators.personKm).toBe(3600);
	});

	it('nights and meals follow each date’s team', () => {
		const r = computeTour(tour, MIXED_SET);
		// rooms: 6 for the whole team; 5 of 6 present → ceil(6 × 5/6) = 5 rooms each night (FR 6.7)
		expect(lines(r, 'accommodation')).toEqual([
			['accommodation:tls', 5, 5 * 6.7],
			['accommodation:mtp', 5, 5 * 6.7],
			['accommodation:albi', 5, 5 * 6.7]
		]);
		// meals: 5 people × 2 × 1 day = 10 at each date
		expect(lines(r, 'meal').map((l) => l[1])).toEqual([10, 10, 10]);
	});

	it('freight does not follow a leg only people make', () => {
		const r = computeTour(
			{
				...tour,
				freight: [
					{
						kind: 'vehicle',
						id: 'van',
						class: 'van',
						load: 'average',
						vehicles: 1,
						followTour: true,
						legs: [],
						emptyReturn: false
					}
				]
			},
			MIXED_SET
		);
		const freightLegs = r.lines.filter((l) => l.category === 'freight').map((l) => l.legId);
		expect(freightLegs).toEqual(['leg:home>tls', 'leg:tls>mtp', 'leg:mtp>albi', 'leg:albi>home']);
	});

	it('with every role present everywhere, nothing changes', () => {
		const all = { ...tour, team: tour.team.map(({ role, count }) => ({ role, count })) };
		const r = computeTour(all, MIXED_SET);
		expect(r.lines.filter((l) => l.category === 'travel').map((l) => l.quantities.people)).toEqual([
			6, 6, 6, 6
		]);
	});
});

describe('meal mixes', () => {
	const tour = (over: Partial<TourInput['meals']> = {}, second: Partial<TourDateInput> = {}) =>
		emptyTour(AUCH, {
			team: [{ role: 'artist', count: 10 }],
			dates: [
				date('tls', TOULOUSE, '2026-03-01', '2026-03-03'),
				date('mtp', MONTPELLIER, '2026-03-04', undefined, second)
			],
			meals: { perPersonPerDay: 2, type: 'average', extra: [], ...over }
		});

	it('a tour mix splits the count: half vegetarian, half beef', () => {
		const r = computeTour(
			tour({
				mix: [
					{ type: 'vegetarian', share: 0.5 },
					{ type: 'red_meat', share: 0.5 }
				]
			}),
			MIXED_SET
		);
		// Toulouse: 10 × 2 × 3 days = 60 meals → 30 vegetarian (25.5) + 30 beef (149.1)
		// Montpellier: 10 × 2 × 1 = 20 → 10 + 10
		expect(lines(r, 'meal')).toEqual([
			['meal:tls:vegetarian', 30, 30 * 0.85],
			['meal:tls:red_meat', 30, 30 * 4.97],
			['meal:mtp:vegetarian', 10, 10 * 0.85],
			['meal:mtp:red_meat', 10, 10 * 4.97]
		]);
	});

	it('a date’s own mix wins at that date; thirds typed as 33 % lose no meal', () => {
		const r = computeTour(
			tour(
				{ type: 'vegetarian' },
				{
					mealMix: [
						{ type: 'vegetarian', share: 0.33 },
						{ type: 'red_meat', share: 0.33 },
						{ type: 'vegan', share: 0.33 }
					]
				}
			),
			MIXED_SET.byActivity.has('meal.vegan')
				? MIXED_SET
				: {
						...MIXED_SET,
						byActivity: new Map([
							...MIXED_SET.byActivity,
							['meal.vegan', MIXED_SET.byActivity.get('meal.vegetarian')!]
						])
					}
		);
		const mtp = r.lines.filter((l) => l.dateId === 'mtp' && l.category === 'meal');
		// 20 meals, a third each: 20/3 per type, 20 in all
		expect(mtp.map((l) => l.mode)).toEqual(['vegetarian', 'red_meat', 'vegan']);
		expect(mtp.reduce((s, l) => s + l.quantity, 0)).toBeCloseTo(20, 10);
		expect(mtp[0].source).toBe('dates[1].mealMix');
		expect(r.lines.find((l) => l.id === 'meal:tls:vegetarian')?.quantity).toBe(60);
	});

	it('a mix whose shares do not sum to 1 is refused with its path', () => {
		expect(() =>
			computeTour(
				tour({
					mix: [
						{ type: 'vegetarian', share: 0.5 },
						{ type: 'red_meat', share: 0.2 }
					]
				}),
				MIXED_SET
			)
		).toThrow(/sum to 0.7/);
	});
});

describe('the way home', () => {
	it('the last leg takes the last date’s own way home, not the arriving leg’s mode', () => {
		const r = computeTour(
			emptyTour(AUCH, {
				team: [{ role: 'artist', count: 3 }],
				travel: [{ id: 'car', mode: 'car', vehicles: 1, occupants: 3 }],
				dates: [
					date('tls', TOULOUSE, '2026-03-01', '2026-03-01', {
						travelHome: [{ id: 'home-tgv', mode: 'rail.tgv', people: 3 }]
					})
				],
				distances: [{ fromId: AUCH.id, toId: TOULOUSE.id, km: 80 }]
			}),
			MIXED_SET
		);
		expect(r.lines.filter((l) => l.category === 'travel').map((l) => [l.legId, l.mode, l.source])).toEqual([
			['leg:home>tls', 'car.average', 'travel[0]'],
			['leg:tls>home', 'rail.tgv', 'dates[0].travelHome[0]']
		]);
	});
});

describe('a plan that does not carry the whole team', () => {
	it('a director added to 8 people in two cars leaves the cars’ 8 as they are', () => {
		// plan: 2 cars, 8 on board; team: 8 + a director at the first date only
		const r = computeTour(
			emptyTour(AUCH, {
				team: [
					{ role: 'team', count: 8 },
					{ role: 'director', count: 1, dates: ['tls'] }
				],
				travel: [{ id: 'cars', mode: 'car', vehicles: 2, occupants: 8 }],
				dates: [date('tls', TOULOUSE, '2026-03-01'), date('mtp', MONTPELLIER, '2026-03-02')],
				distances: [
					{ fromId: AUCH.id, toId: TOULOUSE.id, km: 80 },
					{ fromId: TOULOUSE.id, toId: MONTPELLIER.id, km: 240 },
					{ fromId: MONTPELLIER.id, toId: AUCH.id, km: 300 },
					{ fromId: TOULOUSE.id, toId: AUCH.id, km: 80 }
				]
			}),
			MIXED_SET
		);
		// P = 8 < N = 9: f = min(8, n) / 8 — 9 present → 8 carried (f = 1), the director leaving
		// alone → 1 of 8 (f = 1/8: one car, one on board), 8 continuing → 8
		expect(
			r.lines
				.filter((l) => l.category === 'travel')
				.map((l) => [l.legId, l.quantities.vehicles, l.quantities.occupants])
		).toEqual([
			['leg:home>tls', 2, 8],
			['leg:tls>home:leave', 1, 1],
			['leg:tls>mtp', 2, 8],
			['leg:mtp>home', 2, 8]
		]);
	});
});
