/**
 * The results page's live payload: the part of a factor set a tour needs, sent to the browser and
 * rebuilt there, gives the same result as the whole set, under every boundary; the boundary query
 * round-trips; the "what weighs most" and gap readings of a result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeTour, type Boundary } from '../../src/lib/engine';
import {
	boundaryFromQuery,
	boundaryQuery,
	boundarySpec,
	packLive,
	unpackFactors
} from '../../src/lib/components/results/live';
import { dateRows, gaps, weighsMost } from '../../src/lib/components/results/insights';
import { diagnose } from '../../src/lib/server/diagnostics';
import { parseBoundarySpec } from '../../src/lib/server/tour-file';
import { validateTourFile } from '../../src/lib/schemas/tour-file';

const root = join(__dirname, '..', '..');
function example(name: string) {
	const r = validateTourFile(JSON.parse(readFileSync(join(root, 'examples', name), 'utf8')));
	if (!r.ok) throw new Error(JSON.stringify(r.problems));
	return r.tour;
}

const BOUNDARIES: Boundary[] = [
	{ construction: true, nonCO2: true, wtt: true },
	{ construction: false, nonCO2: true, wtt: true },
	{ construction: true, nonCO2: false, wtt: false },
	{ construction: false, nonCO2: false, wtt: false }
];

describe('live payload', () => {
	for (const name of ['circus-occitanie.json', 'dance-europe.json']) {
		it(`${name}: the trimmed set, through JSON, computes what the whole set computes`, () => {
			const d = diagnose(example(name));
			if (!d.ok) throw new Error(JSON.stringify(d.problems));
			const payload = JSON.parse(JSON.stringify(packLive(d.input, d.factors)));
			expect(payload.factors.length).toBeLessThan(d.factors.byActivity.size);
			expect(JSON.stringify(payload).length).toBeLessThan(120_000);
			const rebuilt = unpackFactors(payload);
			for (const boundary of BOUNDARIES) {
				const whole = computeTour(d.input, d.factors, { boundary });
				const live = computeTour(payload.input, rebuilt, { boundary });
				expect(live).toEqual(whole);
			}
		});
	}
});

describe('boundary in the query', () => {
	const own: Boundary = { construction: true, nonCO2: true, wtt: true };
	const q = (s: string) => new URLSearchParams(s);
	it('reads the CLI syntax, the no-JS form and falls back to the tour’s own', () => {
		expect(boundaryFromQuery(q(''), own, parseBoundarySpec)).toEqual(own);
		expect(boundaryFromQuery(q('boundary=no-construction,no-wtt'), own, parseBoundarySpec)).toEqual({
			construction: false,
			nonCO2: true,
			wtt: false
		});
		expect(boundaryFromQuery(q('boundary=custom&nonco2=on'), own, parseBoundarySpec)).toEqual({
			construction: false,
			nonCO2: true,
			wtt: false
		});
		expect(boundaryFromQuery(q('boundary=nonsense'), own, parseBoundarySpec)).toEqual(own);
	});
	it('round-trips every boundary through its spec', () => {
		for (const b of BOUNDARIES) {
			expect(boundaryFromQuery(q(`boundary=${boundarySpec(b)}`), own, parseBoundarySpec)).toEqual(b);
		}
		expect(boundaryQuery(own, own)).toBe('');
		expect(boundaryQuery(BOUNDARIES[1], own)).toBe('?boundary=no-construction%2Cnonco2%2Cwtt');
	});
});

describe('reading a result', () => {
	it('says what weighs most from the engine’s figures', () => {
		const d = diagnose(example('dance-europe.json'));
		if (!d.ok) throw new Error('dance example does not compute');
		const w = weighsMost(d.result);
		const travel = d.result.lines.filter((l) => l.category === 'travel');
		const travelKg = travel.reduce((s, l) => s + l.kgCO2e, 0);
		expect(w.topFamily).not.toBeNull();
		const fam = travel.filter((l) => l.family === w.topFamily!.family);
		expect(w.topFamily!.kg).toBeCloseTo(
			fam.reduce((s, l) => s + l.kgCO2e, 0),
			9
		);
		expect(w.topFamily!.share).toBeCloseTo(w.topFamily!.kg / travelKg, 12);
		expect(w.topFamily!.legs).toBe(new Set(fam.map((l) => l.legId)).size);
		expect(w.topCategory!.share).toBeGreaterThan(0);
	});

	it('splits each date by category and the categories add up to the date', () => {
		const d = diagnose(example('circus-occitanie.json'));
		if (!d.ok) throw new Error('circus example does not compute');
		for (const row of dateRows(d.result)) {
			const sum = Object.values(row.byCategory).reduce((s, x) => s + x, 0);
			expect(sum).toBeCloseTo(row.company, 6);
		}
	});

	it('lists what a new tour lacks, with the tab that fixes it', () => {
		const tour = example('circus-occitanie.json');
		tour.travel = [];
		tour.freight = [];
		const d = diagnose(tour);
		if (!d.ok) throw new Error(JSON.stringify(d.problems));
		const found = gaps(d.input, d.result).map((g) => [g.key, g.tab]);
		expect(found).toContainEqual(['noTravel', 'travel']);
		expect(found).toContainEqual(['noFreight', 'freight']);
	});
});
