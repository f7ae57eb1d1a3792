/**
 * GET /factors/sets/<ref>/entries.csv — one row per activity with the factor it resolves to and
 * its provenance. `?format=excel-fr`: semicolons, decimal commas, BOM.
 */
import { setToCsv } from '$lib/engine/factors/index';
import { csvHeaders, library, setOr404 } from '../../../explorer.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const lib = library();
	const set = setOr404(lib, params.ref);
	const fr = url.searchParams.get('format') === 'excel-fr';
	const csv = setToCsv(lib.resolve(set.ref), fr ? { delimiter: ';', decimalComma: true } : {});
	return new Response(fr ? `\ufeff${csv}` : csv, {
		headers: csvHeaders(`${set.ref}${fr ? '-excel-fr' : ''}.csv`)
	});
};
