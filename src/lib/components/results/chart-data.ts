/**
 * The data of the results charts, from the engine's aggregates (no computation of emissions here).
 */
import type { ResultScope, TourResult } from '$lib/engine';
import type { Formatters, Translate } from '$lib/i18n';
import { CATEGORY_COLORS } from '../charts/colors';
import type { ChartData } from '../charts/types';
import { COMPANY_CATEGORIES, dateRows } from './insights';
import { categoryLabel, modeLabel } from './labels';

/** Company categories, largest first (the audience is reported beside, in its own figure). */
export function categoryChart(r: TourResult, t: Translate): ChartData {
	const rows = r.byCategory.filter((b) => b.scope === 'company');
	return {
		labels: rows.map((b) => categoryLabel(t, b.key)),
		series: [
			{
				key: 'kg',
				label: t('engine.scope.company'),
				color: CATEGORY_COLORS.travel,
				values: rows.map((b) => b.kgCO2e)
			}
		]
	};
}

function short(s: string, max = 22): string {
	return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** Company emissions of each date in tour order, stacked by category. */
export function dateChart(r: TourResult, t: Translate, fmt: Formatters): ChartData {
	const rows = dateRows(r);
	return {
		// many dates: short labels under the bars (the date table gives them in full)
		labels: rows.map((d) =>
			d.id === null
				? t('results.charts.outsideDates')
				: `${rows.length > 10 ? short(d.venueName) : d.venueName} · ${fmt.date(d.start)}`
		),
		series: COMPANY_CATEGORIES.filter((c) => rows.some((d) => d.byCategory[c] > 0)).map((c) => ({
			key: c,
			label: categoryLabel(t, c),
			color: CATEGORY_COLORS[c],
			values: rows.map((d) => d.byCategory[c])
		}))
	};
}

/** Modes of one scope (team travel and freight, or the audience), largest first. */
export function modeChart(r: TourResult, scope: ResultScope, t: Translate): ChartData {
	const rows = r.byMode.filter((b) => b.scope === scope && b.kgCO2e > 0);
	return {
		labels: rows.map((b) => modeLabel(t, b.key)),
		series: [
			{
				key: 'kg',
				label: t(`engine.scope.${scope}`),
				color: scope === 'audience' ? CATEGORY_COLORS.audience : CATEGORY_COLORS.travel,
				values: rows.map((b) => b.kgCO2e)
			}
		]
	};
}
