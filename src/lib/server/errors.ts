/**
 * Typed errors that services throw and routes translate: NotFoundError → 404, ForbiddenError → 403
 * (see `httpError` in ./auth/guards.ts). Services never import @sveltejs/kit, so integration tests
 * run them without the SvelteKit runtime.
 *
 * NotFoundError is also what a service throws when the thing exists in ANOTHER organisation: an
 * outsider must not learn that it exists.
 */
import type { Membership, Role } from './auth/types';

export class NotFoundError extends Error {
	constructor(message = 'Not found') {
		super(message);
		this.name = 'NotFoundError';
	}
}

export class ForbiddenError extends Error {
	constructor(message = 'Forbidden') {
		super(message);
		this.name = 'ForbiddenError';
	}
}

const RANK: Record<Role, number> = { viewer: 1, editor: 2, owner: 3 };

export function rank(role: Role): number {
	return RANK[role];
}

/** Throws ForbiddenError unless the membership's role is at least `role`. */
export function assertRole(m: Membership, role: Role): void {
	if (RANK[m.role] < RANK[role]) throw new ForbiddenError(`Requires role ${role}`);
}

/** One problem with one form field: an i18n key and its parameters, shown beside the field. */
export interface Issue {
	key: string;
	params?: Record<string, string | number>;
}

/** Invalid input, field by field (`''` for the form as a whole): the route returns fail(400, …). */
export class ValidationError extends Error {
	readonly issues: Record<string, Issue>;
	constructor(issues: Record<string, Issue>) {
		super(`Invalid input: ${Object.keys(issues).join(', ')}`);
		this.name = 'ValidationError';
		this.issues = issues;
	}
}
