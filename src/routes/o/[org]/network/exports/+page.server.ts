// The export log: who exported what, when, with which filters — for the network's owners.
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import * as networks from '$lib/server/networks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event, 'owner');
	return { log: await networks.listExports(getDb(), m).catch(rethrowAsHttp) };
};
