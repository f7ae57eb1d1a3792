/**
 * Locale-aware formatting of numbers, emissions, distances and dates.
 * French: `1 234,5 kg CO₂e` (narrow no-break space as group separator, decimal comma).
 */
import type { Locale } from './index';

const tags: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export interface Formatters {
	number(n: number, digits?: number): string;
	/** significant-figure rounding suited to emissions: 3 significant figures, at most 1 decimal above 100 */
	kg(n: number): string;
	/** kilograms or tonnes, whichever reads better, with the unit */
	co2(kg: number): string;
	km(n: number): string;
	percent(ratio: number, digits?: number): string;
	date(iso: string): string;
}

function sig(n: number): number {
	if (n === 0 || !Number.isFinite(n)) return n;
	const abs = Math.abs(n);
	if (abs >= 100) return Math.round(n * 10) / 10;
	const p = 3 - Math.ceil(Math.log10(abs));
	const f = 10 ** p;
	return Math.round(n * f) / f;
}

const made = new Map<Locale, Formatters>();

/**
 * The formatters of a locale, made once: building an Intl formatter costs far more than using one
 * (a new DateTimeFormat per date was most of a long tour's results page on the server, issue #21),
 * and they hold no state, so one per locale and option set is shared.
 */
export function formatters(locale: Locale): Formatters {
	const known = made.get(locale);
	if (known) return known;
	const tag = tags[locale];
	const numberFormats = new Map<string, Intl.NumberFormat>();
	const nf = (min: number, max: number) => {
		const key = `${min}:${max}`;
		let f = numberFormats.get(key);
		if (!f) {
			f = new Intl.NumberFormat(tag, { minimumFractionDigits: min, maximumFractionDigits: max });
			numberFormats.set(key, f);
		}
		return f;
	};
	const percentFormats = new Map<number, Intl.NumberFormat>();
	const pf = (digits: number) => {
		let f = percentFormats.get(digits);
		if (!f) {
			f = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: digits });
			percentFormats.set(digits, f);
		}
		return f;
	};
	const df = new Intl.DateTimeFormat(tag, {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	});
	const dates = new Map<string, string>();
	const f: Formatters = {
		number: (n, digits = 1) => nf(0, digits).format(n),
		kg: (n) => `${nf(0, 6).format(sig(n))} kg CO₂e`,
		co2: (kg) =>
			Math.abs(kg) >= 10_000
				? `${nf(0, 2).format(sig(kg / 1000))} t CO₂e`
				: `${nf(0, 6).format(sig(kg))} kg CO₂e`,
		km: (n) => `${nf(0, n < 10 ? 1 : 0).format(n)} km`,
		percent: (r, digits = 0) => pf(digits).format(r),
		date: (iso) => {
			// a long tour prints each of its dates several times per page: ICU once per date
			let out = dates.get(iso);
			if (out === undefined) {
				if (dates.size >= 4096) dates.clear();
				dates.set(iso, (out = df.format(new Date(iso))));
			}
			return out;
		}
	};
	made.set(locale, f);
	return f;
}
