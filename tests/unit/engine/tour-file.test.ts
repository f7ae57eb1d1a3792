/**
 * The tour file (empreinte-tour@1): schema, JSON Schema export, examples, and problems reported
 * one per issue with their JSON path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTourSchema, SCHEMA_PATH } from '../../../scripts/export-tour-schema';
import {
	jsonPath,
	parseTourFileText,
	TOUR_FORMAT,
	validateTourFile
} from '../../../src/lib/schemas/tour-file';

const root = join(__dirname, '..', '..', '..');
const EXAMPLES = ['circus-occitanie.json', 'dance-europe.json'];

describe('JSON Schema export', () => {
	it('static/schemas/tour-file-1.json is up to date (npx tsx scripts/export-tour-schema.ts)', () => {
		expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(renderTourSchema());
	});
	it('is a draft 2020-12 schema with our $id and the format constant', () => {
		const s = JSON.parse(renderTourSchema());
		expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(s.$id).toMatch(/tour-file-1\.json$/);
		expect(s.properties.format.const).toBe(TOUR_FORMAT);
		expect(s.required).toEqual(expect.arrayContaining(['format', 'production', 'homeBase']));
	});
});

describe('example files', () => {
	for (const name of EXAMPLES) {
		it(`examples/${name} is valid and identical to its test fixture`, () => {
			const text = readFileSync(join(root, 'examples', name), 'utf8');
			const r = parseTourFileText(text);
			expect(r.ok ? [] : r.problems).toEqual([]);
			const fixture = JSON.parse(readFileSync(join(root, 'tests/fixtures/tours', name), 'utf8'));
			const example = JSON.parse(text);
			delete fixture.$schema;
			delete example.$schema;
			expect(fixture).toEqual(example);
		});
	}
	it('the circus example has several one-off dates, a truck and two vans', () => {
		const r = parseTourFileText(readFileSync(join(root, 'examples', EXAMPLES[0]), 'utf8'));
		if (!r.ok) throw new Error('invalid');
		expect(r.tour.dates.filter((d) => d.performances === 1).length).toBeGreaterThanOrEqual(3);
		expect(r.tour.freight.some((f) => f.kind === 'vehicle' && f.followTour)).toBe(true);
		expect(r.tour.travel[0]).toMatchObject({ mode: 'van.passenger', vehicles: 2 });
	});
});

describe('problems carry their JSON path', () => {
	it('lists every problem, not just the first', () => {
		const r = validateTourFile({
			format: 'empreinte-tour@1',
			production: { title: '' },
			homeBase: { place: 'paris' },
			travel: [{ id: 'v', mode: 'van.passenger', people: 3 }],
			dates: [
				{ id: 'a', venue: { name: 'X', place: 'fr:31555' }, start: '2026-02-30' },
				{
					id: 'a',
					venue: { name: 'Y', place: { name: 'Y', country: 'fr', lat: 95, lon: 0 } },
					start: '2026-03-01',
					performances: -1
				}
			],
			legs: [
				{
					id: 'l',
					from: 'fr:31555',
					to: 'fr:34172',
					date: 'nope',
					travel: [{ id: 't', mode: 'rail.ter', people: 2 }]
				}
			]
		});
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const paths = r.problems.map((p) => p.path);
		expect(paths).toEqual(
			expect.arrayContaining([
				'production.title',
				'homeBase.place',
				'travel[0].vehicles',
				'travel[0].people',
				'dates[0].start',
				'dates[1].venue.place.country',
				'dates[1].venue.place.lat',
				'dates[1].performances',
				'dates[1].id',
				'legs[0].date'
			])
		);
		for (const p of r.problems) expect(p.message.length).toBeGreaterThan(0);
	});
	it('reports JSON syntax errors at $', () => {
		const r = parseTourFileText('{ "format": ');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.problems[0]).toMatchObject({ path: '$', code: 'tour.json' });
	});
	it('rejects another format version', () => {
		const r = validateTourFile({
			format: 'empreinte-tour@2',
			production: { title: 'x' },
			homeBase: { place: 'fr:34172' }
		});
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('format');
	});
	it('jsonPath formats keys and indexes', () => {
		expect(jsonPath(['dates', 2, 'venue', 'place'])).toBe('dates[2].venue.place');
		expect(jsonPath([])).toBe('$');
	});
});
