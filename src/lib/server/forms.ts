/**
 * The one way routes run a service from a form action: typed errors become HTTP answers.
 * ValidationError → fail(400, { values, issues }) shown beside each field; TourDocumentError →
 * fail(400, { values, problems }) listed by JSON path; StaleTourError → fail(409, { values, stale })
 * (the tour layout says who changed the tour and when); NotFoundError → 404; ForbiddenError → 403.
 */
import { fail, type ActionFailure } from '@sveltejs/kit';
import { rethrowAsHttp } from './auth/guards';
import { ValidationError, type Issue } from './errors';
import { StaleTourError, TourDocumentError } from './tours';
import type { TourFileProblem } from '../schemas/tour-file';

export interface FormFailure {
	values: Record<string, string>;
	issues?: Record<string, Issue>;
	problems?: TourFileProblem[];
	form?: string;
	/** the edit was made on an older version of the tour: who saved since, and when (ISO) */
	stale?: { by: string | null; at: string };
}

export async function runAction<T>(
	values: Record<string, string>,
	fn: () => Promise<T>,
	form?: string
): Promise<T | ActionFailure<FormFailure>> {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof ValidationError) return fail(400, { values, issues: e.issues, form });
		if (e instanceof TourDocumentError) {
			// a tour-size limit is also a form-level issue, so that forms listing only issues say it
			const limit = e.problems.find((p) => p.code === 'tour.limit' && p.params)?.params;
			const issues = limit
				? { '': { key: `limits.tooMany.${limit.limit}`, params: { max: limit.max } } }
				: undefined;
			return fail(400, { values, problems: e.problems, issues, form });
		}
		if (e instanceof StaleTourError)
			return fail(409, { values, form, stale: { by: e.by, at: e.at.toISOString() } });
		rethrowAsHttp(e);
	}
}
