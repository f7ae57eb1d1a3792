/**
 * GET /factors/tables/<ref>/factors.csv — the table in its own data-file format (UTF-8, comma,
 * values as published). `?format=excel-fr`: semicolons and decimal commas, with a BOM so that a
 * French spreadsheet opens it with accents intact.
 */
import { tableToCsv } from '$lib/engine/factors/index';
import { csvHeaders, library, tableOr404 } from '../../../explorer.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const table = tableOr404(library(), params.ref);
	const fr = url.searchParams.get('format') === 'excel-fr';
	const csv = tableToCsv(table, fr ? { delimiter: ';', decimalComma: true } : {});
	return new Response(fr ? `\ufeff${csv}` : csv, {
		headers: csvHeaders(`${table.manifest.ref}${fr ? '-excel-fr' : ''}.csv`)
	});
};
