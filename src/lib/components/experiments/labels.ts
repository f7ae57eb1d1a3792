/**
 * Labels for lever options and step changes: option values that are engine vocabulary (rail modes,
 * freight classes, territories) take the engine's and the tours' labels; the rest are ours.
 */
import type { Change } from '$lib/experiments';
import type { I18n } from '$lib/i18n/context';
import { modeLabel } from '$lib/i18n/labels';

export function optionLabel(i18n: I18n, lever: string, name: string, value: string): string {
	const t = i18n.t;
	if (name === 'rail') return value === 'auto' ? t('experiments.options.rail.auto') : modeLabel(t, value);
	if (name === 'downsizeTo')
		return value === '' ? t('experiments.options.downsizeTo.none') : t(`engine.freightClass.${value}`);
	if (name === 'territory')
		return value === 'all' ? t('experiments.options.territory.all') : t(`tours.territory.${value}`);
	if (name === 'mode')
		return t(`experiments.options.${lever === 'shared-freight' ? 'sharedMode' : 'audienceMode'}.${value}`);
	return t(`experiments.options.${name}.${value}`);
}

/** A step's change, in words: modes, freight classes, dates and meal types translated. */
export function changeText(i18n: I18n, c: Change): string {
	const t = i18n.t;
	const p: Record<string, string | number> = { ...c.params };
	if (typeof p.mode === 'string') p.mode = modeLabel(t, p.mode);
	if (c.key.endsWith('.downsize')) {
		p.from = t(`engine.freightClass.${p.from}`);
		p.to = t(`engine.freightClass.${p.to}`);
	}
	if (c.key.endsWith('.moved')) {
		p.from = i18n.fmt.date(String(p.from));
		p.to = i18n.fmt.date(String(p.to));
	}
	if (c.key.endsWith('.vegetarian') && typeof p.type === 'string')
		p.type = t(`experiments.options.type.${p.type}`).toLowerCase();
	for (const k of ['km', 'from', 'to', 'tonnes', 'roomNights', 'meals'] as const)
		if (typeof p[k] === 'number') p[k] = i18n.fmt.number(p[k] as number, 2);
	return t(c.key, p);
}
