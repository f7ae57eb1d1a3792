/**
 * The i18n context of the Svelte tree. The root layout sets it from its `data.locale`; a component
 * reads it with `const i18n = getI18n()` and then `i18n.t('ns.key', { n })`, `i18n.fmt.co2(kg)`,
 * `i18n.locale`. Getters keep it live when the locale changes without a remount.
 */
import { getContext, setContext } from 'svelte';
import { formatters, translate, type Formatters, type Locale, type Translate } from './index';

const KEY = Symbol('i18n');

export interface I18n {
	readonly locale: Locale;
	readonly t: Translate;
	readonly fmt: Formatters;
}

export function setI18n(getLocale: () => Locale): I18n {
	let cachedLocale: Locale | undefined;
	let cachedFmt: Formatters | undefined;
	const i18n: I18n = {
		get locale() {
			return getLocale();
		},
		t: (key, params) => translate(getLocale(), key, params),
		get fmt() {
			const l = getLocale();
			if (l !== cachedLocale || !cachedFmt) {
				cachedLocale = l;
				cachedFmt = formatters(l);
			}
			return cachedFmt;
		}
	};
	setContext(KEY, i18n);
	return i18n;
}

export function getI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n) throw new Error('getI18n() called outside the root layout');
	return i18n;
}
