import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/lib/server/config';
import {
	accountKey,
	combine,
	createAuthLimiters,
	RateLimiter,
	readRateLimitConfig,
	retryAfterMinutes
} from '../../../src/lib/server/auth/rate-limit';

const MIN = 60_000;

function clock(start = 1_000_000) {
	let t = start;
	return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('rate limiter', () => {
	it('allows max attempts per window, then refuses with the time left', () => {
		const c = clock();
		const rl = new RateLimiter({ max: 3, windowMs: 15 * MIN }, c.now);
		for (let i = 0; i < 3; i++) {
			expect(rl.check('k').allowed).toBe(true);
			rl.hit('k');
		}
		const v = rl.check('k');
		expect(v.allowed).toBe(false);
		expect(retryAfterMinutes(v)).toBe(15);
		c.advance(10 * MIN + 1);
		expect(retryAfterMinutes(rl.check('k'))).toBe(5);
		expect(rl.check('other').allowed).toBe(true);
	});

	it('opens again when the window ends, and reset clears a key', () => {
		const c = clock();
		const rl = new RateLimiter({ max: 1, windowMs: MIN }, c.now);
		rl.hit('k');
		expect(rl.check('k').allowed).toBe(false);
		c.advance(MIN);
		expect(rl.check('k').allowed).toBe(true);
		rl.hit('k');
		rl.reset('k');
		expect(rl.check('k').allowed).toBe(true);
	});

	it('keeps memory bounded by sweeping expired windows', () => {
		const c = clock();
		const rl = new RateLimiter({ max: 1, windowMs: MIN }, c.now);
		for (let i = 0; i < 10_000; i++) rl.hit(`ip-${i}`);
		c.advance(MIN);
		rl.hit('fresh');
		expect(rl.size).toBe(1);
	});

	it('combines per-IP and per-account verdicts, keeping the longest wait', () => {
		expect(combine({ allowed: true }, { allowed: true }).allowed).toBe(true);
		const v = combine({ allowed: false, retryAfterMs: MIN }, { allowed: false, retryAfterMs: 7 * MIN });
		expect(retryAfterMinutes(v)).toBe(7);
		expect(retryAfterMinutes({ allowed: false, retryAfterMs: 10 })).toBe(1);
	});

	it('counts one account whatever the case and spaces of the e-mail', () => {
		const c = clock();
		const { loginPerAccount } = createAuthLimiters(readRateLimitConfig({}), c.now);
		for (const e of ['Ana@X.org', ' ana@x.org', 'ANA@X.ORG ', 'ana@x.org', 'Ana@x.org'])
			loginPerAccount.hit(accountKey(e));
		expect(loginPerAccount.check(accountKey('ana@X.org')).allowed).toBe(false);
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
