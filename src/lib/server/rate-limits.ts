/**
 * The app's rate limiters, over the app's database (getDb), configured from the environment on
 * first use. Stateless in the process: the counters are rows of rate_limits (see
 * ./auth/rate-limit.ts), so every process serving the database shares them.
 */
import { getDb } from './db';
import { createAuthLimiters, readRateLimitConfig, RateLimiter, type AuthLimiters } from './auth/rate-limit';
import { limits } from './limits';

let auth: AuthLimiters | undefined;
let api: RateLimiter | undefined;

export function authLimiters(): AuthLimiters {
	auth ??= createAuthLimiters(getDb, readRateLimitConfig());
	return auth;
}

/** Anonymous API requests (/api/*) per client IP per minute. */
export function apiLimiter(): RateLimiter {
	api ??= new RateLimiter(getDb, 'api-ip', { max: limits().api.perIpPerMinute, windowMs: 60_000 });
	return api;
}
