/**
 * Row validation: every CSV row becomes either an ImportRecord (what the calculation needs) or a
 * Rejection with its line number and the reason — never silently dropped. One reason per row, the
 * first found, in this order: mode, count, party size, distance, origin.
 *
 *   mode      survey: required; a label the review has not decided on is "mode.unreviewed",
 *             one the user chose to ignore "mode.ignored". Ticketing: optional (modal shares of
 *             the date are used for rows without one).
 *   count     spectators the row stands for (tickets of an order); empty = 1; a whole number ≥ 1.
 *   party     people travelling together in the car; empty = unknown; a whole number 1…9.
 *   distance  optional, km one way (or round trip, halved, when the mapping says so); when given
 *             it wins over the origin (the respondent knows their trip), as everywhere in the app.
 *   origin    postcode / commune / country, resolved by ./geocode.ts.
 *
 * Numbers are read with the caller's `parseNumber` (the server passes the French-aware one of
 * src/lib/server/imports/csv.ts: "12,5", "1 234").
 */
import type { OriginResolver } from './geocode';
import { MAX_GREAT_CIRCLE_KM } from './geocode';
import { labelKey } from './labels';
import type { ImportRecord, ImportSettings, LabelChoice, RawTable, Rejection, RejectReason } from './types';

/** Largest party size a survey answer may give for one car (a 9-seat minibus). */
export const MAX_PARTY = 9;
/** Largest count one row may stand for (a school booking, not a typo of a postcode). */
export const MAX_COUNT = 10_000;
/** Longest declared one-way distance accepted: the geocoding limit with the road detour. */
export const MAX_DECLARED_KM = Math.round(MAX_GREAT_CIRCLE_KM * 1.3);

export type NumberReader = (s: string) => number | null;

export interface ReadOptions {
	settings: ImportSettings;
	/** reviewed label → choice (labels.ts#resolvedLabels merged with the user's choices) */
	labels: Map<string, LabelChoice>;
	resolver: OriginResolver;
	parseNumber: NumberReader;
}

export interface ReadResult {
	records: ImportRecord[];
	rejections: Rejection[];
}

function column(table: RawTable, header: string | undefined): string[] | null {
	if (!header) return null;
	const j = table.headers.indexOf(header);
	return j >= 0 ? table.columns[j] : null;
}

/** Distinct mode labels of the mapped column with how many rows carry each. */
export function countLabels(
	table: RawTable,
	modeHeader: string | undefined
): Map<string, { example: string; rows: number }> {
	const counts = new Map<string, { example: string; rows: number }>();
	const col = column(table, modeHeader);
	if (!col) return counts;
	const keys = new Map<string, string>();
	for (const raw of col) {
		let key = keys.get(raw);
		if (key === undefined) {
			key = labelKey(raw);
			keys.set(raw, key);
		}
		const c = counts.get(key);
		if (c) c.rows++;
		else counts.set(key, { example: raw, rows: 1 });
	}
	return counts;
}

export function readRows(table: RawTable, opts: ReadOptions): ReadResult {
	const { settings, labels, resolver, parseNumber } = opts;
	const m = settings.columns;
	const cols = {
		postcode: column(table, m.postcode),
		commune: column(table, m.commune),
		country: column(table, m.country),
		mode: column(table, m.mode),
		party: column(table, m.party),
		distance: column(table, m.distance),
		count: column(table, m.count)
	};
	const survey = settings.kind === 'survey';
	const halve = settings.distanceKind === 'round-trip';
	const keyOf = new Map<string, string>();
	const records: ImportRecord[] = [];
	const rejections: Rejection[] = [];
	const n = table.lines.length;

	for (let i = 0; i < n; i++) {
		const line = table.lines[i];
		const reject = (reason: RejectReason, value: string) => rejections.push({ line, reason, value });

		// mode
		let mode: ImportRecord['mode'] = null;
		const rawMode = cols.mode ? cols.mode[i] : '';
		if (rawMode === '') {
			if (survey) {
				reject('mode.missing', '');
				continue;
			}
		} else {
			let key = keyOf.get(rawMode);
			if (key === undefined) {
				key = labelKey(rawMode);
				keyOf.set(rawMode, key);
			}
			const choice = labels.get(key);
			if (choice === undefined) {
				reject('mode.unreviewed', rawMode);
				continue;
			}
			if (choice === 'ignore') {
				reject('mode.ignored', rawMode);
				continue;
			}
			mode = choice;
		}

		// count
		let weight = 1;
		const rawCount = cols.count ? cols.count[i] : '';
		if (rawCount !== '') {
			const c = parseNumber(rawCount);
			if (c === null || !Number.isInteger(c) || c < 1 || c > MAX_COUNT) {
				reject('count.invalid', rawCount);
				continue;
			}
			weight = c;
		}

		// party size
		let party: number | null = null;
		const rawParty = cols.party ? cols.party[i] : '';
		if (rawParty !== '') {
			const p = parseNumber(rawParty);
			if (p === null || !Number.isInteger(p) || p < 1 || (survey && p > MAX_PARTY) || p > MAX_COUNT) {
				reject('party.invalid', rawParty);
				continue;
			}
			party = p;
		}

		// distance, else origin
		const rawDistance = cols.distance ? cols.distance[i] : '';
		if (rawDistance !== '') {
			const d = parseNumber(rawDistance);
			if (d === null || !Number.isFinite(d) || d < 0) {
				reject('distance.invalid', rawDistance);
				continue;
			}
			const km = halve ? d / 2 : d;
			if (km > MAX_DECLARED_KM) {
				reject('origin.tooFar', rawDistance);
				continue;
			}
			records.push({ line, mode, roadKm: km, railKm: km, declared: true, party, weight, approx: false });
			continue;
		}
		const r = resolver.resolve({
			postcode: cols.postcode ? cols.postcode[i] : '',
			commune: cols.commune ? cols.commune[i] : '',
			country: cols.country ? cols.country[i] : ''
		});
		if (!r.ok) {
			reject(r.reason, r.value);
			continue;
		}
		records.push({
			line,
			mode,
			roadKm: r.roadKm,
			railKm: r.railKm,
			declared: false,
			party,
			weight,
			approx: r.approx
		});
	}
	return { records, rejections };
}
