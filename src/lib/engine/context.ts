/**
 * Shared machinery of one computation: factor lookup under the boundary (memoised per activity),
 * result-line assembly with its explanation, distance overrides, warnings, and the bookkeeping the
 * uncertainty module needs (which factor and which input each line rests on).
 *
 * No formula of its own: each category module computes its kgCO2e in the documented order and hands
 * the line here.
 */
import { applyBoundary, type BoundedFactor } from './boundary';
import { detourKm, factorFamily, legGreatCircleKm, type FactorFamily } from './distance';
import { EngineError } from './errors';
import { activityDef, unitFits } from './factors/activities';
import type { FactorUnit, ResolvedFactor, ResolvedFactorSet } from './factors/types';
import { Breakdowns } from './indicators';
import { factorUncertaintyPct, type EngineParameters } from './parameters';
import type { UModel } from './uncertainty';
import type {
	Boundary,
	DistanceOverride,
	EnginePlace,
	LineFactor,
	ModeFamily,
	QualityTag,
	ResultLine,
	Range,
	ResultWarning
} from './types';

export interface FactorUse {
	rf: ResolvedFactor;
	/** index of this factor's uncertainty group (one per activity) */
	group: number;
	bounded: BoundedFactor;
	line: LineFactor;
	/** ln-space sigma of the factor's uncertainty */
	sigma: number;
	/** `<value> kgCO2e/<unit>`, the head of every formula using this factor */
	text: string;
	family: FactorFamily;
	/** range multipliers e^(∓1.96 σ) by quality tag, filled on first use (Context.push) */
	spread?: Partial<Record<QualityTag, { low: number; high: number }>>;
}

export interface LegDistance {
	km: number;
	gcKm: number;
	rule: string;
	overridden: boolean;
	quality?: QualityTag;
}

const Z95 = 1.959963984540054;

/** Shared by every line without flags (most of them): one array instead of thousands. */
export const NO_FLAGS: string[] = Object.freeze([]) as unknown as string[];

/**
 * The range a module puts in the line it hands to `Context.push`, which replaces it with the line's
 * own. The modules build each line whole, every field in the order of `ResultLine`: one object per
 * line, of one hidden class, instead of a specification copied field by field into a second one.
 */
export const PENDING_RANGE: Range = Object.freeze<Range>({ kg: 0, low: 0, high: 0 });

/** ln-space sigma of a 95 % half-width given in percent (multiplicative, log-normal). */
export function sigmaOfPct(pct: number): number {
	return pct > 0 ? Math.log(1 + pct / 100) / Z95 : 0;
}

export const Z_95 = Z95;

const QUALITY_ORDER: QualityTag[] = ['measured', 'estimated', 'default'];
/** The worse of two quality tags (measured < estimated < default); an absent tag counts as measured. */
export function worstQuality(a: QualityTag | undefined, b: QualityTag | undefined): QualityTag {
	let worst = 0;
	const ia = a ? QUALITY_ORDER.indexOf(a) : 0;
	if (ia > worst) worst = ia;
	const ib = b ? QUALITY_ORDER.indexOf(b) : 0;
	if (ib > worst) worst = ib;
	return QUALITY_ORDER[worst];
}

const UNIT_SHORT: Record<FactorUnit, string> = {
	'passenger.km': 'p·km',
	'vehicle.km': 'v·km',
	'tonne.km': 't·km',
	'room.night': 'room·night',
	'person.night': 'person·night',
	meal: 'meal',
	litre: 'L',
	kWh: 'kWh'
};

/**
 * Numbers in formulas: 6 significant digits, trailing zeros dropped — what `toPrecision(6)` prints,
 * trimmed. A tour has tens of thousands of these numbers and `toPrecision` costs a double-to-decimal
 * conversion each, so the common case (1e-6 ≤ |n| < 999 999, fixed notation) is done with integers:
 * n is scaled by an exact power of ten into [1e5, 1e6) and rounded. The scaling errs by at most
 * 2⁻⁵³ relative (≈ 1e-10 absolute at that scale), so the rounding is the correctly rounded one unless
 * the scaled value lies within 1e-7 of a half; those, and every other case, go to `toPrecision`
 * (tests/unit/engine/num.test.ts compares both on millions of values).
 */
export function num(n: number): string {
	if (n === 0) return '0';
	const a = n < 0 ? -n : n;
	// k: the power of ten that brings a into [1e5, 1e6), from a's magnitude (-1: not the common case)
	let k: number;
	if (a >= 1) k = a < 10 ? 5 : a < 100 ? 4 : a < 1e3 ? 3 : a < 1e4 ? 2 : a < 1e5 ? 1 : a < 999999 ? 0 : -1;
	else
		k = a >= 0.1 ? 6 : a >= 0.01 ? 7 : a >= 1e-3 ? 8 : a >= 1e-4 ? 9 : a >= 1e-5 ? 10 : a >= 1e-6 ? 11 : -1;
	if (k >= 0) {
		const scaled = a * POW10[k];
		const whole = Math.floor(scaled);
		const frac = scaled - whole;
		if ((frac < 0.4999999 || frac > 0.5000001) && whole >= 100000) {
			const m = frac < 0.5 ? whole : whole + 1;
			if (m < 1000000) {
				// m < 10⁶: integer arithmetic on 32 bits from here (a remainder of doubles is a call)
				const mi = m | 0;
				const sign = n < 0 ? '-' : '';
				if (k === 0) return sign + mi;
				// k ≥ 6: no integer part (POW10[k] > m)
				const ip = k < 6 ? (mi / POW10[k]) | 0 : 0;
				let fp = k < 6 ? mi - ip * POW10[k] : mi;
				if (fp === 0) return sign + ip;
				let width = k;
				while (fp % 10 === 0) {
					fp = (fp / 10) | 0;
					width--;
				}
				const fs = '' + fp;
				return sign + ip + '.' + ZEROS[width - fs.length] + fs;
			}
		}
	}
	return numByPrecision(n);
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11];
const ZEROS = [
	'',
	'0',
	'00',
	'000',
	'0000',
	'00000',
	'000000',
	'0000000',
	'00000000',
	'000000000',
	'0000000000'
];

/** `num` by `toPrecision(6)`, trailing zeros trimmed: the definition, and the path for rare numbers. */
export function numByPrecision(n: number): string {
	if (n === 0) return '0';
	const s = n.toPrecision(6);
	if (s.indexOf('e') >= 0 || s.indexOf('.') < 0) return s;
	let end = s.length;
	while (s.charCodeAt(end - 1) === 48) end--; // '0'
	if (s.charCodeAt(end - 1) === 46) end--; // '.'
	return s.slice(0, end);
}

/**
 * Flattens a string built by `+` in place (V8 keeps such strings as trees of pieces until a
 * character is read; the garbage collector then drops the pieces). A tour's thousands of result
 * lines each keep a formula of a dozen pieces: flattened, they weigh a third and the collector
 * copies far fewer objects (tests/bench/engine.bench.ts). Returns the same string, same characters.
 */
export function flat(s: string): string {
	s.charCodeAt(0);
	return s;
}

/**
 * Whether the keys of a few items (a leg's travel groups, a date's audience bins) are all
 * different: compared pairwise when there are few, through a set otherwise.
 */
export function distinctBy<T>(items: readonly T[], key: (item: T) => string): boolean {
	const n = items.length;
	if (n > 16) return new Set(items.map(key)).size === n;
	for (let i = 1; i < n; i++) {
		const k = key(items[i]);
		for (let j = 0; j < i; j++) if (key(items[j]) === k) return false;
	}
	return true;
}

/** Whether no key of the items has a ':' (see `Context.push`, `idChecked`). */
export function noColonIn<T>(items: readonly T[], key: (item: T) => string): boolean {
	for (let i = 0; i < items.length; i++) if (key(items[i]).indexOf(':') >= 0) return false;
	return true;
}

export function perUnit(u: FactorUnit): string {
	return `kgCO2e/${UNIT_SHORT[u]}`;
}

export class Context {
	readonly lines: ResultLine[] = [];
	// uncertainty bookkeeping: line k rests on factor group lineF[k] and input group lineI[k]
	private readonly lineF: number[] = [];
	private readonly lineI: number[] = [];
	private readonly fSigma: number[] = [];
	private readonly iSigma: number[] = [];
	/** input group of the lines resting on one shared default, by its name, then by quality tag */
	private readonly sharedInputs = new Map<string, Partial<Record<QualityTag, number>>>();
	private readonly qualitySigma: Record<QualityTag, number>;
	readonly warnings: ResultWarning[] = [];
	readonly missing = new Set<string>();
	private readonly uses = new Map<string, FactorUse | null>();
	/**
	 * The line ids seen, one set per id length (ids of different lengths differ): V8 grows a set past
	 * 4 096 entries into a table it allocates apart (large-object space), and a tour's single set of
	 * 7 000 ids spent a millisecond there; split by length, each set stays small.
	 */
	private readonly ids: Set<string>[] = [];
	private readonly overrides = new Map<string, DistanceOverride[]>();
	/** per-computation memos of the category modules (inputs shared by many dates), by name */
	readonly memo: Record<string, unknown> = {};

	// What computeTour sums over the lines, kept by `push` as each line is made, in line order (the
	// same additions in the same order): a pass over thousands of finished lines reads objects long
	// gone from the processor's caches, and computeTour made eight.
	/** each line's kgCO2e */
	private readonly lineKg: number[] = [];
	/** each line's scope: 1 company, 2 audience, 0 another */
	readonly lineScope: number[] = [];
	readonly byCategory = new Breakdowns();
	/** by mode, for travel, freight and audience lines that have one */
	readonly byMode = new Breakdowns();
	/** kgCO2e by date id: company lines, and the others (audience) */
	readonly byDate = new Map<string, { company: number; audience: number }>();
	private lastDateId: string | null = null;
	private lastDateSums = { company: 0, audience: 0 };
	/** activities of the lines' factors */
	readonly usedActivities = new Set<string>();
	private lastFactor: LineFactor | null = null;
	/** lines whose factor has components the boundary could not separate */
	notSeparableLines = 0;
	/** team travel: person·km carried and kgCO2e (indicators) */
	readonly travel = { personKm: 0, travelKg: 0 };

	constructor(
		readonly factors: ResolvedFactorSet,
		readonly boundary: Boundary,
		readonly params: EngineParameters,
		distances: DistanceOverride[]
	) {
		this.qualitySigma = {
			measured: sigmaOfPct(params.uncertainty.quality.measured?.pct ?? 0),
			estimated: sigmaOfPct(params.uncertainty.quality.estimated?.pct ?? 0),
			default: sigmaOfPct(params.uncertainty.quality.default?.pct ?? 0)
		};
		for (const o of distances) {
			for (const key of [`${o.fromId}|${o.toId}`, `${o.toId}|${o.fromId}`]) {
				const list = this.overrides.get(key) ?? [];
				list.push(o);
				this.overrides.set(key, list);
			}
		}
	}

	get setRef(): string {
		return this.factors.set.ref;
	}

	/** The factor for an activity under the boundary; null (and recorded as missing) when the set lacks it. */
	factor(activity: string, optional = false): FactorUse | null {
		const known = this.uses.get(activity);
		if (known !== undefined) {
			if (!known && !optional) this.missing.add(activity);
			return known;
		}
		const rf = this.factors.byActivity.get(activity);
		if (!rf) {
			this.uses.set(activity, null);
			if (!optional) this.missing.add(activity);
			return null;
		}
		const def = activityDef(activity);
		if (def && !unitFits(def, rf.factor.unit)) {
			throw new EngineError(
				'engine.unit_mismatch',
				`Factor ${rf.factor.table}/${rf.factor.key} for "${activity}" is per ${rf.factor.unit}, the engine needs per ${def.per}`,
				{ activity, expected: def.per, actual: rf.factor.unit, set: this.setRef }
			);
		}
		const bounded = applyBoundary(rf, this.boundary);
		const pct = factorUncertaintyPct(activity, rf.factor.uncertaintyPct, this.params.uncertainty);
		const sigma = sigmaOfPct(pct);
		this.fSigma.push(sigma);
		const use: FactorUse = {
			rf,
			group: this.fSigma.length - 1,
			bounded,
			sigma,
			text: num(bounded.value) + ' ' + perUnit(rf.factor.unit),
			// a set following impactCO2 to the digit measures flights as impactCO2 does: bare great
			// circle (its rule, reference §1.3), the convention the DESNZ family already uses
			family:
				this.factors.set.method?.planeGreatCircleOnly && activity.startsWith('plane.')
					? 'desnz'
					: factorFamily(rf.table ?? { ref: rf.factor.table }),
			line: {
				activity,
				key: rf.factor.key,
				set: rf.set,
				table: rf.factor.table,
				sourceId: rf.factor.sourceId,
				sourceLabel: rf.factor.sourceLabel,
				unit: rf.factor.unit,
				published: rf.factor.value,
				value: bounded.value,
				wtt: bounded.wtt
					? { key: bounded.wtt.key, sourceId: bounded.wtt.sourceId, value: bounded.wtt.value }
					: null,
				included: bounded.included,
				excluded: bounded.excluded,
				notSeparable: bounded.notSeparable,
				uncertaintyPct: pct,
				verification: rf.factor.verification
			}
		};
		this.uses.set(activity, use);
		return use;
	}

	/**
	 * Distance used between two places by a mode family: explicit km, else a user override for the
	 * pair, else the gazetteer's detour rule applied to the great-circle distance. `gcKm` may be
	 * given when already known (legs keep theirs).
	 */
	distance(
		from: EnginePlace,
		to: EnginePlace,
		family: ModeFamily,
		factors: FactorFamily,
		explicitKm?: number,
		gcKm: number = legGreatCircleKm(from, to)
	): LegDistance {
		if (explicitKm !== undefined) return { km: explicitKm, gcKm, rule: 'user distance', overridden: true };
		// most tours give no distance: no pair key built then
		const list = this.overrides.size > 0 ? this.overrides.get(from.id + '|' + to.id) : undefined;
		if (list) {
			const o = list.find((x) => x.family === family) ?? list.find((x) => x.family === undefined);
			if (o) return { km: o.km, gcKm, rule: 'user distance', overridden: true, quality: o.quality };
		}
		const d = detourKm(gcKm, family, factors);
		return { km: d.km, gcKm, rule: d.rule, overridden: false };
	}

	/** The distance the user gave for a pair of places and a mode family, if any (no detour rule). */
	userDistance(from: EnginePlace, to: EnginePlace, family: ModeFamily): number | undefined {
		// most tours give no distance: no pair key built then
		const list = this.overrides.size > 0 ? this.overrides.get(from.id + '|' + to.id) : undefined;
		if (!list) return undefined;
		const o = list.find((x) => x.family === family) ?? list.find((x) => x.family === undefined);
		return o?.km;
	}

	/** The lines' uncertainty model, for uncertainty.ts. */
	uncertaintyModel(): UModel {
		const n = this.lines.length;
		const kg = Float64Array.from(this.lineKg);
		const iCount = new Int32Array(this.iSigma.length);
		for (let k = 0; k < n; k++) iCount[this.lineI[k]]++;
		return {
			kg,
			f: Int32Array.from(this.lineF),
			i: Int32Array.from(this.lineI),
			fSigma: Float64Array.from(this.fSigma),
			iSigma: Float64Array.from(this.iSigma),
			iCount
		};
	}

	/**
	 * Records a line built by a category module (its `range` is `PENDING_RANGE`, its `factor` the
	 * factor use's `line`): checks its id, completes its flags and range, keeps its uncertainty
	 * bookkeeping. `inputGroup`: lines resting on one shared default share their input error
	 * (e.g. `default:audience:urban.medium`). `idChecked`: the module has made sure that no other
	 * line has, or will have, this line's id (team travel and audience lines, whose ids are made of
	 * ids known to be unique: travel.ts, audience.ts); the line's id is then not kept in the set of
	 * ids, whose lookups cost a long tour 5 % of its computation.
	 */
	push(line: ResultLine, use: FactorUse, inputGroup?: string, idChecked = false): ResultLine {
		// formulas and ids are built by concatenation: flatten them now, while they are young, so that
		// each survives as one string instead of a tree of a dozen pieces (see flat())
		const id = line.id;
		if (idChecked) flat(id);
		else {
			const sameLength = (this.ids[id.length] ??= new Set<string>());
			const known = sameLength.size;
			sameLength.add(flat(id));
			if (sameLength.size === known)
				throw new EngineError('engine.invalid_input', `Two result lines share the id "${id}"`, { id });
		}
		flat(line.formula);
		if (line.flags.length === 0) line.flags = NO_FLAGS;
		if (use.bounded.notSeparable.length > 0) {
			line.flags = [...line.flags, 'boundary.not_separable'];
			this.warnings.push({
				code: 'boundary.not_separable',
				params: { components: use.bounded.notSeparable.join(', '), activity: use.line.activity },
				lineId: id
			});
		}
		const quality = line.quality;
		const inputSigma = this.qualitySigma[quality];
		// the 95 % multipliers depend only on the factor and the quality tag: worked out once each
		const spread = (use.spread ??= {});
		let m = spread[quality];
		if (m === undefined) {
			const s = Math.sqrt(use.sigma ** 2 + inputSigma ** 2);
			m = spread[quality] = { low: Math.exp(-Z95 * s), high: Math.exp(Z95 * s) };
		}
		const kg = line.kgCO2e;
		line.range = { kg, low: kg * m.low, high: kg * m.high };
		this.lines.push(line);
		this.tally(line);
		this.lineF.push(use.group);
		let g: number | undefined;
		if (inputGroup !== undefined) {
			let byQuality = this.sharedInputs.get(inputGroup);
			if (byQuality === undefined)
				this.sharedInputs.set(
					inputGroup,
					(byQuality = Object.create(null) as Partial<Record<QualityTag, number>>)
				);
			g = byQuality[quality];
			if (g === undefined) {
				g = this.iSigma.length;
				this.iSigma.push(inputSigma);
				byQuality[quality] = g;
			}
		} else {
			g = this.iSigma.length;
			this.iSigma.push(inputSigma);
		}
		this.lineI.push(g);
		return line;
	}

	/** Adds a line to what computeTour sums (see `lineKg`). */
	private tally(line: ResultLine): void {
		const kg = line.kgCO2e;
		const scope = line.scope;
		const category = line.category;
		this.lineKg.push(kg);
		this.lineScope.push(scope === 'company' ? 1 : scope === 'audience' ? 2 : 0);
		this.byCategory.add(category, scope, kg);
		if ((category === 'travel' || category === 'freight' || category === 'audience') && line.mode !== null)
			this.byMode.add(line.mode, scope, kg);
		if (category === 'travel') {
			this.travel.personKm += line.personKm;
			this.travel.travelKg += kg;
		}
		const dateId = line.dateId;
		if (dateId) {
			let sums = this.lastDateSums;
			if (dateId !== this.lastDateId) {
				const known = this.byDate.get(dateId);
				if (known === undefined) this.byDate.set(dateId, (sums = { company: 0, audience: 0 }));
				else sums = known;
				this.lastDateId = dateId;
				this.lastDateSums = sums;
			}
			if (scope === 'company') sums.company += kg;
			else sums.audience += kg;
		}
		const factor = line.factor;
		if (factor !== this.lastFactor) {
			this.lastFactor = factor;
			this.usedActivities.add(factor.activity);
		}
		if (factor.notSeparable.length > 0) this.notSeparableLines++;
	}

	warn(w: ResultWarning): void {
		this.warnings.push(w);
	}
}
