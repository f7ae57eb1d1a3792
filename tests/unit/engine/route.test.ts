/** The tour as a route: legs from ordered dates, going home across long gaps, one-off dates. */
import { describe, expect, it } from 'vitest';
import { computeTour, deriveRoute, EngineError, type TourDateInput } from '../../../src/lib/engine';
import { emptyTour, IMPACTCO2_SET } from './helpers';
import { ALBI, AUCH, MONTPELLIER, TOULOUSE } from './places';

function date(id: string, place: typeof AUCH, start: string, end = start, performances = 1): TourDateInput {
	return {
		id,
		venueName: place.name,
		place,
		start,
		end,
		performances,
		attendance: null,
		capacity: null,
		audience: null
	};
}

const DATES = [
	date('mtp', MONTPELLIER, '2026-10-30', '2026-11-01', 3),
	date('tls', TOULOUSE, '2026-09-25', '2026-09-27', 4),
	date('albi', ALBI, '2026-10-03'),
	date('albi2', ALBI, '2026-10-04')
];

describe('deriveRoute', () => {
	it('orders dates by start and goes home → venues → home; two dates at one venue make no leg', () => {
		const legs = deriveRoute(emptyTour(AUCH, { dates: DATES }));
		expect(legs.map((l) => [l.id, l.kind, l.dateId])).toEqual([
			['leg:home>tls', 'outbound', 'tls'],
			['leg:tls>albi', 'between', 'albi'],
			['leg:albi2>mtp', 'between', 'mtp'],
			['leg:mtp>home', 'return', 'mtp']
		]);
	});
	it('goes home across a gap of at least N days', () => {
		const legs = deriveRoute(
			emptyTour(AUCH, { dates: DATES, route: { derive: true, returnHomeGapDays: 7 } })
		);
		// tls ends 09-27, albi starts 10-03: gap 6 < 7; albi2 ends 10-04, mtp starts 10-30: gap 26 ≥ 7
		expect(legs.map((l) => l.id)).toEqual([
			'leg:home>tls',
			'leg:tls>albi',
			'leg:albi2>home',
			'leg:home>mtp',
			'leg:mtp>home'
		]);
		expect(legs.map((l) => l.kind)).toEqual([
			'outbound',
			'between',
			'home-return',
			'home-departure',
			'return'
		]);
	});
	it('uses a date’s own travel plan to reach it and to leave it for home', () => {
		const plan = [{ id: 'train', mode: 'rail.ter' as const, people: 4 }];
		const dates = [
			date('tls', TOULOUSE, '2026-09-25'),
			{ ...date('mtp', MONTPELLIER, '2026-09-27'), travel: plan }
		];
		const legs = deriveRoute(
			emptyTour(AUCH, { dates, travel: [{ id: 'van', mode: 'van.passenger', vehicles: 1, occupants: 4 }] })
		);
		expect(legs.map((l) => [l.id, l.groups[0].id, l.source])).toEqual([
			['leg:home>tls', 'van', 'travel'],
			['leg:tls>mtp', 'train', 'dates[1].travel'],
			['leg:mtp>home', 'train', 'dates[1].travel']
		]);
	});
	it('appends explicit legs, and only them when derivation is off', () => {
		const extra = {
			id: 'scout',
			from: AUCH,
			to: ALBI,
			groups: [{ id: 'c', mode: 'car' as const, vehicles: 1, occupants: 1 }]
		};
		expect(deriveRoute(emptyTour(AUCH, { dates: DATES, legs: [extra] })).at(-1)?.id).toBe('leg:scout');
		expect(
			deriveRoute(
				emptyTour(AUCH, { dates: DATES, legs: [extra], route: { derive: false, returnHomeGapDays: null } })
			).map((l) => l.id)
		).toEqual(['leg:scout']);
	});
});

describe('dates in results', () => {
	it('flags one-off dates and counts their share', () => {
		const r = computeTour(
			emptyTour(AUCH, { dates: DATES, travel: [{ id: 'c', mode: 'car', vehicles: 1, occupants: 2 }] }),
			IMPACTCO2_SET
		);
		expect(r.byDate.map((d) => [d.id, d.oneOff])).toEqual([
			['tls', false],
			['albi', true],
			['albi2', true],
			['mtp', false]
		]);
		expect(r.indicators.oneOffDates).toBe(2);
		expect(r.indicators.oneOffShare).toBe(0.5);
	});
	it('rejects invalid dates with their JSON path', () => {
		const bad = [date('a', TOULOUSE, '2026-02-30')];
		try {
			computeTour(emptyTour(AUCH, { dates: bad }), IMPACTCO2_SET);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(EngineError);
			expect((e as EngineError).code).toBe('engine.invalid_input');
			expect((e as EngineError).path).toBe('dates[0].start');
		}
		expect(() =>
			computeTour(emptyTour(AUCH, { dates: [date('home', TOULOUSE, '2026-01-01')] }), IMPACTCO2_SET)
		).toThrow(expect.objectContaining({ path: 'dates[0].id' }));
		expect(() =>
			computeTour(
				emptyTour(AUCH, { dates: [date('x', TOULOUSE, '2026-01-05', '2026-01-01')] }),
				IMPACTCO2_SET
			)
		).toThrow(expect.objectContaining({ path: 'dates[0].end' }));
	});
});
