import { error } from '@sveltejs/kit';
import { isMethodTopic, METHOD_TOPICS, renderMethodPage } from '$lib/server/method';
import type { PageServerLoad } from './$types';

// Public: published formulas and factors only (no organisation data).
export const load: PageServerLoad = ({ locals, params }) => {
	if (!isMethodTopic(params.topic)) error(404, 'Not found');
	return {
		...renderMethodPage(params.topic, locals.locale),
		topic: params.topic,
		topics: [...METHOD_TOPICS]
	};
};
