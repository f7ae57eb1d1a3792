import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/lib/server/config';
import { createTestDb } from '../../../src/lib/server/db/client';
import {
	accountIpKey,
	accountKey,
	combine,
	createAuthLimiters,
	RateLimiter,
	readRateLimitConfig,
	retryAfterMinutes,
	slowdownMs
} from '../../../src/lib/server/auth/rate-limit';

const MIN = 60_000;

function clock(start = 1_000_000) {
	let t = start;
	return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('rate limiter (counters in the database)', () => {
	it('allows max attempts per window, then refuses with the time left', async () => {
		const db = await createTestDb();
		const c = clock();
		const rl = new RateLimiter(() => db, 't', { max: 3, windowMs: 15 * MIN }, c.now);
		for (let i = 0; i < 3; i++) {
			expect((await rl.check('k')).allowed).toBe(true);
			await rl.hit('k');
		}
		const v = await rl.check('k');
		expect(v.allowed).toBe(false);
		expect(retryAfterMinutes(v)).toBe(15);
		c.advance(10 * MIN + 1);
		expect(retryAfterMinutes(await rl.check('k'))).toBe(5);
		expect((await rl.check('other')).allowed).toBe(true);
	});

	it('opens again when the window ends, and reset clears a key', async () => {
		const db = await createTestDb();
		const c = clock();
		const rl = new RateLimiter(() => db, 't', { max: 1, windowMs: MIN }, c.now);
		await rl.hit('k');
		expect((await rl.check('k')).allowed).toBe(false);
		c.advance(MIN);
		expect((await rl.check('k')).allowed).toBe(true);
		expect((await rl.hit('k')).count).toBe(1); // a new window, not the old count + 1
		await rl.reset('k');
		expect((await rl.check('k')).allowed).toBe(true);
	});

	it('two limiters on one database (two processes) count together', async () => {
		const db = await createTestDb();
		const rule = { max: 4, windowMs: MIN };
		const a = new RateLimiter(() => db, 'api-ip', rule);
		const b = new RateLimiter(() => db, 'api-ip', rule);
		const verdicts = [];
		for (let i = 0; i < 3; i++)
			verdicts.push((await a.take('1.2.3.4')).allowed, (await b.take('1.2.3.4')).allowed);
		expect(verdicts.filter(Boolean)).toHaveLength(4);
	});

	it('keeps the table bounded by deleting expired windows', async () => {
		const db = await createTestDb();
		const c = clock();
		const rl = new RateLimiter(() => db, 't', { max: 1, windowMs: MIN }, c.now);
		for (let i = 0; i < 499; i++) await rl.hit(`ip-${i}`);
		c.advance(MIN + 1);
		await rl.hit('fresh'); // the 500th counted attempt sweeps
		const rows = await db.query.rateLimits.findMany();
		expect(rows.map((r) => r.key)).toEqual(['t:fresh']);
	});

	it('combines per-IP and per-account verdicts, keeping the longest wait', () => {
		expect(combine({ allowed: true }, { allowed: true }).allowed).toBe(true);
		const v = combine({ allowed: false, retryAfterMs: MIN }, { allowed: false, retryAfterMs: 7 * MIN });
		expect(retryAfterMinutes(v)).toBe(7);
		expect(retryAfterMinutes({ allowed: false, retryAfterMs: 10 })).toBe(1);
	});

	it('counts one account whatever the case and spaces of the e-mail', async () => {
		const db = await createTestDb();
		const c = clock();
		const { loginPerAccount } = createAuthLimiters(() => db, readRateLimitConfig({}), c.now);
		for (const e of ['Ana@X.org', ' ana@x.org', 'ANA@X.ORG ', 'ana@x.org', 'Ana@x.org'])
			await loginPerAccount.hit(accountIpKey(e, '10.0.0.1'));
		expect((await loginPerAccount.check(accountIpKey('ana@X.org', '10.0.0.1'))).allowed).toBe(false);
		expect(accountKey(' Ana@X.org ')).toBe('ana@x.org');
	});

	it('refuses the guessing address, never the owner’s: the account itself is only slowed', async () => {
		const db = await createTestDb();
		const c = clock();
		const l = createAuthLimiters(() => db, readRateLimitConfig({}), c.now);
		for (let i = 0; i < 20; i++) {
			await l.loginPerAccount.hit(accountIpKey('ana@x.org', '6.6.6.6'));
			await l.loginSlowdown.hit(accountKey('ana@x.org'));
		}
		expect((await l.loginPerAccount.check(accountIpKey('ana@x.org', '6.6.6.6'))).allowed).toBe(false);
		expect((await l.loginPerAccount.check(accountIpKey('ana@x.org', '192.168.1.10'))).allowed).toBe(true);
		const failures = (await l.loginSlowdown.count('ana@x.org')).count;
		expect(failures).toBe(20);
		expect(slowdownMs(failures, l.loginSlowdown.rule.max)).toBe(8000);
		expect(slowdownMs(9, 10)).toBe(0);
		expect(slowdownMs(10, 10)).toBe(500);
		expect(slowdownMs(11, 10)).toBe(1000);
	});
});

describe('rate limit configuration', () => {
	it('has sensible defaults', () => {
		const c = readRateLimitConfig({});
		expect(c.loginPerAccount).toEqual({ max: 5, windowMs: 15 * MIN });
		expect(c.loginPerIp.max).toBe(30);
		expect(c.signupPerIp.max).toBe(10);
		expect(c.signupPerAccount.max).toBe(5);
	});

	it('reads its environment variables', () => {
		const c = readRateLimitConfig({
			EMPREINTE_LOGIN_MAX_PER_IP: '1000',
			EMPREINTE_LOGIN_MAX_PER_ACCOUNT: '3',
			EMPREINTE_SIGNUP_MAX_PER_IP: '500',
			EMPREINTE_SIGNUP_MAX_PER_ACCOUNT: '2',
			EMPREINTE_RATE_LIMIT_WINDOW_MINUTES: '60'
		});
		expect(c).toEqual({
			loginPerIp: { max: 1000, windowMs: 60 * MIN },
			loginPerAccount: { max: 3, windowMs: 60 * MIN },
			loginSlowdown: { max: 10, windowMs: 60 * MIN },
			signupPerIp: { max: 500, windowMs: 60 * MIN },
			signupPerAccount: { max: 2, windowMs: 60 * MIN }
		});
	});

	it('names the wrong variable', () => {
		expect(() => readRateLimitConfig({ EMPREINTE_LOGIN_MAX_PER_IP: 'lots' })).toThrow(ConfigError);
		expect(() => readRateLimitConfig({ EMPREINTE_LOGIN_MAX_PER_IP: 'lots' })).toThrow(
			/^EMPREINTE_LOGIN_MAX_PER_IP /
		);
		expect(() => readRateLimitConfig({ EMPREINTE_RATE_LIMIT_WINDOW_MINUTES: '0' })).toThrow(
			/EMPREINTE_RATE_LIMIT_WINDOW_MINUTES/
		);
	});
});
