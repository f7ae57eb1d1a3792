// The referents' view of pooling opportunities: only pairs whose two members share at tier
// « visible » or above (src/lib/server/corouting.ts forReferent).
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import * as corouting from '$lib/server/corouting';
import { getDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const opportunities = await corouting.forReferent(getDb(), m).catch(rethrowAsHttp);
	return { opportunities, networkName: m.org.name };
};
