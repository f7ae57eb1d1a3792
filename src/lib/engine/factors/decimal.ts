/**
 * Exact decimal arithmetic on the decimal strings the factor tables publish.
 *
 * Why: a DESNZ "non-CO2" part is With RF − Without RF (0.22928 − 0.13552), and the loader checks
 * that components add up to the published total. In binary floating point 0.22928 − 0.13552 is
 * 0.09375999999999998; in decimal it is 0.09376, which is what a reader checking by hand expects.
 * A decimal is held as a BigInt of units and a scale (number of digits after the point).
 */

/** Plain decimal notation, as the tables write values: optional minus, digits, optional fraction. */
export const DECIMAL_RE = /^-?(0|[1-9]\d*)(\.\d+)?$/;

interface Dec {
	units: bigint;
	scale: number;
}

export class DecimalFormatError extends Error {
	constructor(readonly input: string) {
		super(`"${input}" is not a plain decimal number (expected e.g. 0.03169565217391306)`);
		this.name = 'DecimalFormatError';
	}
}

export function isDecimal(s: string): boolean {
	return DECIMAL_RE.test(s);
}

function parse(s: string): Dec {
	if (!DECIMAL_RE.test(s)) throw new DecimalFormatError(s);
	const neg = s.startsWith('-');
	const body = neg ? s.slice(1) : s;
	const [int, frac = ''] = body.split('.');
	const units = BigInt(int + frac);
	return { units: neg ? -units : units, scale: frac.length };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
	const scale = Math.max(a.scale, b.scale);
	return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

/** Canonical string: no trailing fractional zeros, no `-0`. */
function format(d: Dec): string {
	let { units, scale } = d;
	while (scale > 0 && units % 10n === 0n) {
		units /= 10n;
		scale--;
	}
	const neg = units < 0n;
	const digits = (neg ? -units : units).toString().padStart(scale + 1, '0');
	const int = digits.slice(0, digits.length - scale);
	const frac = digits.slice(digits.length - scale);
	return `${neg ? '-' : ''}${int}${frac ? '.' + frac : ''}`;
}

/** Exact sum of decimal strings (canonical form: `1.50` + `0` → `1.5`). */
export function decimalSum(values: readonly string[]): string {
	let acc: Dec = { units: 0n, scale: 0 };
	for (const v of values) {
		const [x, y, scale] = align(acc, parse(v));
		acc = { units: x + y, scale };
	}
	return format(acc);
}

/** Exact difference `a − b`. */
export function decimalSub(a: string, b: string): string {
	const [x, y, scale] = align(parse(a), parse(b));
	return format({ units: x - y, scale });
}

/** −1, 0 or 1; `1.60` and `1.6` compare equal. */
export function decimalCompare(a: string, b: string): -1 | 0 | 1 {
	const [x, y] = align(parse(a), parse(b));
	return x < y ? -1 : x > y ? 1 : 0;
}

export function decimalEquals(a: string, b: string): boolean {
	return decimalCompare(a, b) === 0;
}

/** Canonical form of one decimal string (`0.00750` → `0.0075`). */
export function decimalNormalize(a: string): string {
	return format(parse(a));
}

/**
 * The IEEE-754 double sum of the values taken in the given order, starting from 0 — what a
 * JavaScript `reduce((s, c) => s + c, 0)` over the published components returns. impactCO2
 * computes its totals that way, so reproducing its outputs to the last bit needs this order.
 */
export function float64SumInOrder(values: readonly string[]): number {
	let s = 0;
	for (const v of values) s += Number(v);
	return s;
}
