/** `empreinte geo …`, called in-process: the warning on stderr when a text is ambiguous. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/commands/geo';

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
	const error = vi
		.spyOn(console, 'error')
		.mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
	return {
		stdout: () => out.join('\n'),
		stderr: () => err.join('\n'),
		restore: () => [log, error].forEach((s) => s.mockRestore())
	};
}

describe('geo CLI', () => {
	let cap: ReturnType<typeof capture>;
	afterEach(() => cap?.restore());

	it('distance Brest Paris: Brest in Finistère, with a warning naming the pick and Brest (Belarus)', async () => {
		cap = capture();
		expect(await run(['distance', 'Brest', 'Paris', '--mode', 'road'])).toBe(0);
		expect(cap.stderr()).toMatch(
			/warning: "Brest" is ambiguous \(its first two candidates are in different countries\): picked Brest \(Finistère, 29\) \[fr:29019\], next Brest, Biélorussie \[gn:\d+\]/
		);
		// Paris stays quiet: its runner-ups are its own arrondissements, far behind.
		expect(cap.stderr()).not.toMatch(/"Paris"/);
		// about 590 km by road (A11, N12), not 2,010 km to Belarus
		const km = Number(/road\s+[\d.]+\s+.*?\s+([\d.]+)\s*$/m.exec(cap.stdout())?.[1]);
		expect(km).toBeGreaterThan(560);
		expect(km).toBeLessThan(640);
	});
	it('search warns on stderr when the first two are close, and not for a clear first', async () => {
		cap = capture();
		expect(await run(['search', 'Saint-Denis', '--limit', '1'])).toBe(0);
		expect(cap.stderr()).toMatch(
			/warning: "Saint-Denis" is ambiguous \(its first two candidates are close\)/
		);
		cap.restore();
		cap = capture();
		expect(await run(['search', 'Toulouse'])).toBe(0);
		expect(cap.stderr()).toBe('');
	});
	it('an id is never ambiguous', async () => {
		cap = capture();
		expect(await run(['distance', 'fr:29019', 'fr:75056'])).toBe(0);
		expect(cap.stderr()).toBe('');
	});
});
