import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes SQL migrations into migrations/ (committed). They are applied at
// start-up by src/lib/server/db/client.ts#migrateDb, never by hand.
export default defineConfig({
	schema: './src/lib/server/db/schema/index.ts',
	out: './migrations',
	dialect: 'turso',
	dbCredentials: { url: process.env.DATABASE_URL ?? 'file:./data/empreinte.db' },
	casing: 'snake_case',
	strict: true,
	verbose: true
});
