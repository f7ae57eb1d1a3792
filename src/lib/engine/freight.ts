/**
 * Freight: set, instruments and equipment.
 *
 * Formulas (kgCO2e):
 *   dedicated vehicle, per leg:   kg = (factor[class, load] × km) × vehicles        (vehicle·km)
 *   fuel known (whole item):      kg = factor[fuel] × litres                          (litre)
 *   shared freight, per leg:      kg = (factor[mode] × km) × tonnes                   (tonne·km)
 * Legs: a vehicle that follows the tour makes every leg of the route (home returns included); its
 *       explicit legs are added, and with `emptyReturn` each explicit leg gets its mirror with load
 *       `empty` — an empty return is a leg like any other.
 * Units: km (user distance, else great-circle × 1.3 by road; shared rail × 1.2, air + 95 km for
 *       ADEME-family factors, sea × 1), tonnes, litres.
 * Why this order of preference: ADEME's forum advice (reference §1.6) — real fuel > vehicle·km >
 *       tonne·km; a tonne·km factor spreads a whole truck over its load, which misrepresents a
 *       dedicated, lightly loaded tour truck, so tonne·km is kept for shared freight (groupage).
 * Source: factor set activities `freight.<class>.<load>`, `freight.van`, `freight.tkm.<mode>`,
 *       `fuel.<type>` (DESNZ classes; src/lib/engine/factors/activities.ts).
 */
import { NO_FLAGS, num, PENDING_RANGE, worstQuality, type Context } from './context';
import { invalidInput } from './errors';
import { sharedFreightActivity, sharedFreightFamily } from './modes';
import type { RouteLeg } from './route';
import { legDistance, showDistance, showsDistance, type LegTally } from './travel';
import type { EnginePlace, FreightInput, FreightLoad, QualityTag } from './types';

interface FreightLeg {
	id: string;
	lineId: string;
	from: EnginePlace;
	to: EnginePlace;
	km?: number;
	load?: FreightLoad;
	dateId: string | null;
	source: string;
	tally?: LegTally;
}

function legsOf(f: FreightInput, index: number, route: RouteLeg[], tallies: LegTally[]): FreightLeg[] {
	const out: FreightLeg[] = [];
	if (f.followTour) {
		const source = `freight[${index}]`;
		for (let li = 0; li < route.length; li++) {
			const l = route[li];
			if (l.kind === 'explicit' || l.peopleOnly) continue;
			out.push({
				id: l.id,
				lineId: `freight:${f.id}:${l.id}`,
				from: l.from,
				to: l.to,
				km: l.distanceKm,
				dateId: l.dateId,
				source,
				tally: tallies[li]
			});
		}
	}
	f.legs.forEach((l, i) => {
		const base = {
			from: l.from,
			to: l.to,
			km: l.distanceKm,
			dateId: l.dateId ?? null,
			source: `freight[${index}].legs[${i}]`
		};
		out.push({ ...base, id: `${f.id}#${i + 1}`, lineId: `freight:${f.id}:leg${i + 1}`, load: l.load });
		if (f.kind === 'vehicle' && f.emptyReturn) {
			out.push({
				...base,
				from: l.to,
				to: l.from,
				id: `${f.id}#${i + 1}-return`,
				lineId: `freight:${f.id}:leg${i + 1}:return`,
				load: 'empty'
			});
		}
	});
	return out;
}

export function computeFreight(
	ctx: Context,
	items: FreightInput[],
	route: RouteLeg[],
	/** one per leg of the route, in its order */
	tallies: LegTally[],
	distanceQuality: QualityTag
): void {
	items.forEach((f, index) => {
		const path = `freight[${index}]`;
		const legs = legsOf(f, index, route, tallies);
		if (f.kind === 'vehicle') {
			if (!(f.vehicles > 0))
				throw invalidInput(`Freight "${f.id}" needs at least one vehicle`, `${path}.vehicles`);
			if (f.fuel) {
				if (!(f.fuel.litres >= 0))
					throw invalidInput(`Freight "${f.id}" has invalid fuel litres`, `${path}.fuel.litres`);
				const use = ctx.factor(`fuel.${f.fuel.type}`);
				if (!use) return;
				// distance is reported for information (and person·km is not touched): fuel replaces it
				let km = 0;
				for (const l of legs) {
					const ru = ctx.factor(roadActivity(f.class, l.load ?? f.load), true);
					km += ctx.distance(l.from, l.to, 'road', ru?.family ?? 'other', l.km).km;
				}
				const value = use.line.value;
				const kg = value * f.fuel.litres;
				ctx.push(
					{
						id: `freight:${f.id}:fuel`,
						category: 'freight',
						scope: 'company',
						family: 'road',
						mode: `fuel.${f.fuel.type}`,
						label: f.label ?? f.id,
						legId: null,
						dateId: null,
						source: `${path}.fuel`,
						quantities: { litres: f.fuel.litres, vehicles: f.vehicles, distanceKm: km },
						quantity: f.fuel.litres,
						factor: use.line,
						kgCO2e: kg,
						perPersonKg: null,
						personKm: 0,
						formula: `${use.text} × ${num(f.fuel.litres)} L = ${num(kg)} kgCO2e (${num(km)} km driven, for information)`,
						quality: f.fuel.quality ?? f.quality ?? 'measured',
						isDefault: false,
						flags: NO_FLAGS,
						range: PENDING_RANGE
					},
					use
				);
				return;
			}
			// the activity key by load, built once per item (a key built per leg is hashed per leg)
			const activities: Partial<Record<FreightLoad, string>> = Object.create(null);
			for (const l of legs) {
				const load = l.load ?? f.load;
				const activity = (activities[load] ??= roadActivity(f.class, load));
				const use = ctx.factor(activity);
				if (!use) continue;
				const d = l.tally
					? legDistance(ctx, l.tally, 'road', use.family, l.km)
					: ctx.distance(l.from, l.to, 'road', use.family, l.km);
				const value = use.line.value;
				const kg = value * d.km * f.vehicles;
				ctx.push(
					{
						id: l.lineId,
						category: 'freight',
						scope: 'company',
						family: 'road',
						mode: activity,
						label: f.label ?? f.id,
						legId: l.tally ? l.id : null,
						dateId: l.dateId,
						source: l.source,
						quantities: { vehicles: f.vehicles, distanceKm: d.km, greatCircleKm: d.gcKm },
						quantity: f.vehicles * d.km,
						factor: use.line,
						kgCO2e: kg,
						perPersonKg: null,
						personKm: 0,
						formula: `${use.text} × ${num(d.km)} km × ${f.vehicles} vehicle(s) = ${num(kg)} kgCO2e`,
						quality: worstQuality(
							f.quality ?? 'estimated',
							d.overridden ? (d.quality ?? 'estimated') : distanceQuality
						),
						isDefault: false,
						flags: load === 'empty' ? ['freight.empty_leg'] : NO_FLAGS,
						range: PENDING_RANGE
					},
					use
				);
				if (l.tally) {
					l.tally.kg += kg;
					if (!showsDistance(l.tally, 'road'))
						showDistance(l.tally, {
							family: 'road',
							km: d.km,
							rule: d.rule,
							overridden: d.overridden
						});
				}
			}
		} else {
			if (!(f.tonnes > 0))
				throw invalidInput(`Freight "${f.id}" needs a positive mass in tonnes`, `${path}.tonnes`);
			const activity = sharedFreightActivity(f.mode);
			const family = sharedFreightFamily(f.mode);
			const use = ctx.factor(activity);
			if (!use) return;
			for (const l of legs) {
				const d = l.tally
					? legDistance(ctx, l.tally, family, use.family, l.km)
					: ctx.distance(l.from, l.to, family, use.family, l.km);
				const value = use.line.value;
				const kg = value * d.km * f.tonnes;
				ctx.push(
					{
						id: l.lineId,
						category: 'freight',
						scope: 'company',
						family,
						mode: activity,
						label: f.label ?? f.id,
						legId: l.tally ? l.id : null,
						dateId: l.dateId,
						source: l.source,
						quantities: { tonnes: f.tonnes, distanceKm: d.km, greatCircleKm: d.gcKm },
						quantity: f.tonnes * d.km,
						factor: use.line,
						kgCO2e: kg,
						perPersonKg: null,
						personKm: 0,
						formula: `${use.text} × ${num(d.km)} km × ${num(f.tonnes)} t = ${num(kg)} kgCO2e`,
						quality: worstQuality(
							f.quality ?? 'estimated',
							d.overridden ? (d.quality ?? 'estimated') : distanceQuality
						),
						isDefault: false,
						flags: NO_FLAGS,
						range: PENDING_RANGE
					},
					use
				);
				if (l.tally) {
					l.tally.kg += kg;
					if (!showsDistance(l.tally, family))
						showDistance(l.tally, { family, km: d.km, rule: d.rule, overridden: d.overridden });
				}
			}
		}
	});
}

/** `freight.van` has no load variants in the activity vocabulary; other classes do. */
export function roadActivity(cls: string, load: FreightLoad): string {
	return cls === 'van' ? 'freight.van' : `freight.${cls}.${load}`;
}
