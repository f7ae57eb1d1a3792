/**
 * Small display helpers of the factor explorer (client-safe): links, and published decimal
 * strings shown in the reader's locale without touching a digit (0.00293 → 0,00293 in French).
 */
import type { Locale } from '$lib/i18n';

export function decimalText(value: string, locale: Locale): string {
	return locale === 'fr' ? value.replace('.', ',') : value;
}

/** `passenger.km` → `passenger_km`, the message key of a unit. */
export function unitKey(unit: string): string {
	return unit.replace('.', '_');
}

export const tableHref = (ref: string) => `/factors/tables/${encodeURIComponent(ref)}`;
export const factorHref = (table: string, key: string) => `${tableHref(table)}/${encodeURIComponent(key)}`;
export const setHref = (ref: string) => `/factors/sets/${encodeURIComponent(ref)}`;
export const compareHref = (a: string, b: string) =>
	`/factors/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;

type T = (key: string, params?: Record<string, string | number>) => string;

/** One Intl.DisplayNames per locale: making one costs far more than asking it (a set lists dozens of hotel countries). */
const regions = new Map<string, Intl.DisplayNames>();
function regionNames(locale: Locale): Intl.DisplayNames {
	let r = regions.get(locale);
	if (!r) regions.set(locale, (r = new Intl.DisplayNames([locale], { type: 'region' })));
	return r;
}

/** A readable name for an activity key of the vocabulary (`car.compact.diesel` → “Compact car, diesel”). */
export function activityLabel(t: T, locale: Locale, activity: string): string {
	const parts = activity.split('.');
	if (parts[0] === 'hotel' && /^[A-Z]{2}$/.test(parts[1] ?? '')) {
		let country = parts[1];
		try {
			country = regionNames(locale).of(parts[1]) ?? parts[1];
		} catch {
			// an unknown region code stays as is
		}
		return t('factors.activity.hotelIn', { country });
	}
	if (parts[0] === 'car' && parts.length === 3) {
		return t('factors.activity.carOf', {
			size: t(`factors.carSize.${parts[1]}`),
			energy: t(`factors.carEnergy.${parts[2]}`)
		});
	}
	if (parts[0] === 'freight' && parts.length === 3 && parts[1] !== 'tkm') {
		return t('factors.activity.freightOf', {
			vehicle: t(`factors.freightClass.${parts[1]}`),
			load: t(`factors.freightLoad.${parts[2]}`)
		});
	}
	return t(`factors.activity.${activity.replace(/\./g, '_')}`);
}
