/** The map's region grid: generated offline from the shipped commune centres, light, complete. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import grid from '../../../src/lib/observatory/region-grid.json';
import { regionCodes } from '../../../src/lib/networks/territory';

/** The weight for the map's shapes, in bytes of JSON (a size, not a duration). */
const MAX_GRID_BYTES = 60 * 1024;

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
		expect(Buffer.byteLength(JSON.stringify(grid), 'utf8')).toBeLessThanOrEqual(MAX_GRID_BYTES);
		for (const r of Object.values(grid.regions)) expect(r.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
	});
});
