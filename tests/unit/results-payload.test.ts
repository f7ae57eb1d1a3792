/**
 * The results page of a long tour (issue #21): what the page sends grows with the number of dates
 * and no faster, and the explanations drawn in the browser (« Comment est-ce calculé ? ») show the
 * same lines as the server's result, figure by figure — by date and scope, by leg, by category.
 */
import { describe, expect, it } from 'vitest';
import { computeTour, type ResultLine } from '../../src/lib/engine';
import { packLive, shareRepeats, unpackFactors } from '../../src/lib/components/results/live';
import { diagnose, diagnoseLive } from '../../src/lib/server/diagnostics';
import { validateTourFile } from '../../src/lib/schemas/tour-file';
import { longTourFile } from '../bench/long-tour';

function live(n: number) {
	const v = validateTourFile(longTourFile(n));
	if (!v.ok) throw new Error(JSON.stringify(v.problems));
	const d = diagnose(v.tour);
	if (!d.ok) throw new Error(JSON.stringify(d.problems));
	const text = JSON.stringify(packLive(d.input, d.factors));
	return { d, text };
}

const byKey = (lines: readonly ResultLine[], key: (l: ResultLine) => string) => {
	const m = new Map<string, string[]>();
	for (const l of lines) m.set(key(l), [...(m.get(key(l)) ?? []), JSON.stringify(l)]);
	return m;
};

describe('results payload of a long tour', () => {
	it('grows linearly with the dates: 100 dates cost at most 5 × 20 dates', () => {
		// sizes in bytes of the serialised payload (deterministic), not durations
		const smallBytes = live(20).text.length;
		const largeBytes = live(100).text.length;
		expect(largeBytes).toBeLessThanOrEqual(5 * smallBytes);
		expect(largeBytes).toBeLessThan(100 * 1000);
	});

	it('the explanations drawn from the payload show the server’s lines, figure by figure', () => {
		const { d, text } = live(100);
		const payload = JSON.parse(text);
		const browser = computeTour(payload.input, unpackFactors(payload), { boundary: d.result.boundary });
		const server = d.result;
		expect(browser.lines.length).toBe(server.lines.length);
		for (const key of [
			(l: ResultLine) => `${l.dateId ?? '-'}|${l.scope}`,
			(l: ResultLine) => l.legId ?? '-',
			(l: ResultLine) => l.category
		]) {
			expect(byKey(browser.lines, key)).toEqual(byKey(server.lines, key));
		}
		expect(browser).toEqual(server);
	});
});

describe('what the payload leaves out', () => {
	it('sends no maintainer notes, set rules or reasons: the engine does not read them, the page does not show them', () => {
		const payload = JSON.parse(live(20).text);
		const keys = new Set<string>();
		const collect = (v: unknown) => {
			if (v === null || typeof v !== 'object') return;
			for (const [k, x] of Object.entries(v)) {
				keys.add(k);
				collect(x);
			}
		};
		collect({ set: payload.set, tables: payload.tables, factors: payload.factors });
		for (const k of ['notes', 'rules', 'ruleList', 'why', 'whyFr', 'fr', 'sha256', 'dataFile', 'line'])
			expect(keys.has(k), k).toBe(false);
		// what the page shows of each table is still there
		for (const t of payload.tables)
			expect(Object.keys(t)).toEqual(expect.arrayContaining(['title', 'sourceOrg', 'licence']));
	});

	it('writes a venue played on several dates once: repeated values are shared, different ones are not', () => {
		const place = () => ({ id: 'fr:31555', name: 'Toulouse', country: 'FR', lat: 43.6, lon: 1.43 });
		const input = {
			dates: [
				{ id: 'd1', place: place(), audience: { archetype: { territory: 'urban' } } },
				{ id: 'd2', place: place(), audience: { archetype: { territory: 'urban' } } },
				{ id: 'd3', place: { ...place(), id: 'fr:34172' }, audience: { archetype: { territory: 'rural' } } }
			]
		};
		const before = structuredClone(input);
		const shared = shareRepeats(input);
		expect(shared).toEqual(before);
		expect(shared.dates[0].place).toBe(shared.dates[1].place);
		expect(shared.dates[0].audience).toBe(shared.dates[1].audience);
		expect(shared.dates[2].place).not.toBe(shared.dates[0].place);
		expect(shared.dates[2].audience).not.toBe(shared.dates[0].audience);
		expect(shared.dates[0]).not.toBe(shared.dates[1]);
	});
});

describe('diagnoseLive', () => {
	it('sends what diagnose + packLive sent, computing once, under each boundary', () => {
		for (const n of [3, 40]) {
			const v = validateTourFile(longTourFile(n));
			if (!v.ok) throw new Error('invalid');
			for (const boundary of [{}, { construction: false }, { nonCO2: false, wtt: false }]) {
				const d = diagnose(v.tour, { boundary });
				if (!d.ok) throw new Error('not computed');
				const once = diagnoseLive(v.tour, { boundary });
				if (!once.ok) throw new Error('not computed');
				expect(once.live).toEqual(packLive(d.input, d.factors));
			}
		}
	});
});
