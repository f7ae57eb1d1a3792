/**
 * What a network's dashboard needs from one tour, extracted from the engine's result once per save
 * and stored (tour_indicators): sums and counts that aggregate by addition, the tour's territory
 * and scope, and its evenings for the double-counting rule. Every kgCO2e here is the engine's
 * (a factor from emission-factors/); nothing is recomputed by SQL.
 */
import type { TourInput, TourResult } from '../engine/types';
import { departmentOf, regionOf, tourScope, type TourScope } from './territory';

export const COMPANY_CATEGORIES = ['travel', 'freight', 'accommodation', 'meal'] as const;
export type CompanyCategory = (typeof COMPANY_CATEGORIES)[number];
export const QUALITY_CATEGORIES = [...COMPANY_CATEGORIES, 'audience'] as const;
export type QualityCategory = (typeof QUALITY_CATEGORIES)[number];

/** Where a date's audience figures come from (double counting keeps the venue's own survey first). */
export type AudienceSource = 'survey' | 'own' | 'default';

export interface Evening {
	placeId: string;
	start: string;
	end: string;
	audienceKg: number;
	source: AudienceSource;
}

export interface TourFacts {
	engineVersion: string;
	factorSet: string;
	companyKg: number;
	audienceKg: number;
	dates: number;
	performances: number;
	spectators: number;
	oneOffDates: number;
	personKm: number;
	/** team-travel kgCO2e (numerator of kg per person·km) */
	travelKg: number;
	/** shared freight whose tonnes are known: tonne·km and its kgCO2e */
	tonneKm: number;
	tonneKmKg: number;
	byCategory: Record<CompanyCategory, number>;
	/** result lines by category and input quality (default = a documented default was used) */
	quality: Record<QualityCategory, { measured: number; estimated: number; default: number }>;
	homeDepartment: string | null;
	homeRegion: string | null;
	scope: TourScope;
	evenings: Evening[];
}

function audienceSource(a: TourInput['dates'][number]['audience']): AudienceSource {
	if (a?.distribution && a.distribution.length > 0) return 'survey';
	if (a?.modalShares || a?.roundTripKm !== undefined) return 'own';
	return 'default';
}

export function tourFacts(input: TourInput, result: TourResult): TourFacts {
	const byCategory = { travel: 0, freight: 0, accommodation: 0, meal: 0 } as Record<CompanyCategory, number>;
	for (const b of result.byCategory)
		if (b.scope === 'company' && b.key in byCategory) byCategory[b.key as CompanyCategory] += b.kgCO2e;
	const quality = Object.fromEntries(
		QUALITY_CATEGORIES.map((c) => [c, { measured: 0, estimated: 0, default: 0 }])
	) as TourFacts['quality'];
	let tonneKm = 0;
	let tonneKmKg = 0;
	for (const l of result.lines) {
		const q = quality[l.category as QualityCategory];
		if (q) q[l.isDefault ? 'default' : l.quality] += 1;
		if (l.category === 'freight' && l.quantities.tonnes && l.quantities.distanceKm) {
			tonneKm += l.quantities.tonnes * l.quantities.distanceKm;
			tonneKmKg += l.kgCO2e;
		}
	}
	const sourceOf = new Map(input.dates.map((d) => [d.id, audienceSource(d.audience)]));
	const ind = result.indicators;
	return {
		engineVersion: result.engineVersion,
		factorSet: result.factorSet.ref,
		companyKg: result.totals.company.kg,
		audienceKg: result.totals.audience.kg,
		dates: ind.dates,
		performances: ind.performances,
		spectators: ind.spectators,
		oneOffDates: ind.oneOffDates,
		personKm: ind.personKm,
		travelKg: byCategory.travel,
		tonneKm,
		tonneKmKg,
		byCategory,
		quality,
		homeDepartment: departmentOf(input.homeBase.id),
		homeRegion: regionOf(input.homeBase.id),
		scope: tourScope(
			input.homeBase,
			result.byDate.map((d) => ({ id: d.placeId, country: d.country }))
		),
		evenings: result.byDate.map((d) => ({
			placeId: d.placeId,
			start: d.start,
			end: d.end,
			audienceKg: d.audience,
			source: sourceOf.get(d.id) ?? 'default'
		}))
	};
}
