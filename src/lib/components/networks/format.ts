/**
 * How network figures read: a protected figure (src/lib/disclosure) is its formatted value, or the
 * « secret (…) » text of its reason. Used by the dashboard, the report and the CSV alike.
 */
import type { Protected } from '$lib/disclosure';
import type { Formatters, Translate } from '$lib/i18n';

export type FigureKind = 'co2' | 'count' | 'percent' | 'ratio';

export function figureText(
	p: Protected | null | undefined,
	kind: FigureKind,
	t: Translate,
	fmt: Formatters
): string {
	if (!p) return t('networks.none');
	if (!p.shown) return t(`networks.secret.${p.reason}`);
	return valueText(p.value, kind, fmt);
}

export function valueText(v: number, kind: FigureKind, fmt: Formatters): string {
	if (kind === 'co2') return fmt.co2(v);
	if (kind === 'count') return fmt.number(v, 0);
	if (kind === 'percent') return fmt.percent(v, 0);
	return fmt.number(v, v < 1 ? 3 : v < 100 ? 2 : 1);
}

/** Shares are percentages; other indicators are kgCO2e per unit. */
export function indicatorKind(key: string): FigureKind {
	return key === 'oneOffShare' || key === 'audienceShare' ? 'percent' : 'ratio';
}
