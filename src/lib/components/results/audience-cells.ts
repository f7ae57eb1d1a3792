/**
 * Display of an audience archetype's sourced cells (audience parameters 2026.2 on), shared by the
 * results' provenance and the factor explorer: shares as percentages, the distance bands and the
 * other modes from the archetype's structured data with their labels in the reader's language
 * (the file's `value` strings are for people reading the JSON).
 */
import type { AudienceArchetype } from '$lib/engine/parameters';
import type { Translate } from '$lib/i18n';
import { modeLabel } from '$lib/i18n/labels';

interface Fmt {
	percent(x: number): string;
	number(n: number, digits?: number): string;
}

export function bandLabel(t: Translate, id: string): string {
	return id === 'same-commune'
		? t('factorMethod.parameters.sameCommuneShort')
		: t(`factorMethod.parameters.bandName.${id}`);
}

export function cellValue(t: Translate, fmt: Fmt, a: AudienceArchetype, key: string): string {
	const c = a.cells?.[key];
	if (!c) return '';
	if (key === 'distanceBands' && a.bands)
		return a.bands.map((b) => `${bandLabel(t, b.id)} ${fmt.percent(b.share)}`).join(' · ');
	if (key === 'otherModes')
		return Object.entries(a.modalShares)
			.filter(([m]) => m !== 'car')
			.map(([m, v]) => `${modeLabel(t, m)} ${fmt.percent(v ?? 0)}`)
			.join(', ');
	if (typeof c.value === 'string') return c.value;
	return key.endsWith('Share') ? fmt.percent(c.value) : fmt.number(c.value, 1);
}
