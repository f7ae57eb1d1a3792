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
import type { Flag, ImportSettings, RawTable, Rejection, RejectReason, ImportRecord } from './types';

/** Below this many usable rows an estimate is fragile (a rule of thumb for a survey). */
export const MIN_SAMPLE = 100;
/** Below this share of the attendance answering, the answers may not represent the audience. */
export const MIN_RESPONSE_RATE = 0.1;
/** Above this share of rejected rows the mapping is worth a second look. */
export const MAX_REJECTED_SHARE = 0.2;
/**
 * More spectators in the file than at the date(s) by more than this factor and the save is
 * refused unless the user says the file covers a whole season: a ticketing export may count a
 * few tickets of no-shows (a few per cent), never 60 000 answers for a 700-seat date.
 */
export const MAX_OVER_ATTENDANCE = 1.05;

export type CaveatCode =
	| 'smallSample'
	| 'lowResponse'
	| 'overAttendance'
	| 'seasonWide'
	| 'implausibleRows'
	| 'mismatchedOrigins'
	| 'partyUnreadable'
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
	/** rows kept with something to know (their party size could not be read) */
	flags: Flag[];
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
	const { records, rejections, flags } = readRows(table, {
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
		if (responseRate > MAX_OVER_ATTENDANCE) {
			const params = { n: Math.round(agg.weight), attendance: Math.round(input.attendance) };
			if (settings.seasonWide) add('seasonWide', 'info', params);
			else add('overAttendance', 'block', params);
		}
	} else if (agg) add('noAttendance', 'warn');
	if (total > 0 && rejections.length / total > MAX_REJECTED_SHARE)
		add('manyRejected', 'warn', { pct: Math.round((rejections.length / total) * 100) });
	if (agg && agg.approxRows / agg.rows > 0.2)
		add('approxOrigins', 'info', { pct: Math.round((agg.approxRows / agg.rows) * 100) });
	if (ticketingWithoutModes && input.modeShares) add('ticketingShares', 'info');
	const implausible = rejectionCounts['mode.implausible'] ?? 0;
	if (implausible > 0) add('implausibleRows', 'warn', { n: implausible });
	const mismatched = rejectionCounts['origin.mismatch'] ?? 0;
	if (mismatched > 0) add('mismatchedOrigins', 'warn', { n: mismatched });
	if (flags.length > 0) add('partyUnreadable', 'info', { n: flags.length });
	if (agg && !agg.occupancy && (agg.modalShares.car ?? 0) > 0) add('noOccupancy', 'info');

	return {
		rowsTotal: total,
		rowsUsed: records.length,
		rowsRejected: rejections.length,
		rejections,
		rejectionCounts,
		flags,
		labels,
		unresolvedLabels: unresolved.length,
		records,
		aggregate: agg,
		responseRate,
		caveats,
		canSave: !caveats.some((c) => c.level === 'block') && agg !== null
	};
}
