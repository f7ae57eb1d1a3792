/**
 * Labels of the engine's keys (categories, modes, freight classes, components) in the current
 * locale, from the `engine` message namespace. Mode keys are activity keys: `rail.tgv` →
 * `engine.mode.rail_tgv`; a freight vehicle `freight.<class>.<load>` reads "class (load)"; a key
 * with no message is shown as it is, never blank.
 */
import type { Translate } from '$lib/i18n';
import type { ComponentKind } from '$lib/engine/factors/types';
import type { ResultCategory, ResultLine } from '$lib/engine';

function tryT(t: Translate, key: string): string | null {
	const s = t(key);
	return s === key ? null : s;
}

export function categoryLabel(t: Translate, c: ResultCategory | string): string {
	return tryT(t, `engine.category.${c}`) ?? c;
}

export function familyLabel(t: Translate, f: string | null): string {
	return f ? (tryT(t, `engine.family.${f}`) ?? f) : '—';
}

export function modeLabel(t: Translate, key: string | null): string {
	if (!key) return '—';
	const freight = /^freight\.([a-z0-9_]+)\.(empty|half|full|average)$/.exec(key);
	if (freight) {
		const cls = tryT(t, `engine.freightClass.${freight[1]}`);
		const load = tryT(t, `engine.freightLoad.${freight[2]}`);
		if (cls && load) return `${cls} (${load})`;
	}
	if (key === 'freight.van') return tryT(t, 'engine.freightClass.van') ?? key;
	return tryT(t, `engine.mode.${key.replace(/\./g, '_')}`) ?? key;
}

/** Label of an activity key asked of a factor set (modes, `hotel.FR`, `meal.vegan`, `fuel.diesel`). */
export function activityLabel(t: Translate, activity: string): string {
	const hotel = /^hotel\.(.+)$/.exec(activity);
	if (hotel) return t('engine.hotel', { country: hotel[1] === 'default' ? '—' : hotel[1] });
	const meal = /^meal\.(.+)$/.exec(activity);
	if (meal) return tryT(t, `engine.meal.${meal[1]}`) ?? activity;
	const night = /^night\.(.+)$/.exec(activity);
	if (night) return tryT(t, `engine.lodging.${night[1]}`) ?? activity;
	return modeLabel(t, activity);
}

export function componentLabel(t: Translate, k: ComponentKind): string {
	return tryT(t, `engine.component.${k}`) ?? k;
}

/** What a line is about, beyond its own label: mode, meal type or hotel country. */
export function lineKind(t: Translate, l: ResultLine): string {
	if (l.category === 'meal') return tryT(t, `engine.meal.${l.mode}`) ?? l.mode ?? '';
	if (l.category === 'accommodation')
		return tryT(t, `engine.lodging.${l.mode}`) ?? t('engine.hotel', { country: l.mode ?? '?' });
	return modeLabel(t, l.mode);
}

/**
 * Ids the editor gives a travel group the user did not name: `g-` and six hex digits (the travel
 * tab's « ajouter un groupe ») or `leg-<mode>` (the legs table's bulk change). The engine labels a
 * line with the group's label or, without one, its id; such an id is not a name to show.
 */
const GENERATED_GROUP_ID = /^(g-[0-9a-f]{6}|leg-[a-z0-9_-]+)$/;

/** The name of a line as a reader should see it: its own label, or what it is about. */
export function lineTitle(t: Translate, l: ResultLine): string {
	if (l.category === 'travel' && GENERATED_GROUP_ID.test(l.label)) return lineKind(t, l);
	return l.label;
}

/** Tab of the tour where each kind of input is entered (the lead's tabs). */
export const TABS = ['dates', 'travel', 'freight', 'stay', 'audience'] as const;
export type TourTab = (typeof TABS)[number];

export const CATEGORY_TAB: Record<ResultCategory, TourTab> = {
	travel: 'travel',
	freight: 'freight',
	accommodation: 'stay',
	meal: 'stay',
	audience: 'audience'
};

/** The tab where the element at a tour-file JSON path is edited, when there is one. */
export function tabForPath(path: string): TourTab | null {
	if (/^dates\[\d+\]\.audience/.test(path)) return 'audience';
	if (/^dates\[\d+\]\.(roomNights|meals)/.test(path)) return 'stay';
	if (/^dates\[\d+\]\.travel/.test(path)) return 'travel';
	if (path.startsWith('dates')) return 'dates';
	if (/^(travel|legs|team|distances|route)/.test(path)) return 'travel';
	if (path.startsWith('freight')) return 'freight';
	if (/^(accommodation|meals)/.test(path)) return 'stay';
	return null;
}
