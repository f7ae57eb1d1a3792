/**
 * The browser's upload of a parsed file, block by block (JSON; each request well under the body
 * limit): the first request opens a draft with the file's description, the next ones add blocks.
 * Editors only; the draft belongs to the caller's organisation and tour.
 */
import { error, json } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { ValidationError } from '$lib/server/errors';
import * as audience from '$lib/server/audience-imports';
import { UploadBody } from '$lib/schemas/audience-import';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	const m = await requireMembership(event, 'editor');
	let raw: unknown;
	try {
		raw = await event.request.json();
	} catch {
		error(400, 'Invalid JSON');
	}
	const parsed = UploadBody.safeParse(raw);
	if (!parsed.success)
		return json(
			{ issues: { file: { key: 'audience.errors.block', params: { problem: 'shape' } } } },
			{ status: 400 }
		);
	const body = parsed.data;
	try {
		const draft =
			'start' in body
				? await audience.startDraft(getDb(), m, event.params.tour, body.start, body.block)
				: await audience.appendBlock(getDb(), m, event.params.tour, body.draftId, body.seq, body.block);
		return json({ draftId: draft.id, complete: draft.complete });
	} catch (e) {
		if (e instanceof ValidationError) return json({ issues: e.issues }, { status: 400 });
		rethrowAsHttp(e);
	}
};
