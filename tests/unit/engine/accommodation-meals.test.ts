/**
 * Accommodation (room-nights × hotel factor by country, default country flagged) and meals
 * (count × factor by type). Values: DESNZ 2025 hotel stays, Nos Gestes Climat hotel night,
 * impactCO2 meals (helpers.ts).
 */
import { describe, expect, it } from 'vitest';
import { computeTour, type TourDateInput } from '../../../src/lib/engine';
import { emptyTour, MIXED_SET } from './helpers';
import { AUCH, BERLIN, TOULOUSE, VIENNA } from './places';

function date(
	id: string,
	place: typeof AUCH,
	start: string,
	end: string,
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
const noTravel = { route: { derive: false, returnHomeGapDays: null }, legs: [] };

describe('accommodation', () => {
	it('rooms per night × days of each date × factor of the venue’s country', () => {
		const tour = emptyTour(AUCH, {
			...noTravel,
			dates: [
				date('tls', TOULOUSE, '2026-09-25', '2026-09-27'),
				date('ber', BERLIN, '2026-10-01', '2026-10-01')
			],
			accommodation: { roomsPerNight: 5, extra: [] }
		});
		// nights: 3 in Toulouse (FR), 1 in Berlin (DE); rooms 5
		// the team does not go home between 27 Sept and 1 Oct: nights of 28, 29, 30 Sept = 3, counted
		// in the next date's country (DE)
		// DESNZ 2025: France 6.7, Germany 13.2 kgCO2e per room per night
		const r = computeTour({ ...tour, route: { derive: true, returnHomeGapDays: null } }, MIXED_SET);
		const acc = r.lines.filter((l) => l.category === 'accommodation');
		expect(acc.map((l) => [l.id, l.quantities.roomNights, l.kgCO2e])).toEqual([
			['accommodation:tls', 15, 6.7 * 15],
			['accommodation:ber', 5, 13.2 * 5],
			['accommodation:gap:ber', 15, 13.2 * 15]
		]);
		expect(acc[0].kgCO2e).toBeCloseTo(100.5, 12);
		expect(acc[0].factor.sourceId).toBe('29_600_4016_13_1');
	});
	it('a country without factor uses hotel.default, flagged and counted as a default', () => {
		const tour = emptyTour(AUCH, {
			dates: [
				date('vie', VIENNA, '2026-10-01', '2026-10-02', { roomNights: 8, roomNightsQuality: 'measured' })
			]
		});
		const r = computeTour(tour, {
			...MIXED_SET,
			byActivity: new Map(
				[...MIXED_SET.byActivity].filter(([k]) => !k.startsWith('car') && !k.startsWith('van'))
			)
		});
		const [line] = r.lines.filter((l) => l.category === 'accommodation');
		// Nos Gestes Climat 6.93 kgCO2e per night × 8
		expect(line).toMatchObject({ kgCO2e: 6.93 * 8, isDefault: true, quality: 'measured', mode: 'AT' });
		expect(line.flags).toContain('accommodation.default_country');
		expect(r.warnings).toContainEqual(
			expect.objectContaining({ code: 'accommodation.default_country', params: { country: 'AT' } })
		);
	});
	it('no night at the home base; extra room-nights are counted apart', () => {
		const tour = emptyTour(TOULOUSE, {
			dates: [date('tls', TOULOUSE, '2026-09-25', '2026-09-27')],
			accommodation: { roomsPerNight: 5, extra: [{ id: 'residency', country: 'FR', roomNights: 12 }] }
		});
		const r = computeTour(tour, MIXED_SET);
		expect(r.lines.map((l) => [l.id, l.kgCO2e])).toEqual([['accommodation:extra:residency', 6.7 * 12]]);
	});
});

describe('meals', () => {
	it('team size × meals per person per day × days, of the tour’s type; a date’s own counts win', () => {
		const tour = emptyTour(AUCH, {
			...noTravel,
			team: [
				{ role: 'artist', count: 6 },
				{ role: 'technician', count: 2 }
			],
			dates: [
				date('tls', TOULOUSE, '2026-09-25', '2026-09-27'),
				date('ber', BERLIN, '2026-10-01', '2026-10-01', {
					meals: [
						{ type: 'red_meat', count: 4 },
						{ type: 'vegetarian', count: 12 }
					]
				})
			],
			meals: {
				perPersonPerDay: 2,
				type: 'vegetarian',
				extra: [{ id: 'premiere', type: 'red_meat', count: 10 }]
			}
		});
		const r = computeTour(tour, MIXED_SET);
		// impactCO2 (Agribalyse 3.2): vegetarian 0.85, beef 4.97 kgCO2e per meal
		// the 3 days between the dates (28–30 Sept): 8 people × 2 meals × 3 days = 48
		expect(r.lines.map((l) => [l.id, l.quantities.meals, l.kgCO2e])).toEqual([
			['meal:tls:vegetarian', 48, 0.85 * 48],
			['meal:ber:red_meat:1', 4, 4.97 * 4],
			['meal:ber:vegetarian:2', 12, 0.85 * 12],
			['meal:gap:ber:vegetarian', 48, 0.85 * 48],
			['meal:extra:premiere', 10, 4.97 * 10]
		]);
		expect(r.byCategory).toEqual([
			{ key: 'meal', scope: 'company', kgCO2e: 0.85 * 48 + 4.97 * 4 + 0.85 * 12 + 0.85 * 48 + 4.97 * 10 }
		]);
	});
});
