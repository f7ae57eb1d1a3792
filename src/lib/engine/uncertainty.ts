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
import { Z_95, type LineUncertainty } from './context';
import type { Range } from './types';

export interface UItem extends LineUncertainty {
	kg: number;
}

export function analyticRange(items: UItem[]): Range {
	let point = 0;
	let mean = 0;
	const byFactor = new Map<string, { V: number; sumNu: number }>();
	const byInput = new Map<string, { W: number; sumMu: number }>();
	const cells = new Map<string, { VW: number; c: number }>();
	for (const it of items) {
		if (it.kg === 0) continue;
		point += it.kg;
		const sf2 = it.factorSigma ** 2;
		const si2 = it.inputSigma ** 2;
		const mu = Math.exp(sf2 / 2);
		const nu = Math.exp(si2 / 2);
		const V = Math.exp(2 * sf2) - Math.exp(sf2);
		const W = Math.exp(2 * si2) - Math.exp(si2);
		mean += it.kg * mu * nu;
		const fk = `${it.factorGroup}|${it.factorSigma}`;
		const ik = `${it.inputGroup}|${it.inputSigma}`;
		const f = byFactor.get(fk) ?? { V, sumNu: 0 };
		f.sumNu += it.kg * nu;
		byFactor.set(fk, f);
		const g = byInput.get(ik) ?? { W, sumMu: 0 };
		g.sumMu += it.kg * mu;
		byInput.set(ik, g);
		const ck = `${fk}#${ik}`;
		const c = cells.get(ck) ?? { VW: V * W, c: 0 };
		c.c += it.kg;
		cells.set(ck, c);
	}
	if (mean <= 0) return { kg: point, low: point, high: point };
	let variance = 0;
	for (const f of byFactor.values()) variance += f.V * f.sumNu * f.sumNu;
	for (const g of byInput.values()) variance += g.W * g.sumMu * g.sumMu;
	for (const c of cells.values()) variance += c.VW * c.c * c.c;
	const s2 = Math.log(1 + variance / (mean * mean));
	const s = Math.sqrt(s2);
	const m = Math.log(mean) - s2 / 2;
	return { kg: point, low: Math.exp(m - Z_95 * s), high: Math.exp(m + Z_95 * s) };
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
 * Monte Carlo ranges for several subsets of the same items at once (same draws for all subsets, so
 * that company, audience and total are consistent). `subsets[k][i]` says whether item i counts.
 */
export function monteCarloRanges(items: UItem[], subsets: boolean[][], runs: number, seed: number): Range[] {
	const rand = normalSource(mulberry32(seed));
	const fIndex = new Map<string, number>();
	const iIndex = new Map<string, number>();
	const fi = new Int32Array(items.length);
	const ii = new Int32Array(items.length);
	const fSigma: number[] = [];
	const iSigma: number[] = [];
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
		fi[k] = fIndex.get(fk)!;
		ii[k] = iIndex.get(ik)!;
	});
	const Y = new Float64Array(fSigma.length);
	const X = new Float64Array(iSigma.length);
	const samples = subsets.map(() => new Float64Array(runs));
	for (let r = 0; r < runs; r++) {
		for (let a = 0; a < Y.length; a++) Y[a] = Math.exp(fSigma[a] * rand());
		for (let g = 0; g < X.length; g++) X[g] = Math.exp(iSigma[g] * rand());
		for (let s = 0; s < subsets.length; s++) {
			const mask = subsets[s];
			let t = 0;
			for (let k = 0; k < items.length; k++) if (mask[k]) t += items[k].kg * Y[fi[k]] * X[ii[k]];
			samples[s][r] = t;
		}
	}
	return samples.map((arr, s) => {
		arr.sort();
		let point = 0;
		for (let k = 0; k < items.length; k++) if (subsets[s][k]) point += items[k].kg;
		return { kg: point, low: quantile(arr, 0.025), high: quantile(arr, 0.975) };
	});
}
