import { getDb } from '$lib/server/db';
import * as training from '$lib/server/training';
import { requireUser, rethrowAsHttp } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';

/** The printable session report, in the reader's language (switch it to print the other one). */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	try {
		const b = await training.board(getDb(), user, event.params.session);
		return {
			session: b.session,
			learnerCount: b.teams.reduce((n, tm) => n + tm.learners.length, 0) + b.unassigned.length,
			teams: b.teams.map((tm) => ({ ...tm, learners: [] })), // no identities on paper
			effects: training.leverEffects(b.teams)
		};
	} catch (e) {
		rethrowAsHttp(e);
	}
};
