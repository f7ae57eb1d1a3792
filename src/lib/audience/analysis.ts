/**
 * One file, read end to end: label review → row validation → aggregation, with the caveats a
 * reader must see next to the figures. The server runs it on the staged rows for the preview and
 * again, from scratch, when saving; the sampling interval (./bootstrap.ts) is added by the caller,
 * which has the factors (through the engine).
 */
import { aggregate, type Aggregate, type ModeShares } from './aggregate';
import type { OriginResolver } from './geocode';
import { needsReview, resolvedLabels, reviewLabels, type LabelReview } from './labels';
import { countLabels, readRows, type NumberReader } from './rows';
import type { ImportSettings, RawTable, Rejection, RejectReason, ImportRecord } from './types';

/** Below this many usable rows an estimate is fragile (a rule of thumb for a survey). */
export const MIN_SAMPLE = 100;
/** Below this share of the attendance answering, the answers may not represent the audience. */
export const MIN_RESPONSE_RATE = 0.1;
/** Above this share of rejected rows the mapping is worth a second look. */
export const MAX_REJECTED_SHARE = 0.2;

export type CaveatCode =
	| 'smallSample'
	| 'lowResponse'
	| 'overAttendance'
	| 'noAttendance'
	| 'manyRejected'
	| 'approxOrigins'
	| 'ticketingShares'
	| 'noModeShares'
	| 'noOccupancy'
	| 'unreviewedLabels'
	| 'nothingUsable';

export interface Caveat {
	code: CaveatCode;
	/** 'block' caveats keep the import from being saved */
	level: 'info' | 'warn' | 'block';
	params: Record<string, string | number>;
}

export interface AnalysisInput {
	table: RawTable;
	settings: ImportSettings;
	resolver: OriginResolver;
	parseNumber: NumberReader;
	/** ticketing: the date's modal shares (its own figures or its archetype's) */
	modeShares?: ModeShares | null;
	/** spectators of the target date(s), null when unknown */
	attendance: number | null;
}

export interface Analysis {
	rowsTotal: number;
	rowsUsed: number;
	rowsRejected: number;
	rejections: Rejection[];
	rejectionCounts: Partial<Record<RejectReason, number>>;
	labels: LabelReview[];
	unresolvedLabels: number;
	records: ImportRecord[];
	aggregate: Aggregate | null;
	/** spectators represented ÷ attendance */
	responseRate: number | null;
	caveats: Caveat[];
	canSave: boolean;
}

export function analyse(input: AnalysisInput): Analysis {
	const { table, settings } = input;
	const labels = reviewLabels(countLabels(table, settings.columns.mode), settings.labels);
	const unresolved = labels.filter(needsReview);
	const { records, rejections } = readRows(table, {
		settings,
		labels: resolvedLabels(labels),
		resolver: input.resolver,
		parseNumber: input.parseNumber
	});
	const rejectionCounts: Analysis['rejectionCounts'] = {};
	for (const r of rejections) rejectionCounts[r.reason] = (rejectionCounts[r.reason] ?? 0) + 1;

	const caveats: Caveat[] = [];
	const add = (code: CaveatCode, level: Caveat['level'], params: Caveat['params'] = {}) =>
		caveats.push({ code, level, params });
	const ticketingWithoutModes = settings.kind === 'ticketing' && records.some((r) => r.mode === null);
	if (ticketingWithoutModes && !input.modeShares) add('noModeShares', 'block');
	const agg =
		records.length > 0 && !(ticketingWithoutModes && !input.modeShares)
			? aggregate(records, { kind: settings.kind, modeShares: input.modeShares })
			: null;

	const total = table.lines.length;
	if (unresolved.length > 0) add('unreviewedLabels', 'block', { n: unresolved.length });
	if (records.length === 0) add('nothingUsable', 'block');
	if (records.length > 0 && records.length < MIN_SAMPLE)
		add('smallSample', 'warn', { n: records.length, min: MIN_SAMPLE });
	let responseRate: number | null = null;
	if (agg && input.attendance && input.attendance > 0) {
		responseRate = agg.weight / input.attendance;
		if (responseRate < MIN_RESPONSE_RATE)
			add('lowResponse', 'warn', {
				rate: Math.round(responseRate * 1000) / 10,
				min: MIN_RESPONSE_RATE * 100
			});
		if (responseRate > 1.05)
			add('overAttendance', 'warn', { n: Math.round(agg.weight), attendance: input.attendance });
	} else if (agg) add('noAttendance', 'warn');
	if (total > 0 && rejections.length / total > MAX_REJECTED_SHARE)
		add('manyRejected', 'warn', { pct: Math.round((rejections.length / total) * 100) });
	if (agg && agg.approxRows / agg.rows > 0.2)
		add('approxOrigins', 'info', { pct: Math.round((agg.approxRows / agg.rows) * 100) });
	if (ticketingWithoutModes && input.modeShares) add('ticketingShares', 'info');
	if (agg && !agg.occupancy && (agg.modalShares.car ?? 0) > 0) add('noOccupancy', 'info');

	return {
		rowsTotal: total,
		rowsUsed: records.length,
		rowsRejected: rejections.length,
		rejections,
		rejectionCounts,
		labels,
		unresolvedLabels: unresolved.length,
		records,
		aggregate: agg,
		responseRate,
		caveats,
		canSave: !caveats.some((c) => c.level === 'block') && agg !== null
	};
}
