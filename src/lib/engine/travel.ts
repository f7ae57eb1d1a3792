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
 *          A set's `method` may take the band from the user's kilometres when given, add a
 *          < 500 km band or pick DESNZ's categories from the countries (modes.ts `planeActivity`);
 *          the formula then says which rule chose the factor.
 */
import {
	distinctBy,
	NO_FLAGS,
	noColonIn,
	num,
	PENDING_RANGE,
	worstQuality,
	type Context,
	type LegDistance
} from './context';
import type { FactorFamily } from './distance';
import { invalidInput } from './errors';
import { isVehicleMode, modeFamily, planeActivity, travelActivity } from './modes';
import type { RouteLeg } from './route';
import type { ModeFamily, QualityTag, TravelGroup } from './types';

const groupId = (g: TravelGroup): string => g.id;

export interface LegTally {
	leg: RouteLeg;
	gcKm: number;
	/**
	 * The distance shown per mode family, in order of first use. A leg has one to three: small
	 * arrays, not maps (a tour has thousands of legs, and an empty map weighs ten times an array).
	 */
	distances: LegShownDistance[];
	/** distances already worked out for this leg: `family|factor family` key, then its distance */
	memo: (string | LegDistance)[];
	kg: number;
}

export interface LegShownDistance {
	family: string;
	km: number;
	rule: string;
	overridden: boolean;
}

/** Sets the distance shown for a mode family (replaced in place when the family has one). */
export function showDistance(t: LegTally, shown: LegShownDistance): void {
	const list = t.distances;
	for (let i = 0; i < list.length; i++)
		if (list[i].family === shown.family) {
			list[i] = shown;
			return;
		}
	list.push(shown);
}

/** Whether a distance is shown for a mode family. */
export function showsDistance(t: LegTally, family: string): boolean {
	for (const d of t.distances) if (d.family === family) return true;
	return false;
}

/** `family|factor family`, built once per pair (a key built per call would be hashed per call). */
const MEMO_KEYS: Partial<Record<ModeFamily, Record<FactorFamily, string>>> = Object.create(null);
function memoKey(family: ModeFamily, factors: FactorFamily): string {
	let byFactors = MEMO_KEYS[family];
	if (byFactors === undefined)
		MEMO_KEYS[family] = byFactors = {
			ademe: family + '|ademe',
			desnz: family + '|desnz',
			other: family + '|other'
		};
	return byFactors[factors];
}

/** A leg's distance for a mode family, worked out once per leg. */
export function legDistance(
	ctx: Context,
	t: LegTally,
	family: ModeFamily,
	factors: FactorFamily,
	explicitKm?: number
): LegDistance {
	const key = memoKey(family, factors);
	const memo = t.memo;
	for (let i = 0; i < memo.length; i += 2) if (memo[i] === key) return memo[i + 1] as LegDistance;
	const d = ctx.distance(t.leg.from, t.leg.to, family, factors, explicitKm, t.gcKm);
	memo.push(key, d);
	return d;
}

export function computeTravel(
	ctx: Context,
	legs: RouteLeg[],
	/** one per leg, in the order of `legs` */
	tallies: LegTally[],
	distanceQuality: QualityTag
): void {
	// A line's id is `travel:<leg id>:<group id>`, and no other module's id starts with `travel:`.
	// When no group id has a ':', an id splits at its last ':' into its leg's id and its group's;
	// leg ids are unique (deriveRoute), so two lines share an id only if one leg has two groups of
	// one id. The lines of a leg whose group ids differ are then pushed with their id checked.
	// (Derived legs share their plan's array of groups: each array is looked at once in a row.)
	let colonFree = true;
	let seen: TravelGroup[] | null = null;
	for (const leg of legs) {
		if (leg.groups === seen) continue;
		seen = leg.groups;
		if (!noColonIn(leg.groups, groupId)) {
			colonFree = false;
			break;
		}
	}
	let lastGroups: TravelGroup[] | null = null;
	let lastDistinct = false;
	for (let li = 0; li < legs.length; li++) {
		const leg = legs[li];
		const tally = tallies[li];
		if (leg.groups !== lastGroups) {
			lastGroups = leg.groups;
			lastDistinct = distinctBy(leg.groups, groupId);
		}
		const idChecked = colonFree && lastDistinct;
		for (let gi = 0; gi < leg.groups.length; gi++) {
			const g = leg.groups[gi];
			const path = leg.source + '[' + gi + ']';
			const gcKm = tally.gcKm;
			let activity: string;
			let why: string | null = null;
			let flag: string | null = null;
			if (g.mode === 'plane') {
				const userKm = leg.distanceKm ?? ctx.userDistance(leg.from, leg.to, 'air');
				const choice = planeActivity(ctx.factors.set.method, gcKm, userKm, [
					leg.from.country,
					leg.to.country
				]);
				activity = choice.activity;
				why = choice.why;
				flag = choice.flag;
			} else activity = travelActivity(g.mode, gcKm);
			const use = ctx.factor(activity);
			if (!use) continue;
			const family = modeFamily(g.mode);
			const d = legDistance(ctx, tally, family, use.family, leg.distanceKm);
			showDistance(tally, { family, km: d.km, rule: d.rule, overridden: d.overridden });
			const quality = worstQuality(
				g.quality ?? 'estimated',
				d.overridden ? (d.quality ?? leg.quality ?? 'estimated') : distanceQuality
			);
			const value = use.line.value;
			const id = 'travel:' + leg.id + ':' + g.id;
			const label = g.label ?? g.id;
			let line;
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
				line = ctx.push(
					{
						id,
						category: 'travel',
						scope: 'company',
						family,
						mode: activity,
						label,
						legId: leg.id,
						dateId: leg.dateId,
						source: path,
						quantities: { vehicles, occupants, distanceKm: d.km, greatCircleKm: gcKm },
						quantity: vehicles * d.km,
						factor: use.line,
						kgCO2e: kg,
						perPersonKg,
						personKm: occupants * d.km,
						formula:
							use.text +
							' × ' +
							num(d.km) +
							' km × ' +
							vehicles +
							' vehicle(s) = ' +
							num(kg) +
							' kgCO2e' +
							(perPersonKg !== null
								? '; ÷ ' + occupants + ' occupant(s) = ' + num(perPersonKg) + ' kgCO2e per person'
								: '') +
							(why ? ' [' + why + ']' : ''),
						quality,
						isDefault: false,
						flags: flag ? [flag] : NO_FLAGS,
						range: PENDING_RANGE
					},
					use,
					undefined,
					idChecked
				);
			} else {
				const people = g.people ?? 0;
				if (!(people >= 0))
					throw invalidInput(`Travel group "${g.id}" has an invalid number of people`, `${path}.people`);
				const kg = value * d.km * people;
				line = ctx.push(
					{
						id,
						category: 'travel',
						scope: 'company',
						family,
						mode: activity,
						label,
						legId: leg.id,
						dateId: leg.dateId,
						source: path,
						quantities: { people, distanceKm: d.km, greatCircleKm: gcKm },
						quantity: people * d.km,
						factor: use.line,
						kgCO2e: kg,
						perPersonKg: people > 0 ? value * d.km : null,
						personKm: people * d.km,
						formula:
							use.text +
							' × ' +
							num(d.km) +
							' km × ' +
							people +
							' person(s) = ' +
							num(kg) +
							' kgCO2e' +
							(why ? ' [' + why + ']' : ''),
						quality,
						isDefault: false,
						flags: flag ? [flag] : NO_FLAGS,
						range: PENDING_RANGE
					},
					use,
					undefined,
					idChecked
				);
			}
			tally.kg += line.kgCO2e;
		}
	}
}
