/** `empreinte factors …`, called in-process: exit codes and what a user reads. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/commands/factors';
import { UsageError } from '../../../src/cli/args';

function capture() {
	const out: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
	const err = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
	const write = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
		out.push(String(s));
		return true;
	});
	return { text: () => out.join('\n'), restore: () => [log, err, write].forEach((s) => s.mockRestore()) };
}

describe('factors CLI', () => {
	let cap: ReturnType<typeof capture>;
	afterEach(() => cap?.restore());

	it('diff B C prints the changed cars, then the sample trip', async () => {
		cap = capture();
		expect(await run(['diff', 'ademe-impactco2@B', 'ademe-impactco2@C'])).toBe(0);
		const t = cap.text();
		expect(t).toContain('ademe-impactco2@B → ademe-impactco2@C: 3 changed, 26 added, 0 removed');
		expect(t).toMatch(
			/changed\s+car\.thermal\s+vehicle\.km\s+0\.2176\s+0\.14225341222954335\s+-0\.07534658777045665\s+-34\.6 %/
		);
		expect(t).toContain('Sample trip: 500 km by each mode');
	});

	it('diff --format json is machine-readable', async () => {
		cap = capture();
		expect(await run(['diff', 'desnz@2024', 'desnz@2025', '--format', 'json'])).toBe(0);
		const j = JSON.parse(cap.text());
		expect(j.kind).toBe('table');
		expect(j.changes.find((c: { id: string }) => c.id === 'plane.domestic_uk.average').absChange).toBe(
			'-0.04329'
		);
		expect(j.sampleTrip.km).toBe(500);
	});

	it('show rail.tgv names source, element id and sets', async () => {
		cap = capture();
		expect(await run(['show', 'rail.tgv'])).toBe(0);
		const t = cap.text();
		expect(t).toMatch(/value\s+0\.00293 kgCO2e per passenger\.km/);
		expect(t).toMatch(/source id\s+43256/);
		expect(t).toMatch(/used by\s+empreinte-default@2026\.1/);
	});

	it('show with --table and json', async () => {
		cap = capture();
		expect(await run(['show', 'hotel.FR', '--table', 'desnz@2025', '--format', 'json'])).toBe(0);
		expect(JSON.parse(cap.text()).factor.value).toBe('6.7');
	});

	it('list, list --table as CSV, list --set', async () => {
		cap = capture();
		expect(await run(['list'])).toBe(0);
		expect(await run(['list', '--table', 'ademe-impactco2@C', '--format', 'csv', '--q', 'tgv'])).toBe(0);
		expect(await run(['list', '--set', 'empreinte-default@2026.1', '--category', 'meal'])).toBe(0);
		const t = cap.text();
		expect(t).toMatch(/empreinte-default@2026\.1 +118 +Empreinte default set 2026\.1/);
		expect(t).toMatch(/empreinte-default@2026\.2 +129 +yes/);
		expect(t).toMatch(/empreinte-impactco2-c@2026\.2 +129 +ADEME impactCO2 C, exactly/);
		expect(t).toContain('rail.tgv,passenger,passenger.km,0.00293,');
		expect(t).toMatch(/meal\.fish\s+meal\s+nosgestesclimat@4\.15\.0\s+meal\.white_fish\s+2\.22/);
	});

	it('check passes on the shipped library', async () => {
		cap = capture();
		expect(await run(['check'])).toBe(0);
		expect(cap.text()).toMatch(/^factors check: OK/);
	});

	it('usage errors', async () => {
		cap = capture();
		await expect(run(['diff', 'desnz@2025'])).rejects.toThrow(UsageError);
		await expect(run(['diff', 'desnz@2025', 'empreinte-default@2026.1'])).rejects.toThrow(
			/both be tables or both be sets/
		);
		expect(await run(['show', 'no.such.thing'])).toBe(1);
	});
});
