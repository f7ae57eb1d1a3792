// A published release: one of its files, or all of them as a zip (package.zip). Public, immutable.
import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { rethrowAsHttp } from '$lib/server/auth/guards';
import * as observatory from '$lib/server/observatory';
import { zipStored } from '$lib/server/zip';
import type { RequestHandler } from './$types';

const TYPES: Record<string, string> = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	md: 'text/markdown; charset=utf-8'
};

export const GET: RequestHandler = async ({ params }) => {
	const r = await observatory.releaseFiles(getDb(), params.release).catch(rethrowAsHttp);
	const headers = { 'cache-control': 'public, max-age=31536000, immutable' };
	if (params.file === 'package.zip') {
		return new Response(new Uint8Array(zipStored(r.files)), {
			headers: {
				...headers,
				'content-type': 'application/zip',
				'content-disposition': `attachment; filename="${r.name}.zip"`
			}
		});
	}
	const f = r.files.find((x) => x.path === params.file);
	if (!f) error(404, 'Not found');
	return new Response(f.content, {
		headers: {
			...headers,
			'content-type': TYPES[f.path.split('.').pop() ?? ''] ?? 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename="${f.path}"`
		}
	});
};
