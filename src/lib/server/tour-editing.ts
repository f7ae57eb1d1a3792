/**
 * Small, pure edits of a tour document used by the editor pages (and their tests): travel groups
 * from form values, bulk mode changes by distance. Routes call these inside tours.mutate().
 */
import { isVehicleMode } from '../engine';
import type { TourFile, TravelGroup } from '../schemas/tour-file';

/** A place reference as a short stable string (a gazetteer id, or the explicit place's name and coordinates). */
function refKey(ref: TourFile['distances'][number]['from']): string {
	return typeof ref === 'string' ? ref : `${ref.name}@${ref.lat},${ref.lon}`;
}

/**
 * The stable key of one of the user's distances: its places and mode family (the tour keeps at most
 * one distance per pair and family). Forms address the row by this key, never by its position.
 */
export function distanceKey(o: TourFile['distances'][number]): string {
	return `${refKey(o.from)}|${refKey(o.to)}|${o.mode ?? ''}`;
}

/** People the travel plan carries (passengers + vehicle occupants). */
export function peopleInPlan(groups: TravelGroup[]): number {
	return groups.reduce((s, g) => s + (isVehicleMode(g.mode) ? (g.occupants ?? 0) : (g.people ?? 0)), 0);
}

/** Team size: the team list, else whoever the plan carries. */
export function teamSize(doc: TourFile): number {
	const team = doc.team.reduce((s, t) => s + t.count, 0);
	return team > 0 ? team : peopleInPlan(doc.travel);
}

/**
 * A travel group from a form: `count` is people for a passenger mode, vehicles for a vehicle mode
 * (whose occupants default to the team size).
 */
export function groupFromForm(
	id: string,
	v: { mode: string; count?: number; occupants?: number; label?: string; quality?: TravelGroup['quality'] },
	team: number
): TravelGroup {
	const base = {
		id,
		mode: v.mode as TravelGroup['mode'],
		...(v.label ? { label: v.label } : {}),
		...(v.quality ? { quality: v.quality } : {})
	};
	if (isVehicleMode(v.mode)) return { ...base, vehicles: v.count ?? 1, occupants: v.occupants ?? team };
	return { ...base, people: v.count ?? team };
}

/**
 * "All legs under N km by MODE": every date whose arriving leg is shorter than `maxKm` (and at
 * least `minKm`) gets a plan of one group of that mode carrying the whole team. Distances are the
 * ones the results computed (great-circle × detour, or the user's own).
 */
export function bulkSetMode(
	doc: TourFile,
	legs: { dateId: string | null; km: number; kind: string }[],
	opts: { maxKm: number; minKm?: number; mode: string }
): number {
	const team = teamSize(doc);
	let changed = 0;
	for (const leg of legs) {
		if (!leg.dateId || (leg.kind !== 'outbound' && leg.kind !== 'between' && leg.kind !== 'home-departure'))
			continue;
		if (leg.km >= opts.maxKm || leg.km < (opts.minKm ?? 0)) continue;
		const date = doc.dates.find((d) => d.id === leg.dateId);
		if (!date) continue;
		const vehicles = isVehicleMode(opts.mode) ? Math.max(1, Math.ceil(team / 4)) : undefined;
		date.travel = [
			groupFromForm(
				`bulk-${opts.mode.replace(/\./g, '-')}`,
				{ mode: opts.mode, count: vehicles ?? team, occupants: team, quality: 'estimated' },
				team
			)
		];
		changed++;
	}
	return changed;
}
