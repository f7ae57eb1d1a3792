/** The map's region grid: generated offline from the shipped commune centres, light, complete. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import grid from '../../../src/lib/observatory/region-grid.json';
import { regionCodes } from '../../../src/lib/networks/territory';

describe('region grid', () => {
	it('names its source by checksum, covers the 13 metropolitan regions, stays under 60 KB', () => {
		const csv = readFileSync('scripts/geodata/communes-centres-2024.csv', 'utf8');
		expect(grid.meta.sourceSha256).toBe(createHash('sha256').update(csv).digest('hex'));
		const overseas = ['01', '02', '03', '04', '06'];
		expect(Object.keys(grid.regions).sort()).toEqual(
			regionCodes()
				.filter((c) => !overseas.includes(c))
				.sort()
		);
		expect(JSON.stringify(grid).length).toBeLessThan(60_000);
		for (const r of Object.values(grid.regions)) expect(r.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
	});
});
