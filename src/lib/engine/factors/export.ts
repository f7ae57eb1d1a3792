/**
 * CSV export of a table or a set, for the explorer's downloads and `factors list --format csv`.
 * A table exports in its own data-file format (same columns, values as published), so an export
 * can be diffed against the shipped file. A set exports one row per activity with the factor it
 * resolves to and its provenance.
 *
 * `delimiter: ';'` with `decimalComma: true` gives what a French spreadsheet opens directly; the
 * digits are unchanged, only the decimal point becomes a comma.
 */
import { writeCsv } from './csv';
import { CSV_COLUMNS, formatComponents } from './parse';
import type { Factor, FactorTable, ResolvedFactorSet } from './types';

export interface ExportOptions {
	delimiter?: ',' | ';';
	decimalComma?: boolean;
}

function dec(v: string | null, o: ExportOptions): string | null {
	return v !== null && o.decimalComma ? v.replace('.', ',') : v;
}

function componentsText(f: Factor, o: ExportOptions): string {
	const s = formatComponents(f.components);
	return o.decimalComma ? s.replace(/:(-?\d+)\.(\d+)/g, ':$1,$2') : s;
}

export function tableToCsv(table: FactorTable, o: ExportOptions = {}): string {
	const rows = table.factors.map((f) => [
		f.key,
		f.category,
		f.unit,
		dec(f.value, o),
		componentsText(f, o),
		f.wttKey,
		f.sourceId,
		f.sourceLabel,
		f.geography,
		f.dataYear,
		dec(f.uncertaintyPct === null ? null : String(f.uncertaintyPct), o),
		f.verification,
		f.notes
	]);
	return writeCsv(CSV_COLUMNS, rows, { delimiter: o.delimiter });
}

export const SET_CSV_COLUMNS = [
	'activity',
	'unit',
	'table',
	'key',
	'value',
	'components',
	'wtt_key',
	'wtt_value',
	'source_org',
	'source_id',
	'source_label',
	'geography',
	'data_year',
	'uncertainty_pct',
	'verification',
	'rule',
	'why'
] as const;

export function setToCsv(resolved: ResolvedFactorSet, o: ExportOptions = {}): string {
	const rows = resolved.set.entries.map((e) => {
		const r = resolved.byActivity.get(e.activity)!;
		const f = r.factor;
		return [
			e.activity,
			f.unit,
			f.table,
			f.key,
			dec(f.value, o),
			componentsText(f, o),
			f.wttKey,
			dec(r.wtt?.value ?? null, o),
			r.table.sourceOrg,
			f.sourceId,
			f.sourceLabel,
			f.geography,
			f.dataYear,
			dec(f.uncertaintyPct === null ? null : String(f.uncertaintyPct), o),
			f.verification,
			e.rule ?? '',
			e.why ?? ''
		];
	});
	return writeCsv(SET_CSV_COLUMNS, rows, { delimiter: o.delimiter });
}
