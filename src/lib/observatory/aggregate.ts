/**
 * Open observatory (issue 13): anonymised aggregates of the ACTUAL tours that company and venue
 * organisations chose to contribute. Pure: the server hands plain records (one per tour, from the
 * stored tour_indicators — every kgCO2e is the engine's) and publishes only what this returns.
 *
 * Every figure goes through src/lib/disclosure: a cell (season × one dimension value) is a set of
 * contributors (organisations, never tours), with four additive measures — company kgCO2e, dates,
 * performances, spectators. protectCells applies frequency (≥ 3), dominance (85 %) and secondary
 * suppression to all four at once within each one-way table; quartiles need 5 structures; a cell
 * also published in an earlier release must differ from it by a safe amount (differenceCheck).
 */
import {
	differenceCheck,
	protectCells,
	protectQuartiles,
	protectTable,
	type CellStatus,
	type MultiCell,
	type SecretReason
} from '../disclosure/index';

/** Tour-scale bands by number of dates (research note §5.2): 1 / 2–5 / 6–20 / > 20. */
export const SCALE_BANDS = ['1', '2-5', '6-20', '21+'] as const;
export type ScaleBand = (typeof SCALE_BANDS)[number];

export function scaleBand(dates: number): ScaleBand {
	if (dates <= 1) return '1';
	if (dates <= 5) return '2-5';
	if (dates <= 20) return '6-20';
	return '21+';
}

export const DIMENSIONS = ['region', 'discipline', 'band'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const CATEGORIES = ['travel', 'freight', 'accommodation', 'meal'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One contributed actual tour. */
export interface ObsRecord {
	contributor: string;
	season: string;
	/** INSEE region code of the home base, or 'unknown' (abroad or not a French commune) */
	region: string;
	discipline: string;
	dates: number;
	performances: number;
	spectators: number;
	/** company kgCO2e (audience mobility excluded: see the allocation convention in the method) */
	companyKg: number;
	byCategory: Record<Category, number>;
}

export type Hidden = { shown: false; reason: SecretReason };
export type Shown<T> = { shown: true } & T;

export interface CellFigures {
	structures: number;
	tours: number;
	dates: number;
	performances: number;
	spectators: number;
	kg: number;
	kgPerDate: number | null;
	kgPerPerformance: number | null;
	kgPerSpectator: number | null;
	/** quartiles of each structure's kgCO2e per date, from 5 structures; null below */
	perDateQuartiles: { q1: number; median: number; q3: number } | null;
}

export type Cell = { key: string } & (Shown<CellFigures> | Hidden);

export interface CategoryShare {
	category: Category;
	status: { shown: true; kg: number; share: number } | Hidden;
}

export interface SeasonAggregates {
	season: string;
	total: Cell;
	tables: Record<Dimension, Cell[]>;
	categories: CategoryShare[];
}

export interface Aggregates {
	seasons: SeasonAggregates[];
}

/** What a publication showed, kept so a later one is checked against it (its records). */
export type Baseline = readonly ObsRecord[];

const MEASURES = ['companyKg', 'dates', 'performances', 'spectators'] as const;

function measuresOf(rs: readonly ObsRecord[]): Map<string, number>[] {
	const out = MEASURES.map(() => new Map<string, number>());
	for (const r of rs)
		MEASURES.forEach((m, i) => out[i].set(r.contributor, (out[i].get(r.contributor) ?? 0) + r[m]));
	return out;
}

function keyOf(r: ObsRecord, d: Dimension): string {
	return d === 'band' ? scaleBand(r.dates) : r[d];
}

function figures(rs: readonly ObsRecord[], status: CellStatus & { shown: true }): CellFigures {
	let dates = 0;
	let performances = 0;
	let spectators = 0;
	let kg = 0;
	const perOrg = new Map<string, { kg: number; dates: number }>();
	for (const r of rs) {
		dates += r.dates;
		performances += r.performances;
		spectators += r.spectators;
		kg += r.companyKg;
		const o = perOrg.get(r.contributor) ?? { kg: 0, dates: 0 };
		o.kg += r.companyKg;
		o.dates += r.dates;
		perOrg.set(r.contributor, o);
	}
	const ratios = new Map<string, number>();
	for (const [c, o] of perOrg) if (o.dates > 0) ratios.set(c, o.kg / o.dates);
	const q = protectQuartiles(ratios);
	return {
		structures: status.contributors,
		tours: rs.length,
		dates,
		performances,
		spectators,
		kg,
		kgPerDate: dates > 0 ? kg / dates : null,
		kgPerPerformance: performances > 0 ? kg / performances : null,
		kgPerSpectator: spectators > 0 ? kg / spectators : null,
		perDateQuartiles: q.shown ? { q1: q.q1, median: q.median, q3: q.q3 } : null
	};
}

/** Withholds a shown cell whose difference with the same cell of an earlier publication is unsafe. */
function differs(rs: readonly ObsRecord[], earlier: readonly (readonly ObsRecord[])[]): boolean {
	const now = measuresOf(rs);
	return earlier.some((b) => !differenceCheck(now, measuresOf(b)));
}

function cell(
	key: string,
	rs: readonly ObsRecord[],
	status: CellStatus,
	earlier: readonly (readonly ObsRecord[])[]
): Cell {
	if (!status.shown) return { key, shown: false, reason: status.reason };
	if (rs.length === 0) return { key, ...emptyFigures(), shown: true };
	if (differs(rs, earlier)) return { key, shown: false, reason: 'secondary' };
	return { key, shown: true, ...figures(rs, status) };
}

function emptyFigures(): CellFigures {
	return {
		structures: 0,
		tours: 0,
		dates: 0,
		performances: 0,
		spectators: 0,
		kg: 0,
		kgPerDate: null,
		kgPerPerformance: null,
		kgPerSpectator: null,
		perDateQuartiles: null
	};
}

/**
 * Aggregates per season. `baselines`: record sets of earlier publications (releases) — each cell
 * is compared with the same cell (same season, dimension and value) of every baseline.
 */
export function aggregate(records: readonly ObsRecord[], baselines: readonly Baseline[] = []): Aggregates {
	const seasons = [...new Set(records.map((r) => r.season))].sort();
	return {
		seasons: seasons.map((season) => {
			const rs = records.filter((r) => r.season === season);
			const earlier = baselines.map((b) => b.filter((r) => r.season === season));
			const inSeason = (pick: (r: ObsRecord) => boolean) => earlier.map((b) => b.filter(pick));
			const tables = {} as Record<Dimension, Cell[]>;
			let totalStatus: CellStatus | null = null;
			for (const d of DIMENSIONS) {
				const groups = new Map<string, ObsRecord[]>();
				for (const r of rs) {
					const k = keyOf(r, d);
					const g = groups.get(k);
					if (g) g.push(r);
					else groups.set(k, [r]);
				}
				const keys = [...groups.keys()].sort();
				const cells: MultiCell[] = keys.map((k) => ({ key: k, measures: measuresOf(groups.get(k)!) }));
				const p = protectCells(cells);
				totalStatus ??= p.total;
				tables[d] = p.cells.map(({ key, status }) =>
					cell(
						key,
						groups.get(key)!,
						status,
						inSeason((r) => keyOf(r, d) === key)
					)
				);
				// a cell withheld for differencing hides part of the table: re-run the secondary rule
				// with it counted as hidden, so the margins cannot give it back
				tables[d] = resecure(tables[d], groups);
			}
			const total = cell('all', rs, totalStatus!, earlier);
			return { season, total, tables, categories: shares(rs, total.shown) };
		})
	};
}

function resecure(cells: Cell[], groups: Map<string, ObsRecord[]>): Cell[] {
	const withheld = cells.filter((c) => !c.shown).map((c) => c.key);
	if (withheld.length === 0) return cells;
	const hiddenRecords = withheld.flatMap((k) => groups.get(k) ?? []);
	const shownCells = cells.filter((c) => c.shown && c.tours > 0);
	let hidden = hiddenRecords;
	const out = new Map(cells.map((c) => [c.key, c]));
	const order = [...shownCells].sort(
		(a, b) => (a.shown && b.shown ? a.kg - b.kg : 0) || a.key.localeCompare(b.key)
	);
	for (const next of order) {
		const p = protectCells([{ key: 'rest', measures: measuresOf(hidden) }]);
		if (p.cells[0].status.shown) break;
		out.set(next.key, { key: next.key, shown: false, reason: 'secondary' });
		hidden = hidden.concat(groups.get(next.key) ?? []);
	}
	return cells.map((c) => out.get(c.key)!);
}

/** Shares of company kgCO2e by category, within the season's total (itself a safe figure). */
function shares(rs: readonly ObsRecord[], totalShown: boolean): CategoryShare[] {
	const table = protectTable(
		CATEGORIES.map((c) => {
			const parts = new Map<string, number>();
			for (const r of rs)
				if (r.byCategory[c] !== 0)
					parts.set(r.contributor, (parts.get(r.contributor) ?? 0) + r.byCategory[c]);
			return { key: c, parts };
		})
	);
	const sum = table.total.shown ? table.total.value : 0;
	return table.cells.map(({ key, cell: p }) => ({
		category: key as Category,
		status:
			totalShown && p.shown && table.total.shown
				? { shown: true, kg: p.value, share: sum > 0 ? p.value / sum : 0 }
				: { shown: false, reason: p.shown ? 'secondary' : p.reason }
	}));
}
