/**
 * Property-based (fast-check, seeded): random contributions, a release built from them, then
 * random withdrawals and additions, and the live aggregates checked against the release. Checked
 * against a naive re-implementation of the threat, from the raw records:
 * - every shown cell has ≥ 3 structures and none above 85 % on any published measure;
 * - in every table, what is hidden (the total minus the shown cells) is nothing or a safe figure;
 * - a cell shown both in the release and on the live page differs between them by nothing, or by
 *   ≥ 3 structures with none above 85 % (no one structure revealed by subtracting the two);
 * - the same between the live page and its own earlier states, as organisations are added and
 *   withdrawn one at a time (the page remembers what it showed: `published` → `history`);
 * - all of it for the five dimensions and for the flow tables (person·km, tonne·km by mode and band).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	aggregate,
	DIMENSIONS,
	dimensionKey,
	type Aggregates,
	type ObsRecord
} from '../../../src/lib/observatory/index';
import type { Flow } from '../../../src/lib/observatory/tour-row';

const SEED = 13_2026;
const MEASURES = ['companyKg', 'dates', 'performances', 'spectators'] as const;

const record = fc.record({
	contributor: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
	season: fc.constant('2026'),
	region: fc.constantFrom('76', '11', '84'),
	discipline: fc.constantFrom('circus', 'dance'),
	dates: fc.integer({ min: 1, max: 30 }),
	performances: fc.integer({ min: 1, max: 40 }),
	spectators: fc.integer({ min: 0, max: 5000 }),
	companyKg: fc.double({ min: 1, max: 50_000, noNaN: true }),
	byCategory: fc.constant({ travel: 1, freight: 1, accommodation: 1, meal: 1 }),
	team: fc.integer({ min: 0, max: 30 }),
	scope: fc.constantFrom('regional', 'national', 'international'),
	flows: fc.array(
		fc.tuple(
			fc.constantFrom('team', 'freight'),
			fc.constantFrom('rail', 'road'),
			fc.constantFrom('0-100', '800+'),
			fc.double({ min: 0, max: 10_000, noNaN: true }),
			fc.constantFrom(0, 120),
			fc.double({ min: 0, max: 900, noNaN: true })
		),
		{ maxLength: 3 }
	)
}) as fc.Arbitrary<ObsRecord>;

/** Flow parts of a record set as pseudo-records, one per flow, with its measures. */
function flowParts(rs: readonly ObsRecord[], kind: string, key: string) {
	return rs.flatMap((r) =>
		(r.flows ?? [])
			.filter((f: Flow) => f[0] === kind && (key === 'all' || `${f[1]}|${f[2]}` === key))
			.map((f: Flow) => ({
				contributor: r.contributor,
				m: kind === 'team' ? [f[3], f[5]] : [f[3], f[4], f[5]]
			}))
	);
}

/** The primary rules on per-contributor sums, counting only contributors that move a measure. */
function safeParts(parts: { contributor: string; m: number[] }[], sign = 1): boolean {
	const width = parts[0]?.m.length ?? 0;
	for (let i = 0; i < width; i++) {
		const by = new Map<string, number>();
		for (const p of parts) by.set(p.contributor, (by.get(p.contributor) ?? 0) + sign * p.m[i]);
		for (const [k, v] of by) if (Math.abs(v) <= 1e-9) by.delete(k);
		if (by.size === 0) continue;
		if (by.size < 3) return false;
		const total = [...by.values()].reduce((a, b) => a + Math.abs(b), 0);
		if (Math.max(...[...by.values()].map(Math.abs)) > 0.85 * total) return false;
	}
	return true;
}

function safe(rs: readonly ObsRecord[]): boolean {
	const orgs = new Set(rs.map((r) => r.contributor));
	if (orgs.size < 3) return false;
	for (const m of MEASURES) {
		const by = new Map<string, number>();
		for (const r of rs) by.set(r.contributor, (by.get(r.contributor) ?? 0) + r[m]);
		const total = [...by.values()].reduce((a, b) => a + b, 0);
		if (total > 0 && Math.max(...by.values()) > 0.85 * total) return false;
		// a contributor at 0 does not protect the others: the movers alone must be ≥ 3
		const movers = [...by.values()].filter((v) => v !== 0).length;
		if (movers > 0 && movers < 3) return false;
	}
	return true;
}

/** The per-contributor difference of two record sets, as a safety check on each measure. */
function safeDifference(now: readonly ObsRecord[], before: readonly ObsRecord[]): boolean {
	for (const m of MEASURES) {
		const d = new Map<string, number>();
		for (const r of now) d.set(r.contributor, (d.get(r.contributor) ?? 0) + r[m]);
		for (const r of before) d.set(r.contributor, (d.get(r.contributor) ?? 0) - r[m]);
		for (const [k, v] of d) if (Math.abs(v) <= 1e-9) d.delete(k);
		if (d.size === 0) continue;
		if (d.size < 3) return false;
		const total = [...d.values()].reduce((a, b) => a + Math.abs(b), 0);
		if (Math.max(...[...d.values()].map(Math.abs)) > 0.85 * total) return false;
	}
	return true;
}

const keyOf = dimensionKey;

function checkOne(a: Aggregates, rs: readonly ObsRecord[]) {
	for (const s of a.seasons) {
		if (s.total.shown) expect(safe(rs)).toBe(true);
		for (const d of DIMENSIONS) {
			const hidden: ObsRecord[] = [];
			for (const c of s.tables[d]) {
				const cellRs = rs.filter((r) => keyOf(r, d) === c.key);
				if (c.shown) expect(safe(cellRs)).toBe(true);
				else hidden.push(...cellRs);
			}
			if (s.total.shown && hidden.length > 0) expect(safe(hidden)).toBe(true);
		}
		for (const kind of ['team', 'freight']) {
			const cells = s.flows.filter((c) => c.kind === kind);
			const total = cells.find((c) => c.key === 'all');
			const hidden: { contributor: string; m: number[] }[] = [];
			for (const c of cells) {
				const parts = flowParts(rs, kind, c.key);
				if (c.shown) expect(safeParts(parts)).toBe(true);
				else if (c.key !== 'all') hidden.push(...parts);
			}
			if (total?.shown && hidden.length > 0) expect(safeParts(hidden)).toBe(true);
		}
	}
}

function shownKeys(a: Aggregates): Map<string, boolean> {
	const out = new Map<string, boolean>();
	for (const s of a.seasons) {
		out.set(`all|all`, s.total.shown);
		for (const d of DIMENSIONS) for (const c of s.tables[d]) out.set(`${d}|${c.key}`, c.shown);
		for (const c of s.flows) out.set(`flow:${c.kind}|${c.key}`, c.shown);
	}
	return out;
}

function cellRecords(rs: readonly ObsRecord[], key: string): ObsRecord[] {
	const [d, v] = key.split('|');
	if (d === 'all') return [...rs];
	return rs.filter((r) => keyOf(r, d as (typeof DIMENSIONS)[number]) === v);
}

/** Nothing in a cell shown at two moments gives away one structure by subtraction. */
function checkDifference(
	keys: Map<string, boolean>,
	rs: readonly ObsRecord[],
	earlierKeys: Map<string, boolean>,
	earlier: readonly ObsRecord[]
) {
	for (const [k, shown] of keys) {
		if (!shown || !earlierKeys.get(k)) continue;
		if (k.startsWith('flow:')) {
			const [kind, ...rest] = k.slice(5).split('|');
			const key = rest.join('|');
			const parts = [
				...flowParts(rs, kind, key),
				...flowParts(earlier, kind, key).map((p) => ({ ...p, m: p.m.map((x) => -x) }))
			];
			expect(safeParts(parts)).toBe(true);
		} else expect(safeDifference(cellRecords(rs, k), cellRecords(earlier, k))).toBe(true);
	}
}

describe('open observatory disclosure (property-based)', () => {
	it('no cell reveals one structure, alone, from the margins, or by differencing live and release', () => {
		fc.assert(
			fc.property(
				fc.array(record, { minLength: 0, maxLength: 40 }),
				fc.subarray(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']),
				fc.array(record, { maxLength: 6 }),
				(released, withdrawn, added) => {
					const release = aggregate(released);
					checkOne(release, released);
					const liveRs = [...released.filter((r) => !withdrawn.includes(r.contributor)), ...added];
					const live = aggregate(liveRs, [released]);
					checkOne(live, liveRs);
					checkDifference(shownKeys(live), liveRs, shownKeys(release), released);
				}
			),
			{ seed: SEED, numRuns: 300 }
		);
	});

	it('no cell reveals one structure by differencing the live page with its own earlier states', () => {
		const orgs = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
		fc.assert(
			fc.property(
				fc.array(record, { minLength: 10, maxLength: 40 }),
				fc.array(record, { maxLength: 20 }),
				fc.array(fc.tuple(fc.boolean(), fc.constantFrom(...orgs)), { minLength: 1, maxLength: 6 }),
				(released, pool, steps) => {
					// the page's memory: every shown cell's per-structure measures (season|table|value)
					const history = new Map<string, Map<string, number>[][]>();
					const remember = (a: Aggregates) => {
						for (const [id, ms] of a.published) history.set(id, [...(history.get(id) ?? []), ms]);
					};
					let current = [...released];
					const states: { keys: Map<string, boolean>; rs: ObsRecord[] }[] = [];
					const release = aggregate(released);
					states.push({ keys: shownKeys(release), rs: released });
					for (const [add, org] of steps) {
						// one organisation added (its pool records) or withdrawn, then the page recomputed
						current = add
							? [...current, ...pool.filter((r) => r.contributor === org)]
							: current.filter((r) => r.contributor !== org);
						const live = aggregate(current, [released], { history });
						remember(live);
						checkOne(live, current);
						const keys = shownKeys(live);
						for (const earlier of states) checkDifference(keys, current, earlier.keys, earlier.rs);
						states.push({ keys, rs: current });
					}
				}
			),
			{ seed: SEED, numRuns: 150 }
		);
	});
});
