/**
 * Audience and catering levers: carpooling or shuttles for spectators, vegetarian meals.
 *
 * Both start from the figures the baseline's computation actually used (the context: modal shares
 * and occupancy from the date's own data or its archetype's defaults, meal counts from the date's
 * own data or the per-day rule) and write the changed figures into the dates explicitly.
 */
import type { AudienceMode, MealType } from '../engine/types';
import type { TourFile } from '../schemas/tour-file';
import type { ContextAudienceBin, LeverContext } from './context';
import type { LeverParams } from './params';
import { LeverError, round, workingCopy, type Change, type LeverOutcome } from './shared';

/**
 * Carpool: `points` % of the attendance, taken from the car share, come in cars carrying
 * `carpoolOccupancy` spectators instead of the date's occupancy o. Cars per spectator go from
 * s/o to (s − P)/o + P/c, which the file expresses as one occupancy o' = s ÷ ((s − P)/o + P/c).
 * Shuttle: those spectators come by coach over the car's mean round trip; the date's audience is
 * written as a distribution (bins) with the car bins scaled down and a coach bin added.
 */
export function audienceCarpool(
	doc: TourFile,
	p: LeverParams['audience-carpool'],
	ctx: LeverContext
): LeverOutcome {
	const out = workingCopy(doc);
	const changes: Change[] = [];
	const known = new Set(ctx.dates.map((d) => d.id));
	p.dates.forEach((id) => {
		if (!known.has(id)) throw new LeverError('dates', 'experiments.errors.dateInvalid', { id });
	});
	const targets = ctx.dates.filter((d) =>
		p.dates.length > 0 ? p.dates.includes(d.id) : p.territory === 'all' || d.territory === p.territory
	);
	for (const t of targets) {
		const date = out.dates.find((d) => d.id === t.id);
		const bins = ctx.audience.filter((b) => b.dateId === t.id);
		const cars = bins.filter((b) => b.mode === 'car');
		const s = cars.reduce((x, b) => x + b.share, 0);
		if (!date?.audience || s <= 0) continue;
		const P = Math.min(p.points / 100, s);
		if (P <= 0) continue;
		const o = cars[0].occupancy ?? 1;
		if (p.mode === 'carpool') {
			const c = p.carpoolOccupancy;
			if (c <= o) continue;
			const next = round(s / ((s - P) / o + P / c), 3);
			date.audience.carOccupancy = next;
			changes.push({
				key: 'experiments.changes.carpool',
				params: { venue: t.venueName, points: round(P * 100, 1), from: round(o, 2), to: next }
			});
		} else {
			const km = cars.reduce((x, b) => x + b.share * b.roundTripKm, 0) / s;
			const scale = (s - P) / s;
			const distribution: { mode: AudienceMode; share: number; roundTripKm: number }[] = bins
				.map((b: ContextAudienceBin) => ({
					mode: b.mode,
					share: round(b.mode === 'car' ? b.share * scale : b.share, 6),
					roundTripKm: b.roundTripKm
				}))
				.filter((b) => b.share > 0);
			distribution.push({ mode: 'coach', share: round(P, 6), roundTripKm: round(km, 1) });
			date.audience = {
				...date.audience,
				distribution,
				carOccupancy: date.audience.carOccupancy ?? cars[0].occupancy ?? undefined
			};
			changes.push({
				key: 'experiments.changes.shuttle',
				params: { venue: t.venueName, points: round(P * 100, 1), km: round(km) }
			});
		}
	}
	return { doc: out, changes };
}

const GREEN = new Set<MealType>(['vegan', 'vegetarian']);
/** Which meals give way first: meat, then the average meal, then fish. */
const GIVE_WAY: MealType[] = ['red_meat', 'white_meat', 'average', 'fish'];

function rebalance(
	counts: Map<MealType, number>,
	share: number,
	type: 'vegetarian' | 'vegan'
): { counts: Map<MealType, number>; moved: number } {
	const total = [...counts.values()].reduce((s, n) => s + n, 0);
	const green = [...counts].filter(([t]) => GREEN.has(t)).reduce((s, [, n]) => s + n, 0);
	let need = Math.round(share * total - green);
	if (need <= 0) return { counts, moved: 0 };
	const next = new Map(counts);
	let moved = 0;
	for (const t of GIVE_WAY) {
		const has = next.get(t) ?? 0;
		const take = Math.min(has, need);
		if (take <= 0) continue;
		next.set(t, has - take);
		need -= take;
		moved += take;
	}
	next.set(type, (next.get(type) ?? 0) + moved);
	return { counts: next, moved };
}

function toList(counts: Map<MealType, number>) {
	return [...counts]
		.filter(([, n]) => n > 0)
		.map(([type, count]) => ({ type, count, quality: 'estimated' as const }));
}

/** At least `share` % of the team's meals vegetarian (or vegan), at every date and in the extra meals. */
export function vegetarian(doc: TourFile, p: LeverParams['vegetarian'], ctx: LeverContext): LeverOutcome {
	const out = workingCopy(doc);
	let moved = 0;
	let dates = 0;
	for (const d of out.dates) {
		// the date's own days, and the days between the previous date and this one, each kept in its
		// own field: the gap's meals must not end up counted at the date as well
		let changed = false;
		for (const gap of [false, true]) {
			const counts = new Map<MealType, number>();
			for (const m of ctx.meals)
				if (m.dateId === d.id && !!m.gap === gap) counts.set(m.type, (counts.get(m.type) ?? 0) + m.count);
			const r = rebalance(counts, p.share / 100, p.type);
			if (r.moved === 0) continue;
			if (gap) d.gapMeals = toList(r.counts);
			else d.meals = toList(r.counts);
			moved += r.moved;
			changed = true;
		}
		if (changed) dates++;
	}
	if (out.meals.extra.length > 0) {
		const counts = new Map<MealType, number>();
		for (const m of out.meals.extra) counts.set(m.type, (counts.get(m.type) ?? 0) + m.count);
		const r = rebalance(counts, p.share / 100, p.type);
		if (r.moved > 0) {
			out.meals.extra = toList(r.counts).map((m) => ({ ...m, id: `meals-${m.type}` }));
			moved += r.moved;
		}
	}
	const changes: Change[] =
		moved > 0
			? [
					{
						key: 'experiments.changes.vegetarian',
						params: { meals: round(moved), dates, share: p.share, type: p.type }
					}
				]
			: [];
	return { doc: out, changes };
}
