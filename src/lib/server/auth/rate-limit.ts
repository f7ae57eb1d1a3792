/**
 * Rate limits: log-in, sign-up and the anonymous API, per client IP and per account.
 *
 * Fixed windows counted IN THE DATABASE (table rate_limits), so that several app processes
 * serving one database count together and a restart does not reset an attacker's budget.
 * One upsert per counted attempt (INSERT … ON CONFLICT … RETURNING): atomic in SQLite and libSQL.
 *
 * Log-in never locks an account's owner out (issue 17): failures are counted per IP (a machine
 * guessing many accounts) and per account AND IP (a machine guessing one account): both refuse
 * only the guessing address. Across all addresses, failures on one account past a threshold only
 * SLOW every further attempt on it (a growing wait, capped), so a botnet gets a few guesses a
 * minute while the owner, from their own address, still logs in.
 *
 * Environment (positive integers; a wrong value is a ConfigError naming the variable):
 *
 * | variable                               | default | counts                                          |
 * | -------------------------------------- | ------- | ----------------------------------------------- |
 * | EMPREINTE_LOGIN_MAX_PER_IP             | 30      | failed log-ins from one IP per window           |
 * | EMPREINTE_LOGIN_MAX_PER_ACCOUNT        | 5       | failed log-ins on one e-mail from one IP        |
 * | EMPREINTE_LOGIN_SLOWDOWN_AFTER         | 10      | failed log-ins on one e-mail (all IPs) before   |
 * |                                        |         | each attempt on it waits (0.5 s, doubling, 8 s) |
 * | EMPREINTE_SIGNUP_MAX_PER_IP            | 10      | sign-up attempts from one IP per window         |
 * | EMPREINTE_SIGNUP_MAX_PER_ACCOUNT       | 5       | sign-up attempts for one e-mail                 |
 * | EMPREINTE_RATE_LIMIT_WINDOW_MINUTES    | 15      | length of the window                            |
 *
 * Behind a reverse proxy, set adapter-node's ADDRESS_HEADER (e.g. X-Forwarded-For) so that the
 * per-IP limit sees clients, not the proxy.
 */
import { lt, sql } from 'drizzle-orm';
import { ConfigError } from '../config';
import type { Db } from '../db/client';
import { rateLimits } from '../db/schema/hardening';

export interface RateLimitRule {
	max: number;
	windowMs: number;
}

export interface RateLimitConfig {
	loginPerIp: RateLimitRule;
	/** failed log-ins on one account from one address */
	loginPerAccount: RateLimitRule;
	/** failed log-ins on one account from all addresses before attempts slow down */
	loginSlowdown: RateLimitRule;
	signupPerIp: RateLimitRule;
	signupPerAccount: RateLimitRule;
}

function positiveInt(env: Record<string, string | undefined>, name: string, fallback: number): number {
	const raw = env[name]?.trim();
	if (raw === undefined || raw === '') return fallback;
	if (!/^\d+$/.test(raw) || Number(raw) < 1) {
		throw new ConfigError(`${name} must be a whole number of 1 or more (got "${env[name]}")`);
	}
	return Number(raw);
}

export function readRateLimitConfig(env: Record<string, string | undefined> = process.env): RateLimitConfig {
	const windowMs = positiveInt(env, 'EMPREINTE_RATE_LIMIT_WINDOW_MINUTES', 15) * 60_000;
	return {
		loginPerIp: { max: positiveInt(env, 'EMPREINTE_LOGIN_MAX_PER_IP', 30), windowMs },
		loginPerAccount: { max: positiveInt(env, 'EMPREINTE_LOGIN_MAX_PER_ACCOUNT', 5), windowMs },
		loginSlowdown: { max: positiveInt(env, 'EMPREINTE_LOGIN_SLOWDOWN_AFTER', 10), windowMs },
		signupPerIp: { max: positiveInt(env, 'EMPREINTE_SIGNUP_MAX_PER_IP', 10), windowMs },
		signupPerAccount: { max: positiveInt(env, 'EMPREINTE_SIGNUP_MAX_PER_ACCOUNT', 5), windowMs }
	};
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Expired windows are deleted about once every this many counted attempts (bounded table). */
const SWEEP_EVERY = 500;

/** One kind of counter (`prefix`) with its rule, stored in rate_limits. */
export class RateLimiter {
	readonly rule: RateLimitRule;
	readonly #db: () => Db;
	readonly #prefix: string;
	readonly #now: () => number;
	#sinceSweep = 0;

	constructor(db: () => Db, prefix: string, rule: RateLimitRule, now: () => number = Date.now) {
		this.#db = db;
		this.#prefix = prefix;
		this.rule = rule;
		this.#now = now;
	}

	/** Attempts counted in the current window of `key` (0 when none or expired). */
	async count(key: string): Promise<{ count: number; resetAt: number }> {
		const row = await this.#db()
			.select({ count: rateLimits.count, resetAt: rateLimits.resetAt })
			.from(rateLimits)
			.where(sql`${rateLimits.key} = ${this.#key(key)}`)
			.get();
		if (!row || row.resetAt <= this.#now()) return { count: 0, resetAt: 0 };
		return row;
	}

	/** Whether one more attempt is allowed now, without counting it. */
	async check(key: string): Promise<RateLimitVerdict> {
		const w = await this.count(key);
		if (w.count >= this.rule.max) return { allowed: false, retryAfterMs: w.resetAt - this.#now() };
		return { allowed: true };
	}

	/** Counts one attempt; returns the window's count after it. */
	async hit(key: string): Promise<{ count: number; resetAt: number }> {
		const now = this.#now();
		const resetAt = now + this.rule.windowMs;
		const db = this.#db();
		// a new window when the stored one has ended, else one more in it: one atomic statement
		const rows = await db.all<{ count: number; reset_at: number }>(sql`
			INSERT INTO rate_limits (key, count, reset_at) VALUES (${this.#key(key)}, 1, ${resetAt})
			ON CONFLICT (key) DO UPDATE SET
				count = CASE WHEN reset_at <= ${now} THEN 1 ELSE count + 1 END,
				reset_at = CASE WHEN reset_at <= ${now} THEN ${resetAt} ELSE reset_at END
			RETURNING count, reset_at`);
		if (++this.#sinceSweep >= SWEEP_EVERY) {
			this.#sinceSweep = 0;
			await db.delete(rateLimits).where(lt(rateLimits.resetAt, now));
		}
		const r = rows[0];
		return { count: Number(r?.count ?? 1), resetAt: Number(r?.reset_at ?? resetAt) };
	}

	/** Counts one attempt and says whether it was within the limit (for request rate limits). */
	async take(key: string): Promise<RateLimitVerdict> {
		const w = await this.hit(key);
		if (w.count > this.rule.max) return { allowed: false, retryAfterMs: w.resetAt - this.#now() };
		return { allowed: true };
	}

	async reset(key: string): Promise<void> {
		await this.#db()
			.delete(rateLimits)
			.where(sql`${rateLimits.key} = ${this.#key(key)}`);
	}

	#key(key: string): string {
		return `${this.#prefix}:${key}`;
	}
}

export interface AuthLimiters {
	loginPerIp: RateLimiter;
	loginPerAccount: RateLimiter;
	loginSlowdown: RateLimiter;
	signupPerIp: RateLimiter;
	signupPerAccount: RateLimiter;
}

export function createAuthLimiters(db: () => Db, config: RateLimitConfig, now?: () => number): AuthLimiters {
	return {
		loginPerIp: new RateLimiter(db, 'login-ip', config.loginPerIp, now),
		loginPerAccount: new RateLimiter(db, 'login-acct-ip', config.loginPerAccount, now),
		loginSlowdown: new RateLimiter(db, 'login-acct', config.loginSlowdown, now),
		signupPerIp: new RateLimiter(db, 'signup-ip', config.signupPerIp, now),
		signupPerAccount: new RateLimiter(db, 'signup-acct', config.signupPerAccount, now)
	};
}

/** Key of the per-account-and-address log-in counter. */
export function accountIpKey(email: string, ip: string): string {
	return `${accountKey(email)}|${ip}`;
}

/** Slow-down wait after `failures` on one account: 0 up to the threshold, then 0.5 s doubling, 8 s at most. */
export function slowdownMs(failures: number, threshold: number): number {
	if (failures < threshold) return 0;
	return Math.min(8_000, 500 * 2 ** Math.min(4, failures - threshold));
}

/** The first refusal among several verdicts, with the longest wait. */
export function combine(...verdicts: RateLimitVerdict[]): RateLimitVerdict {
	let wait = -1;
	for (const v of verdicts) if (!v.allowed) wait = Math.max(wait, v.retryAfterMs);
	return wait < 0 ? { allowed: true } : { allowed: false, retryAfterMs: wait };
}

/** "try again in N minutes", rounded up so that the user never retries too early. */
export function retryAfterMinutes(v: RateLimitVerdict): number {
	return v.allowed ? 0 : Math.max(1, Math.ceil(v.retryAfterMs / 60_000));
}

/** Per-account keys use the normalised e-mail, so case and spaces do not buy more attempts. */
export function accountKey(email: string): string {
	return email.trim().toLowerCase();
}
