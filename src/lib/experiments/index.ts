/**
 * Experiments, pure side: the lever catalogue (data), levers as transformations of a tour file, the
 * tour-order heuristic and the commitment status machine. No I/O, no Svelte, no database: the
 * server services (src/lib/server/scenarios.ts, commitments.ts) and the tests call these.
 */
export * from './catalogue';
export * from './context';
export * from './params';
export * from './transforms';
export * from './tour-order';
export * from './order-suggestion';
export * from './status';
export { LeverError, type Change, type LeverOutcome } from './shared';
export { explicitLegs } from './freight';
export * from './comparison';
export * from './forms';
export * from './order-form';
