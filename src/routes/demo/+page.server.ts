import { redirect } from '@sveltejs/kit';
import { DEMO_SLUG } from '$lib/server/organisations';
import type { PageServerLoad } from './$types';

// "Try the demo": no data here, only a redirect; /o/demo/** calls requireMembership, which lets
// anyone in as an anonymous, read-only viewer.
export const load: PageServerLoad = () => {
	redirect(303, `/o/${DEMO_SLUG}`);
};
