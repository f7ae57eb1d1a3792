/**
 * Helpers shared by the lever transformations: the outcome shape, dates in tour order, day
 * arithmetic, team size. Pure: no I/O, no Svelte.
 */
import { isVehicleMode } from '../engine/modes';
import type { TourFile, TravelGroup } from '../schemas/tour-file';

/** One thing a lever did, as an i18n key (experiments.changes.*) and its parameters. */
export interface Change {
	key: string;
	params: Record<string, string | number>;
}

export interface LeverOutcome {
	doc: TourFile;
	changes: Change[];
}

/** A parameter that parsed but does not fit this tour (unknown freight id, range upside down…). */
export class LeverError extends Error {
	constructor(
		readonly field: string,
		readonly key: string,
		readonly params: Record<string, string | number> = {}
	) {
		super(`${field}: ${key}`);
		this.name = 'LeverError';
	}
}

export type TourDate = TourFile['dates'][number];

/** A working copy whose dates all carry their id (the file's default is `d<position>`). */
export function workingCopy(doc: TourFile): TourFile {
	const out = structuredClone(doc);
	out.dates.forEach((d, i) => (d.id ??= `d${i + 1}`));
	return out;
}

export function dateId(d: TourDate): string {
	if (!d.id) throw new Error('date without id: call workingCopy() first');
	return d.id;
}

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function isoDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
	return isoDay(dayNumber(iso) + days);
}

/** Calendar days of a date, start and end included. */
export function spanDays(d: TourDate): number {
	return dayNumber(d.end ?? d.start) - dayNumber(d.start) + 1;
}

/** Dates in tour order: by start, ties in file order (the engine's rule, src/lib/engine/route.ts). */
export function inTourOrder(doc: TourFile): TourDate[] {
	return doc.dates
		.map((d, i) => ({ d, i, day: dayNumber(d.start) }))
		.sort((a, b) => a.day - b.day || a.i - b.i)
		.map((x) => x.d);
}

export function peopleIn(groups: TravelGroup[]): number {
	return groups.reduce((s, g) => s + (isVehicleMode(g.mode) ? (g.occupants ?? 0) : (g.people ?? 0)), 0);
}

/** Team size as the engine's meal rule counts it: the team list, else whoever the plan carries. */
export function teamSize(doc: TourFile): number {
	const team = doc.team.reduce((s, t) => s + t.count, 0);
	return team > 0 ? team : peopleIn(doc.travel);
}

export function round(n: number, digits = 0): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}

/** Every travel plan of a tour with where it is: the default plan, each date's own, each explicit leg's. */
export function travelPlans(
	doc: TourFile
): { where: string; groups: TravelGroup[]; set: (g: TravelGroup[]) => void }[] {
	const plans: { where: string; groups: TravelGroup[]; set: (g: TravelGroup[]) => void }[] = [
		{ where: '', groups: doc.travel, set: (g) => (doc.travel = g) }
	];
	for (const d of doc.dates)
		if (d.travel && d.travel.length > 0)
			plans.push({ where: d.venue.name, groups: d.travel, set: (g) => (d.travel = g) });
	// a date's own way home (the last leg, a way home across a gap) is a plan like the others
	for (const d of doc.dates)
		if (d.travelHome && d.travelHome.length > 0)
			plans.push({ where: d.venue.name, groups: d.travelHome, set: (g) => (d.travelHome = g) });
	for (const l of doc.legs) plans.push({ where: l.id, groups: l.travel, set: (g) => (l.travel = g) });
	return plans;
}
