/**
 * The engine's whole result, to the bit: every field of every line (formulas, ranges, flags…),
 * totals, legs, dates, warnings, for the benchmark's 300-date tour (analytic and Monte Carlo), the
 * long tour of tests/bench/long-tour.ts and each example and golden fixture. The hashes were taken
 * from the engine before the allocation work of issue 21; a speed change must not move them. A
 * deliberate method change updates them with the golden fixtures, after review.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeTour } from '../../../src/lib/engine';
import { getFactorLibrary } from '../../../src/lib/server/factor-tables';
import { computeTourFile } from '../../../src/lib/server/tour-file';
import { generateTour } from '../../bench/engine.bench';
import { longTourFile } from '../../bench/long-tour';
import { goldenFiles } from './golden-support';

const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);

const EXPECTED: Record<string, string> = {
	'bench-300': '41fe49559d8f1337',
	'bench-300-mc': '3be8077e8c144a3f',
	'long-100': '38742c66b36a911d',
	'golden:audience-archetypes-2026-2': '290872046c2f6714',
	'golden:band-uk-desnz': '9204750ad91c14c1',
	'golden:circus-occitanie': 'de7b4a8b9a3b1875',
	'golden:dance-europe-impactco2-a': 'ce941f34bfbda410',
	'golden:dance-europe': '2ea4f9f895d3c968',
	'golden:desnz-2024-flights': '58e16d883839cd87',
	'golden:desnz-2025-flights': '027a76f126c64806',
	'golden:flights-lt500': '39739b7b5a7e5ed0',
	'golden:impactco2-c-construction': 'e1eded09b01d38c8',
	'golden:impactco2-c-modes': '4563ed00ed4a9187',
	'golden:impactco2-trips': '80f9808b25d19cc3',
	'golden:nights-per-person': '1162b1f77baa5799'
};

function hashes(): Record<string, string> {
	const out: Record<string, string> = {};
	const set = getFactorLibrary().resolve();
	const tour = generateTour();
	out['bench-300'] = sha(computeTour(tour, set));
	out['bench-300-mc'] = sha(
		computeTour(tour, set, { uncertainty: { method: 'monte-carlo', runs: 200, seed: 7 } })
	);
	const long = computeTourFile(longTourFile(100));
	out['long-100'] = sha(long.ok ? long.result : long.problems);
	for (const { fixture } of goldenFiles()) {
		const r = computeTourFile(fixture.input, { set: fixture.factorSet });
		out[`golden:${fixture.name}`] = sha(r.ok ? r.result : r.problems);
	}
	return out;
}

describe('engine results to the bit', () => {
	it('the same hashes as before the speed work', () => {
		const actual = hashes();
		if (process.env.PRINT_HASHES) console.log(JSON.stringify(actual, null, '\t'));
		expect(actual).toEqual(EXPECTED);
	});
});
