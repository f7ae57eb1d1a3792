/**
 * Shared machinery of one computation: factor lookup under the boundary (memoised per activity),
 * result-line assembly with its explanation, distance overrides, warnings, and the bookkeeping the
 * uncertainty module needs (which factor and which input each line rests on).
 *
 * No formula of its own: each category module computes its kgCO2e in the documented order and hands
 * the line here.
 */
import { applyBoundary, type BoundedFactor } from './boundary';
import { detourKm, factorFamily, greatCircleKm, type FactorFamily } from './distance';
import { EngineError } from './errors';
import { activityDef } from './factors/activities';
import type { FactorUnit, ResolvedFactor, ResolvedFactorSet } from './factors/types';
import { factorUncertaintyPct, type EngineParameters } from './parameters';
import type {
	Boundary,
	DistanceOverride,
	EnginePlace,
	LineFactor,
	LineQuantities,
	ModeFamily,
	QualityTag,
	ResultCategory,
	ResultLine,
	ResultScope,
	ResultWarning
} from './types';

export interface FactorUse {
	rf: ResolvedFactor;
	bounded: BoundedFactor;
	line: LineFactor;
	/** ln-space sigma of the factor's uncertainty */
	sigma: number;
	family: FactorFamily;
}

/** What the uncertainty module needs to know of each line. */
export interface LineUncertainty {
	factorGroup: string;
	factorSigma: number;
	inputGroup: string;
	inputSigma: number;
}

export interface LineSpec {
	id: string;
	category: ResultCategory;
	scope: ResultScope;
	family: ModeFamily | null;
	mode: string | null;
	label: string;
	legId: string | null;
	dateId: string | null;
	source: string;
	quantities: LineQuantities;
	quantity: number;
	kgCO2e: number;
	perPersonKg?: number | null;
	personKm?: number;
	formula: string;
	quality: QualityTag;
	isDefault?: boolean;
	flags?: string[];
	/** lines resting on one shared default share their input error (e.g. `default:audience:urban.medium`) */
	inputGroup?: string;
}

const Z95 = 1.959963984540054;

/** ln-space sigma of a 95 % half-width given in percent (multiplicative, log-normal). */
export function sigmaOfPct(pct: number): number {
	return pct > 0 ? Math.log(1 + pct / 100) / Z95 : 0;
}

export const Z_95 = Z95;

const QUALITY_ORDER: QualityTag[] = ['measured', 'estimated', 'default'];
export function worstQuality(...tags: (QualityTag | undefined)[]): QualityTag {
	let worst = 0;
	for (const t of tags) if (t) worst = Math.max(worst, QUALITY_ORDER.indexOf(t));
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

/** Numbers in formulas: 6 significant digits, no exponent for ordinary magnitudes. */
export function num(n: number): string {
	if (n === 0) return '0';
	const s = Number(n.toPrecision(6)).toString();
	return s.includes('e') ? n.toPrecision(6) : s;
}

export function perUnit(u: FactorUnit): string {
	return `kgCO2e/${UNIT_SHORT[u]}`;
}

export class Context {
	readonly lines: ResultLine[] = [];
	readonly uncertainty: LineUncertainty[] = [];
	readonly warnings: ResultWarning[] = [];
	readonly missing = new Set<string>();
	private readonly uses = new Map<string, FactorUse | null>();
	private readonly ids = new Set<string>();
	private readonly overrides = new Map<string, DistanceOverride[]>();

	constructor(
		readonly factors: ResolvedFactorSet,
		readonly boundary: Boundary,
		readonly params: EngineParameters,
		distances: DistanceOverride[]
	) {
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
		if (this.uses.has(activity)) {
			const u = this.uses.get(activity) ?? null;
			if (!u && !optional) this.missing.add(activity);
			return u;
		}
		const rf = this.factors.byActivity.get(activity);
		if (!rf) {
			this.uses.set(activity, null);
			if (!optional) this.missing.add(activity);
			return null;
		}
		const def = activityDef(activity);
		if (def && def.per !== rf.factor.unit) {
			throw new EngineError(
				'engine.unit_mismatch',
				`Factor ${rf.factor.table}/${rf.factor.key} for "${activity}" is per ${rf.factor.unit}, the engine needs per ${def.per}`,
				{ activity, expected: def.per, actual: rf.factor.unit, set: this.setRef }
			);
		}
		const bounded = applyBoundary(rf, this.boundary);
		const pct = factorUncertaintyPct(activity, rf.factor.uncertaintyPct, this.params.uncertainty);
		const use: FactorUse = {
			rf,
			bounded,
			sigma: sigmaOfPct(pct),
			family: factorFamily(rf.table ?? { ref: rf.factor.table }),
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

	/** Distance used for a leg by a mode family: explicit km, else an override, else detour(great-circle). */
	distance(
		from: EnginePlace,
		to: EnginePlace,
		family: ModeFamily,
		factors: FactorFamily,
		explicitKm?: number
	): { km: number; gcKm: number; rule: string; overridden: boolean; quality?: QualityTag } {
		const gcKm = greatCircleKm(from, to);
		if (explicitKm !== undefined) return { km: explicitKm, gcKm, rule: 'user distance', overridden: true };
		const list = this.overrides.get(`${from.id}|${to.id}`);
		if (list) {
			const o = list.find((x) => x.family === family) ?? list.find((x) => x.family === undefined);
			if (o) return { km: o.km, gcKm, rule: 'user distance', overridden: true, quality: o.quality };
		}
		const d = detourKm(gcKm, family, factors, from, to);
		return { km: d.km, gcKm, rule: d.rule, overridden: false };
	}

	inputSigma(q: QualityTag): number {
		return sigmaOfPct(this.params.uncertainty.quality[q]?.pct ?? 0);
	}

	push(spec: LineSpec, use: FactorUse): ResultLine {
		if (this.ids.has(spec.id))
			throw new EngineError('engine.invalid_input', `Two result lines share the id "${spec.id}"`, {
				id: spec.id
			});
		this.ids.add(spec.id);
		const flags = [...(spec.flags ?? [])];
		if (use.bounded.notSeparable.length > 0) {
			flags.push('boundary.not_separable');
			this.warnings.push({
				code: 'boundary.not_separable',
				params: { components: use.bounded.notSeparable.join(', '), activity: use.line.activity },
				lineId: spec.id
			});
		}
		const inputSigma = this.inputSigma(spec.quality);
		const s = Math.sqrt(use.sigma ** 2 + inputSigma ** 2);
		const line: ResultLine = {
			id: spec.id,
			category: spec.category,
			scope: spec.scope,
			family: spec.family,
			mode: spec.mode,
			label: spec.label,
			legId: spec.legId,
			dateId: spec.dateId,
			source: spec.source,
			quantities: spec.quantities,
			quantity: spec.quantity,
			factor: use.line,
			kgCO2e: spec.kgCO2e,
			perPersonKg: spec.perPersonKg ?? null,
			personKm: spec.personKm ?? 0,
			formula: spec.formula,
			quality: spec.quality,
			isDefault: spec.isDefault ?? false,
			flags,
			range: { kg: spec.kgCO2e, low: spec.kgCO2e * Math.exp(-Z95 * s), high: spec.kgCO2e * Math.exp(Z95 * s) }
		};
		this.lines.push(line);
		this.uncertainty.push({
			factorGroup: use.line.activity,
			factorSigma: use.sigma,
			inputGroup: spec.inputGroup ?? `line:${spec.id}`,
			inputSigma
		});
		return line;
	}

	warn(w: ResultWarning): void {
		this.warnings.push(w);
	}
}
