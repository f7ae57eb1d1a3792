/**
 * Meals.
 *
 * Formula: kg = factor[meal.<type>] × meals   (kgCO2e per meal)
 *          meals of a date = the date's own counts, else team size × meals per person per day ×
 *          calendar days of the date (start to end, both included), of the tour's meal type.
 * Types:   vegan, vegetarian, white_meat, red_meat, fish, average (activity keys `meal.<type>`).
 * Source:  the set's meal factors (impactCO2 / Nos Gestes Climat / Base Carbone, reference §1.8);
 *          the per-day rule is ours (product brief: meals × factor by type).
 */
import { num, type Context } from './context';
import { invalidInput } from './errors';
import { dateSpanDays, type OrderedDate } from './route';
import type { MealCount, MealsInput, QualityTag } from './types';

function pushMeal(
	ctx: Context,
	id: string,
	m: MealCount,
	quality: QualityTag,
	dateId: string | null,
	source: string,
	label: string
): void {
	if (!(m.count >= 0)) throw invalidInput(`Invalid number of meals`, source);
	if (m.count === 0) return;
	const use = ctx.factor(`meal.${m.type}`);
	if (!use) return;
	const value = use.line.value;
	const kg = value * m.count;
	ctx.push(
		{
			id,
			category: 'meal',
			scope: 'company',
			family: null,
			mode: m.type,
			label,
			legId: null,
			dateId,
			source,
			quantities: { meals: m.count },
			quantity: m.count,
			kgCO2e: kg,
			formula: `${use.text} × ${num(m.count)} meal(s) = ${num(kg)} kgCO2e`,
			quality
		},
		use
	);
}

export function computeMeals(
	ctx: Context,
	ordered: OrderedDate[],
	meals: MealsInput,
	teamSize: number
): void {
	for (const { date: d, index } of ordered) {
		const path = `dates[${index}]`;
		if (d.meals && d.meals.length > 0) {
			d.meals.forEach((m, i) =>
				pushMeal(
					ctx,
					`meal:${d.id}:${m.type}${d.meals!.length > 1 ? `:${i + 1}` : ''}`,
					m,
					m.quality ?? 'estimated',
					d.id,
					`${path}.meals[${i}]`,
					d.venueName
				)
			);
		} else if (meals.perPersonPerDay !== null && meals.perPersonPerDay > 0 && teamSize > 0) {
			const count = teamSize * meals.perPersonPerDay * dateSpanDays(d, path);
			pushMeal(
				ctx,
				`meal:${d.id}:${meals.type}`,
				{ type: meals.type, count },
				meals.quality ?? 'estimated',
				d.id,
				'meals.perPersonPerDay',
				d.venueName
			);
		}
	}
	meals.extra.forEach((m, i) =>
		pushMeal(ctx, `meal:extra:${m.id}`, m, m.quality ?? 'estimated', null, `meals.extra[${i}]`, m.id)
	);
}
