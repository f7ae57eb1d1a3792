/**
 * The one disclosure module (pure): network pages, their CSV/JSON exports and reports, and later
 * the open observatory and co-routing, publish cross-organisation figures only through it.
 *
 * - ./rules.ts: primary rules (≥ 3 contributors, none > 85 %), secondary suppression in additive
 *   tables, quartiles from 5, counts;
 * - ./audit.ts: filter requests checked against differencing (nested record sets).
 */
export * from './rules';
export * from './audit';
export * from './cells';
