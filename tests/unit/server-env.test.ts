import { describe, expect, it } from 'vitest';
import { prepareServerEnv } from '../../scripts/lib.js';

describe('server environment (scripts/lib.js)', () => {
	it('fills PORT, HOST and ORIGIN defaults', () => {
		const env: Record<string, string | undefined> = {};
		expect(prepareServerEnv(env)).toBeNull();
		expect(env).toMatchObject({ PORT: '3000', HOST: '0.0.0.0', ORIGIN: 'http://localhost:3000' });
	});
	it('derives ORIGIN from PORT', () => {
		const env: Record<string, string | undefined> = { PORT: '8080' };
		prepareServerEnv(env);
		expect(env.ORIGIN).toBe('http://localhost:8080');
	});
	it('names the wrong variable', () => {
		expect(prepareServerEnv({ PORT: 'eighty' })).toMatch(/^PORT /);
		expect(prepareServerEnv({ ORIGIN: 'not a url' })).toMatch(/^ORIGIN /);
		expect(prepareServerEnv({ ORIGIN: 'https://x.org/app' })).toMatch(/^ORIGIN /);
		expect(prepareServerEnv({ HOST: 'a b' })).toMatch(/^HOST /);
	});
});
