/**
 * Run-time configuration, read from the environment once and validated. A wrong value stops the
 * app with ONE line naming the variable (ConfigError), never a stack trace: scripts/start.js and
 * the `init` hook print `error.message` and exit.
 *
 * Read through process.env rather than $env so that services, the CLI and the tests share it.
 */
export class ConfigError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ConfigError';
	}
}

export interface Config {
	databaseUrl: string;
	databaseAuthToken: string | undefined;
	/** true for `file:` URLs: the folder is created and the database is embedded */
	embedded: boolean;
	/** seed the demo workspace on first start */
	seedDemo: boolean;
}

const URL_PREFIXES = ['file:', 'libsql://', 'https://', 'http://', 'ws://', 'wss://'];

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
	const databaseUrl = env.DATABASE_URL?.trim() || 'file:./data/empreinte.db';
	if (databaseUrl !== ':memory:' && !URL_PREFIXES.some((p) => databaseUrl.startsWith(p))) {
		throw new ConfigError(
			`DATABASE_URL must start with file:, libsql://, https:// or http:// (got "${databaseUrl}")`
		);
	}
	if (databaseUrl.startsWith('file:') && databaseUrl.length <= 'file:'.length) {
		throw new ConfigError('DATABASE_URL "file:" needs a path, e.g. file:./data/empreinte.db');
	}
	const seed = env.EMPREINTE_SEED_DEMO?.trim().toLowerCase();
	if (seed !== undefined && seed !== '' && !['0', '1', 'true', 'false'].includes(seed)) {
		throw new ConfigError(`EMPREINTE_SEED_DEMO must be 1/true or 0/false (got "${env.EMPREINTE_SEED_DEMO}")`);
	}
	return {
		databaseUrl,
		databaseAuthToken: env.DATABASE_AUTH_TOKEN?.trim() || undefined,
		embedded: databaseUrl.startsWith('file:') || databaseUrl === ':memory:',
		seedDemo: seed === undefined || seed === '' || seed === '1' || seed === 'true'
	};
}
