/**
 * Team travel, per leg and per travel group.
 *
 * Formulas (kgCO2e; order of operations is part of the contract, see boundary.ts):
 *   passenger modes (rail, coach, bus, plane, ferry…):  kg = (factor × km) × people
 *   vehicle modes (cars, vans, minibus, camping-car):    kg = (factor × km) × vehicles
 *                                                        per person = kg ÷ occupants
 * Units:   factor in kgCO2e per passenger·km or per vehicle·km; km from distance.ts (user distance
 *          wins, else great-circle × detour by mode family); person·km = people (or occupants) × km.
 * Boundary: the factor's components under the requested boundary (boundary.ts).
 * Source:  product brief "Team travel"; ADEME impactCO2 API rule `(value × km) / occupants`
 *          (reference §1.3), which a single car with n occupants reproduces exactly.
 * Plane:   the band (short ≤ 1000 km, medium ≤ 2000, medium_long ≤ 5000, long) comes from the
 *          great-circle distance, not the detoured one; the distance multiplied is great-circle
 *          + 95 km for ADEME-family factors and great-circle alone for DESNZ (distance.ts).
 */
import { num, perUnit, worstQuality, type Context } from './context';
import { invalidInput } from './errors';
import { isVehicleMode, modeFamily, travelActivity } from './modes';
import type { RouteLeg } from './route';
import type { QualityTag } from './types';

export interface LegTally {
	leg: RouteLeg;
	gcKm: number;
	distances: Map<string, { family: string; km: number; rule: string; overridden: boolean }>;
	kg: number;
}

export function computeTravel(
	ctx: Context,
	legs: RouteLeg[],
	tallies: Map<string, LegTally>,
	distanceQuality: QualityTag
): void {
	for (const leg of legs) {
		const tally = tallies.get(leg.id)!;
		leg.groups.forEach((g, gi) => {
			const path = `${leg.source}[${gi}]`;
			const gcKm = tally.gcKm;
			const activity = travelActivity(g.mode, gcKm);
			const use = ctx.factor(activity);
			if (!use) return;
			const family = modeFamily(g.mode);
			const d = ctx.distance(leg.from, leg.to, family, use.family, leg.distanceKm);
			tally.distances.set(family, { family, km: d.km, rule: d.rule, overridden: d.overridden });
			const quality = worstQuality(
				g.quality ?? 'estimated',
				d.overridden ? (d.quality ?? leg.quality ?? 'estimated') : distanceQuality
			);
			const value = use.line.value;
			const base = {
				id: `travel:${leg.id}:${g.id}`,
				category: 'travel' as const,
				scope: 'company' as const,
				family,
				mode: activity,
				label: g.label ?? g.id,
				legId: leg.id,
				dateId: leg.dateId,
				source: path,
				quality
			};
			if (isVehicleMode(g.mode)) {
				const vehicles = g.vehicles ?? 1;
				const occupants = g.occupants ?? vehicles;
				if (!(vehicles > 0))
					throw invalidInput(`Travel group "${g.id}" needs at least one vehicle`, `${path}.vehicles`);
				if (occupants < 0)
					throw invalidInput(
						`Travel group "${g.id}" has a negative number of occupants`,
						`${path}.occupants`
					);
				const perVehicle = value * d.km;
				const kg = perVehicle * vehicles;
				const perPersonKg = occupants > 0 ? kg / occupants : null;
				ctx.push(
					{
						...base,
						quantities: { vehicles, occupants, distanceKm: d.km, greatCircleKm: gcKm },
						quantity: vehicles * d.km,
						kgCO2e: kg,
						perPersonKg,
						personKm: occupants * d.km,
						formula:
							`${num(value)} ${perUnit(use.line.unit)} × ${num(d.km)} km × ${vehicles} vehicle(s) = ${num(kg)} kgCO2e` +
							(perPersonKg !== null
								? `; ÷ ${occupants} occupant(s) = ${num(perPersonKg)} kgCO2e per person`
								: '')
					},
					use
				);
			} else {
				const people = g.people ?? 0;
				if (!(people >= 0))
					throw invalidInput(`Travel group "${g.id}" has an invalid number of people`, `${path}.people`);
				const kg = value * d.km * people;
				ctx.push(
					{
						...base,
						quantities: { people, distanceKm: d.km, greatCircleKm: gcKm },
						quantity: people * d.km,
						kgCO2e: kg,
						perPersonKg: people > 0 ? value * d.km : null,
						personKm: people * d.km,
						formula: `${num(value)} ${perUnit(use.line.unit)} × ${num(d.km)} km × ${people} person(s) = ${num(kg)} kgCO2e`
					},
					use
				);
			}
			tally.kg += ctx.lines[ctx.lines.length - 1].kgCO2e;
		});
	}
}
