/**
 * The engine's own version, stored with every result beside the factor set it used, so that a
 * stored diagnostic says which calculation rules produced it (semver: a change of any number for
 * the same input and the same factor set is at least a minor bump; a change of result shape is major).
 */
export const ENGINE_VERSION = '1.1.0'; // 1.1: nights and meals between dates, presence, meal mixes
