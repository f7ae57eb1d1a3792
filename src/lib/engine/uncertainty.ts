/**
 * Uncertainty: a 95 % range around each total.
 *
 * Model:   line i = e_i × X_g(i) × Y_a(i), where e_i is the point estimate (kgCO2e), Y_a a log-normal
 *          multiplier of median 1 for the factor `a` (σ_a from the factor's published uncertainty, else
 *          the category default) and X_g one for the input group `g` (σ_g from the quality tag:
 *          measured / estimated / default). Lines using the same factor share Y_a; lines resting on the
 *          same default (one audience archetype) share X_g; other inputs are independent per line.
 *          σ = ln(1 + p/100) / 1.96 for a published ±p % at 95 %. Spreads and reasoning:
 *          emission-factors/parameters/uncertainty.json.
 * Analytic (default): with μ = E[Y] = e^{σ²/2}, V = Var Y = e^{2σ²} − e^{σ²} (same for X: ν, W),
 *          E[T]   = Σ e_i μ_a ν_g
 *          Var[T] = Σ_a V_a (Σ_{i∈a} e_i ν_g)² + Σ_g W_g (Σ_{i∈g} e_i μ_a)² + Σ_(a,g) V_a W_g c_ag²
 *          (c_ag = Σ e_i over lines with factor a and input g), exact under the model; the range is
 *          the 2.5 % and 97.5 % quantiles of the log-normal with that mean and variance
 *          (Fenton–Wilkinson). O(lines), deterministic.
 * Monte Carlo (option): the same model sampled with a seeded mulberry32 generator and Box–Muller
 *          normals; empirical 2.5 % / 97.5 % quantiles. Deterministic for a given seed.
 * The point estimate remains the deterministic sum (the median of each factor), not the mean.
 */
import { Z_95 } from './context';
import type { Range } from './types';

/** One line's uncertainty, by group name (tests and callers outside the engine). */
export interface UItem {
	kg: number;
	factorGroup: string;
	factorSigma: number;
	inputGroup: string;
	inputSigma: number;
}

/**
 * The same, indexed: line k rests on factor group f[k] and input group i[k]. Groups are small
 * integers so that a total is a few passes over typed arrays (the engine builds this directly).
 */
export interface UModel {
	kg: Float64Array;
	f: Int32Array;
	i: Int32Array;
	fSigma: Float64Array;
	iSigma: Float64Array;
	/** lines per input group: a group of one line needs no cell bookkeeping */
	iCount: Int32Array;
}

export function modelFromItems(items: UItem[]): UModel {
	const fIndex = new Map<string, number>();
	const iIndex = new Map<string, number>();
	const fSigma: number[] = [];
	const iSigma: number[] = [];
	const f = new Int32Array(items.length);
	const i = new Int32Array(items.length);
	items.forEach((it, k) => {
		const fk = `${it.factorGroup}|${it.factorSigma}`;
		const ik = `${it.inputGroup}|${it.inputSigma}`;
		if (!fIndex.has(fk)) {
			fIndex.set(fk, fSigma.length);
			fSigma.push(it.factorSigma);
		}
		if (!iIndex.has(ik)) {
			iIndex.set(ik, iSigma.length);
			iSigma.push(it.inputSigma);
		}
		f[k] = fIndex.get(fk)!;
		i[k] = iIndex.get(ik)!;
	});
	const iCount = new Int32Array(iSigma.length);
	for (let k = 0; k < items.length; k++) iCount[i[k]]++;
	return {
		kg: Float64Array.from(items.map((it) => it.kg)),
		f,
		i,
		fSigma: Float64Array.from(fSigma),
		iSigma: Float64Array.from(iSigma),
		iCount
	};
}

/** Analytic range of the lines selected by `mask` (all when absent). */
export function analyticRangeOf(m: UModel, mask?: Uint8Array): Range {
	const NF = m.fSigma.length;
	const NI = m.iSigma.length;
	const mu = new Float64Array(NF);
	const V = new Float64Array(NF);
	for (let a = 0; a < NF; a++) {
		const s2 = m.fSigma[a] * m.fSigma[a];
		mu[a] = Math.exp(s2 / 2);
		V[a] = Math.exp(2 * s2) - Math.exp(s2);
	}
	const nu = new Float64Array(NI);
	const W = new Float64Array(NI);
	// input groups take their sigma from a few quality tags: the exponentials once per distinct sigma
	let lastSigma = NaN;
	let lastNu = 0;
	let lastW = 0;
	for (let g = 0; g < NI; g++) {
		const sigma = m.iSigma[g];
		if (sigma !== lastSigma) {
			const s2 = sigma * sigma;
			lastSigma = sigma;
			lastNu = Math.exp(s2 / 2);
			lastW = Math.exp(2 * s2) - Math.exp(s2);
		}
		nu[g] = lastNu;
		W[g] = lastW;
	}
	const sumNu = new Float64Array(NF);
	const sumMu = new Float64Array(NI);
	const cells = new Map<number, number>();
	let point = 0;
	let mean = 0;
	let cellVar = 0;
	for (let k = 0; k < m.kg.length; k++) {
		if (mask && !mask[k]) continue;
		const e = m.kg[k];
		if (e === 0) continue;
		const a = m.f[k];
		const g = m.i[k];
		point += e;
		mean += e * mu[a] * nu[g];
		sumNu[a] += e * nu[g];
		sumMu[g] += e * mu[a];
		if (m.iCount[g] === 1) cellVar += V[a] * W[g] * e * e;
		else {
			const key = a * NI + g;
			cells.set(key, (cells.get(key) ?? 0) + e);
		}
	}
	if (mean <= 0) return { kg: point, low: point, high: point };
	let variance = cellVar;
	for (let a = 0; a < NF; a++) variance += V[a] * sumNu[a] * sumNu[a];
	for (let g = 0; g < NI; g++) variance += W[g] * sumMu[g] * sumMu[g];
	for (const [key, c] of cells) variance += V[Math.floor(key / NI)] * W[key % NI] * c * c;
	const s2 = Math.log(1 + variance / (mean * mean));
	const s = Math.sqrt(s2);
	const mLog = Math.log(mean) - s2 / 2;
	return { kg: point, low: Math.exp(mLog - Z_95 * s), high: Math.exp(mLog + Z_95 * s) };
}

export function analyticRange(items: UItem[]): Range {
	return analyticRangeOf(modelFromItems(items));
}

/** mulberry32: a small, fast, seedable 32-bit PRNG (public-domain algorithm by Tommy Ettinger). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function normalSource(rand: () => number): () => number {
	let spare: number | null = null;
	return () => {
		if (spare !== null) {
			const s = spare;
			spare = null;
			return s;
		}
		let u = 0;
		while (u === 0) u = rand();
		const v = rand();
		const r = Math.sqrt(-2 * Math.log(u));
		spare = r * Math.sin(2 * Math.PI * v);
		return r * Math.cos(2 * Math.PI * v);
	};
}

function quantile(sorted: Float64Array, q: number): number {
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * Monte Carlo ranges for several subsets of the same lines at once (the same draws for all, so that
 * company, audience and total are consistent). `masks[s][k]` says whether line k counts in subset s.
 */
export function monteCarloRangesOf(m: UModel, masks: Uint8Array[], runs: number, seed: number): Range[] {
	const rand = normalSource(mulberry32(seed));
	const n = m.kg.length;
	const Y = new Float64Array(m.fSigma.length);
	const X = new Float64Array(m.iSigma.length);
	const samples = masks.map(() => new Float64Array(runs));
	for (let r = 0; r < runs; r++) {
		for (let a = 0; a < Y.length; a++) Y[a] = Math.exp(m.fSigma[a] * rand());
		for (let g = 0; g < X.length; g++) X[g] = Math.exp(m.iSigma[g] * rand());
		for (let s = 0; s < masks.length; s++) {
			const mask = masks[s];
			let t = 0;
			for (let k = 0; k < n; k++) if (mask[k]) t += m.kg[k] * Y[m.f[k]] * X[m.i[k]];
			samples[s][r] = t;
		}
	}
	return samples.map((arr, s) => {
		arr.sort();
		let point = 0;
		for (let k = 0; k < n; k++) if (masks[s][k]) point += m.kg[k];
		return { kg: point, low: quantile(arr, 0.025), high: quantile(arr, 0.975) };
	});
}

export function monteCarloRanges(items: UItem[], subsets: boolean[][], runs: number, seed: number): Range[] {
	return monteCarloRangesOf(
		modelFromItems(items),
		subsets.map((s) => Uint8Array.from(s, (b) => (b ? 1 : 0))),
		runs,
		seed
	);
}
