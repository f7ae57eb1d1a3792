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
	primaryCheckAll,
	protectTable,
	type CellStatus,
	type MultiCell,
	type SecretReason
} from '../disclosure/index';
import { DISTANCE_BANDS, FLOW_KINDS, teamBand, type Flow, type FlowKind, type ScopeBand } from './tour-row';

/** Tour-scale bands by number of dates (research note §5.2): 1 / 2–5 / 6–20 / > 20. */
export const SCALE_BANDS = ['1', '2-5', '6-20', '21+'] as const;
export type ScaleBand = (typeof SCALE_BANDS)[number];

export function scaleBand(dates: number): ScaleBand {
	if (dates <= 1) return '1';
	if (dates <= 5) return '2-5';
	if (dates <= 20) return '6-20';
	return '21+';
}

/** Dimensions of the first releases (format 1) and of format 2 (+ team size, geographic scope). */
export const DIMENSIONS_V1 = ['region', 'discipline', 'band'] as const;
export const DIMENSIONS = ['region', 'discipline', 'band', 'team', 'scope'] as const;
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
	/** people on the road (format 2; absent in records of format-1 releases) */
	team?: number;
	/** geographic scope (format 2) */
	scope?: ScopeBand;
	/** team person·km and freight tonne·km by mode family and distance band (format 2) */
	flows?: Flow[];
}

/** One commitment whose result was measured by a contributed actual tour (format 2). */
export interface ExpRecord {
	contributor: string;
	/** season of the measuring actual tour */
	season: string;
	lever: string;
	/** baseline − actual, kgCO2e, in the lever's scope (company, or audience for audience levers) */
	savingKg: number;
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

/** One (mode family, distance band) of team or freight flows, or `all` for the kind's total. */
export type FlowCell = { key: string; kind: FlowKind; mode: string; band: string } & (
	| Shown<{ structures: number; km: number; vehicleKm: number | null; kg: number; kgPerKm: number | null }>
	| Hidden
);

/** A lever's commitments measured by contributed actual tours. */
export type LeverCell = { key: string } & (
	| Shown<{
			structures: number;
			commitments: number;
			/** quartiles of each structure's mean measured saving (kgCO2e), from 5 structures */
			saving: { q1: number; median: number; q3: number } | null;
	  }>
	| Hidden
);

export interface SeasonAggregates {
	season: string;
	total: Cell;
	tables: Record<Dimension, Cell[]>;
	categories: CategoryShare[];
	/** format 2 */
	flows: FlowCell[];
	levers: LeverCell[];
}

export interface Aggregates {
	seasons: SeasonAggregates[];
	/** the per-structure measures of every shown cell, by cell id (`season|table|value`): never published */
	published: Map<string, Map<string, number>[]>;
}

/** What a publication showed, kept so a later one is checked against it (its records). */
export type Baseline = readonly ObsRecord[];

/** Earlier figures of the live page, by cell id: each a per-structure measure set once shown. */
export type ShownHistory = ReadonlyMap<string, readonly (readonly ReadonlyMap<string, number>[])[]>;

export interface AggregateOptions {
	/** 1: the first releases' tables only, byte for byte; 2 (default): every table */
	format?: 1 | 2;
	/** earlier figures of the live page (differencing the page against itself) */
	history?: ShownHistory;
	/** measured experiments (format 2) */
	experiments?: readonly ExpRecord[];
	/** experiments of the baselines, in the same order (format 2) */
	baselineExperiments?: readonly (readonly ExpRecord[])[];
}

const MEASURES = ['companyKg', 'dates', 'performances', 'spectators'] as const;

/**
 * One map per measure: contributor → sum. Format 2 keeps only the contributors that move a measure
 * when any does (a structure with 0 spectators does not make a figure of two others safe); a
 * measure nobody moves keeps every contributor at 0 (it publishes 0, which reveals nobody).
 */
function measuresOf(rs: readonly ObsRecord[], format: 1 | 2 = 1): Map<string, number>[] {
	const out = MEASURES.map(() => new Map<string, number>());
	for (const r of rs)
		MEASURES.forEach((m, i) => out[i].set(r.contributor, (out[i].get(r.contributor) ?? 0) + r[m]));
	return format === 1 ? out : out.map(movers);
}

function movers(m: Map<string, number>): Map<string, number> {
	let any = false;
	for (const v of m.values()) if (v !== 0) any = true;
	if (!any) return m;
	const out = new Map<string, number>();
	for (const [k, v] of m) if (v !== 0) out.set(k, v);
	return out;
}

/** The value of a record in a dimension (its band for team size and tour scale). */
export function dimensionKey(r: ObsRecord, d: Dimension): string {
	if (d === 'band') return scaleBand(r.dates);
	if (d === 'team') return teamBand(r.team ?? 0);
	if (d === 'scope') return r.scope ?? 'unknown';
	return r[d];
}

/** Whether a record carries a dimension (records of format-1 releases have no team or scope). */
function carries(r: ObsRecord, d: Dimension | 'flows'): boolean {
	if (d === 'team') return r.team !== undefined;
	if (d === 'scope') return r.scope !== undefined;
	if (d === 'flows') return r.flows !== undefined;
	return true;
}

const keyOf = dimensionKey;

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
function differs(
	now: readonly ReadonlyMap<string, number>[],
	earlier: readonly (readonly ReadonlyMap<string, number>[])[]
): boolean {
	return earlier.some((b) => !differenceCheck(now, b));
}

interface Ctx {
	format: 1 | 2;
	history: ShownHistory;
	published: Map<string, Map<string, number>[]>;
	/** the cell measures of each baseline, by cell id (built once per baseline array, see baselineIndex) */
	earlier: readonly ReadonlyMap<string, Map<string, number>[]>[];
}

/** Every earlier figure of a cell: the same cell in each baseline that published it, and the history. */
function earlierOf(id: string, ctx: Ctx): (readonly ReadonlyMap<string, number>[])[] {
	const out: (readonly ReadonlyMap<string, number>[])[] = [];
	for (const b of ctx.earlier) {
		const m = b.get(id);
		if (m) out.push(m);
	}
	const h = ctx.history.get(id);
	if (h) out.push(...h);
	return out;
}

function cell(
	id: string,
	key: string,
	rs: readonly ObsRecord[],
	now: Map<string, number>[],
	status: CellStatus,
	ctx: Ctx
): Cell {
	if (!status.shown) return { key, shown: false, reason: status.reason };
	if (rs.length === 0) return { key, ...emptyFigures(), shown: true };
	if (differs(now, earlierOf(id, ctx))) return { key, shown: false, reason: 'secondary' };
	ctx.published.set(id, now);
	return { key, shown: true, ...figures(rs, status) };
}

const FLOW_PREFIX = 'flow:';

/**
 * The measures of every cell a record set can publish (season totals, each dimension's values,
 * each kind's flows and flow total), by cell id. A baseline (a stored release's records) is
 * immutable: its index is built once and kept with it.
 */
function cellIndex(records: readonly ObsRecord[], format: 1 | 2): Map<string, Map<string, number>[]> {
	const groups = new Map<string, ObsRecord[]>();
	const flowGroups = new Map<string, { kind: FlowKind; parts: FlowPart[] }>();
	const add = (id: string, r: ObsRecord) => {
		const g = groups.get(id);
		if (g) g.push(r);
		else groups.set(id, [r]);
	};
	const addFlow = (id: string, kind: FlowKind, p: FlowPart) => {
		const g = flowGroups.get(id);
		if (g) g.parts.push(p);
		else flowGroups.set(id, { kind, parts: [p] });
	};
	for (const r of records) {
		add(`${r.season}|all|all`, r);
		for (const d of format === 1 ? DIMENSIONS_V1 : DIMENSIONS)
			if (carries(r, d)) add(`${r.season}|${d}|${keyOf(r, d)}`, r);
		if (format === 2 && r.flows)
			for (const flow of r.flows) {
				const p = { contributor: r.contributor, flow };
				addFlow(`${r.season}|${FLOW_PREFIX}${flow[0]}|all`, flow[0], p);
				addFlow(`${r.season}|${FLOW_PREFIX}${flow[0]}|${flow[1]}|${flow[2]}`, flow[0], p);
			}
	}
	const out = new Map<string, Map<string, number>[]>();
	for (const [id, rs] of groups) out.set(id, measuresOf(rs, format));
	for (const [id, g] of flowGroups) out.set(id, flowMeasures(g.kind, g.parts));
	return out;
}

const baselineIndexes = new WeakMap<Baseline, Map<1 | 2, Map<string, Map<string, number>[]>>>();

function baselineIndex(b: Baseline, format: 1 | 2): Map<string, Map<string, number>[]> {
	let byFormat = baselineIndexes.get(b);
	if (!byFormat) {
		byFormat = new Map();
		baselineIndexes.set(b, byFormat);
	}
	let idx = byFormat.get(format);
	if (!idx) {
		idx = cellIndex(b, format);
		byFormat.set(format, idx);
	}
	return idx;
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
 * is compared with the same cell (same season, dimension and value) of every baseline, and with
 * every earlier figure of the same cell in `options.history` (the live page's own past).
 */
export function aggregate(
	records: readonly ObsRecord[],
	baselines: readonly Baseline[] = [],
	options: AggregateOptions = {}
): Aggregates {
	const format = options.format ?? 2;
	const ctx: Ctx = {
		format,
		history: options.history ?? new Map(),
		published: new Map(),
		earlier: baselines.map((b) => baselineIndex(b, format))
	};
	const dims = format === 1 ? DIMENSIONS_V1 : DIMENSIONS;
	const seasons = [...new Set(records.map((r) => r.season))].sort();
	const out = seasons.map((season): SeasonAggregates => {
		const rs = records.filter((r) => r.season === season);
		const tables = {} as Record<Dimension, Cell[]>;
		let totalStatus: CellStatus | null = null;
		for (const d of dims) {
			const groups = groupBy(rs, (r) => keyOf(r, d));
			const keys = [...groups.keys()].sort();
			const cells: MultiCell[] = keys.map((k) => ({ key: k, measures: measuresOf(groups.get(k)!, format) }));
			const measures = new Map(cells.map((c) => [c.key, c.measures as Map<string, number>[]]));
			const p = protectCells(cells);
			totalStatus ??= p.total;
			tables[d] = p.cells.map(({ key, status }) =>
				cell(`${season}|${d}|${key}`, key, groups.get(key)!, measures.get(key)!, status, ctx)
			);
			// a cell withheld for differencing hides part of the table: re-run the secondary rule
			// with it counted as hidden, so the margins cannot give it back
			tables[d] = resecure(tables[d], groups, format);
			for (const c of tables[d]) if (!c.shown) ctx.published.delete(`${season}|${d}|${c.key}`);
		}
		for (const d of DIMENSIONS) tables[d] ??= [];
		const total = cell(`${season}|all|all`, 'all', rs, measuresOf(rs, format), totalStatus!, ctx);
		const categories = shares(rs, total.shown);
		return {
			season,
			total,
			tables,
			categories,
			flows: format === 1 ? [] : flowTables(season, rs, ctx),
			levers:
				format === 1
					? []
					: leverTable(
							season,
							(options.experiments ?? []).filter((e) => e.season === season),
							(options.baselineExperiments ?? []).map((b) => b.filter((e) => e.season === season)),
							ctx
						)
		};
	});
	return { seasons: out, published: ctx.published };
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const x of xs) {
		const k = key(x);
		const g = groups.get(k);
		if (g) g.push(x);
		else groups.set(k, [x]);
	}
	return groups;
}

// ———————————————————————————————————————————— flows (person·km, tonne·km)

type FlowPart = { contributor: string; flow: Flow };

function flowMeasures(kind: FlowKind, parts: readonly FlowPart[]): Map<string, number>[] {
	const idx = (kind === 'team' ? [3, 5] : [3, 4, 5]) as (3 | 4 | 5)[];
	const out = idx.map(() => new Map<string, number>());
	for (const p of parts)
		idx.forEach((j, i) => out[i].set(p.contributor, (out[i].get(p.contributor) ?? 0) + p.flow[j]));
	return out.map(movers);
}

/**
 * Per kind (team, freight), a one-way table of (mode family × distance band) cells whose margin is
 * the kind's total: primary and secondary suppression on person·km (or tonne·km and vehicle·km)
 * and kgCO2e at once, then the differencing check against every earlier publication.
 */
function flowTables(season: string, rs: readonly ObsRecord[], ctx: Ctx): FlowCell[] {
	const out: FlowCell[] = [];
	for (const kind of FLOW_KINDS) {
		const groups = new Map<string, FlowPart[]>();
		const mine: FlowPart[] = [];
		for (const r of rs)
			for (const flow of r.flows ?? []) {
				if (flow[0] !== kind) continue;
				const p = { contributor: r.contributor, flow };
				mine.push(p);
				const k = `${flow[1]}|${flow[2]}`;
				const g = groups.get(k);
				if (g) g.push(p);
				else groups.set(k, [p]);
			}
		if (mine.length === 0) continue;
		const band = (k: string) => DISTANCE_BANDS.indexOf(k.split('|')[1] as (typeof DISTANCE_BANDS)[number]);
		const keys = [...groups.keys()].sort(
			(a, b) => a.split('|')[0].localeCompare(b.split('|')[0]) || band(a) - band(b)
		);
		const measures = new Map(keys.map((k) => [k, flowMeasures(kind, groups.get(k)!)]));
		const p = protectCells(keys.map((k) => ({ key: k, measures: measures.get(k)! })));
		const one = (key: string, parts: FlowPart[], m: Map<string, number>[], status: CellStatus): FlowCell => {
			const [mode, band] = key === 'all' ? ['all', 'all'] : key.split('|');
			const base = { key, kind, mode, band };
			if (!status.shown) return { ...base, shown: false, reason: status.reason };
			const id = `${season}|${FLOW_PREFIX}${kind}|${key}`;
			if (differs(m, earlierOf(id, ctx))) return { ...base, shown: false, reason: 'secondary' };
			ctx.published.set(id, m);
			let km = 0;
			let vkm = 0;
			let kg = 0;
			for (const x of parts) {
				km += x.flow[3];
				vkm += x.flow[4];
				kg += x.flow[5];
			}
			return {
				...base,
				shown: true,
				structures: status.contributors,
				km,
				vehicleKm: kind === 'freight' ? vkm : null,
				kg,
				kgPerKm: km > 0 ? kg / km : null
			};
		};
		const total = one('all', mine, flowMeasures(kind, mine), p.total);
		let cells = p.cells.map(({ key, status }) => one(key, groups.get(key)!, measures.get(key)!, status));
		// a cell withheld for differencing: the hidden rest must stay safe (as resecure)
		let hidden = cells.filter((c) => !c.shown).flatMap((c) => groups.get(c.key) ?? []);
		if (hidden.length > 0) {
			const order = cells
				.filter((c) => c.shown)
				.sort((a, b) => (a.shown && b.shown ? a.km - b.km : 0) || a.key.localeCompare(b.key));
			for (const next of order) {
				if (primaryCheckAll(flowMeasures(kind, hidden)) === null) break;
				cells = cells.map((c) =>
					c.key === next.key
						? { key: c.key, kind, mode: c.mode, band: c.band, shown: false, reason: 'secondary' as const }
						: c
				);
				hidden = hidden.concat(groups.get(next.key) ?? []);
			}
		}
		for (const c of cells) if (!c.shown) ctx.published.delete(`${season}|${FLOW_PREFIX}${kind}|${c.key}`);
		out.push(total, ...cells);
	}
	return out;
}

// ———————————————————————————————————————————— experiments by lever

/**
 * Per lever: structures and commitments measured (frequency ≥ 3 structures, no structure above
 * 85 % of the commitments), quartiles of each structure's mean measured saving from 5 structures.
 * Levers are not additive parts of a whole (a tour may run several), so each is a figure of its
 * own; the differencing check covers the counts.
 */
function leverTable(
	season: string,
	exps: readonly ExpRecord[],
	earlier: readonly (readonly ExpRecord[])[],
	ctx: Ctx
): LeverCell[] {
	const counts = (xs: readonly ExpRecord[]) => {
		const m = new Map<string, number>();
		for (const e of xs) m.set(e.contributor, (m.get(e.contributor) ?? 0) + 1);
		return [m];
	};
	const groups = groupBy(exps, (e) => e.lever);
	return [...groups.keys()].sort().map((lever): LeverCell => {
		const xs = groups.get(lever)!;
		const m = counts(xs);
		const why = primaryCheckAll(m);
		if (why) return { key: lever, shown: false, reason: why };
		const id = `${season}|lever|${lever}`;
		const hist = [
			...earlier.map((b) => counts(b.filter((e) => e.lever === lever))),
			...(ctx.history.get(id) ?? [])
		];
		if (differs(m, hist)) return { key: lever, shown: false, reason: 'secondary' };
		ctx.published.set(id, m);
		const sums = new Map<string, { kg: number; n: number }>();
		for (const e of xs) {
			const o = sums.get(e.contributor) ?? { kg: 0, n: 0 };
			o.kg += e.savingKg;
			o.n += 1;
			sums.set(e.contributor, o);
		}
		const q = protectQuartiles(new Map([...sums].map(([k, o]) => [k, o.kg / o.n])));
		return {
			key: lever,
			shown: true,
			structures: m[0].size,
			commitments: xs.length,
			saving: q.shown ? { q1: q.q1, median: q.median, q3: q.q3 } : null
		};
	});
}

function resecure(cells: Cell[], groups: Map<string, ObsRecord[]>, format: 1 | 2): Cell[] {
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
		const p = protectCells([{ key: 'rest', measures: measuresOf(hidden, format) }]);
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
