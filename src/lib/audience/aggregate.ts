/**
 * From usable rows to what the engine reads: spectators by one-way distance band × mode, modal
 * shares, mean and median distance, car occupancy, and the AudienceBin[] distribution stored in
 * the date's `audience.distribution` (share of attendance, mean round-trip km per bin).
 *
 * Weights: each row counts for its weight (1 per survey answer, tickets per ticketing order), so
 * shares are shares of spectators. Ticketing rows have no mode: each is spread over the date's
 * modal shares (`modeShares`, from the figures the date used before — its own or its archetype's).
 *
 * Distances: one way, travelled (great-circle × detour, or declared); rail modes use the rail
 * detour, every other mode the road one. A bin's round-trip km is twice the weighted mean of its
 * rows' one-way km, so share × round-trip km summed over bins is exactly the mean round trip.
 *
 * Car occupancy from party sizes: each car traveller of a car carrying n people stands for 1/n car,
 * so occupancy = people ÷ cars = Σw ÷ Σ(w/n) (the harmonic mean: a plain mean of answers would
 * over-count full cars, whose passengers answer more often). Only survey answers give it: a
 * ticketing export says nothing of who shares a car (an export of one row per ticket would read
 * as one person per car, doubling car emissions), so the date keeps its own or default occupancy.
 */
import { AUDIENCE_MODES, type AudienceBin, type AudienceMode } from '../engine/types';
import type { ImportKind, ImportRecord } from './types';

/** Lower edges of the one-way distance bands, km: 0–5, 5–10, 10–20, 20–50, 50–100, 100–200, 200+. */
export const BAND_EDGES_KM = [0, 5, 10, 20, 50, 100, 200] as const;
export function bandIndex(oneWayKm: number): number {
	let b = 0;
	while (b + 1 < BAND_EDGES_KM.length && oneWayKm >= BAND_EDGES_KM[b + 1]) b++;
	return b;
}

export function isRailMode(mode: AudienceMode): boolean {
	return mode.startsWith('rail.');
}

/** One-way km of a row for a mode. */
export function kmFor(r: ImportRecord, mode: AudienceMode): number {
	return isRailMode(mode) ? r.railKm : r.roadKm;
}

export type ModeShares = Partial<Record<AudienceMode, number>>;

/** Shares rescaled to sum to 1 (modes with no share left out); null when there is nothing. */
export function normaliseShares(shares: ModeShares | null | undefined): [AudienceMode, number][] | null {
	if (!shares) return null;
	const list = AUDIENCE_MODES.map((m) => [m, shares[m] ?? 0] as [AudienceMode, number]).filter(
		([, s]) => s > 0
	);
	const total = list.reduce((s, [, x]) => s + x, 0);
	if (!(total > 0)) return null;
	return list.map(([m, s]) => [m, s / total]);
}

export interface Cell {
	band: number;
	mode: AudienceMode;
	/** spectators (weighted rows) */
	weight: number;
	/** share of all spectators */
	share: number;
	roundTripKm: number;
}

export interface Occupancy {
	value: number;
	/** party-size answers of a survey (the only source an import has) */
	basis: 'party';
	people: number;
	cars: number;
}

export interface Aggregate {
	rows: number;
	/** spectators the rows stand for */
	weight: number;
	cells: Cell[];
	/** share of spectators per one-way band */
	bandShares: number[];
	modalShares: ModeShares;
	meanOneWayKm: number;
	medianOneWayKm: number;
	/** mean round-trip km over all spectators (Σ share × round trip of the distribution) */
	meanRoundTripKm: number;
	occupancy: Occupancy | null;
	/** rows whose distance the respondent gave */
	declaredRows: number;
	/** rows placed at the centre of a multi-commune postcode, or a homonym picked by population */
	approxRows: number;
	distribution: AudienceBin[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;
// shares are floored on a 1e-9 grid so that the stored bins never sum above 1 (the engine's check)
const floor9 = (x: number) => Math.floor(x * 1e9) / 1e9;

/** Weighted median on a 0.1 km grid (distances are rounded to 0.1 km anyway). */
function weightedMedian(values: number[], weights: number[], total: number): number {
	if (total <= 0) return 0;
	const hist = new Map<number, number>();
	for (let i = 0; i < values.length; i++) {
		const k = Math.round(values[i] * 10);
		hist.set(k, (hist.get(k) ?? 0) + weights[i]);
	}
	const keys = [...hist.keys()].sort((a, b) => a - b);
	let acc = 0;
	for (const k of keys) {
		acc += hist.get(k) as number;
		if (acc >= total / 2) return k / 10;
	}
	return keys[keys.length - 1] / 10;
}

export interface AggregateOptions {
	kind: ImportKind;
	/** ticketing: the date's modal shares, spread over every row without a mode */
	modeShares?: ModeShares | null;
}

export function aggregate(records: ImportRecord[], opts: AggregateOptions): Aggregate {
	const spread = normaliseShares(opts.modeShares);
	const nb = BAND_EDGES_KM.length;
	const idx = new Map<AudienceMode, number>(AUDIENCE_MODES.map((m, i) => [m, i]));
	const cellW = new Float64Array(nb * AUDIENCE_MODES.length);
	const cellKm = new Float64Array(nb * AUDIENCE_MODES.length);
	const dists: number[] = [];
	const dw: number[] = [];
	let W = 0;
	let kmSum = 0;
	let people = 0;
	let cars = 0;
	let declared = 0;
	let approx = 0;
	const ticketing = opts.kind === 'ticketing';

	const add = (mode: AudienceMode, w: number, km: number) => {
		const c = bandIndex(km) * AUDIENCE_MODES.length + (idx.get(mode) as number);
		cellW[c] += w;
		cellKm[c] += w * km;
	};

	for (const r of records) {
		const w = r.weight;
		if (r.declared) declared++;
		if (r.approx) approx++;
		if (r.mode) {
			const km = kmFor(r, r.mode);
			add(r.mode, w, km);
			W += w;
			kmSum += w * km;
			dists.push(km);
			dw.push(w);
			if (r.mode === 'car' && r.party !== null && !ticketing) {
				people += w;
				cars += w / r.party;
			}
		} else {
			if (!spread) continue; // the caller refuses ticketing without modal shares; nothing to add
			for (const [mode, s] of spread) add(mode, w * s, kmFor(r, mode));
			W += w;
			kmSum += w * r.roadKm;
			dists.push(r.roadKm);
			dw.push(w);
		}
	}

	const cells: Cell[] = [];
	const bandShares = new Array<number>(nb).fill(0);
	const modalShares: ModeShares = {};
	const distribution: AudienceBin[] = [];
	let meanRoundTripKm = 0;
	for (let b = 0; b < nb; b++) {
		AUDIENCE_MODES.forEach((mode, i) => {
			const c = b * AUDIENCE_MODES.length + i;
			const w = cellW[c];
			if (!(w > 0) || !(W > 0)) return;
			const share = w / W;
			const roundTripKm = round1((2 * cellKm[c]) / w);
			cells.push({ band: b, mode, weight: w, share, roundTripKm });
			bandShares[b] += share;
			modalShares[mode] = (modalShares[mode] ?? 0) + share;
			distribution.push({ mode, share: floor9(share), roundTripKm });
			meanRoundTripKm += share * roundTripKm;
		});
	}
	return {
		rows: records.length,
		weight: W,
		cells,
		bandShares,
		modalShares,
		meanOneWayKm: W > 0 ? kmSum / W : 0,
		medianOneWayKm: weightedMedian(dists, dw, W),
		meanRoundTripKm,
		occupancy: people > 0 ? { value: people / cars, basis: 'party', people, cars } : null,
		declaredRows: declared,
		approxRows: approx,
		distribution
	};
}
