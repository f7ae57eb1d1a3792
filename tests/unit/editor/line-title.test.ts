/**
 * A travel group the user did not name gets an id from the editor (`g-…` from the travel tab,
 * `leg-…` from the legs table); the results show what the line is about instead of that id.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/lib/i18n';
import { lineTitle } from '../../../src/lib/components/results/labels';
import type { ResultLine } from '../../../src/lib/engine';

const line = (label: string, category = 'travel', mode = 'rail.tgv') =>
	({ label, category, mode }) as unknown as ResultLine;

describe('line titles', () => {
	const fr = translator('fr');
	const en = translator('en');

	it('reads an editor-generated group id as the mode, in the reader’s language', () => {
		expect(lineTitle(fr, line('leg-rail-tgv'))).toBe(fr('engine.mode.rail_tgv'));
		expect(lineTitle(en, line('g-3fa2b1'))).toBe(en('engine.mode.rail_tgv'));
		expect(lineTitle(fr, line('leg-rail-tgv'))).not.toMatch(/leg-/);
	});

	it('keeps every name a person gave, and labels of other categories', () => {
		expect(lineTitle(fr, line('Camion plateau'))).toBe('Camion plateau');
		expect(lineTitle(fr, line('g-équipe'))).toBe('g-équipe');
		expect(lineTitle(fr, line('leg-rail-tgv', 'freight'))).toBe('leg-rail-tgv');
	});
});
