/**
 * The compact row the observatory keeps for each tour (issue 13), extracted from the engine's input
 * and result once per save (src/lib/server/network-indicators.ts `refresh`) and stored in
 * tour_observatory: the team size on the road, the geographic scope, and the team person·km and
 * freight tonne·km by mode family and distance band of the leg. Pure. No place, no itinerary:
 * a flow is only (team | freight, mode family, distance band) with its sums.
 */
import { isVehicleMode, type TourInput, type TourResult } from '../engine';

/** Team-size bands: people on the road (the largest team present at one date). */
export const TEAM_BANDS = ['1-3', '4-8', '9-20', '21+', 'unknown'] as const;
export type TeamBand = (typeof TEAM_BANDS)[number];

export function teamBand(people: number): TeamBand {
	if (!(people > 0)) return 'unknown';
	if (people <= 3) return '1-3';
	if (people <= 8) return '4-8';
	if (people <= 20) return '9-20';
	return '21+';
}

/** Geographic scope of a tour from where its dates are, relative to the home base's region and France. */
export const SCOPE_BANDS = ['regional', 'national', 'international'] as const;
export type ScopeBand = (typeof SCOPE_BANDS)[number];

/** Distance bands of one leg (km, as the engine counted it for that mode). */
export const DISTANCE_BANDS = ['0-100', '100-300', '300-800', '800+', 'unknown'] as const;
export type DistanceBand = (typeof DISTANCE_BANDS)[number];

export function distanceBand(km: number | undefined): DistanceBand {
	if (km === undefined || !Number.isFinite(km) || km < 0) return 'unknown';
	if (km < 100) return '0-100';
	if (km < 300) return '100-300';
	if (km < 800) return '300-800';
	return '800+';
}

export const FLOW_KINDS = ['team', 'freight'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

/**
 * One tour's sums for one (kind, mode family, distance band): team → person·km and kgCO2e;
 * freight → tonne·km (lines whose tonnes are known), vehicle·km (vans, trucks) and kgCO2e.
 * Stored as a compact array `[kind, mode, band, km1, km2, kg]`.
 */
export type Flow = [kind: FlowKind, mode: string, band: DistanceBand, km1: number, km2: number, kg: number];

/** People on the road: the largest number of team members present at one date; else the travel plan's. */
export function peopleOnTheRoad(input: TourInput): number {
	let most = 0;
	if (input.team.length > 0) {
		const ids = input.dates.length > 0 ? input.dates.map((d) => d.id) : [null];
		for (const id of ids) {
			let n = 0;
			for (const r of input.team) if (!r.dates || id === null || r.dates.includes(id)) n += r.count;
			if (n > most) most = n;
		}
	}
	if (most > 0) return most;
	return input.travel.reduce((s, g) => s + (isVehicleMode(g.mode) ? (g.occupants ?? 0) : (g.people ?? 0)), 0);
}

export function tourFlows(result: TourResult): Flow[] {
	const acc = new Map<string, Flow>();
	for (const l of result.lines) {
		if (l.scope !== 'company') continue;
		if (l.category !== 'travel' && l.category !== 'freight') continue;
		const kind: FlowKind = l.category === 'travel' ? 'team' : 'freight';
		const mode = l.family ?? 'other';
		const km = l.quantities.distanceKm;
		const band = distanceBand(km);
		const key = `${kind}|${mode}|${band}`;
		let f = acc.get(key);
		if (!f) {
			f = [kind, mode, band, 0, 0, 0];
			acc.set(key, f);
		}
		if (kind === 'team') f[3] += l.personKm;
		else {
			if (l.quantities.tonnes && km) f[3] += l.quantities.tonnes * km;
			if (l.quantities.vehicles && km) f[4] += l.quantities.vehicles * km;
		}
		f[5] += l.kgCO2e;
	}
	return [...acc.keys()].sort().map((k) => acc.get(k)!);
}
