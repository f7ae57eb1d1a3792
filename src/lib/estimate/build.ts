/**
 * The quick estimate as a tour file: the answers to about ten questions become the SAME document
 * the full editor writes (`empreinte-tour@1`), so the results page, the charts, the report and the
 * experiments all work on it, and the user then replaces defaults one by one. Pure: no I/O; the
 * places arrive resolved (gazetteer ids and names) from the server.
 *
 * Every input carries its quality: what the user answered is `estimated` (an administrator's
 * figure, not an invoice), what the tool filled in is `default`. The assumptions below are choices
 * of the tool a user can see and change in the editor; none is an emission factor (every kgCO2e
 * still comes from the factor set through the engine).
 *
 * - One date per town, in the order given. Performances are spread so that the share of one-off
 *   dates is the one answered: round(share × dates) dates have one performance, the others share
 *   the rest (one performance a day, so a date of k performances lasts k days).
 * - The calendar is a model: the first date (or 1 October of the season), then either the next day
 *   (« la tournée s'enchaîne »: the team never goes home) or a week later with the team going home
 *   in between (« retour à la base entre les dates »: home when the gap is 2 days or more).
 * - Vehicles: as many as the team needs at SEATS people each (driver included, luggage aboard).
 * - Nights: « every night away »: one room per person per day of each date; or a total of
 *   room-nights spread over the dates in proportion to their days.
 * - Audience: the total spread over the dates in proportion to their performances, with the
 *   documented archetype of the territory answered (urban when unknown, the most common case of
 *   the sector's venues, flagged default).
 */
import type { QuickEstimate, QuickMode, QuickSet } from '../schemas/quick-estimate';
import { TOUR_FORMAT, type TourFileInput } from '../schemas/tour-file';

/** People per vehicle of the team's own fleet, driver included (a choice of this tool). */
export const SEATS: Record<Exclude<QuickMode, 'train' | 'plane'>, number> = {
	car: 4,
	van: 9,
	minibus: 16
};

/** `car.average`: the editor's own name for « a car » (the same factor as `car`). */
const VEHICLE_MODE: Record<
	Exclude<QuickMode, 'train' | 'plane'>,
	'car.average' | 'van.passenger' | 'minibus'
> = {
	car: 'car.average',
	van: 'van.passenger',
	minibus: 'minibus'
};

/** The vehicle class of each set answer (src/lib/engine freight classes). */
export const SET_CLASS: Record<Exclude<QuickSet, 'none'>, 'van' | 'rigid_7_5t' | 'rigid_17t' | 'artic'> = {
	van: 'van',
	truck: 'rigid_7_5t',
	'large-truck': 'rigid_17t',
	semi: 'artic'
};

/** Lunch and dinner: the editor's own default for a day on tour. */
export const DEFAULT_MEALS_PER_DAY = 2;

/** Marks a tour written by the quick estimate (its results page invites to refine it). */
export const QUICK_ESTIMATE_NOTE = 'quick-estimate';

/** Days between two dates when the team goes home in between, and the return-home rule. */
const WEEK_GAP_DAYS = 7;
const RETURN_HOME_GAP_DAYS = 2;

function addDays(iso: string, days: number): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** Performances per date: `oneOff` dates of 1, the others sharing the rest as evenly as possible. */
export function spreadPerformances(dates: number, performances: number, oneOffPct: number): number[] {
	if (dates === 0) return [];
	const oneOff = Math.min(dates, Math.round((oneOffPct / 100) * dates));
	const runs = dates - oneOff;
	if (runs === 0) return Array.from({ length: dates }, () => 1);
	const rest = Math.max(runs, performances - oneOff);
	const base = Math.floor(rest / runs);
	const extra = rest % runs;
	// runs first in the order given, one-offs after: a tour often opens with its longer runs
	const out: number[] = [];
	for (let i = 0; i < runs; i++) out.push(base + (i < extra ? 1 : 0));
	for (let i = 0; i < oneOff; i++) out.push(1);
	return out;
}

/** Splits an integer total in proportion to weights (largest remainders), so the parts sum exactly. */
export function apportion(total: number, weights: number[]): number[] {
	const sum = weights.reduce((s, w) => s + w, 0);
	if (sum === 0 || weights.length === 0) return weights.map(() => 0);
	const raw = weights.map((w) => (total * w) / sum);
	const out = raw.map(Math.floor);
	let left = total - out.reduce((s, x) => s + x, 0);
	const order = raw
		.map((r, i) => ({ i, frac: r - Math.floor(r) }))
		.sort((a, b) => b.frac - a.frac || a.i - b.i);
	for (const { i } of order) {
		if (left <= 0) break;
		out[i] += 1;
		left -= 1;
	}
	return out;
}

export interface EstimatePlaces {
	homeName: string;
}

/**
 * The tour file of a quick estimate. `train` leaves the team in cars here: the server then applies
 * the « train » lever (rail chosen per leg by distance and border, src/lib/experiments) so that the
 * rail mode of each leg comes from the same rule as the experiments tab.
 */
export function buildEstimate(q: QuickEstimate, places: EstimatePlaces): TourFileInput {
	const firstYear = q.season.slice(0, 4);
	const first = q.firstDate ?? `${firstYear}-10-01`;
	const perfs = spreadPerformances(q.towns.length, q.performances, q.oneOffPct);
	const chain = q.returns === 'chain';

	let start = first;
	const schedule = perfs.map((p) => {
		const s = start;
		const end = addDays(s, p - 1);
		start = addDays(end, chain ? 1 : WEEK_GAP_DAYS);
		return { start: s, end, performances: p };
	});

	const days = schedule.map((d) => d.performances);
	const attendance = q.audience !== undefined ? apportion(q.audience, perfs) : null;
	const roomNights = q.nights === 'count' ? apportion(q.nightsCount ?? 0, days) : null;
	const territory = q.territory === 'unknown' ? 'urban' : q.territory;

	const dates: NonNullable<TourFileInput['dates']> = q.towns.map((town, i) => ({
		id: `d${i + 1}`,
		venue: { name: town.name, place: town.placeId },
		start: schedule[i].start,
		end: schedule[i].end,
		performances: schedule[i].performances,
		...(attendance ? { attendance: attendance[i] } : {}),
		audience: {
			archetype: { territory },
			quality: q.territory === 'unknown' ? ('default' as const) : ('estimated' as const)
		},
		...(roomNights ? { roomNights: roomNights[i], roomNightsQuality: 'estimated' as const } : {})
	}));

	const travel: NonNullable<TourFileInput['travel']> =
		q.mode === 'plane'
			? [{ id: 'team', mode: 'plane', people: q.team, quality: 'estimated' }]
			: [
					{
						id: 'team',
						mode: VEHICLE_MODE[q.mode === 'train' ? 'car' : q.mode],
						vehicles: Math.max(1, Math.ceil(q.team / SEATS[q.mode === 'train' ? 'car' : q.mode])),
						occupants: q.team,
						quality: 'estimated'
					}
				];

	const freight: NonNullable<TourFileInput['freight']> =
		q.set === 'none'
			? []
			: [
					{
						kind: 'vehicle',
						id: 'set',
						class: SET_CLASS[q.set],
						load: 'average',
						vehicles: 1,
						followTour: true,
						quality: 'estimated'
					}
				];

	return {
		format: TOUR_FORMAT,
		production: { title: q.title, season: q.season, notes: QUICK_ESTIMATE_NOTE },
		homeBase: { name: places.homeName, place: q.homePlaceId },
		route: { derive: true, returnHomeGapDays: chain ? null : RETURN_HOME_GAP_DAYS },
		team: [{ role: 'team', count: q.team }],
		travel,
		dates,
		freight,
		accommodation:
			q.nights === 'every'
				? { roomsPerNight: q.team, quality: 'default', extra: [] }
				: { quality: 'estimated', extra: [] },
		meals: {
			perPersonPerDay: q.mealsPerDay ?? DEFAULT_MEALS_PER_DAY,
			type: 'average',
			quality: q.mealsPerDay === undefined ? 'default' : 'estimated',
			extra: []
		},
		quality: { distances: 'default' }
	};
}
