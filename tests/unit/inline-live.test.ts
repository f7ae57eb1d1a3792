/**
 * The results payload as a JSON data block in the page (components/results/inline-live.ts, issue #21):
 * what is read back is what was written — shared values one value again, no key misread —, the
 * block cannot be closed by a venue's name, and a long tour read back from it computes the same
 * result as the payload itself, to the bit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTour } from '../../src/lib/engine';
import { shareRepeats, unpackFactors } from '../../src/lib/components/results/live';
import {
	decodeShared,
	encodeShared,
	InlineLive,
	inlineScript,
	livePayload
} from '../../src/lib/components/results/inline-live';
import { runLiveTask } from '../../src/lib/server/compute/worker';
import { validateTourFile } from '../../src/lib/schemas/tour-file';
import { longTourFile } from '../bench/long-tour';

/** JSON values, with keys that include the reference marker and other odd ones */
const json = fc.letrec((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small' },
		fc.constantFrom(null, true, false, 0, -1, 1.5, '', '$ref', '</script>'),
		fc.string(),
		fc.double({ noNaN: true, noDefaultInfinity: true }),
		fc.array(tie('value'), { maxLength: 4 }),
		fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('$ref', '__proto__x', 'format')), tie('value'), {
			maxKeys: 4
		})
	)
})).value;

describe('encodeShared / decodeShared', () => {
	it('reads back any JSON value as JSON.stringify would write it', () => {
		fc.assert(
			fc.property(json, (v) => {
				expect(decodeShared(encodeShared(v))).toEqual(JSON.parse(JSON.stringify(v)));
			}),
			{ numRuns: 400 }
		);
	});

	it('writes a value met several times once, and reads it back as one value', () => {
		fc.assert(
			fc.property(fc.array(json, { minLength: 1, maxLength: 6 }), fc.nat(), (parts, seed) => {
				// the same objects placed at several points, as shareRepeats does for equal ones
				const shared = { venue: { name: 'Lectoure', list: parts }, n: seed };
				const value = { dates: [shared, { at: shared }, [shared, shared.venue]], other: parts };
				const text = encodeShared(value);
				const back = decodeShared(text) as typeof value;
				expect(back).toEqual(JSON.parse(JSON.stringify(value)));
				// a `$ref` key of the value's own writes it plain (the case below): sharing is for the rest
				if (text.includes('"$ref":') && JSON.parse(text).format === 'plain') return;
				expect(JSON.parse(text).format).toBe('shared');
				const first = back.dates[0] as typeof shared;
				expect((back.dates[1] as { at: typeof shared }).at).toBe(first);
				expect((back.dates[2] as unknown[])[0]).toBe(first);
				expect((back.dates[2] as unknown[])[1]).toBe(first.venue);
				// the shared object's text is there once
				expect(text.split('"Lectoure"').length - 1).toBe(1);
			}),
			{ numRuns: 200 }
		);
	});

	it('a key named $ref in the value: written plain, never taken for a reference', () => {
		const o = { $ref: 0 };
		const value = { a: o, b: o, c: [{ $ref: 1 }] };
		const text = encodeShared(value);
		expect(JSON.parse(text).format).toBe('plain');
		expect(decodeShared(text)).toEqual(value);
	});

	it('a Date is written as JSON.stringify writes it', () => {
		const at = new Date('2026-12-02T18:00:00Z');
		const value = { at, list: [at], again: { at } };
		expect(decodeShared(encodeShared(value))).toEqual(JSON.parse(JSON.stringify(value)));
	});

	it('refuses a reference that points nowhere', () => {
		expect(() => decodeShared('{"format":"shared","shared":[],"value":{"$ref":0}}')).toThrow(/reference/);
		expect(() => decodeShared('{"format":"other","value":1}')).toThrow();
	});
});

describe('the data block', () => {
	it('no text of the payload can end the element or open a comment', () => {
		fc.assert(
			fc.property(fc.string(), (name) => {
				const html = inlineScript('empreinte-live', encodeShared({ venue: `${name}</script><!--${name}` }));
				const body = html.slice(html.indexOf('>') + 1, html.lastIndexOf('</script>'));
				expect(body).not.toContain('<');
				expect(decodeShared(body)).toEqual({ venue: `${name}</script><!--${name}` });
			}),
			{ numRuns: 200 }
		);
	});

	it('livePayload gives the payload of either form', () => {
		const p = { input: {}, set: {}, tables: [], factors: [] } as never;
		expect(livePayload(p)).toBe(p);
		expect(livePayload(new InlineLive('x', p, ''))).toBe(p);
	});

	it('a 100-date tour read back from its block computes what its payload computes, to the bit', () => {
		const v = validateTourFile(longTourFile(100));
		if (!v.ok) throw new Error(JSON.stringify(v.problems));
		const boundary = { construction: true, nonCO2: true, wtt: true };
		const out = runLiveTask({ kind: 'live', doc: v.tour, boundary });
		if (!out.ok) throw new Error(JSON.stringify(out.problems));
		const body = out.inline.slice(out.inline.indexOf('>') + 1, out.inline.lastIndexOf('</script>'));
		const back = decodeShared(body) as typeof out.live;
		expect(back).toEqual(JSON.parse(JSON.stringify(out.live)));
		const fromBlock = computeTour(back.input, unpackFactors(back), { boundary });
		expect(JSON.stringify(fromBlock)).toBe(JSON.stringify(out.result));
		// repeated venues and profiles stay shared (the payload is built with shareRepeats)
		expect(body.length).toBeLessThan(JSON.stringify(shareRepeats(out.live)).length);
	});
});
