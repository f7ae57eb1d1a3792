/**
 * From a tour to a tour-order problem and back: date windows from a flexibility (± days around
 * each draft date, or a window per date), the suggestion as the parameters of the `tour-order`
 * lever, and the figures the page shows (km before and after, returns home).
 */
import { z } from 'zod';
import type { TourFile } from '../schemas/tour-file';
import type { LeverContext } from './context';
import type { LeverParams } from './params';
import { dayNumber, inTourOrder, isoDay, spanDays, workingCopy } from './shared';
import { distanceMatrix, evaluate, suggestOrder, type OrderProblem, type Schedule } from './tour-order';

const E = 'experiments.errors';
const toInt = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : Number(v));
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${E}.dateInvalid` });

export const OrderOptions = z.object({
	/** each date may move this many days either way, unless it has its own window */
	flexDays: z.preprocess(
		toInt,
		z
			.number({ error: `${E}.flexInvalid` })
			.int({ error: `${E}.flexInvalid` })
			.min(0, { error: `${E}.flexInvalid` })
			.max(366, { error: `${E}.flexInvalid` })
			.default(14)
	),
	/** days between two dates at least (blank: 1, or 0 when the draft already has same-day moves) */
	minGapDays: z.preprocess(
		toInt,
		z
			.number({ error: `${E}.gapInvalid` })
			.int({ error: `${E}.gapInvalid` })
			.min(0, { error: `${E}.gapInvalid` })
			.max(60, { error: `${E}.gapInvalid` })
			.optional()
	),
	/** per date: first and last possible first day */
	windows: z
		.record(z.string(), z.object({ earliest: IsoDay.optional(), latest: IsoDay.optional() }))
		.default({})
});
export type OrderOptions = z.infer<typeof OrderOptions>;

export interface OrderSuggestion {
	params: LeverParams['tour-order'];
	/** km of the draft's own order and days, and of the suggestion (same model) */
	before: { km: number; homeReturns: number; lateDays: number };
	after: { km: number; homeReturns: number; lateDays: number };
	/** dates in the suggested order, with their windows and old and new first days */
	rows: { id: string; venue: string; from: string; to: string; earliest: string; latest: string }[];
	minGapDays: number;
	changed: boolean;
	/** milliseconds the search took */
	ms: number;
}

/** The shortest gap between consecutive dates of the draft (1 when there is none). */
export function draftMinGap(doc: TourFile): number {
	const o = inTourOrder(doc);
	let min = Infinity;
	for (let i = 1; i < o.length; i++)
		min = Math.min(min, dayNumber(o[i].start) - dayNumber(o[i - 1].end ?? o[i - 1].start));
	return Number.isFinite(min) ? Math.max(0, min) : 1;
}

export function orderProblem(
	doc: TourFile,
	ctx: LeverContext,
	opts: OrderOptions
): { problem: OrderProblem; ids: string[]; current: number[] } {
	const work = workingCopy(doc);
	const ordered = inTourOrder(work);
	const ids = ordered.map((d) => d.id as string);
	const place = new Map(ctx.dates.map((d) => [d.id, d.place]));
	const problem: OrderProblem = {
		home: ctx.home,
		returnHomeGapDays: work.route.returnHomeGapDays,
		minGapDays: opts.minGapDays ?? Math.min(1, draftMinGap(work)),
		stops: ordered.map((d) => {
			const p = place.get(d.id as string) ?? ctx.home;
			const w = opts.windows[d.id as string] ?? {};
			const day = dayNumber(d.start);
			const earliest = w.earliest ? dayNumber(w.earliest) : day - opts.flexDays;
			const latest = w.latest ? dayNumber(w.latest) : day + opts.flexDays;
			return {
				id: d.id as string,
				lat: p.lat,
				lon: p.lon,
				days: spanDays(d),
				earliest,
				latest: Math.max(earliest, latest),
				preferred: day
			};
		})
	};
	return { problem, ids, current: ids.map((_, i) => i) };
}

/** The draft as it is (its own days), under the same cost model, for the "before" figures. */
function draftSchedule(problem: OrderProblem, doc: TourFile): Schedule {
	const days = inTourOrder(workingCopy(doc)).map((d) => dayNumber(d.start));
	// windows of one day each and no minimum gap: evaluate() keeps the draft's days as they are
	const fixed: OrderProblem = {
		...problem,
		minGapDays: -100_000,
		stops: problem.stops.map((s, i) => ({ ...s, earliest: days[i], latest: days[i] }))
	};
	const f = evaluate(
		fixed,
		distanceMatrix(fixed),
		problem.stops.map((_, i) => i)
	);
	const outside = problem.stops.reduce(
		(n, s, i) => n + Math.max(0, s.earliest - days[i], days[i] - s.latest),
		0
	);
	return { ...f, lateDays: outside };
}

export function suggestTourOrder(doc: TourFile, ctx: LeverContext, opts: OrderOptions): OrderSuggestion {
	const t0 = performance.now();
	const { problem, ids, current } = orderProblem(doc, ctx, opts);
	const found = suggestOrder(problem, current);
	const ms = performance.now() - t0;
	const before = draftSchedule(problem, doc);
	// keep the draft unless the suggestion is really better (fewer days outside windows, or shorter)
	const gain =
		found.lateDays < before.lateDays || (found.lateDays === before.lateDays && found.km < before.km - 0.5);
	const best = gain ? found : before;
	const work = workingCopy(doc);
	const byId = new Map(work.dates.map((d) => [d.id as string, d]));
	const starts: Record<string, string> = {};
	best.order.forEach((i) => (starts[ids[i]] = isoDay(best.starts[i])));
	const rows = best.order.map((i) => {
		const d = byId.get(ids[i])!;
		const s = problem.stops[i];
		return {
			id: ids[i],
			venue: d.venue.name,
			from: d.start,
			to: starts[ids[i]],
			earliest: isoDay(s.earliest),
			latest: isoDay(s.latest)
		};
	});
	return {
		params: { order: best.order.map((i) => ids[i]), starts },
		before: { km: before.km, homeReturns: before.homeReturns, lateDays: before.lateDays },
		after: { km: best.km, homeReturns: best.homeReturns, lateDays: best.lateDays },
		rows,
		minGapDays: problem.minGapDays,
		changed: gain && rows.some((r, k) => r.from !== r.to || r.id !== ids[k]),
		ms
	};
}
