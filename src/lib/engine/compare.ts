/**
 * Comparing two diagnostics, and splitting their difference into a factor effect and an activity
 * effect.
 *
 * Formula:  A = computeTour(inputA, factorsA)   (the reference: the forecast, or the tour as pinned)
 *           B = computeTour(inputB, factorsB)   (the other: the actual, or another factor set)
 *           C = computeTour(inputA, factorsB)   (the cross term: A's activity under B's factors)
 *           change          = B − A
 *           factor effect   = C − A             (same activity, other factors)
 *           activity effect = B − C             (same factors, other activity)
 *           factor effect + activity effect = change, per total, per category and per date.
 * Order:    the split depends on the path (factors first, then activity), as every two-step
 *           decomposition does; the cross term is A's activity under B's factors, always.
 * Units:    kgCO2e.
 * Exactness: in IEEE doubles, (C − A) + (B − C) can differ from B − A in the last places. The
 *           three figures are first put on a binary grid of about a milligram (`gridStep` below),
 *           where the subtractions are exact: the two effects add up to the change bit for bit, and
 *           a figure moves by half a milligram at most.
 * Special cases: same input (recompute under another set) → C is A's input under B's factors, i.e.
 *           B itself, so the activity effect is exactly 0; same factors → C = A and the factor
 *           effect is exactly 0 (computeTour is deterministic).
 * Failure:  when B's set lacks a factor that A's activity needs, C cannot be computed: the
 *           comparison is still given, without a split (`cross: null`, with the engine’s error).
 */
import { computeTour } from './compute';
import { EngineError } from './errors';
import type { ResolvedFactorSet } from './factors/types';
import type { ComputeOptions, ResultCategory, ResultScope, TourInput, TourResult } from './types';
import { RESULT_CATEGORIES } from './types';

export interface CompareSide {
	input: TourInput;
	factors: ResolvedFactorSet;
}

/** One compared figure. */
export interface Delta {
	/** A's figure (kgCO2e, on the grid of `gridStep`: within a milligram of the result's) */
	a: number;
	b: number;
	/** b − a */
	change: number;
	/** change ÷ a; null when a is 0 */
	relative: number | null;
	/** C − A; null when the cross term could not be computed */
	factorEffect: number | null;
	/** B − C; factorEffect + activityEffect === change exactly */
	activityEffect: number | null;
}

export interface CategoryDelta extends Delta {
	category: ResultCategory;
	scope: ResultScope;
}

export interface DateDelta extends Delta {
	id: string;
	/** from B when the date is in B, else from A */
	venueName: string;
	start: string;
	inA: boolean;
	inB: boolean;
	/** company emissions of the date (audience apart, below) */
	audience: Delta;
}

export interface TourComparison {
	a: TourResult;
	b: TourResult;
	/** A's activity under B's factors; null when B's set cannot compute A's activity */
	cross: TourResult | null;
	/** why the cross term is missing (engine error code and params) */
	crossError: { code: string; params: Record<string, unknown> } | null;
	totals: { company: Delta; audience: Delta; withAudience: Delta };
	byCategory: CategoryDelta[];
	byDate: DateDelta[];
}

// ——— exact split

/**
 * The grid the three figures of a delta are put on: multiples of 2^-k kg, k ≤ 20 (2^-20 kg ≈ 1 mg),
 * coarse enough that every multiple involved stays below 2^52 units. On such a grid sums and
 * differences of doubles are exact, so `factorEffect + activityEffect === change` holds bit for bit
 * (a split of plain doubles cannot always add up: when the two effects are much larger than the
 * change and cancel, their last places are coarser than the change's).
 */
export function gridStep(...values: number[]): number {
	const max = Math.max(1, ...values.map((v) => Math.abs(v)));
	const k = Math.min(20, 51 - Math.ceil(Math.log2(max)));
	return 2 ** -k;
}

function onGrid(x: number, step: number): number {
	return Math.round(x / step) * step;
}

export function delta(a: number, b: number, c: number | null): Delta {
	const step = gridStep(a, b, c ?? 0);
	const qa = onGrid(a, step);
	const qb = onGrid(b, step);
	const change = qb - qa;
	const relative = qa !== 0 ? change / qa : null;
	if (c === null) return { a: qa, b: qb, change, relative, factorEffect: null, activityEffect: null };
	const qc = onGrid(c, step);
	return { a: qa, b: qb, change, relative, factorEffect: qc - qa, activityEffect: qb - qc };
}

// ——— aggregation of one result

function categoryTotals(r: TourResult): Map<string, number> {
	const m = new Map<string, number>();
	for (const b of r.byCategory) m.set(`${b.scope}|${b.key}`, (m.get(`${b.scope}|${b.key}`) ?? 0) + b.kgCO2e);
	return m;
}

function dateTotals(r: TourResult): Map<string, { company: number; audience: number }> {
	return new Map(r.byDate.map((d) => [d.id, { company: d.company, audience: d.audience }]));
}

const SCOPE_OF: Record<ResultCategory, ResultScope> = {
	travel: 'company',
	freight: 'company',
	accommodation: 'company',
	meal: 'company',
	audience: 'audience'
};

/** Compare B with A and split the change; every computation uses the same `options` (boundary…). */
export function compareTours(A: CompareSide, B: CompareSide, options: ComputeOptions = {}): TourComparison {
	const a = computeTour(A.input, A.factors, options);
	const b = computeTour(B.input, B.factors, options);
	let cross: TourResult | null = null;
	let crossError: TourComparison['crossError'] = null;
	try {
		cross = computeTour(A.input, B.factors, options);
	} catch (e) {
		if (!(e instanceof EngineError)) throw e;
		crossError = { code: e.code, params: { ...e.params } };
	}

	const totals = {
		company: delta(a.totals.company.kg, b.totals.company.kg, cross?.totals.company.kg ?? null),
		audience: delta(a.totals.audience.kg, b.totals.audience.kg, cross?.totals.audience.kg ?? null),
		withAudience: delta(
			a.totals.withAudience.kg,
			b.totals.withAudience.kg,
			cross?.totals.withAudience.kg ?? null
		)
	};

	const ca = categoryTotals(a);
	const cb = categoryTotals(b);
	const cc = cross ? categoryTotals(cross) : null;
	const byCategory: CategoryDelta[] = [];
	for (const category of RESULT_CATEGORIES) {
		const scope = SCOPE_OF[category];
		const k = `${scope}|${category}`;
		if (!ca.has(k) && !cb.has(k) && !cc?.has(k)) continue;
		byCategory.push({
			category,
			scope,
			...delta(ca.get(k) ?? 0, cb.get(k) ?? 0, cc ? (cc.get(k) ?? 0) : null)
		});
	}

	// dates in tour order: A's, then those only in B, in B's order
	const da = dateTotals(a);
	const db = dateTotals(b);
	const dc = cross ? dateTotals(cross) : null;
	const seen = new Set<string>();
	const byDate: DateDelta[] = [];
	const info = new Map([...a.byDate, ...b.byDate].map((d) => [d.id, d]));
	for (const d of [...a.byDate, ...b.byDate]) {
		if (seen.has(d.id)) continue;
		seen.add(d.id);
		const shown = b.byDate.find((x) => x.id === d.id) ?? info.get(d.id)!;
		const xa = da.get(d.id);
		const xb = db.get(d.id);
		const xc = dc ? (dc.get(d.id) ?? { company: 0, audience: 0 }) : null;
		byDate.push({
			id: d.id,
			venueName: shown.venueName,
			start: shown.start,
			inA: xa !== undefined,
			inB: xb !== undefined,
			...delta(xa?.company ?? 0, xb?.company ?? 0, xc ? xc.company : null),
			audience: delta(xa?.audience ?? 0, xb?.audience ?? 0, xc ? xc.audience : null)
		});
	}

	return { a, b, cross, crossError, totals, byCategory, byDate };
}
