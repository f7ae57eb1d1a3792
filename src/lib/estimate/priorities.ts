/**
 * The three things to act on first, from a computed tour: the heaviest categories, each with its
 * share. The company's categories (team travel, freight, nights, meals) are ranked by their share of
 * the company's own emissions; the audience's travel, reported beside and never mixed in, competes
 * for a place by its weight against the company's total (it often outweighs it, and a venue and a
 * company can act on it together). Pure: the engine's result in, ranked categories out; the page
 * words them (src/lib/i18n/messages/estimate.ts).
 */
import type { ResultCategory, TourResult } from '../engine/types';

export interface Priority {
	category: ResultCategory;
	kg: number;
	/** company categories: share of the company's emissions; audience: audience ÷ company total */
	share: number;
	/** the lever of src/lib/experiments that acts on it first */
	lever: string;
}

export const FIRST_LEVER: Record<ResultCategory, string> = {
	travel: 'train',
	freight: 'lighter-set',
	accommodation: 'co-routing',
	meal: 'vegetarian',
	audience: 'audience-carpool'
};

export function priorities(result: TourResult, count = 3): Priority[] {
	const company = result.totals.company.kg;
	const byCategory = new Map<ResultCategory, number>();
	for (const line of result.lines)
		byCategory.set(line.category, (byCategory.get(line.category) ?? 0) + line.kgCO2e);
	const ranked: Priority[] = [];
	for (const [category, kg] of byCategory) {
		if (kg <= 0) continue;
		ranked.push({
			category,
			kg,
			share: company > 0 ? kg / company : 0,
			lever: FIRST_LEVER[category]
		});
	}
	ranked.sort((a, b) => b.kg - a.kg || a.category.localeCompare(b.category));
	return ranked.slice(0, count);
}
