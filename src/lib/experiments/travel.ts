/**
 * Team travel levers: train instead of plane or road, fewer and fuller vehicles, local technicians,
 * co-routing (no back-and-forth to the home base between dates).
 *
 * Where a date's travel plan applies (src/lib/engine/route.ts): the leg ARRIVING at a date uses the
 * date's plan, and so does the leg going home from it. A lever that changes how the team reaches a
 * date therefore sets that date's own plan; it judges the date by its arriving leg, as the travel
 * page's "all legs under N km" does.
 */
import { isVehicleMode, modeFamily } from '../engine/modes';
import type { TourFile, TravelGroup } from '../schemas/tour-file';
import type { ContextLeg, LeverContext } from './context';
import type { LeverParams } from './params';
import {
	dateId,
	dayNumber,
	inTourOrder,
	peopleIn,
	round,
	teamSize,
	travelPlans,
	workingCopy,
	type Change,
	type LeverOutcome
} from './shared';

const ARRIVING = new Set(['outbound', 'between', 'home-departure']);

function railMode(p: LeverParams['train'], leg: ContextLeg, km: number): TravelGroup['mode'] {
	if (p.rail !== 'auto') return p.rail;
	if (leg.from.country !== leg.to.country) return 'rail.international';
	return km < p.regionalBelowKm ? 'rail.ter' : 'rail.tgv';
}

function movesToRail(g: TravelGroup, replace: LeverParams['train']['replace']): boolean {
	const air = modeFamily(g.mode) === 'air';
	// a vehicle nobody rides in carries equipment: it cannot take the train
	const road = isVehicleMode(g.mode) && (g.occupants ?? 0) > 0;
	if (air) return replace !== 'road';
	if (road) return replace !== 'plane';
	return false;
}

/** The plan with its planes and/or road vehicles turned into rail passengers; null when nothing moves. */
function toRail(
	groups: TravelGroup[],
	p: LeverParams['train'],
	mode: TravelGroup['mode']
): { groups: TravelGroup[]; people: number } | null {
	let people = 0;
	const out = groups.map((g): TravelGroup => {
		if (!movesToRail(g, p.replace)) return { ...g };
		const n = isVehicleMode(g.mode) ? (g.occupants ?? 0) : (g.people ?? 0);
		people += n;
		// no label carried over: "Flight Brussels–Berlin" on a train would mislead; the mode says it all
		return { id: `rail-${g.id}`, mode, people: n, quality: 'estimated' };
	});
	return people > 0 ? { groups: out, people } : null;
}

/**
 * The distance the moving groups travel on a leg now: the leg's travelled distance in their mode
 * family (air for a plane, road for a van), the longest if they differ; great-circle if unknown.
 */
function movingKm(leg: ContextLeg, groups: TravelGroup[], replace: LeverParams['train']['replace']): number {
	const families = new Set(groups.filter((g) => movesToRail(g, replace)).map((g) => modeFamily(g.mode)));
	const km = leg.distances.filter((d) => families.has(d.family)).map((d) => d.km);
	return km.length > 0 ? Math.max(...km) : leg.greatCircleKm;
}

/**
 * « Legs under N km by train »: the dates reached by such a leg travel by rail, both ways. A leg is
 * judged by the distance its planes or road vehicles travel now (see movingKm).
 */
export function train(doc: TourFile, p: LeverParams['train'], ctx: LeverContext): LeverOutcome {
	const out = workingCopy(doc);
	const changes: Change[] = [];
	for (const leg of ctx.legs) {
		let target: { groups: TravelGroup[]; set: (g: TravelGroup[]) => void; key: string } | null = null;
		if (leg.kind === 'explicit') {
			const l = out.legs.find((x) => `leg:${x.id}` === leg.id);
			if (l) target = { groups: l.travel, set: (g) => (l.travel = g), key: 'experiments.changes.trainLeg' };
		} else if (leg.dateId && ARRIVING.has(leg.kind)) {
			const date = out.dates.find((d) => d.id === leg.dateId);
			if (date)
				target = {
					groups: date.travel && date.travel.length > 0 ? date.travel : out.travel,
					set: (g) => (date.travel = g),
					key: 'experiments.changes.train'
				};
		}
		if (!target) continue;
		const km = movingKm(leg, target.groups, p.replace);
		if (km >= p.maxKm || km < p.minKm) continue;
		const mode = railMode(p, leg, km);
		const r = toRail(target.groups, p, mode);
		if (!r) continue;
		target.set(r.groups);
		// « both ways »: a date with its own way home takes the train home too
		const date =
			leg.kind !== 'explicit' && leg.dateId ? out.dates.find((d) => d.id === leg.dateId) : undefined;
		if (date?.travelHome?.length) {
			const home = toRail(date.travelHome, p, mode);
			if (home) date.travelHome = home.groups;
		}
		changes.push({
			key: target.key,
			params: { from: leg.from.name, to: leg.to.name, km: round(km), people: r.people, mode }
		});
	}
	return { doc: out, changes };
}

/** Fewer vehicles for the same people, within the seats; optionally fewer freight vehicles. */
export function fewerVehicles(doc: TourFile, p: LeverParams['fewer-vehicles']): LeverOutcome {
	const out = workingCopy(doc);
	const changes: Change[] = [];
	for (const plan of travelPlans(out)) {
		plan.set(
			plan.groups.map((g) => {
				if (!isVehicleMode(g.mode) || (g.vehicles ?? 1) <= 1) return g;
				const before = g.vehicles ?? 1;
				const needed = Math.max(1, Math.ceil((g.occupants ?? 0) / p.seats));
				const after = Math.max(needed, before - p.remove);
				if (after >= before) return g;
				changes.push({
					key: plan.where ? 'experiments.changes.fewerVehiclesAt' : 'experiments.changes.fewerVehicles',
					params: {
						group: g.label ?? g.id,
						where: plan.where,
						from: before,
						to: after,
						people: g.occupants ?? 0
					}
				});
				return { ...g, vehicles: after };
			})
		);
	}
	if (p.freight) {
		for (const f of out.freight) {
			if (f.kind !== 'vehicle' || f.vehicles <= 1) continue;
			const after = Math.max(1, f.vehicles - p.remove);
			changes.push({
				key: 'experiments.changes.fewerFreightVehicles',
				params: { freight: f.label ?? f.id, from: f.vehicles, to: after }
			});
			f.vehicles = after;
		}
	}
	return { doc: out, changes };
}

/** Removes `n` travellers from a plan, passengers and occupants in the plan's order. */
function withoutPeople(groups: TravelGroup[], n: number): { groups: TravelGroup[]; removed: number } {
	let left = n;
	const out = groups.map((g) => {
		if (left <= 0) return g;
		const key = isVehicleMode(g.mode) ? 'occupants' : 'people';
		const has = g[key] ?? 0;
		const take = Math.min(has, left);
		left -= take;
		return take > 0 ? { ...g, [key]: has - take } : g;
	});
	// a passenger group left with nobody is no group at all
	const kept = out.filter((g) => isVehicleMode(g.mode) || (g.people ?? 0) > 0);
	return { groups: kept.length > 0 ? kept : out, removed: n - left };
}

/** Some of the team are hired near each venue: they leave every travel plan and need no room. */
export function localTechnicians(doc: TourFile, p: LeverParams['local-technicians']): LeverOutcome {
	const out = workingCopy(doc);
	const changes: Change[] = [];
	const team = teamSize(out);
	// meals stay counted for the whole team: pin the team list before the plans lose people
	if (out.team.reduce((s, t) => s + t.count, 0) === 0 && team > 0) out.team = [{ role: 'team', count: team }];
	let plans = 0;
	let removed = 0;
	for (const plan of travelPlans(out)) {
		if (plan.groups.length === 0 || peopleIn(plan.groups) === 0) continue;
		const r = withoutPeople(plan.groups, p.people);
		if (r.removed === 0) continue;
		plan.set(r.groups);
		plans++;
		removed = Math.max(removed, r.removed);
	}
	if (plans > 0)
		changes.push({ key: 'experiments.changes.localTechnicians', params: { people: removed, plans } });
	const rooms = out.accommodation.roomsPerNight;
	const ratio = team > 0 ? Math.max(0, team - p.people) / team : 1;
	const nextRooms = p.roomsPerNight ?? (rooms !== undefined ? Math.ceil(rooms * ratio) : undefined);
	if (rooms !== undefined && nextRooms !== undefined && nextRooms !== rooms) {
		out.accommodation.roomsPerNight = nextRooms;
		changes.push({ key: 'experiments.changes.rooms', params: { from: rooms, to: nextRooms } });
	}
	for (const d of out.dates) {
		if (d.roomNights === undefined) continue;
		const next = round(d.roomNights * (rooms && nextRooms !== undefined ? nextRooms / rooms : ratio), 1);
		if (next !== d.roomNights) {
			changes.push({
				key: 'experiments.changes.roomNightsAt',
				params: { venue: d.venue.name, from: d.roomNights, to: next }
			});
			d.roomNights = next;
		}
	}
	return { doc: out, changes };
}

/**
 * Co-routing: with venues of a network filling the calendar, the team no longer goes home between
 * two dates unless they are at least `returnHomeGapDays` apart (never, when blank). The nights
 * between the two dates are then spent on the road: rooms per night × (gap − 1) nights, in the
 * country of the date left (the night after each day of a date is already counted), and the
 * meals of those days (team × meals per person per day), in the tour's meal type.
 */
export function coRouting(doc: TourFile, p: LeverParams['co-routing'], ctx: LeverContext): LeverOutcome {
	const out = workingCopy(doc);
	const changes: Change[] = [];
	const before = out.route.returnHomeGapDays;
	const after = p.returnHomeGapDays;
	out.route.returnHomeGapDays = after;
	if (before === null) return { doc: out, changes };
	const place = new Map(ctx.dates.map((d) => [d.id, d.place]));
	const ordered = inTourOrder(out);
	const team = teamSize(out);
	for (let i = 1; i < ordered.length; i++) {
		const prev = ordered[i - 1];
		const next = ordered[i];
		const gap = dayNumber(next.start) - dayNumber(prev.end ?? prev.start);
		const prevPlace = place.get(dateId(prev));
		if (!prevPlace || prevPlace.id === ctx.home.id) continue;
		const wentHome = gap >= before;
		const goesHome = after !== null && gap >= after;
		if (!wentHome || goesHome) continue;
		changes.push({
			key: 'experiments.changes.coRouting',
			params: { from: prev.venue.name, to: next.venue.name, days: gap }
		});
		const nights = gap - 1;
		if (!p.addGapNights || nights <= 0) continue;
		const rooms = out.accommodation.roomsPerNight ?? 0;
		if (rooms > 0) {
			out.accommodation.extra.push({
				id: `co-routing-${dateId(prev)}`,
				country: prevPlace.country,
				roomNights: rooms * nights,
				quality: 'estimated'
			});
		}
		const perDay = out.meals.perPersonPerDay ?? 0;
		if (perDay > 0 && team > 0) {
			out.meals.extra.push({
				id: `co-routing-${dateId(prev)}`,
				type: out.meals.type,
				count: team * perDay * nights,
				quality: 'estimated'
			});
		}
		changes.push({
			key: 'experiments.changes.coRoutingNights',
			params: { nights, roomNights: rooms * nights, meals: perDay > 0 ? team * perDay * nights : 0 }
		});
	}
	return { doc: out, changes };
}
