// The quick estimate as a tour file (`empreinte-tour@1`): what the CLI computes, what the app imports.
import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as estimates from '$lib/server/estimates';
import { slugify } from '$lib/text';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const estimate = await estimates.getAnonymous(getDb(), params.code).catch(() => error(404, 'Not found'));
	const name = `${slugify(estimate.document.production.title) || 'estimation'}-estimation.json`;
	return new Response(JSON.stringify(estimate.document, null, 2) + '\n', {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'no-store'
		}
	});
};
