// GET /api/observatory/schema/<resource>: one resource's Table Schema (Frictionless Table Schema v1).
import { error, json } from '@sveltejs/kit';
import { SCHEMAS } from '$lib/observatory/index';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	const schema = Object.hasOwn(SCHEMAS, params.resource) ? SCHEMAS[params.resource] : undefined;
	if (!schema) error(404, 'Not found');
	return json(schema, { headers: { 'cache-control': 'public, max-age=3600' } });
};
