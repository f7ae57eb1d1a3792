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
 *        a leg going home from a date uses that date's `travelHome` plan if it has one (the last leg is
 *        edited like any other), else that date's plan (one leaves the way one came), else the tour's.
 * Presence: a role may be present at some dates only (`team[].dates`; absent = every date). When
 *        some role is, each derived leg carries its share of the team. A plan carrying P people (its
 *        passengers and occupants) for a team of N, on a leg n of them travel, is scaled by
 *        f = n / N when it carries the whole team (P ≥ N), else by f = min(P, n) / P (the plan covers
 *        P of them: a director added to a team of 8 in two cars does not shrink the cars' 8) —
 *        passengers round(people × f), vehicles ceil(vehicles × f) with round(occupants × f). Between
 *        two dates the leg carries the roles present at both; those leaving go home from the earlier
 *        date (`leave` leg), those joining come from home to the later one (`join` leg), so each
 *        person's own trips are counted once. With every role present everywhere nothing changes.
 * Gaps:  between two dates the team does not go home (no gap rule, or a gap shorter than it, and
 *        neither date at the home base), the nights and days in between are spent away: nights =
 *        days from one date's end to the next one's start − 1 (a date counts the night after each of
 *        its days), in the next date's country unless the user says otherwise (accommodation.ts,
 *        meals.ts count them for the next date's team).
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
	TeamRole,
	TourInput,
	TravelGroup
} from './types';

export type LegKind =
	'outbound' | 'between' | 'return' | 'home-return' | 'home-departure' | 'join' | 'leave' | 'explicit';

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
	/** a leg only people make (a role joining or leaving mid-tour): freight does not follow it */
	peopleOnly?: boolean;
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
	// loops, not `map`: V8's optimised `map` makes an array of another kind than its builtin does,
	// and every function reading the ordered dates (route, travel, stays, meals, audience) was then
	// thrown away and optimised again (« wrong map ») a few computations into a long tour's bench
	const keyed: { date: TourDateInput; index: number; day: number }[] = [];
	for (let index = 0; index < dates.length; index++) {
		const date = dates[index];
		keyed.push({ date, index, day: dayNumber(date.start, `dates[${index}].start`) });
	}
	keyed.sort((a, b) => a.day - b.day || a.index - b.index);
	const out: OrderedDate[] = [];
	for (const { date, index } of keyed) out.push({ date, index });
	return out;
}

export function isOneOff(d: TourDateInput): boolean {
	return d.performances === 1;
}

function samePlace(a: EnginePlace, b: EnginePlace): boolean {
	return a.id === b.id || (a.lat === b.lat && a.lon === b.lon);
}

/** Team members present at a date (roles without `dates` are present everywhere). */
export function teamAt(team: TeamRole[], dateId: string): number {
	let n = 0;
	for (const r of team) if (!r.dates || r.dates.includes(dateId)) n += r.count;
	return n;
}

/** Team members present at both dates. */
function teamAtBoth(team: TeamRole[], a: string, b: string): number {
	let n = 0;
	for (const r of team) if (!r.dates || (r.dates.includes(a) && r.dates.includes(b))) n += r.count;
	return n;
}

/** True when some role is present at some dates only. */
export function hasPartialPresence(team: TeamRole[]): boolean {
	return team.some((r) => r.dates !== undefined && r.count > 0);
}

/**
 * A plan made for the whole team (`total` people), carrying `n` of them (rule in the header).
 * Groups left with nobody are dropped.
 */
export function scalePlan(groups: TravelGroup[], n: number, total: number): TravelGroup[] {
	if (n === total || total <= 0) return groups;
	const carried = groups.reduce(
		(s, g) =>
			s +
			(g.vehicles !== undefined || g.occupants !== undefined
				? (g.occupants ?? g.vehicles ?? 1)
				: (g.people ?? 0)),
		0
	);
	if (carried <= 0) return groups;
	const f = carried >= total ? n / total : Math.min(carried, n) / carried;
	if (f === 1) return groups;
	const out: TravelGroup[] = [];
	for (const g of groups) {
		if (g.vehicles !== undefined || g.occupants !== undefined) {
			const occupants = Math.round((g.occupants ?? g.vehicles ?? 1) * f);
			if (occupants === 0) continue;
			const vehicles = Math.max(1, Math.ceil((g.vehicles ?? 1) * f - 1e-9));
			out.push({ ...g, vehicles, occupants });
		} else {
			const people = Math.round((g.people ?? 0) * f);
			if (people === 0) continue;
			out.push({ ...g, people });
		}
	}
	return out;
}

export interface StayGap {
	/** the date after the gap (its id keys the gap) */
	next: OrderedDate;
	prev: OrderedDate;
	/** nights between the two dates, spent away from home (0 when the team goes home) */
	nights: number;
	/** the team goes home during the gap */
	home: boolean;
}

/** Gaps between consecutive dates: who stays away, how many nights (rule in the header). */
export function stayGaps(input: TourInput, ordered: OrderedDate[]): StayGap[] {
	const out: StayGap[] = [];
	const home = input.homeBase;
	const gapRule = input.route.returnHomeGapDays;
	for (let i = 1; i < ordered.length; i++) {
		const prev = ordered[i - 1];
		const next = ordered[i];
		const gap =
			dayNumber(next.date.start, `dates[${next.index}].start`) -
			dayNumber(prev.date.end, `dates[${prev.index}].end`);
		const goesHome = gapRule !== null && gap >= gapRule && !samePlace(prev.date.place, home);
		const atHome = samePlace(prev.date.place, home) || samePlace(next.date.place, home);
		out.push({ prev, next, home: goesHome || atHome, nights: goesHome || atHome ? 0 : Math.max(0, gap - 1) });
	}
	return out;
}

export function deriveRoute(input: TourInput, ordered: OrderedDate[] = orderDates(input.dates)): RouteLeg[] {
	const legs: RouteLeg[] = [];
	if (input.route.derive && ordered.length > 0) {
		const home = input.homeBase;
		const gapRule = input.route.returnHomeGapDays;
		const partial = hasPartialPresence(input.team);
		const total = input.team.reduce((s, r) => s + r.count, 0);
		const plan = (o: OrderedDate | null): { groups: TravelGroup[]; source: string } =>
			o && o.date.travel && o.date.travel.length > 0
				? { groups: o.date.travel, source: `dates[${o.index}].travel` }
				: { groups: input.travel, source: 'travel' };
		const homePlan = (o: OrderedDate): { groups: TravelGroup[]; source: string } =>
			o.date.travelHome && o.date.travelHome.length > 0
				? { groups: o.date.travelHome, source: `dates[${o.index}].travelHome` }
				: plan(o);
		const push = (
			kind: LegKind,
			from: EnginePlace,
			fromKey: string,
			to: EnginePlace,
			toKey: string,
			dateId: string,
			p: ReturnType<typeof plan>,
			people: number = total
		) => {
			if (samePlace(from, to)) return;
			if (partial && people <= 0) return;
			const suffix = kind === 'join' ? ':join' : kind === 'leave' ? ':leave' : '';
			legs.push({
				id: `leg:${fromKey}>${toKey}${suffix}`,
				kind,
				from,
				to,
				dateId,
				groups: partial ? scalePlan(p.groups, people, total) : p.groups,
				source: p.source,
				...(kind === 'join' || kind === 'leave' ? { peopleOnly: true } : {})
			});
		};
		const at = (o: OrderedDate) => teamAt(input.team, o.date.id);
		let prev: OrderedDate | null = null;
		for (const o of ordered) {
			const d = o.date;
			if (!prev) {
				push('outbound', home, 'home', d.place, d.id, d.id, plan(o), at(o));
			} else {
				const p = prev.date;
				const gap =
					dayNumber(d.start, `dates[${o.index}].start`) - dayNumber(p.end, `dates[${prev.index}].end`);
				if (gapRule !== null && gap >= gapRule && !samePlace(p.place, home)) {
					push('home-return', p.place, p.id, home, 'home', p.id, homePlan(prev), at(prev));
					push('home-departure', home, 'home', d.place, d.id, d.id, plan(o), at(o));
				} else if (!partial) {
					push('between', p.place, p.id, d.place, d.id, d.id, plan(o));
				} else {
					const both = teamAtBoth(input.team, p.id, d.id);
					push('leave', p.place, p.id, home, 'home', p.id, homePlan(prev), at(prev) - both);
					push('between', p.place, p.id, d.place, d.id, d.id, plan(o), both);
					push('join', home, 'home', d.place, d.id, d.id, plan(o), at(o) - both);
				}
			}
			prev = o;
		}
		if (prev)
			push('return', prev.date.place, prev.date.id, home, 'home', prev.date.id, homePlan(prev), at(prev));
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
