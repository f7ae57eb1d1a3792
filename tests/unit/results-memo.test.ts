/**
 * What a results page works out once per kept result or payload (issue #21) is what it worked out on
 * every render before: the lines of each scope, team travel's kgCO2e and the lines resting on a
 * default, to the bit; the factors unpacked once per payload.
 */
import { describe, expect, it } from 'vitest';
import { lineTotals } from '../../src/lib/components/results/insights';
import { unpackFactors } from '../../src/lib/components/results/live';
import { runLiveTask } from '../../src/lib/server/compute/worker';
import { validateTourFile } from '../../src/lib/schemas/tour-file';
import { longTourFile } from '../bench/long-tour';

describe('worked out once per result or payload', () => {
	const v = validateTourFile(longTourFile(40));
	if (!v.ok) throw new Error(JSON.stringify(v.problems));
	const out = runLiveTask({
		kind: 'live',
		doc: v.tour,
		boundary: { construction: true, nonCO2: true, wtt: true }
	});
	if (!out.ok) throw new Error(JSON.stringify(out.problems));
	const r = out.result;

	it('lineTotals gives what the filters over every line gave, the same sums to the bit', () => {
		const t = lineTotals(r);
		expect(t.company).toEqual(r.lines.filter((l) => l.scope === 'company'));
		expect(t.audience).toEqual(r.lines.filter((l) => l.scope === 'audience'));
		expect(t.defaults).toEqual(r.lines.filter((l) => l.isDefault));
		expect(t.defaults.length).toBeGreaterThan(0);
		expect(
			Object.is(
				t.travelKg,
				r.lines.filter((l) => l.category === 'travel').reduce((s, l) => s + l.kgCO2e, 0)
			)
		).toBe(true);
		const defaults = r.lines.filter((l) => l.isDefault);
		expect(
			Object.is(
				t.defaultsKg,
				defaults.reduce((s, l) => s + l.kgCO2e, 0)
			)
		).toBe(true);
		expect(lineTotals(r)).toBe(t);
	});

	it('unpackFactors: one set per payload, equal to a fresh one', () => {
		const a = unpackFactors(out.live);
		expect(unpackFactors(out.live)).toBe(a);
		const fresh = unpackFactors(JSON.parse(JSON.stringify(out.live)));
		expect(fresh).not.toBe(a);
		expect([...fresh.byActivity.entries()]).toEqual([...a.byActivity.entries()]);
		expect(fresh.set).toEqual(a.set);
	});
});
