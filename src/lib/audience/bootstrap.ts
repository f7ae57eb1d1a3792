/**
 * How sure are we? A 95 % interval for the date's audience emissions, mean distance and modal
 * shares, by bootstrap over respondents (rows): the sample is redrawn many times, the estimate
 * recomputed each time, and the 2.5 % and 97.5 % quantiles of those estimates are the interval.
 * It measures sampling uncertainty only (who answered), not the factors' own uncertainty, which
 * the engine reports separately.
 *
 * Resampling: Poisson bootstrap (each row is drawn Poisson(1) times instead of a multinomial draw
 * of exactly n rows; Hanley & MacGibbon 2006, "Creating non-parametric bootstrap samples using
 * Poisson frequencies", Comput. Methods Programs Biomed. 83:57–62). Identical rows are pooled and
 * drawn Poisson(count) times at once, so 100 000 answers cost what their few thousand distinct
 * answers cost. Seeded (mulberry32), so the same data always give the same interval.
 *
 * Estimator, for one (re)sample with row multiplicities c (a = attendance, W = Σ c·w):
 *   kg = a / W × ( Σ_rows c·w·Σ_{m≠car} s_m·f_m·2·km_m  +  f_car × Σ_rows c·w·s_car·2·km_road ÷ occupancy )
 *   occupancy = Σ c·w ÷ Σ c·w/n over survey rows with a party size n (as in ./aggregate.ts), else
 *   the date's occupancy (always for ticketing: tickets say nothing of who shares a car). s_m = 1 for a row's own mode (survey), the date's modal shares (ticketing).
 * With c = the observed counts this is exactly Σ bins share × round trip × factor × attendance,
 * the engine's formula for a distribution (src/lib/engine/audience.ts). Factors come in from the
 * engine's result lines (kg per passenger·km, or per vehicle·km for cars and motorbikes): no
 * factor is typed here.
 */
import { AUDIENCE_MODES, type AudienceMode } from '../engine/types';
import { kmFor, normaliseShares, type ModeShares } from './aggregate';
import type { ImportKind, ImportRecord } from './types';
import { mulberry32 } from '../engine/uncertainty';

export interface ModeFactor {
	/** kgCO2e per passenger·km, or per vehicle·km for car and motorbike (motorbike: one rider) */
	kgPerKm: number;
}

export interface Interval {
	point: number;
	low: number;
	high: number;
}

export interface BootstrapOptions {
	kind: ImportKind;
	/** spectators the estimate is scaled to (the date's attendance) */
	attendance: number;
	factors: Partial<Record<AudienceMode, ModeFactor>>;
	/** car occupancy when the rows give none */
	fallbackOccupancy: number;
	modeShares?: ModeShares | null;
	replicates?: number;
	seed?: number;
}

export interface BootstrapResult {
	replicates: number;
	seed: number;
	kg: Interval;
	meanOneWayKm: Interval;
	/** survey rows only (ticketing shares are not measured) */
	modalShares: Partial<Record<AudienceMode, Interval>>;
}

export const DEFAULT_REPLICATES = 1000;
export const DEFAULT_SEED = 20_260_701;

// the engine's seeded generator (mulberry32), re-exported: one PRNG serves every simulation
export { mulberry32 };

const LOG_FACT: number[] = [0];
for (let k = 1; k < 256; k++) LOG_FACT[k] = LOG_FACT[k - 1] + Math.log(k);

/** log(k!) — a table below 256, Stirling's series above (error < 1e-10 there). */
function logFactorial(k: number): number {
	if (k < 256) return LOG_FACT[k];
	const x = k + 1;
	return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
}

/**
 * A Poisson(λ) draw: multiplication of uniforms below λ = 10 (`expNegLambda` = e^−λ, precomputed),
 * Hörmann's transformed rejection (PTRS, 1993) above.
 */
export function poisson(lambda: number, rand: () => number, expNegLambda = Math.exp(-lambda)): number {
	if (lambda < 10) {
		let k = 0;
		let p = rand();
		while (p > expNegLambda) {
			k++;
			p *= rand();
		}
		return k;
	}
	const slam = Math.sqrt(lambda);
	const loglam = Math.log(lambda);
	const b = 0.931 + 2.53 * slam;
	const a = -0.059 + 0.02483 * b;
	const invalpha = 1.1239 + 1.1328 / (b - 3.4);
	const vr = 0.9277 - 3.6224 / (b - 2);
	for (;;) {
		const u = rand() - 0.5;
		const v = rand();
		const us = 0.5 - Math.abs(u);
		const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
		if (us >= 0.07 && v <= vr) return k;
		if (k < 0 || (us < 0.013 && v > us)) continue;
		if (
			Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <=
			-lambda + k * loglam - logFactorial(k)
		)
			return k;
	}
}

function quantile(sorted: Float64Array, q: number): number {
	if (sorted.length === 0) return NaN;
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Rows pooled by everything the estimator reads. */
interface Units {
	count: Float64Array;
	expNeg: Float64Array;
	w: Float64Array;
	km: Float64Array;
	nonCar: Float64Array;
	carKm: Float64Array;
	occPeople: Float64Array;
	occCars: Float64Array;
	mode: Int16Array;
}

function pool(records: ImportRecord[], opts: BootstrapOptions): Units {
	const spread = normaliseShares(opts.modeShares);
	const modeIdx = new Map<AudienceMode, number>(AUDIENCE_MODES.map((m, i) => [m, i]));
	const f = (m: AudienceMode) => opts.factors[m]?.kgPerKm ?? 0;
	const ticketing = opts.kind === 'ticketing';
	const keys = new Map<string, number>();
	const rows: {
		count: number;
		w: number;
		km: number;
		nonCar: number;
		carKm: number;
		people: number;
		cars: number;
		mode: number;
	}[] = [];
	for (const r of records) {
		const key = `${r.mode}|${r.roadKm}|${r.railKm}|${r.party}|${r.weight}`;
		const at = keys.get(key);
		if (at !== undefined) {
			rows[at].count++;
			continue;
		}
		const w = r.weight;
		let nonCar = 0;
		let carKm = 0;
		let km: number;
		let people = 0;
		let cars = 0;
		let mode = -1;
		if (r.mode) {
			km = kmFor(r, r.mode);
			if (r.mode === 'car') carKm = w * 2 * r.roadKm;
			else nonCar = w * f(r.mode) * 2 * km;
			mode = modeIdx.get(r.mode) as number;
			if (r.mode === 'car' && r.party !== null && !ticketing) {
				people = w;
				cars = w / r.party;
			}
		} else {
			if (!spread) continue;
			km = r.roadKm;
			for (const [m, s] of spread) {
				if (m === 'car') carKm += w * s * 2 * r.roadKm;
				else nonCar += w * s * f(m) * 2 * kmFor(r, m);
			}
		}
		keys.set(key, rows.length);
		rows.push({ count: 1, w, km, nonCar, carKm, people, cars, mode });
	}
	const n = rows.length;
	const u: Units = {
		count: new Float64Array(n),
		expNeg: new Float64Array(n),
		w: new Float64Array(n),
		km: new Float64Array(n),
		nonCar: new Float64Array(n),
		carKm: new Float64Array(n),
		occPeople: new Float64Array(n),
		occCars: new Float64Array(n),
		mode: new Int16Array(n)
	};
	rows.forEach((r, i) => {
		u.count[i] = r.count;
		u.expNeg[i] = Math.exp(-r.count);
		u.w[i] = r.w;
		u.km[i] = r.km;
		u.nonCar[i] = r.nonCar;
		u.carKm[i] = r.carKm;
		u.occPeople[i] = r.people;
		u.occCars[i] = r.cars;
		u.mode[i] = r.mode;
	});
	return u;
}

interface Estimate {
	kg: number;
	meanKm: number;
	shares: Float64Array;
}

function estimate(u: Units, c: Float64Array, opts: BootstrapOptions, shares: Float64Array): Estimate | null {
	let W = 0;
	let nonCar = 0;
	let carKm = 0;
	let people = 0;
	let cars = 0;
	let km = 0;
	shares.fill(0);
	for (let i = 0; i < c.length; i++) {
		const k = c[i];
		if (k === 0) continue;
		const w = k * u.w[i];
		W += w;
		nonCar += k * u.nonCar[i];
		carKm += k * u.carKm[i];
		people += k * u.occPeople[i];
		cars += k * u.occCars[i];
		km += w * u.km[i];
		if (u.mode[i] >= 0) shares[u.mode[i]] += w;
	}
	if (!(W > 0)) return null;
	const occupancy = cars > 0 ? people / cars : opts.fallbackOccupancy;
	const fCar = opts.factors.car?.kgPerKm ?? 0;
	for (let m = 0; m < shares.length; m++) shares[m] /= W;
	return { kg: (opts.attendance / W) * (nonCar + (fCar * carKm) / occupancy), meanKm: km / W, shares };
}

export function bootstrap(records: ImportRecord[], opts: BootstrapOptions): BootstrapResult | null {
	const B = opts.replicates ?? DEFAULT_REPLICATES;
	const seed = opts.seed ?? DEFAULT_SEED;
	const u = pool(records, opts);
	const nm = AUDIENCE_MODES.length;
	const point = estimate(u, u.count, opts, new Float64Array(nm));
	if (!point) return null;
	const pointShares = Float64Array.from(point.shares);
	const rand = mulberry32(seed);
	const kgs = new Float64Array(B);
	const kms = new Float64Array(B);
	const shareReps = AUDIENCE_MODES.map(() => new Float64Array(B));
	const c = new Float64Array(u.count.length);
	const scratch = new Float64Array(nm);
	let done = 0;
	// a replicate that draws no row at all (only likely with a handful of rows) is drawn again
	for (let guard = 0; done < B && guard < B * 10; guard++) {
		for (let i = 0; i < c.length; i++) c[i] = poisson(u.count[i], rand, u.expNeg[i]);
		const e = estimate(u, c, opts, scratch);
		if (!e) continue;
		kgs[done] = e.kg;
		kms[done] = e.meanKm;
		for (let m = 0; m < nm; m++) shareReps[m][done] = e.shares[m];
		done++;
	}
	const take = (a: Float64Array, p: number): Interval => {
		const s = a.slice(0, done).sort();
		return { point: p, low: quantile(s, 0.025), high: quantile(s, 0.975) };
	};
	const modalShares: BootstrapResult['modalShares'] = {};
	if (opts.kind === 'survey' || records.some((r) => r.mode)) {
		AUDIENCE_MODES.forEach((m, i) => {
			if (pointShares[i] > 0) modalShares[m] = take(shareReps[i], pointShares[i]);
		});
	}
	return {
		replicates: done,
		seed,
		kg: take(kgs, point.kg),
		meanOneWayKm: take(kms, point.meanKm),
		modalShares
	};
}
