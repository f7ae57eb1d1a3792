// GET /api/observatory/schema: the Table Schema of every resource of a release (format 2), by name.
import { json } from '@sveltejs/kit';
import { SCHEMAS } from '$lib/observatory/index';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	json(
		{
			profile: 'tableschema',
			resources: Object.fromEntries(
				Object.entries(SCHEMAS).map(([name, schema]) => [
					name,
					{ path: `${name}.csv`, url: `/api/observatory/schema/${name}`, schema }
				])
			)
		},
		{ headers: { 'cache-control': 'public, max-age=3600' } }
	);
