/** Labels of engine vocabularies (modes, quality tags…), from the `engine` and `tours` catalogues. */
import type { Translate } from './index';

export const modeLabel = (t: Translate, mode: string) => t(`engine.mode.${mode.replace(/\./g, '_')}`);
export const qualityLabel = (t: Translate, q: string) => t(`tours.quality.${q}`);

/**
 * A team role as a French reader expects it: the usual roles (`team`, `artist`, `technician`…)
 * from the catalogue, any other role as the user typed it.
 */
export const roleLabel = (t: Translate, role: string) => {
	const key = `editor.role.${role
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_')}`;
	const label = t(key);
	return label === key ? role : label;
};
