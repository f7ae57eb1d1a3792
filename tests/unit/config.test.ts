import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/lib/server/config';

describe('configuration', () => {
	it('defaults to the embedded file database under ./data', () => {
		const c = readConfig({});
		expect(c.databaseUrl).toBe('file:./data/empreinte.db');
		expect(c.embedded).toBe(true);
		expect(c.seedDemo).toBe(true);
	});
	it('accepts libSQL server and Turso URLs', () => {
		expect(
			readConfig({ DATABASE_URL: 'libsql://db.example.turso.io', DATABASE_AUTH_TOKEN: 'x' }).embedded
		).toBe(false);
		expect(readConfig({ DATABASE_URL: 'http://127.0.0.1:8080' }).databaseUrl).toBe('http://127.0.0.1:8080');
	});
	it('names the variable in a one-line error', () => {
		expect(() => readConfig({ DATABASE_URL: 'postgres://x' })).toThrow(ConfigError);
		expect(() => readConfig({ DATABASE_URL: 'postgres://x' })).toThrow(/^DATABASE_URL /);
		expect(() => readConfig({ EMPREINTE_SEED_DEMO: 'maybe' })).toThrow(/^EMPREINTE_SEED_DEMO /);
	});
});
