/**
 * What the results page draws from a result (issue #21). The route map draws one path per mode
 * family (a long tour drew one SVG element per leg): every leg's curve is in exactly one stroke, the
 * stroke of its family, in its colour. Each figure's « Comment est-ce calculé ? » reads its lines
 * from an index made once per result (each row filtered every line: quadratic).
 */
import { describe, expect, it } from 'vitest';
import { routeGeometry } from '../../src/lib/components/results/route-map';
import { linesOfCategory, linesOfDate, linesOfLeg } from '../../src/lib/components/results/insights';
import { familyColor } from '../../src/lib/components/charts/colors';
import { diagnose } from '../../src/lib/server/diagnostics';
import { validateTourFile } from '../../src/lib/schemas/tour-file';
import { longTourFile } from '../bench/long-tour';

function computed(n: number) {
	const v = validateTourFile(longTourFile(n));
	if (!v.ok) throw new Error(JSON.stringify(v.problems));
	const d = diagnose(v.tour);
	if (!d.ok) throw new Error(JSON.stringify(d.problems));
	return d;
}

describe('route map strokes', () => {
	it('hold every leg once, grouped by family, each in its family’s colour', () => {
		const d = computed(40);
		const g = routeGeometry(d.input, d.result, 'Base', 760);
		expect(g.legs.length).toBeGreaterThan(40);
		expect(g.strokes.length).toBe(new Set(g.legs.map((l) => l.family)).size);
		for (const s of g.strokes) {
			expect(s.color).toBe(familyColor(s.family));
			// each curve once, even when the leg is driven again
			const own = [...new Set(g.legs.filter((l) => l.family === s.family).map((l) => l.d))];
			expect(s.d).toBe(own.join(' '));
		}
		const drawn = g.strokes.map((s) => s.d).join(' ');
		for (const l of g.legs) expect(drawn).toContain(l.d);
		// the long tour cycles through its venues: its repeated legs are drawn once
		expect(g.strokes.reduce((n, s) => n + s.d.split('M').length - 1, 0)).toBeLessThan(g.legs.length);
		// coordinates to a tenth of a pixel, labels included
		for (const s of g.stops)
			for (const v of [s.x, s.y, s.label.x, s.label.y]) expect(v * 10).toBe(Math.round(v * 10));
	});

	it('is drawn once per result and kept: the same geometry for the same input and label', () => {
		const d = computed(5);
		expect(routeGeometry(d.input, d.result, 'Base', 760)).toBe(routeGeometry(d.input, d.result, 'Base', 760));
		expect(routeGeometry(d.input, d.result, 'Home', 760)).not.toBe(
			routeGeometry(d.input, d.result, 'Base', 760)
		);
	});
});

describe('lines behind each figure', () => {
	it('are the result’s own lines of that date and scope, leg or category, in order, indexed once', () => {
		const d = computed(30);
		const r = d.result;
		for (const day of [...r.byDate.map((x) => x.id), null])
			for (const scope of ['company', 'audience'] as const)
				expect(linesOfDate(r, day, scope)).toEqual(
					r.lines.filter((l) => (l.dateId ?? null) === day && l.scope === scope)
				);
		for (const leg of r.byLeg)
			expect(linesOfLeg(r, leg.id)).toEqual(r.lines.filter((l) => l.legId === leg.id));
		for (const c of ['travel', 'freight', 'accommodation', 'meal', 'audience'] as const)
			expect(linesOfCategory(r, c)).toEqual(r.lines.filter((l) => l.category === c));
		expect(linesOfLeg(r, r.byLeg[0].id)).toBe(linesOfLeg(r, r.byLeg[0].id));
		expect(linesOfLeg(r, 'no such leg')).toEqual([]);
	});
});
