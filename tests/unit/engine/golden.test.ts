/** Replays the golden fixtures through the one compute path (tour file → gazetteer → factor set → engine). */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeTourFile } from '../../../src/lib/server/tour-file';
import { goldenFiles, summarise } from './golden-support';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Published {
	source: string;
	kg?: number;
	factor?: string;
	activity?: string;
	kgPerSpectator?: number;
}

describe('golden fixtures', () => {
	const files = goldenFiles();
	it('there are fixtures, including the two examples', () => {
		expect(files.map((f) => f.fixture.name)).toEqual(
			expect.arrayContaining(['circus-occitanie', 'dance-europe', 'impactco2-trips'])
		);
	});
	for (const { file, fixture } of files) {
		it(`${fixture.name} (${fixture.factorSet})`, () => {
			const out = computeTourFile(fixture.input, { set: fixture.factorSet });
			expect(out.ok ? [] : out.problems).toEqual([]);
			if (!out.ok) return;
			const actual = summarise(out.result);
			if (UPDATE || fixture.expected === null) {
				writeFileSync(file, JSON.stringify({ ...fixture, expected: actual }, null, '\t') + '\n');
				if (!UPDATE)
					throw new Error(`${fixture.name}: expected was empty, written now — review and commit it`);
				return;
			}
			expect(actual).toEqual(fixture.expected);
		});
	}
	// Fixtures may carry the figures their source publishes, with where each comes from:
	// `published[lineId] = { kg, source }` is compared to the bit (toBe), `{ factor, source }` checks
	// the factor used is the published decimal and kg = factor × quantity, and `{ kgPerSpectator,
	// source }` (audience, computed by hand from the parameters' cells) to 12 significant digits.
	for (const { fixture } of files) {
		const published = (fixture as unknown as { published?: Record<string, Published> }).published;
		if (!published) continue;
		it(`${fixture.name}: the published figures, from their sources`, () => {
			const out = computeTourFile(fixture.input, { set: fixture.factorSet });
			if (!out.ok) throw new Error('not computed');
			for (const [id, p] of Object.entries(published)) {
				expect(p.source.length, id).toBeGreaterThan(20);
				if (p.kgPerSpectator !== undefined) {
					const d = out.result.byDate.find((x) => x.id === id);
					expect(d, id).toBeDefined();
					expect(d!.audience / d!.attendance!, id).toBeCloseTo(p.kgPerSpectator, 10);
					continue;
				}
				const line = out.result.lines.find((l) => l.id === id);
				expect(line, id).toBeDefined();
				if (p.kg !== undefined) expect(line!.kgCO2e, id).toBe(p.kg);
				if (p.factor !== undefined) {
					expect(line!.factor.published, id).toBe(p.factor);
					// the value under the fixture's boundary (the published total when nothing is excluded)
					expect(line!.kgCO2e, id).toBe(line!.factor.value * line!.quantity);
				}
				if (p.activity !== undefined) expect(line!.factor.activity, id).toBe(p.activity);
			}
		});
	}

	it('impactco2-trips equals the impactCO2 API outputs to the last bit', () => {
		const f = files.find((x) => x.fixture.name === 'impactco2-trips')!;
		const out = computeTourFile(f.fixture.input, { set: f.fixture.factorSet });
		if (!out.ok) throw new Error('not computed');
		const kg = Object.fromEntries(out.result.lines.map((l) => [l.id, l.kgCO2e]));
		// incubateur-ademe/impactco2 testa/transport.test.ts, GET /api/v1/transport?km=100&displayAll=1
		expect(kg).toEqual({
			'travel:leg:tgv:p': 0.22999999999999998,
			'travel:leg:ter:p': 2.29,
			'travel:leg:coach:p': 3.314,
			'travel:leg:plane:p': 22.42,
			'travel:leg:car:p': 11.055776005563029,
			'travel:leg:carpool3:p': 11.055776005563029,
			'travel:leg:van:p': 23.714601166930848,
			'travel:leg:campervan:p': 37.71932716693085
		});
		// "Covoiturage thermique (3 personnes)" = 3.68525866852101
		expect(out.result.lines.find((l) => l.id === 'travel:leg:carpool3:p')?.perPersonKg).toBe(
			3.68525866852101
		);
	});
});
