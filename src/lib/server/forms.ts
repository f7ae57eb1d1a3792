/**
 * The one way routes run a service from a form action: typed errors become HTTP answers.
 * ValidationError → fail(400, { values, issues }) shown beside each field; TourDocumentError →
 * fail(400, { values, problems }) listed by JSON path; NotFoundError → 404; ForbiddenError → 403.
 */
import { fail, type ActionFailure } from '@sveltejs/kit';
import { rethrowAsHttp } from './auth/guards';
import { ValidationError, type Issue } from './errors';
import { TourDocumentError } from './tours';
import type { TourFileProblem } from '../schemas/tour-file';

export interface FormFailure {
	values: Record<string, string>;
	issues?: Record<string, Issue>;
	problems?: TourFileProblem[];
	form?: string;
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
		if (e instanceof TourDocumentError) return fail(400, { values, problems: e.problems, form });
		rethrowAsHttp(e);
	}
}
