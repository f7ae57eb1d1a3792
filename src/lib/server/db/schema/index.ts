/** The database schema, one file per aggregate. drizzle-kit reads this barrel. */
export * from './meta';
export * from './auth';
export * from './tours';
export * from './experiments';
export * from './audience';
export * from './riders';
export * from './training';
export * from './networks';
export * from './observatory';
export * from './hardening';
export * from './corouting';
