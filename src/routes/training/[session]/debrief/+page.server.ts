import { getDb } from '$lib/server/db';
import * as training from '$lib/server/training';
import { requireUser, rethrowAsHttp } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';

/** The projector's debrief: every team's start against its best scenario, and the levers that moved most. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	event.depends('training:board');
	try {
		const b = await training.board(getDb(), user, event.params.session);
		const defaults = await training.defaultShares(getDb(), user, event.params.session);
		return { session: b.session, teams: b.teams, effects: training.leverEffects(b.teams), defaults };
	} catch (e) {
		rethrowAsHttp(e);
	}
};
