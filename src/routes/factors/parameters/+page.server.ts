// The versions of the audience parameters and the factor sets that pin each (issue 22).
import {
	AUDIENCE_PARAMETERS,
	UNPINNED_AUDIENCE_PARAMETERS,
	audienceParametersRef
} from '$lib/engine/parameters';
import { library } from '../explorer.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const lib = library();
	const sets = [...lib.sets.values()];
	return {
		unpinned: UNPINNED_AUDIENCE_PARAMETERS,
		versions: Object.entries(AUDIENCE_PARAMETERS).map(([ref, p]) => ({
			ref,
			version: p.version,
			archetypes: Object.keys(p.archetypes).length,
			sourced: Object.values(p.archetypes).some((a) => a.cells !== undefined),
			pinnedBy: sets.filter((s) => audienceParametersRef(s) === ref).map((s) => s.ref)
		}))
	};
};
