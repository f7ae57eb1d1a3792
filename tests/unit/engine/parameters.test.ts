/** The engine's parameter data (emission-factors/parameters/*.json): complete, consistent, sourced. */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PARAMETERS,
	sizeFromCapacity,
	TERRITORIES,
	VENUE_SIZES,
	QUALITY_TAGS
} from '../../../src/lib/engine';
import archetypes from '../../../emission-factors/parameters/audience-archetypes@2026.1/archetypes.json';
import uncertainty from '../../../emission-factors/parameters/uncertainty.json';

describe('audience archetypes', () => {
	const p = DEFAULT_PARAMETERS.audience;
	it('has the nine territory × size archetypes', () => {
		expect(Object.keys(p.archetypes).sort()).toEqual(
			TERRITORIES.flatMap((t) => VENUE_SIZES.map((s) => `${t}.${s}`)).sort()
		);
	});
	for (const [key, a] of Object.entries(DEFAULT_PARAMETERS.audience.archetypes)) {
		it(`${key}: shares sum to 1, every mode has a distance, the mean matches, the car distance is positive`, () => {
			const shares = Object.values(a.modalShares) as number[];
			expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
			expect(Object.keys(a.roundTripKm).sort()).toEqual(Object.keys(a.modalShares).sort());
			const mean = Object.entries(a.modalShares).reduce(
				(s, [m, sh]) => s + (sh as number) * (a.roundTripKm as Record<string, number>)[m],
				0
			);
			expect(Math.abs(mean - a.meanRoundTripKm)).toBeLessThan(0.1);
			expect(a.roundTripKm.car).toBeGreaterThan(10);
			expect(a.carOccupancy).toBeGreaterThanOrEqual(1);
			expect(a.verification).toBe('unverified');
		});
	}
	it('names its sources and states every assumption with its reasoning', () => {
		expect(archetypes.sources.map((s) => s.id)).toEqual([
			'landscape-2024',
			'fem-2024',
			'emp-2019',
			'ngc-4.15'
		]);
		for (const s of archetypes.sources) expect(s.url).toMatch(/^https:\/\//);
		for (const a of Object.values(archetypes.assumptions)) expect(a.reasoning.length).toBeGreaterThan(40);
	});
	it('derives the size from the capacity', () => {
		expect([
			sizeFromCapacity(300, p),
			sizeFromCapacity(301, p),
			sizeFromCapacity(1000, p),
			sizeFromCapacity(1001, p),
			sizeFromCapacity(null, p)
		]).toEqual(['small', 'medium', 'medium', 'large', null]);
	});
});

describe('uncertainty spreads', () => {
	it('one spread per quality tag, growing from measured to default, each with its source', () => {
		const q = uncertainty.quality;
		expect(Object.keys(q).sort()).toEqual([...QUALITY_TAGS].sort());
		expect(q.measured.pct).toBeLessThan(q.estimated.pct);
		expect(q.estimated.pct).toBeLessThan(q.default.pct);
		for (const v of Object.values(q)) expect(v.source.length).toBeGreaterThan(10);
	});
	it('factor defaults end with a catch-all rule and give their reasoning', () => {
		const rules = uncertainty.factorDefaults.rules;
		expect(rules.at(-1)?.prefix).toBe('*');
		for (const r of rules) expect(r.reasoning.length).toBeGreaterThan(20);
	});
});
