/**
 * The tour as a route.
 *
 * Rule:  dates are ordered by start (ties keep input order); legs go home base → first venue → … →
 *        last venue → home base. Between two dates, when `returnHomeGapDays` is set and the gap
 *        (days from one date's end to the next one's start) is ≥ that many days, the team goes home
 *        and leaves again: two legs (`home-return`, `home-departure`) instead of one (`between`).
 *        A leg between two identical places (two dates at the same venue, a date at the home base)
 *        is not a leg.
 * Travel: the leg arriving at a date uses that date's `travel` plan if it has one, else the tour's;
 *        a leg going home from a date uses that date's plan (one leaves the way one came), else the tour's.
 * One-off date: a date with exactly one performance (a known driver of emissions per performance).
 * Units: days (UTC calendar days between ISO dates).
 * Source: product brief ("The tour as a route"); the gap rule is the user's, no default is imposed.
 */
import { invalidInput } from './errors';
import type {
	EnginePlace,
	ExplicitLegInput,
	QualityTag,
	TourDateInput,
	TourInput,
	TravelGroup
} from './types';

export type LegKind = 'outbound' | 'between' | 'return' | 'home-return' | 'home-departure' | 'explicit';

export interface RouteLeg {
	id: string;
	kind: LegKind;
	from: EnginePlace;
	to: EnginePlace;
	/** the date this leg is counted under in "by date" (arriving date; for a way home, the date left) */
	dateId: string | null;
	groups: TravelGroup[];
	/** JSON path of what defined the leg's travel plan */
	source: string;
	distanceKm?: number;
	quality?: QualityTag;
}

const DAY_MS = 86_400_000;

/** Parsed ISO dates (a pure function of the string: memoised, a tour re-reads each date a few times). */
const DAYS = new Map<string, number>();

export function dayNumber(iso: string, path: string): number {
	const known = DAYS.get(iso);
	if (known !== undefined) return known;
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
	if (!m || Number.isNaN(t) || new Date(t).getUTCDate() !== Number(m[3])) {
		throw invalidInput(`Invalid date "${iso}" (expected YYYY-MM-DD)`, path, { value: iso });
	}
	const day = Math.round(t / DAY_MS);
	if (DAYS.size > 100_000) DAYS.clear();
	DAYS.set(iso, day);
	return day;
}

/** Calendar days a date spans, start and end included (a one-day date = 1). */
export function dateSpanDays(d: TourDateInput, path: string): number {
	const s = dayNumber(d.start, `${path}.start`);
	const e = dayNumber(d.end, `${path}.end`);
	if (e < s) throw invalidInput(`Date "${d.id}" ends before it starts`, `${path}.end`, { id: d.id });
	return e - s + 1;
}

export interface OrderedDate {
	date: TourDateInput;
	/** index in the input array, for JSON paths */
	index: number;
}

export function orderDates(dates: TourDateInput[]): OrderedDate[] {
	return dates
		.map((date, index) => ({ date, index, day: dayNumber(date.start, `dates[${index}].start`) }))
		.sort((a, b) => a.day - b.day || a.index - b.index)
		.map(({ date, index }) => ({ date, index }));
}

export function isOneOff(d: TourDateInput): boolean {
	return d.performances === 1;
}

function samePlace(a: EnginePlace, b: EnginePlace): boolean {
	return a.id === b.id || (a.lat === b.lat && a.lon === b.lon);
}

export function deriveRoute(input: TourInput, ordered: OrderedDate[] = orderDates(input.dates)): RouteLeg[] {
	const legs: RouteLeg[] = [];
	if (input.route.derive && ordered.length > 0) {
		const home = input.homeBase;
		const gapRule = input.route.returnHomeGapDays;
		const plan = (o: OrderedDate | null): { groups: TravelGroup[]; source: string } =>
			o && o.date.travel && o.date.travel.length > 0
				? { groups: o.date.travel, source: `dates[${o.index}].travel` }
				: { groups: input.travel, source: 'travel' };
		const push = (
			kind: LegKind,
			from: EnginePlace,
			fromKey: string,
			to: EnginePlace,
			toKey: string,
			dateId: string,
			p: ReturnType<typeof plan>
		) => {
			if (samePlace(from, to)) return;
			legs.push({
				id: `leg:${fromKey}>${toKey}`,
				kind,
				from,
				to,
				dateId,
				groups: p.groups,
				source: p.source
			});
		};
		let prev: OrderedDate | null = null;
		for (const o of ordered) {
			const d = o.date;
			if (!prev) {
				push('outbound', home, 'home', d.place, d.id, d.id, plan(o));
			} else {
				const p = prev.date;
				const gap =
					dayNumber(d.start, `dates[${o.index}].start`) - dayNumber(p.end, `dates[${prev.index}].end`);
				if (gapRule !== null && gap >= gapRule && !samePlace(p.place, home)) {
					push('home-return', p.place, p.id, home, 'home', p.id, plan(prev));
					push('home-departure', home, 'home', d.place, d.id, d.id, plan(o));
				} else {
					push('between', p.place, p.id, d.place, d.id, d.id, plan(o));
				}
			}
			prev = o;
		}
		if (prev) push('return', prev.date.place, prev.date.id, home, 'home', prev.date.id, plan(prev));
	}
	input.legs.forEach((l: ExplicitLegInput, i) => {
		legs.push({
			id: `leg:${l.id}`,
			kind: 'explicit',
			from: l.from,
			to: l.to,
			dateId: l.dateId ?? null,
			groups: l.groups,
			source: `legs[${i}]`,
			distanceKm: l.distanceKm,
			quality: l.quality
		});
	});
	const seen = new Set<string>();
	for (const l of legs) {
		if (seen.has(l.id)) throw invalidInput(`Two legs share the id "${l.id}"`, null, { id: l.id });
		seen.add(l.id);
	}
	return legs;
}
