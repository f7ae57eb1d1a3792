// One version of the audience parameters: each venue archetype with its distance bands, modal
// shares per band and the provenance of every number (issue 22).
import { error } from '@sveltejs/kit';
import { AUDIENCE_PARAMETERS, audienceParametersRef } from '$lib/engine/parameters';
import { library } from '../../explorer.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const p = AUDIENCE_PARAMETERS[params.ref];
	if (!p) error(404, 'Unknown parameters version');
	const lib = library();
	return {
		ref: params.ref,
		file: `emission-factors/parameters/${params.ref}/archetypes.json`,
		pinnedBy: [...lib.sets.values()].filter((s) => audienceParametersRef(s) === params.ref).map((s) => s.ref),
		archetypes: Object.entries(p.archetypes).map(([key, a]) => ({ key, ...a })),
		sources: p.sources ?? [],
		intraCommune: p.intraCommune ?? null,
		eventTypes: p.eventTypes ?? null
	};
};
