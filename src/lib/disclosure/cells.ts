/**
 * Multi-measure tables and differencing against an earlier publication (open observatory, issue 13).
 *
 * A published cell carries several additive measures at once (kgCO2e, dates, performances,
 * spectators); each of them is a figure. `protectCells` applies the primary rules (./rules.ts) to
 * every measure of a cell, and the secondary rule to every measure of the hidden remainder, so one
 * mask covers the whole row. `differenceCheck` compares a cell with the same cell of an earlier
 * publication (a release): their difference, contributor by contributor, is what a reader gets by
 * subtracting, and must itself pass the primary rules — else the newer figure is withheld.
 */
import { primaryCheck, RULES, type DisclosureRules, type SecretReason } from './rules';

/** One cell: one map contributor → value per measure (same measure order in every cell). */
export interface MultiCell {
	key: string;
	measures: readonly ReadonlyMap<string, number>[];
}

export type CellStatus = { shown: true; contributors: number } | { shown: false; reason: SecretReason };

function merge(maps: readonly ReadonlyMap<string, number>[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const m of maps) for (const [k, v] of m) out.set(k, (out.get(k) ?? 0) + v);
	return out;
}

function contributors(c: MultiCell): number {
	const s = new Set<string>();
	for (const m of c.measures) for (const k of m.keys()) s.add(k);
	return s.size;
}

/** The primary rules on every measure of a cell: the first failure, or null. */
export function primaryCheckAll(
	measures: readonly ReadonlyMap<string, number>[],
	rules: DisclosureRules = RULES
): 'frequency' | 'dominance' | null {
	let worst: 'frequency' | 'dominance' | null = null;
	for (const m of measures) {
		const why = primaryCheck(m, rules);
		if (why === 'frequency') return why;
		if (why) worst = why;
	}
	return worst;
}

/**
 * Primary and secondary suppression on an additive one-way table whose cells carry several
 * measures. Same algorithm as protectTable: while the hidden remainder fails the primary rules on
 * any measure, hide the smallest shown cell (by its first measure, then key — a stable mask).
 */
export function protectCells(
	cells: readonly MultiCell[],
	rules: DisclosureRules = RULES
): { total: CellStatus; cells: { key: string; status: CellStatus }[] } {
	const width = cells[0]?.measures.length ?? 0;
	const column = (cs: readonly MultiCell[], i: number) => merge(cs.map((c) => c.measures[i]));
	const totalMeasures = Array.from({ length: width }, (_, i) => column(cells, i));
	const totalWhy = width === 0 ? 'frequency' : primaryCheckAll(totalMeasures, rules);
	const all = new Set<string>();
	for (const m of totalMeasures) for (const k of m.keys()) all.add(k);
	const total: CellStatus = totalWhy
		? { shown: false, reason: totalWhy }
		: { shown: true, contributors: all.size };
	const status = new Map<string, CellStatus>();
	for (const c of cells) {
		const n = contributors(c);
		if (n === 0) status.set(c.key, { shown: true, contributors: 0 });
		else {
			const why = primaryCheckAll(c.measures, rules);
			status.set(c.key, why ? { shown: false, reason: why } : { shown: true, contributors: n });
		}
	}
	if (!total.shown) {
		for (const c of cells)
			if (contributors(c) > 0 && status.get(c.key)!.shown)
				status.set(c.key, { shown: false, reason: 'secondary' });
	} else {
		const first = (c: MultiCell) => {
			let s = 0;
			for (const v of c.measures[0].values()) s += v;
			return Math.abs(s);
		};
		for (;;) {
			const hidden = cells.filter((c) => !status.get(c.key)!.shown);
			if (hidden.length === 0) break;
			const rest = Array.from({ length: width }, (_, i) => column(hidden, i));
			if (primaryCheckAll(rest, rules) === null) break;
			const next = cells
				.filter((c) => status.get(c.key)!.shown && contributors(c) > 0)
				.sort((a, b) => first(a) - first(b) || a.key.localeCompare(b.key))[0];
			if (!next) break;
			status.set(next.key, { shown: false, reason: 'secondary' });
		}
	}
	return { total, cells: cells.map((c) => ({ key: c.key, status: status.get(c.key)! })) };
}

/**
 * Differencing with an earlier publication of the same cell. `now` and `before` are the cell's
 * measures (same order); the difference contributor by contributor (values that did not move
 * cancel out) must be empty or pass the primary rules on every measure.
 */
export function differenceCheck(
	now: readonly ReadonlyMap<string, number>[],
	before: readonly ReadonlyMap<string, number>[],
	rules: DisclosureRules = RULES
): boolean {
	for (let i = 0; i < now.length; i++) {
		const d = new Map<string, number>();
		const keys = new Set([...now[i].keys(), ...(before[i]?.keys() ?? [])]);
		for (const k of keys) {
			const v = (now[i].get(k) ?? 0) - (before[i]?.get(k) ?? 0);
			// a rounding crumb is not a change (values are stored to the engine's precision)
			if (Math.abs(v) > 1e-9) d.set(k, v);
		}
		if (d.size > 0 && primaryCheck(d, rules) !== null) return false;
	}
	return true;
}
