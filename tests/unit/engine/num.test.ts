/**
 * `num` (numbers in formulas) takes an integer path for the common magnitudes; it must print exactly
 * what its definition, `toPrecision(6)` trimmed (`numByPrecision`), prints — for every number.
 */
import { describe, expect, it } from 'vitest';
import { num, numByPrecision } from '../../../src/lib/engine/context';
import { mulberry32 } from '../../../src/lib/engine';

function mismatches(values: Iterable<number>): { n: number; got: string; want: string }[] {
	const out: { n: number; got: string; want: string }[] = [];
	for (const n of values) {
		const got = num(n);
		const want = numByPrecision(n);
		if (got !== want && out.length < 10) out.push({ n, got, want });
	}
	return out;
}

function* randomValues(count: number, seed: number): Generator<number> {
	const rand = mulberry32(seed);
	for (let i = 0; i < count; i++) {
		const sign = rand() < 0.1 ? -1 : 1;
		yield sign * Math.pow(10, rand() * 16 - 8) * (1 + rand());
	}
}

function* decimalValues(count: number, seed: number): Generator<number> {
	// short decimals (kilometres to 0.1, shares, prices) and their neighbours one ulp away
	const rand = mulberry32(seed);
	for (let i = 0; i < count; i++) {
		const x = Math.round(rand() * 1e7) / Math.pow(10, Math.floor(rand() * 10));
		yield x;
		yield x * (1 - Number.EPSILON);
		yield x * (1 + Number.EPSILON);
	}
}

function* halves(count: number, seed: number): Generator<number> {
	// the sixth significant digit followed by exactly (or nearly) a half: the rounding boundary
	const rand = mulberry32(seed);
	for (let i = 0; i < count; i++) {
		const x = (Math.floor(rand() * 2e6) + 0.5) / Math.pow(10, Math.floor(rand() * 12));
		yield x;
		yield -x;
		yield x * (1 + 1e-12);
		yield x * (1 - 1e-12);
	}
}

function* edges(): Generator<number> {
	yield* [0, -0, NaN, Infinity, -Infinity, Number.MIN_VALUE, Number.MAX_VALUE, 1, -1];
	for (let e = -9; e <= 9; e++) {
		const p = Math.pow(10, e);
		for (const m of [1, 0.999999, 0.9999995, 0.99999949, 0.1, 0.0999995, 0.09999949, 0.5, 1.5, 9.999995]) {
			yield m * p;
			yield m * p * (1 + Number.EPSILON);
			yield m * p * (1 - Number.EPSILON);
		}
	}
	yield* [999999, 999999.4, 999999.5, 999998.5, 99999.95, 100000, 1e-6, 9.999995e-7, 0.1 + 0.2, 1 / 3, 2 / 3];
}

describe('num: the integer path prints what toPrecision(6) prints', () => {
	it('on edges: zero, non-finite, powers of ten and their neighbours', () => {
		expect(mismatches(edges())).toEqual([]);
	});
	it('on 200 000 random magnitudes from 1e-8 to 1e8', () => {
		expect(mismatches(randomValues(200_000, 1))).toEqual([]);
	});
	it('on 100 000 short decimals and their one-ulp neighbours', () => {
		expect(mismatches(decimalValues(100_000, 2))).toEqual([]);
	});
	it('on 50 000 numbers at the rounding half', () => {
		expect(mismatches(halves(50_000, 3))).toEqual([]);
	});
	it('keeps the format: trailing zeros dropped, fixed notation, exponent outside [1e-6, 1e6)', () => {
		expect(num(714.9)).toBe('714.9');
		expect(num(1123.8256595999999)).toBe('1123.83');
		expect(num(100)).toBe('100');
		expect(num(0.000123456789)).toBe('0.000123457');
		expect(num(-2.5)).toBe('-2.5');
		expect(num(123456.7)).toBe('123457');
		expect(num(1234567)).toBe('1.23457e+6');
		expect(num(1.5e-7)).toBe('1.50000e-7');
	});
});
