/**
 * Rate limits on log-in and sign-up, per client IP and per account (the e-mail address), so that
 * neither one machine nor a botnet aimed at one account can guess passwords at speed.
 *
 * Fixed windows counted IN PROCESS MEMORY: enough for the single Node process that serves
 * Empreinte (adapter-node). Counters reset when the process restarts, and several processes
 * behind a load balancer would each count on their own (then move this to the database).
 *
 * Environment (positive integers; a wrong value is a ConfigError naming the variable):
 *
 * | variable                               | default | counts                                   |
 * | -------------------------------------- | ------- | ---------------------------------------- |
 * | EMPREINTE_LOGIN_MAX_PER_IP             | 30      | failed log-ins from one IP per window    |
 * | EMPREINTE_LOGIN_MAX_PER_ACCOUNT        | 5       | failed log-ins on one e-mail per window  |
 * | EMPREINTE_SIGNUP_MAX_PER_IP            | 10      | sign-up attempts from one IP per window  |
 * | EMPREINTE_SIGNUP_MAX_PER_ACCOUNT       | 5       | sign-up attempts for one e-mail          |
 * | EMPREINTE_RATE_LIMIT_WINDOW_MINUTES    | 15      | length of the window                     |
 *
 * Behind a reverse proxy, set adapter-node's ADDRESS_HEADER (e.g. X-Forwarded-For) so that the
 * per-IP limit sees clients, not the proxy.
 */
import { ConfigError } from '../config';

export interface RateLimitRule {
	max: number;
	windowMs: number;
}

export interface RateLimitConfig {
	loginPerIp: RateLimitRule;
	loginPerAccount: RateLimitRule;
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
		signupPerIp: { max: positiveInt(env, 'EMPREINTE_SIGNUP_MAX_PER_IP', 10), windowMs },
		signupPerAccount: { max: positiveInt(env, 'EMPREINTE_SIGNUP_MAX_PER_ACCOUNT', 5), windowMs }
	};
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

interface Window {
	count: number;
	resetAt: number;
}

/** Beyond this many keys, expired windows are swept so memory stays bounded under a flood. */
const SWEEP_ABOVE = 10_000;
/** Hard cap: the oldest windows are dropped first (Map keeps insertion order). */
const MAX_KEYS = 100_000;

export class RateLimiter {
	readonly #windows = new Map<string, Window>();
	readonly rule: RateLimitRule;
	private readonly now: () => number;

	constructor(rule: RateLimitRule, now: () => number = Date.now) {
		this.rule = rule;
		this.now = now;
	}

	/** Whether one more attempt is allowed now, without counting it. */
	check(key: string): RateLimitVerdict {
		const w = this.#current(key);
		if (w && w.count >= this.rule.max) return { allowed: false, retryAfterMs: w.resetAt - this.now() };
		return { allowed: true };
	}

	/** Counts one attempt. */
	hit(key: string): void {
		const now = this.now();
		const w = this.#current(key);
		if (w) {
			w.count += 1;
			return;
		}
		if (this.#windows.size >= SWEEP_ABOVE) this.#sweep(now);
		this.#windows.set(key, { count: 1, resetAt: now + this.rule.windowMs });
	}

	reset(key: string): void {
		this.#windows.delete(key);
	}

	get size(): number {
		return this.#windows.size;
	}

	#current(key: string): Window | undefined {
		const w = this.#windows.get(key);
		if (w && w.resetAt <= this.now()) {
			this.#windows.delete(key);
			return undefined;
		}
		return w;
	}

	#sweep(now: number): void {
		for (const [k, w] of this.#windows) if (w.resetAt <= now) this.#windows.delete(k);
		for (const k of this.#windows.keys()) {
			if (this.#windows.size < MAX_KEYS) break;
			this.#windows.delete(k);
		}
	}
}

export interface AuthLimiters {
	loginPerIp: RateLimiter;
	loginPerAccount: RateLimiter;
	signupPerIp: RateLimiter;
	signupPerAccount: RateLimiter;
}

export function createAuthLimiters(config: RateLimitConfig, now?: () => number): AuthLimiters {
	return {
		loginPerIp: new RateLimiter(config.loginPerIp, now),
		loginPerAccount: new RateLimiter(config.loginPerAccount, now),
		signupPerIp: new RateLimiter(config.signupPerIp, now),
		signupPerAccount: new RateLimiter(config.signupPerAccount, now)
	};
}

// Deliberately process-wide (unlike per-request state): the counters must outlive a request.
let shared: AuthLimiters | undefined;

/** The app's limiters, configured from the environment on first use. */
export function authLimiters(): AuthLimiters {
	shared ??= createAuthLimiters(readRateLimitConfig());
	return shared;
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
