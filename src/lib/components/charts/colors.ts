/**
 * Chart colours: distinct hues, each at least 3:1 against white (WCAG 1.4.11, graphical objects),
 * so that a bar or a leg reads on screen and on paper; every chart also has its table.
 */
import type { ModeFamily, ResultCategory } from '$lib/engine';

export const CATEGORY_COLORS: Record<ResultCategory, string> = {
	travel: '#1f5f4a',
	freight: '#b4530b',
	accommodation: '#5b4b8a',
	meal: '#7a6414',
	audience: '#1a56db'
};

export const FAMILY_COLORS: Record<ModeFamily, string> = {
	rail: '#1d6b3a',
	road: '#b4530b',
	coach: '#7b3fa0',
	air: '#a4161a',
	sea: '#1a56db',
	urban: '#4a5652',
	soft: '#2b7a78'
};

/** Legs with no team travel (freight only) */
export const NEUTRAL_COLOR = '#6b7570';

export function familyColor(f: ModeFamily | null): string {
	return f ? FAMILY_COLORS[f] : NEUTRAL_COLOR;
}
