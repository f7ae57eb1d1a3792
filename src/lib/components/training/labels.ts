/** Names of cases and levers for the training pages, from the catalogues (no string of our own). */
import { isLeverKey, leverText } from '$lib/experiments/catalogue';
import type { I18n } from '$lib/i18n/context';

export function leverTitle(i18n: I18n, key: string): string {
	if (key === 'manual') return i18n.t('training.board.manual');
	return isLeverKey(key) ? leverText(key, i18n.locale).title : key;
}

export function caseTitle(i18n: I18n, key: string): string {
	if (key.startsWith('custom:')) return i18n.t('training.cases.own', { title: '' }).replace(/[:\s]+$/, '');
	return i18n.t(`training.cases.${key}`);
}
