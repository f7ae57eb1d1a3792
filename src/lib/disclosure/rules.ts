/**
 * Disclosure control for anything aggregated across organisations (network dashboards, their
 * exports and JSON API; later the open observatory and co-routing). Pure: no I/O, no SvelteKit, no
 * database — the server hands it plain numbers per contributor and publishes only what it returns.
 *
 * The rules copy French official statistics on businesses (INSEE, « secret statistique », set by
 * the Cocoes on 7 July 1960; InseeFrLab/manuel-protection-tableaux, annexes/regles.qmd):
 * - frequency: no figure built from fewer than 3 contributors (here: member organisations, never
 *   tours — a member with ten tours is one contributor);
 * - dominance: no figure where one contributor makes more than 85 % of the total;
 * - secondary suppression: once cells are hidden, hide more so that the hidden part of a table
 *   (total − cells shown) is itself a safe figure, so it cannot be recomputed from the margins;
 * - quartiles only from 5 contributors (a project choice: research note §3.2 — in tiny groups a
 *   quartile is one member's value), and never a minimum or a maximum (always one member's value).
 * Differencing two outputs is handled in ./audit.ts.
 */

export interface DisclosureRules {
	/** a figure needs at least this many distinct contributors */
	minContributors: number;
	/** no contributor may make more than this share of a figure's total (0…1) */
	dominanceShare: number;
	/** median and quartiles need at least this many contributors */
	minForQuantiles: number;
	/** filters combined at once on a dashboard (each more multiplies the ways to difference) */
	maxFilters: number;
}

export const RULES: Readonly<DisclosureRules> = Object.freeze({
	minContributors: 3,
	dominanceShare: 0.85,
	minForQuantiles: 5,
	maxFilters: 2
});

/** Why a figure is hidden. `secondary`: hidden so that another hidden cell cannot be recomputed. */
export type SecretReason = 'frequency' | 'dominance' | 'secondary';

export type Protected =
	{ shown: true; value: number; contributors: number } | { shown: false; reason: SecretReason };

/** One contributor's part of a figure: values of the same contributor are summed. */
export interface Contribution {
	contributor: string;
	value: number;
}

/** Sums the contributions by contributor (a member's several tours make one contribution). */
export function byContributor(items: Iterable<Contribution>): Map<string, number> {
	const out = new Map<string, number>();
	for (const { contributor, value } of items) out.set(contributor, (out.get(contributor) ?? 0) + value);
	return out;
}

/**
 * The primary rules on one figure: null when it may be shown, else why not. Dominance is taken on
 * absolute values (every measure here is non-negative; the absolute value keeps the rule
 * meaningful if one ever is not). A figure whose total is 0 has no dominant contributor.
 */
export function primaryCheck(
	parts: ReadonlyMap<string, number>,
	rules: DisclosureRules = RULES
): 'frequency' | 'dominance' | null {
	if (parts.size < rules.minContributors) return 'frequency';
	let total = 0;
	let largest = 0;
	for (const v of parts.values()) {
		const a = Math.abs(v);
		total += a;
		if (a > largest) largest = a;
	}
	if (total > 0 && largest > rules.dominanceShare * total) return 'dominance';
	return null;
}

function sum(parts: ReadonlyMap<string, number>): number {
	let s = 0;
	for (const v of parts.values()) s += v;
	return s;
}

/** A sum shown only when its contributions pass the primary rules. */
export function protectSum(parts: ReadonlyMap<string, number>, rules: DisclosureRules = RULES): Protected {
	const why = primaryCheck(parts, rules);
	if (why) return { shown: false, reason: why };
	return { shown: true, value: sum(parts), contributors: parts.size };
}

/**
 * A ratio of two sums (kgCO2e per date…), shown only when both sums may be shown: a safe ratio of
 * an unsafe numerator could be multiplied back by a published denominator.
 */
export function protectRatio(
	numerator: ReadonlyMap<string, number>,
	denominator: ReadonlyMap<string, number>,
	rules: DisclosureRules = RULES
): Protected | null {
	const n = protectSum(numerator, rules);
	if (!n.shown) return n;
	const d = protectSum(denominator, rules);
	if (!d.shown) return d;
	if (d.value <= 0) return null;
	return { shown: true, value: n.value / d.value, contributors: Math.min(n.contributors, d.contributors) };
}

export interface TableCell {
	key: string;
	parts: ReadonlyMap<string, number>;
}

export interface ProtectedTable {
	total: Protected;
	cells: { key: string; cell: Protected }[];
}

function merge(maps: ReadonlyMap<string, number>[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const m of maps) for (const [k, v] of m) out.set(k, (out.get(k) ?? 0) + v);
	return out;
}

/**
 * An additive one-way table (cells that sum to the total: emissions by category…) with primary
 * and secondary suppression. Secondary rule: the hidden part, total − shown cells, must itself
 * pass the primary rules; while it does not, the smallest shown cell (by value, then key, so the
 * mask is stable from one load or season to the next) is hidden as well. If every cell ends up
 * hidden and the whole still fails, the total is hidden too (it then fails the primary rules).
 * Empty cells (no contributor) are shown as 0: they reveal nobody.
 */
export function protectTable(cells: TableCell[], rules: DisclosureRules = RULES): ProtectedTable {
	const all = merge(cells.map((c) => c.parts));
	const total = protectSum(all, rules);
	const status = new Map<string, Protected>();
	for (const c of cells) {
		status.set(
			c.key,
			c.parts.size === 0 ? { shown: true, value: 0, contributors: 0 } : protectSum(c.parts, rules)
		);
	}
	if (!total.shown) {
		// no total: every non-empty cell is hidden, or it could be summed back into the total
		for (const c of cells)
			if (c.parts.size > 0)
				status.set(
					c.key,
					status.get(c.key)!.shown ? { shown: false, reason: 'secondary' } : status.get(c.key)!
				);
		return { total, cells: cells.map((c) => ({ key: c.key, cell: status.get(c.key)! })) };
	}
	for (;;) {
		const hidden = cells.filter((c) => !status.get(c.key)!.shown);
		if (hidden.length === 0) break;
		const rest = merge(hidden.map((c) => c.parts));
		if (primaryCheck(rest, rules) === null) break;
		const candidates = cells
			.filter((c) => status.get(c.key)!.shown && c.parts.size > 0)
			.sort((a, b) => Math.abs(sum(a.parts)) - Math.abs(sum(b.parts)) || a.key.localeCompare(b.key));
		const next = candidates[0];
		if (!next) break; // every non-empty cell is hidden; the hidden part is the total, which passed
		status.set(next.key, { shown: false, reason: 'secondary' });
	}
	return { total, cells: cells.map((c) => ({ key: c.key, cell: status.get(c.key)! })) };
}

export type ProtectedQuartiles =
	| { shown: true; q1: number; median: number; q3: number; contributors: number }
	| { shown: false; reason: 'frequency' };

/**
 * Median and quartiles of one value per contributor (a member's kgCO2e per date over its shared
 * tours…), only from `minForQuantiles` contributors. Linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R and of spreadsheets). Minimum and maximum are never
 * computed.
 */
export function protectQuartiles(
	values: ReadonlyMap<string, number>,
	rules: DisclosureRules = RULES
): ProtectedQuartiles {
	const xs = [...values.values()].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (xs.length < rules.minForQuantiles) return { shown: false, reason: 'frequency' };
	const q = (p: number) => {
		const h = (xs.length - 1) * p;
		const lo = Math.floor(h);
		const hi = Math.ceil(h);
		return xs[lo] + (h - lo) * (xs[hi] - xs[lo]);
	};
	return { shown: true, q1: q(0.25), median: q(0.5), q3: q(0.75), contributors: xs.length };
}

/** A count of contributors (members sharing…): shown from `minContributors`, else secret. */
export function protectCount(n: number, rules: DisclosureRules = RULES): Protected {
	return n === 0 || n >= rules.minContributors
		? { shown: true, value: n, contributors: n }
		: { shown: false, reason: 'frequency' };
}
