/** Double counting of audience mobility between a company and a venue of the same network. */
import { describe, expect, it } from 'vitest';
import { dedupEvenings } from '../../../src/lib/networks/dedup';
import { tourScope, departmentOf, regionOf } from '../../../src/lib/networks/territory';

const ev = (
	placeId: string,
	start: string,
	end: string,
	audienceKg: number,
	source: 'survey' | 'own' | 'default'
) => ({
	placeId,
	start,
	end,
	audienceKg,
	source
});

describe('double counting', () => {
	it('keeps the venue’s figure when it comes from its own survey', () => {
		const r = dedupEvenings([
			{
				tourId: 'c',
				member: 'company',
				kind: 'company',
				evenings: [ev('fr:31555', '2026-10-01', '2026-10-02', 300, 'default')]
			},
			{
				tourId: 'v',
				member: 'venue',
				kind: 'venue',
				evenings: [ev('fr:31555', '2026-10-02', '2026-10-02', 120, 'survey')]
			}
		]);
		expect(r.removed.get('c')).toBe(300);
		expect(r.removed.has('v')).toBe(false);
		expect([r.keptVenueSurvey, r.keptCompany]).toEqual([1, 0]);
	});
	it('keeps the company’s figure when the venue has no survey, and ignores other towns and dates', () => {
		const r = dedupEvenings([
			{
				tourId: 'c',
				member: 'company',
				kind: 'company',
				evenings: [
					ev('fr:31555', '2026-10-01', '2026-10-01', 300, 'own'),
					ev('fr:31555', '2026-11-01', '2026-11-01', 50, 'own'),
					ev('fr:34172', '2026-10-01', '2026-10-01', 70, 'own')
				]
			},
			{
				tourId: 'v',
				member: 'venue',
				kind: 'venue',
				evenings: [ev('fr:31555', '2026-10-01', '2026-10-01', 120, 'default')]
			}
		]);
		expect(r.removed.get('v')).toBe(120);
		expect(r.removed.has('c')).toBe(false);
		expect(r.keptCompany).toBe(1);
	});
	it('a venue evening pairs once, and never with the same member', () => {
		const r = dedupEvenings([
			{
				tourId: 'c1',
				member: 'a',
				kind: 'company',
				evenings: [ev('fr:1', '2026-01-01', '2026-01-01', 10, 'default')]
			},
			{
				tourId: 'c2',
				member: 'b',
				kind: 'company',
				evenings: [ev('fr:1', '2026-01-01', '2026-01-01', 10, 'default')]
			},
			{
				tourId: 'v',
				member: 'a',
				kind: 'venue',
				evenings: [ev('fr:1', '2026-01-01', '2026-01-01', 10, 'survey')]
			}
		]);
		// member a's company tour cannot pair with member a's own venue tour: b's does
		expect([...r.removed.keys()]).toEqual(['c2']);
	});
});

describe('territory', () => {
	it('department and region from INSEE ids, scope from venues', () => {
		expect(departmentOf('fr:31555')).toBe('31');
		expect(departmentOf('fr:2A004')).toBe('2A');
		expect(departmentOf('fr:97411')).toBe('974');
		expect(regionOf('fr:31555')).toBe('76');
		const home = { id: 'fr:31555', country: 'FR' };
		expect(tourScope(home, [{ id: 'fr:34172', country: 'FR' }])).toBe('regional');
		expect(tourScope(home, [{ id: 'fr:33063', country: 'FR' }])).toBe('national');
		expect(tourScope(home, [{ id: 'gn:1', country: 'BE' }])).toBe('international');
	});
});
