import { redirect } from '@sveltejs/kit';
import { qrSvg } from '$lib/server/qr';
import { getDb } from '$lib/server/db';
import * as training from '$lib/server/training';
import { requireUser, rethrowAsHttp } from '$lib/server/auth/guards';
import { refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import { ValidationError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';
import type { RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from '$lib/server/auth/types';

/**
 * The trainer's board: join code and QR, lobby, teams' progress, results side by side, scenarios,
 * and the running order (freeze, rounds, reset, delete). The page re-runs this load every few
 * seconds (short polling, see the page); only the session's owner gets it, others a 404.
 */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	event.depends('training:board');
	let board;
	try {
		board = await training.board(getDb(), user, event.params.session);
	} catch (e) {
		rethrowAsHttp(e);
	}
	const joinUrl = `${event.url.origin}/join`;
	const codeUrl = `${joinUrl}?code=${encodeURIComponent(board.session.code)}`;
	const qr = await qrSvg(codeUrl);
	return {
		session: { ...board.session, codeExpired: board.session.codeExpiresAt.getTime() <= Date.now() },
		teams: board.teams,
		unassigned: board.unassigned,
		joinUrl,
		qr
	};
};

/** Runs a trainer verb; a refused input becomes fail(400) beside its form, the rest 404/403/500. */
async function run(
	event: RequestEvent,
	action: string,
	fn: (user: SessionUser, session: string, values: Record<string, string>) => Promise<unknown>
) {
	const user = requireUser(event);
	const values = formValues(await event.request.formData());
	try {
		await fn(user, (event.params as { session: string }).session, values);
	} catch (e) {
		return refuse(action, values, e);
	}
	return { action, ok: true };
}

export const actions: Actions = {
	freeze: (event) => run(event, 'freeze', (u, id) => training.setFrozen(getDb(), u, id, true)),
	unfreeze: (event) => run(event, 'unfreeze', (u, id) => training.setFrozen(getDb(), u, id, false)),
	release: (event) => run(event, 'release', (u, id, v) => training.setReleasedRound(getDb(), u, id, v.round)),
	renewCode: (event) => run(event, 'renewCode', (u, id) => training.renewCode(getDb(), u, id)),
	addTeam: (event) => run(event, 'addTeam', (u, id) => training.addTeamToSession(getDb(), u, id)),
	renameLearner: (event) =>
		run(event, 'renameLearner', (u, id, v) => training.renameLearner(getDb(), u, id, v)),
	removeLearner: (event) =>
		run(event, 'removeLearner', (u, id, v) => training.removeLearner(getDb(), u, id, v)),
	assignLearner: (event) =>
		run(event, 'assignLearner', (u, id, v) => training.assignLearner(getDb(), u, id, v)),
	reset: (event) =>
		run(event, 'reset', (u, id, v) =>
			training.reset(getDb(), u, id, { removeLearners: v.removeLearners === 'on' })
		),
	delete: async (event) => {
		const user = requireUser(event);
		const values = formValues(await event.request.formData());
		try {
			const s = await training.get(getDb(), user, event.params.session);
			// typed confirmation, as for deleting an organisation: a stray click cannot do it
			if ((values.confirm ?? '').trim().toLowerCase() !== s.code)
				throw new ValidationError({ confirm: { key: 'training.errors.confirmMismatch' } });
			await training.remove(getDb(), user, s.id);
		} catch (e) {
			return refuse('delete', values, e);
		}
		redirect(303, '/training');
	}
};
