/**
 * Property-based (fast-check, seeded): random contributions, a release built from them, then
 * random withdrawals and additions, and the live aggregates checked against the release. Checked
 * against a naive re-implementation of the threat, from the raw records:
 * - every shown cell has ≥ 3 structures and none above 85 % on any published measure;
 * - in every table, what is hidden (the total minus the shown cells) is nothing or a safe figure;
 * - a cell shown both in the release and on the live page differs between them by nothing, or by
 *   ≥ 3 structures with none above 85 % (no one structure revealed by subtracting the two).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	aggregate,
	DIMENSIONS,
	scaleBand,
	type Aggregates,
	type ObsRecord
} from '../../../src/lib/observatory/index';

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
	byCategory: fc.constant({ travel: 1, freight: 1, accommodation: 1, meal: 1 })
}) as fc.Arbitrary<ObsRecord>;

function safe(rs: readonly ObsRecord[]): boolean {
	const orgs = new Set(rs.map((r) => r.contributor));
	if (orgs.size < 3) return false;
	for (const m of MEASURES) {
		const by = new Map<string, number>();
		for (const r of rs) by.set(r.contributor, (by.get(r.contributor) ?? 0) + r[m]);
		const total = [...by.values()].reduce((a, b) => a + b, 0);
		if (total > 0 && Math.max(...by.values()) > 0.85 * total) return false;
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

const keyOf = (r: ObsRecord, d: (typeof DIMENSIONS)[number]) => (d === 'band' ? scaleBand(r.dates) : r[d]);

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
	}
}

function shownKeys(a: Aggregates): Map<string, boolean> {
	const out = new Map<string, boolean>();
	for (const s of a.seasons) {
		out.set(`all|all`, s.total.shown);
		for (const d of DIMENSIONS) for (const c of s.tables[d]) out.set(`${d}|${c.key}`, c.shown);
	}
	return out;
}

function cellRecords(rs: readonly ObsRecord[], key: string): ObsRecord[] {
	const [d, v] = key.split('|');
	if (d === 'all') return [...rs];
	return rs.filter((r) => keyOf(r, d as (typeof DIMENSIONS)[number]) === v);
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
					const a = shownKeys(release);
					const b = shownKeys(live);
					for (const [k, shown] of b)
						if (shown && a.get(k))
							expect(safeDifference(cellRecords(liveRs, k), cellRecords(released, k))).toBe(true);
				}
			),
			{ seed: SEED, numRuns: 300 }
		);
	});
});
