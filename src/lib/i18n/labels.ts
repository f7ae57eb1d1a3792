/** Labels of engine vocabularies (modes, quality tags…), from the `engine` and `tours` catalogues. */
import type { Translate } from './index';

export const modeLabel = (t: Translate, mode: string) => t(`engine.mode.${mode.replace(/\./g, '_')}`);
export const qualityLabel = (t: Translate, q: string) => t(`tours.quality.${q}`);
