/**
 * Meals.
 *
 * Formula: kg = factor[meal.<type>] × meals   (kgCO2e per meal)
 *          meals of a date = the date's own counts, else team size × meals per person per day ×
 *          calendar days of the date (start to end, both included), of the tour's meal type.
 *          Between two dates the team does not go home (route.ts, stayGaps), the days in between
 *          count too: team × meals per person per day × (days from one date's end to the next
 *          one's start − 1), or the meals the date gives for its gap (`gapMeals`).
 *          Presence: the team of a date is the roles present at it (`team[].dates`); the gap before
 *          a date is spent by that date's team.
 *          Mix: the automatic count is split by type following the date's mix (`mealMix`), else the
 *          tour's (`meals.mix`), else all of the tour's type: meals of a type = count × share.
 *          Example: 10 people × 2 meals × 3 days = 60 meals, half vegetarian → 30 vegetarian + 30 average.
 * Types:   vegan, vegetarian, white_meat, red_meat, fish, average (activity keys `meal.<type>`).
 * Source:  the set's meal factors (impactCO2 / Nos Gestes Climat / Base Carbone, reference §1.8);
 *          the per-day rule is ours (product brief: meals × factor by type).
 */
import { NO_FLAGS, num, PENDING_RANGE, type Context } from './context';
import { invalidInput } from './errors';
import { dateSpanDays, teamAt, type OrderedDate, type StayGap } from './route';
import type { MealCount, MealShare, MealsInput, QualityTag, TeamRole, TourDateInput } from './types';

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
			factor: use.line,
			kgCO2e: kg,
			perPersonKg: null,
			personKm: 0,
			formula: `${use.text} × ${num(m.count)} meal(s) = ${num(kg)} kgCO2e`,
			quality,
			isDefault: false,
			flags: NO_FLAGS,
			range: PENDING_RANGE
		},
		use
	);
}

/** The mix of the automatic count at a date: the date's, else the tour's, else all of one type. */
function mixAt(d: TourDateInput, meals: MealsInput): MealShare[] {
	const mix = d.mealMix && d.mealMix.length > 0 ? d.mealMix : meals.mix;
	if (!mix || mix.length === 0) return [{ type: meals.type, share: 1 }];
	// shares typed by hand (3 × 33 %) are rescaled so that no meal is lost (compute.ts checks ±1 %)
	const sum = mix.reduce((s, m) => s + m.share, 0);
	return mix.filter((m) => m.share > 0).map((m) => ({ type: m.type, share: m.share / sum }));
}

export function computeMeals(
	ctx: Context,
	ordered: OrderedDate[],
	meals: MealsInput,
	teamSize: number,
	team: TeamRole[] = [],
	gaps: StayGap[] = []
): void {
	const present = (id: string) => (team.length > 0 ? teamAt(team, id) : teamSize);
	const automatic = (d: TourDateInput, path: string, days: number, idPrefix: string, label: string): void => {
		const people = present(d.id);
		if (meals.perPersonPerDay === null || !(meals.perPersonPerDay > 0) || people <= 0 || days <= 0) return;
		const count = people * meals.perPersonPerDay * days;
		const mix = mixAt(d, meals);
		const source = d.mealMix && d.mealMix.length > 0 ? `${path}.mealMix` : 'meals.perPersonPerDay';
		for (const m of mix)
			pushMeal(
				ctx,
				`${idPrefix}:${m.type}`,
				{ type: m.type, count: mix.length === 1 ? count : count * m.share },
				meals.quality ?? 'estimated',
				d.id,
				source,
				label
			);
	};
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
		} else if (teamSize > 0) {
			automatic(d, path, dateSpanDays(d, path), `meal:${d.id}`, d.venueName);
		}
	}
	for (const gap of gaps) {
		const { date: d, index } = gap.next;
		const path = `dates[${index}]`;
		const label = `${gap.prev.date.venueName} → ${d.venueName}`;
		if (d.gapMeals !== undefined) {
			d.gapMeals.forEach((m, i) =>
				pushMeal(
					ctx,
					`meal:gap:${d.id}:${m.type}${d.gapMeals!.length > 1 ? `:${i + 1}` : ''}`,
					m,
					m.quality ?? 'estimated',
					d.id,
					`${path}.gapMeals[${i}]`,
					label
				)
			);
		} else if (teamSize > 0) {
			automatic(d, path, gap.nights, `meal:gap:${d.id}`, label);
		}
	}
	meals.extra.forEach((m, i) =>
		pushMeal(ctx, `meal:extra:${m.id}`, m, m.quality ?? 'estimated', null, `meals.extra[${i}]`, m.id)
	);
}
