/** Coordinates as the gazetteer gives them (src/lib/server/geo assets), typed here to keep unit tests offline of it. */
import { place } from './helpers';

export const AUCH = place('fr:32013', 'Auch', 43.6456, 0.5886);
export const TOULOUSE = place('fr:31555', 'Toulouse', 43.6043, 1.4437);
export const MONTPELLIER = place('fr:34172', 'Montpellier', 43.6109, 3.8764);
export const ALBI = place('fr:81004', 'Albi', 43.9298, 2.148);
export const BRUSSELS = place('gn:2800866', 'Brussels', 50.8505, 4.3488, 'BE');
export const BERLIN = place('gn:2950159', 'Berlin', 52.5244, 13.4105, 'DE');
export const VIENNA = place('gn:2761369', 'Vienna', 48.2085, 16.3721, 'AT');
