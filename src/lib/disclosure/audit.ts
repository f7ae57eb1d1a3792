/**
 * Differencing: two figures that are each safe can still give one member away when one is built
 * from the other plus that member (« tout le réseau » − « danse » = the only circus company). The
 * dashboard lets a referent combine filters, so before answering a filtered request the server
 * checks it against every other request it would answer.
 *
 * Model. Records are the units aggregated (shared tours), each with its contributor (the member
 * organisation), its attributes (one value per filter dimension) and its additive measures. A
 * request is a conjunction of at most `maxFilters` conditions `dimension = value`; its record set
 * is what every figure of the answer is built from. For two requests F and G whose record sets are
 * nested (S_G ⊂ S_F), the difference of any additive figure is the figure of S_F ∖ S_G; so that
 * difference must itself pass the primary rules (./rules.ts) on every measure.
 *
 * Which of the two is refused: the one with more conditions (the unfiltered view is always
 * answered); with as many conditions, both. So any two requests the server answers are safe to
 * subtract: the one with more conditions was checked against the other. Extra record sets that
 * the answer publishes besides the lattice (a constant panel of two seasons) are checked the same
 * way by passing them as `extraSets`.
 *
 * Record sets are bitsets over record indices: a 10 000-record network with every 1- and
 * 2-condition request over seven dimensions is a few thousand 313-word ANDs.
 */
import { RULES, type DisclosureRules } from './rules';

export interface AuditRecord {
	contributor: string;
	attrs: Readonly<Record<string, string>>;
	/** additive measures published from these records (kgCO2e, dates, spectators…), same order for all */
	measures: readonly number[];
}

export type Condition = readonly [dimension: string, value: string];

export type AuditOutcome =
	| { ok: true; size: number }
	| { ok: false; reason: 'tooManyFilters' }
	| { ok: false; reason: 'isolates'; with: Condition[] };

type Bits = Uint32Array;

function bitsFor(n: number): Bits {
	return new Uint32Array((n + 31) >>> 5);
}

/** Index of a universe of records: one bitset per (dimension, value). Build once per load. */
export class AuditIndex {
	readonly size: number;
	private readonly byCondition = new Map<string, Bits>();
	readonly dimensions: readonly string[];
	/** conditions present in the data, by dimension */
	readonly values = new Map<string, string[]>();

	constructor(
		readonly records: readonly AuditRecord[],
		dimensions: readonly string[],
		readonly rules: DisclosureRules = RULES
	) {
		this.size = records.length;
		this.dimensions = [...dimensions];
		for (const d of dimensions) this.values.set(d, []);
		records.forEach((r, i) => {
			for (const d of dimensions) {
				const v = r.attrs[d];
				if (v === undefined) continue;
				const key = `${d}\u0000${v}`;
				let b = this.byCondition.get(key);
				if (!b) {
					b = bitsFor(this.size);
					this.byCondition.set(key, b);
					this.values.get(d)!.push(v);
				}
				b[i >>> 5] |= 1 << (i & 31);
			}
		});
		for (const vs of this.values.values()) vs.sort();
		const ids = new Map<string, number>();
		this.contributorOf = new Int32Array(this.size);
		this.width = records[0]?.measures.length ?? 0;
		this.matrix = new Float64Array(this.size * this.width);
		records.forEach((r, i) => {
			let c = ids.get(r.contributor);
			if (c === undefined) {
				c = ids.size;
				ids.set(r.contributor, c);
			}
			this.contributorOf[i] = c;
			for (let k = 0; k < this.width; k++) this.matrix[i * this.width + k] = r.measures[k];
		});
		this.contributors = ids.size;
	}

	private readonly selected = new Map<string, Bits>();

	/** The record set of a conjunction of conditions (all records for none); memoised, read-only. */
	select(conditions: readonly Condition[]): Bits {
		const key = conditions.map(([d, v]) => `${d}\u0000${v}`).join('\u0001');
		let bits = this.selected.get(key);
		if (!bits) {
			bits = this.compute(conditions);
			this.selected.set(key, bits);
		}
		return bits;
	}

	private compute(conditions: readonly Condition[]): Bits {
		const out = bitsFor(this.size);
		if (conditions.length === 0) {
			for (let i = 0; i < this.size; i++) out[i >>> 5] |= 1 << (i & 31);
			return out;
		}
		const first = this.byCondition.get(`${conditions[0][0]}\u0000${conditions[0][1]}`);
		if (!first) return out;
		out.set(first);
		for (const [d, v] of conditions.slice(1)) {
			const b = this.byCondition.get(`${d}\u0000${v}`);
			if (!b) return bitsFor(this.size);
			for (let w = 0; w < out.length; w++) out[w] &= b[w];
		}
		return out;
	}

	/** Record indices of a bitset, ascending. */
	members(bits: Bits): number[] {
		const out: number[] = [];
		for (let w = 0; w < bits.length; w++) {
			let word = bits[w];
			while (word !== 0) {
				const t = word & -word;
				out.push((w << 5) + 31 - Math.clz32(t));
				word ^= t;
			}
		}
		return out;
	}

	/** Records' contributors as small integers and their measures as one flat array (speed). */
	private readonly contributorOf: Int32Array;
	private readonly contributors: number;
	private readonly width: number;
	private readonly matrix: Float64Array;

	/** True when the records of `bits` pass the primary rules on every measure. */
	safe(bits: Bits): boolean {
		const w = this.width;
		const acc = new Float64Array(this.contributors * w);
		const seen = new Uint8Array(this.contributors);
		const touched: number[] = [];
		for (let word = 0; word < bits.length; word++) {
			let x = bits[word];
			while (x !== 0) {
				const t = x & -x;
				const i = (word << 5) + 31 - Math.clz32(t);
				x ^= t;
				const c = this.contributorOf[i];
				if (!seen[c]) {
					seen[c] = 1;
					touched.push(c);
				}
				for (let k = 0; k < w; k++) acc[c * w + k] += this.matrix[i * w + k];
			}
		}
		if (touched.length === 0) return true;
		if (touched.length < this.rules.minContributors) return false;
		// dominance on every measure, on absolute values (as primaryCheck in ./rules.ts)
		for (let k = 0; k < w; k++) {
			let total = 0;
			let largest = 0;
			for (const c of touched) {
				const a = Math.abs(acc[c * w + k]);
				total += a;
				if (a > largest) largest = a;
			}
			if (total > 0 && largest > this.rules.dominanceShare * total) return false;
		}
		return true;
	}

	/** Every request of at most `maxConditions` conditions over the dimensions, as condition lists. */
	*lattice(maxConditions: number): Generator<Condition[]> {
		yield [];
		const dims = this.dimensions;
		const rec = function* (self: AuditIndex, start: number, chosen: Condition[]): Generator<Condition[]> {
			if (chosen.length === maxConditions) return;
			for (let d = start; d < dims.length; d++) {
				for (const v of self.values.get(dims[d]) ?? []) {
					const next: Condition[] = [...chosen, [dims[d], v]];
					yield next;
					yield* rec(self, d + 1, next);
				}
			}
		};
		yield* rec(this, 0, []);
	}

	/**
	 * May a record set published beside the answers (a constant panel…) be shown? False when it is
	 * nested, with an unsafe difference, with a request of the lattice that would itself be
	 * answered (a refused request publishes nothing to subtract).
	 */
	auditSet(bits: Bits): boolean {
		for (const other of this.lattice(this.rules.maxFilters)) {
			const o = this.select(other);
			if (popcount(o) === 0) continue; // an empty request publishes nothing
			const rel = relation(bits, o);
			if (rel !== 'sub' && rel !== 'super') continue;
			// a refused request publishes nothing: ask that first (memoised), then the difference
			if (!this.answerable(other)) continue;
			if (!this.safe(rel === 'sub' ? difference(o, bits) : difference(bits, o))) return false;
		}
		return true;
	}

	private readonly answered = new Map<string, boolean>();

	/** Whether a request passes its own audit (memoised: the index is immutable). */
	answerable(conditions: readonly Condition[]): boolean {
		const key = JSON.stringify(conditions);
		let ok = this.answered.get(key);
		if (ok === undefined) {
			ok = this.audit(conditions).ok;
			this.answered.set(key, ok);
		}
		return ok;
	}

	/**
	 * May the request `conditions` be answered? Refused when it has too many conditions, or when
	 * its record set and the set of another request with as many or fewer conditions (or an extra
	 * published set) are nested and differ by an unsafe set.
	 */
	audit(
		conditions: readonly Condition[],
		extraSets: { label: Condition[]; bits: Bits }[] = []
	): AuditOutcome {
		if (conditions.length > this.rules.maxFilters) return { ok: false, reason: 'tooManyFilters' };
		const target = this.select(conditions);
		const size = popcount(target);
		const check = (other: Bits, label: Condition[]): AuditOutcome | null => {
			// an empty request publishes nothing to subtract (and the target's own figures are
			// each checked by the primary rules)
			if (popcount(other) === 0 || size === 0) return null;
			const rel = relation(target, other);
			if (rel === 'none' || rel === 'equal') return null;
			const diff = rel === 'sub' ? difference(other, target) : difference(target, other);
			return this.safe(diff) ? null : { ok: false, reason: 'isolates', with: label };
		};
		if (conditions.length > 0) {
			for (const other of this.lattice(conditions.length)) {
				const r = check(this.select(other), other);
				if (r) return r;
			}
		}
		for (const extra of extraSets) {
			const r = check(extra.bits, extra.label);
			if (r) return r;
		}
		return { ok: true, size };
	}
}

function popcount(bits: Bits): number {
	let n = 0;
	for (let w = 0; w < bits.length; w++) {
		let x = bits[w];
		x -= (x >>> 1) & 0x55555555;
		x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
		n += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
	}
	return n;
}

/** 'sub': a ⊂ b strictly; 'super': b ⊂ a strictly. */
function relation(a: Bits, b: Bits): 'equal' | 'sub' | 'super' | 'none' {
	let aInB = true;
	let bInA = true;
	for (let w = 0; w < a.length && (aInB || bInA); w++) {
		if ((a[w] & ~b[w]) !== 0) aInB = false;
		if ((b[w] & ~a[w]) !== 0) bInA = false;
	}
	if (aInB && bInA) return 'equal';
	if (aInB) return 'sub';
	if (bInA) return 'super';
	return 'none';
}

function difference(a: Bits, b: Bits): Bits {
	const out = new Uint32Array(a.length);
	for (let w = 0; w < a.length; w++) out[w] = a[w] & ~b[w];
	return out;
}

/** Bitset of the records for which `keep` is true (for extra published sets such as a panel). */
export function bitsWhere(index: AuditIndex, keep: (r: AuditRecord, i: number) => boolean): Uint32Array {
	const out = new Uint32Array((index.size + 31) >>> 5);
	index.records.forEach((r, i) => {
		if (keep(r, i)) out[i >>> 5] |= 1 << (i & 31);
	});
	return out;
}
