/**
 * Route levers: longer runs (consecutive one-off dates at nearby venues gathered into one run) and
 * a new tour order (the dates' order and days, from the tour-order suggestion: ./tour-order.ts).
 */
import { greatCircleKm } from '../engine/distance';
import type { TourFile } from '../schemas/tour-file';
import type { LeverContext } from './context';
import type { LeverParams } from './params';
import {
	addDays,
	dateId,
	dayNumber,
	inTourOrder,
	LeverError,
	round,
	spanDays,
	workingCopy,
	type Change,
	type LeverOutcome,
	type TourDate
} from './shared';

type MealCount = NonNullable<TourDate['meals']>[number];

function attendanceOf(d: TourDate): number | undefined {
	if (d.attendance !== undefined) return d.attendance;
	return d.capacity !== undefined ? d.capacity * d.performances : undefined;
}

function sumMeals(lists: MealCount[][]): MealCount[] {
	const by = new Map<MealCount['type'], number>();
	for (const l of lists) for (const m of l) by.set(m.type, (by.get(m.type) ?? 0) + m.count);
	return [...by]
		.filter(([, n]) => n > 0)
		.map(([type, count]) => ({ type, count, quality: 'estimated' as const }));
}

/**
 * Longer runs: walking the dates in tour order, a date joins the run of the date before it when
 * both are one-off dates (unless `onlyOneOff` is off) and its venue is within `maxKm` (great-circle)
 * of the run's venue. The run stays at the first venue, with the performances, attendance and days
 * of all its dates (accommodation and meals follow the days; explicit figures are added up); its
 * audience figures are the first venue's: the spectators of the gathered dates are assumed to come
 * as that venue's do. A run never overlaps the next date: if it would, the date is not gathered.
 */
export function longerRuns(doc: TourFile, p: LeverParams['longer-runs'], ctx: LeverContext): LeverOutcome {
	const out = workingCopy(doc);
	const changes: Change[] = [];
	const place = new Map(ctx.dates.map((d) => [d.id, d.place]));
	const mealsOf = (id: string): MealCount[] =>
		ctx.meals.filter((m) => m.dateId === id).map((m) => ({ type: m.type, count: m.count }));
	const rooms = out.accommodation.roomsPerNight;
	const ordered = inTourOrder(out);
	const removed = new Map<string, string>();
	let anchor: TourDate | null = null;
	let anchorOneOff = false;
	for (let i = 0; i < ordered.length; i++) {
		const d = ordered[i];
		const next = ordered[i + 1];
		const a = anchor ? place.get(dateId(anchor)) : undefined;
		const b = place.get(dateId(d));
		const oneOff = d.performances === 1;
		const km = a && b ? greatCircleKm(a, b) : Infinity;
		const fits =
			anchor !== null &&
			(!p.onlyOneOff || (anchorOneOff && oneOff)) &&
			km <= p.maxKm &&
			b?.id !== ctx.home.id;
		if (anchor && fits) {
			const days = spanDays(anchor) + spanDays(d);
			const end = addDays(anchor.start, days - 1);
			if (!next || dayNumber(end) < dayNumber(next.start)) {
				const attendance = [attendanceOf(anchor), attendanceOf(d)];
				if (anchor.meals?.length || d.meals?.length)
					anchor.meals = sumMeals([mealsOf(dateId(anchor)), mealsOf(dateId(d))]);
				if (anchor.roomNights !== undefined || d.roomNights !== undefined) {
					const own = (x: TourDate) => x.roomNights ?? (rooms ?? 0) * spanDays(x);
					anchor.roomNights = own(anchor) + own(d);
				}
				anchor.performances += d.performances;
				anchor.end = end;
				if (attendance[0] !== undefined && attendance[1] !== undefined)
					anchor.attendance = attendance[0] + attendance[1];
				else delete anchor.attendance;
				removed.set(dateId(d), dateId(anchor));
				changes.push({
					key: 'experiments.changes.longerRun',
					params: {
						into: anchor.venue.name,
						from: d.venue.name,
						km: round(km),
						performances: anchor.performances
					}
				});
				continue;
			}
		}
		anchor = d;
		anchorOneOff = oneOff;
	}
	if (removed.size === 0) return { doc: out, changes };
	out.dates = out.dates.filter((d) => !removed.has(dateId(d)));
	const moved = (id: string | undefined) => (id !== undefined ? (removed.get(id) ?? id) : id);
	for (const l of out.legs) if (l.date) l.date = moved(l.date);
	for (const f of out.freight) for (const l of f.legs) if (l.date) l.date = moved(l.date);
	return { doc: out, changes };
}

/** A new order and new days for the dates (each keeps its length); the file lists them in that order. */
export function tourOrder(doc: TourFile, p: LeverParams['tour-order']): LeverOutcome {
	const out = workingCopy(doc);
	const byId = new Map(out.dates.map((d) => [dateId(d), d]));
	if (
		p.order.length !== byId.size ||
		new Set(p.order).size !== p.order.length ||
		p.order.some((id) => !byId.has(id))
	)
		throw new LeverError('order', 'experiments.errors.orderInvalid');
	const before = inTourOrder(out).map((d) => dateId(d));
	const changes: Change[] = [];
	for (const id of p.order) {
		const d = byId.get(id)!;
		const start = p.starts[id];
		if (start === undefined || !Number.isFinite(dayNumber(start)))
			throw new LeverError('starts', 'experiments.errors.dateInvalid', { id });
		if (start === d.start) continue;
		const length = spanDays(d);
		changes.push({
			key: 'experiments.changes.moved',
			params: { venue: d.venue.name, from: d.start, to: start }
		});
		d.start = start;
		if (d.end !== undefined) d.end = addDays(start, length - 1);
	}
	out.dates = p.order.map((id) => byId.get(id)!);
	const after = inTourOrder(out).map((d) => dateId(d));
	if (after.join() !== before.join())
		changes.unshift({
			key: 'experiments.changes.order',
			params: { order: after.map((id) => byId.get(id)!.venue.name).join(' → ') }
		});
	return { doc: out, changes };
}
