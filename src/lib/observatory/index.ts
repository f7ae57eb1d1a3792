/** Open observatory (issue 13): aggregation, release files, Table Schemas. Pure. */
export * from './aggregate';
export * from './release';
export * from './tableschema';
