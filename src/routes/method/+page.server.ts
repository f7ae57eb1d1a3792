import { METHOD_TOPICS, renderMethodPage } from '$lib/server/method';
import type { PageServerLoad } from './$types';

// Public: published formulas and factors only (no organisation data).
export const load: PageServerLoad = ({ locals }) => {
	const page = renderMethodPage('index', locals.locale);
	return { ...page, topics: [...METHOD_TOPICS] };
};
