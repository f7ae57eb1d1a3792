import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

/** Key/value facts about this database itself (e.g. when the demo workspace was seeded). */
export const appMeta = sqliteTable('app_meta', {
	key: text('key').primaryKey(),
	value: text('value').notNull(),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});
