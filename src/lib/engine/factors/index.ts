/**
 * The factor library's pure side: types, activity vocabulary, parsing and validation of the data
 * files, exact decimals, set resolution, diffs, sample trips, search and CSV export. No I/O:
 * src/lib/server/factor-tables.ts reads emission-factors/ and calls these.
 */
export * from './types';
export * from './activities';
export * from './decimal';
export * from './csv';
export * from './parse';
export * from './resolve';
export * from './diff';
export * from './search';
export * from './export';
