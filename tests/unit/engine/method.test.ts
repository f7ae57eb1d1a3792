/**
 * Method options of factor sets and versioned audience parameters (issues 18 and 22): a tour pinned
 * to an existing set keeps its numbers; a new set version takes the flight band from the user's
 * kilometres, converts per-person hotel factors explicitly, counts other nights per person and
 * takes its audience defaults from the parameters it pins.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTours } from '../../../src/lib/engine/compare';
import { AUDIENCE_PARAMETERS, parametersForSet } from '../../../src/lib/engine/parameters';
import { labelKey, suggestMode } from '../../../src/lib/audience/labels';
import { getFactorLibrary, loadFactorLibrary } from '../../../src/lib/server/factor-tables';
import { validateTourFile } from '../../../src/lib/schemas/tour-file';
import { computeTourFile, resolveTourFile, serverDeps } from '../../../src/lib/server/tour-file';
import { goldenFiles } from './golden-support';

loadFactorLibrary();

function run(doc: unknown, set: string) {
	const out = computeTourFile(doc, { set });
	if (!out.ok) throw new Error(JSON.stringify(out.problems));
	return out.result;
}

const circus = goldenFiles().find((f) => f.fixture.name === 'circus-occitanie')!.fixture;

const planeTour = (extra: object = {}) => ({
	format: 'empreinte-tour@1',
	production: { title: 'Band from the user km' },
	homeBase: { place: 'fr:75056' },
	route: { derive: false, returnHomeGapDays: null },
	legs: [
		{
			id: 'pm',
			from: 'fr:75056',
			to: 'fr:13055',
			distanceKm: 1200,
			travel: [{ id: 'p', mode: 'plane', people: 2 }]
		}
	],
	...extra
});

describe('a tour pinned to an existing set keeps its numbers', () => {
	it('circus-occitanie under empreinte-default@2026.1: audience from the 2026.1 parameters, as yesterday', () => {
		const r = run(circus.input, 'empreinte-default@2026.1');
		expect(r.audienceParameters).toBe('audience-archetypes@2026.1');
		expect(r.totals.audience).toEqual(circus.expected!.totals.audience);
		expect(r.totals.company).toEqual(circus.expected!.totals.company);
	});

	it('the same tour under empreinte-default@2026.2 takes the 2026.2 parameters, and says which archetype', () => {
		const r = run(circus.input, 'empreinte-default@2026.2');
		expect(r.audienceParameters).toBe('audience-archetypes@2026.2');
		expect(r.totals.audience.kg).toBeLessThan(circus.expected!.totals.audience.kg);
		const withDefaults = r.byDate.filter((d) => d.audienceIsDefault);
		expect(withDefaults.length).toBeGreaterThan(0);
		for (const d of withDefaults)
			expect(d.audienceArchetype).toMatch(/^(urban|peri-urban|rural)\.(small|medium|large)$/);
		// the bands' same-commune spectators travel the intra-commune distance, not 0 km
		const sc = r.lines.filter((l) => l.id.includes(':same-commune:'));
		expect(sc.length).toBeGreaterThan(0);
		for (const l of sc) expect(l.quantities.distanceKm).toBeGreaterThan(0);
	});

	it('compare names the parameters change (counted in the factor effect)', () => {
		const v = validateTourFile(circus.input);
		if (!v.ok) throw new Error('invalid');
		const res = resolveTourFile(v.tour, serverDeps().places);
		if (!res.ok) throw new Error('unresolved');
		const lib = getFactorLibrary();
		const cmp = compareTours(
			{ input: res.input, factors: lib.resolve('empreinte-default@2026.1') },
			{ input: res.input, factors: lib.resolve('empreinte-default@2026.2') }
		);
		expect([cmp.a.audienceParameters, cmp.b.audienceParameters]).toEqual([
			'audience-archetypes@2026.1',
			'audience-archetypes@2026.2'
		]);
		expect(cmp.totals.audience.activityEffect).toBe(0);
		expect(cmp.totals.audience.factorEffect).toBe(cmp.totals.audience.change);
	});
});

describe('flight band from the kilometres the user gives', () => {
	it('2026.1: the band from the great circle (Paris–Marseille 660 km: short), as before', () => {
		const l = run(planeTour(), 'empreinte-default@2026.1').lines[0];
		expect(l.factor.activity).toBe('plane.short');
		expect(l.flags).not.toContain('plane.band_from_user_distance');
	});
	it('2026.2: the band from the 1,200 km given (medium), and the formula says so', () => {
		const l = run(planeTour(), 'empreinte-default@2026.2').lines[0];
		expect(l.factor.activity).toBe('plane.medium');
		expect(l.flags).toContain('plane.band_from_user_distance');
		expect(l.formula).toMatch(/band from the user's 1200 km/);
	});
	it('a distance override for the pair counts as the user’s distance too', () => {
		const doc = planeTour({
			legs: [{ id: 'pm', from: 'fr:75056', to: 'fr:13055', travel: [{ id: 'p', mode: 'plane', people: 1 }] }],
			distances: [{ from: 'fr:75056', to: 'fr:13055', km: 2500 }]
		});
		expect(run(doc, 'empreinte-default@2026.2').lines[0].factor.activity).toBe('plane.medium_long');
	});
});

describe('nights: per room or per person, converted explicitly', () => {
	const tour = (accommodation: object, dates: object[] = []) => ({
		format: 'empreinte-tour@1',
		production: { title: 'Nights' },
		homeBase: { place: 'fr:75056' },
		team: [{ role: 'all', count: 5 }],
		route: { derive: true, returnHomeGapDays: null },
		dates: dates.length
			? dates
			: [{ id: 'lyon', venue: { name: 'Lyon', place: 'fr:69123' }, start: '2026-05-01', end: '2026-05-02' }],
		accommodation
	});
	it('a per-person hotel factor with no rooms given assumes 1 person per room, and flags it', () => {
		const r = run(
			tour({ extra: [{ id: 'res', country: 'FR', roomNights: 3 }] }),
			'empreinte-impactco2-c@2026.2'
		);
		const l = r.lines.find((x) => x.id === 'accommodation:extra:res')!;
		expect(l.factor.unit).toBe('person.night');
		expect(l.flags).toContain('accommodation.people_per_room_assumed');
		expect(l.quantity).toBe(3);
		expect(r.warnings.map((w) => w.code)).toContain('accommodation.people_per_room_assumed');
	});
	it('a per-room factor is untouched (DESNZ France 6.7 × room-nights)', () => {
		const r = run(tour({ roomsPerNight: 3 }), 'empreinte-default@2026.2');
		const l = r.lines.find((x) => x.id === 'accommodation:lyon')!;
		expect(l.factor.unit).toBe('room.night');
		expect(l.kgCO2e).toBe(6.7 * 6);
	});
	it('a tour in campervans or with host families counts person-nights', () => {
		const r = run(
			tour({ type: 'campervan' }, [
				{ id: 'a', venue: { name: 'A', place: 'fr:69123' }, start: '2026-05-01', end: '2026-05-02' },
				{ id: 'b', venue: { name: 'B', place: 'fr:13055' }, start: '2026-05-04', lodging: 'host_family' }
			]),
			'empreinte-default@2026.2'
		);
		const a = r.lines.find((x) => x.id === 'accommodation:a')!;
		const b = r.lines.find((x) => x.id === 'accommodation:b')!;
		expect([a.factor.activity, a.quantity, a.kgCO2e]).toEqual(['night.campervan', 10, 1.4 * 10]);
		expect([b.factor.activity, b.quantity]).toEqual(['night.host_family', 5]);
		expect(b.factor.key).toBe('holiday_rental.night');
	});
	it('a set published before the night types lacks them: a missing-factor error, never a zero', () => {
		const out = computeTourFile(tour({ type: 'camping' }), { set: 'empreinte-default@2026.1' });
		expect(out.ok).toBe(false);
	});
});

describe('new audience modes', () => {
	it('a scooter is per vehicle and carries one rider; an electric bus per passenger', () => {
		const doc = {
			format: 'empreinte-tour@1',
			production: { title: 'Audience modes' },
			homeBase: { place: 'fr:75056' },
			dates: [
				{
					id: 'd',
					venue: { name: 'V', place: 'fr:69123' },
					start: '2026-05-01',
					attendance: 100,
					audience: {
						modalShares: { 'scooter.petrol': 0.5, 'bus.electric': 0.5 },
						roundTripKm: 10,
						carOccupancy: 2
					}
				}
			]
		};
		const r = run(doc, 'empreinte-default@2026.2');
		const sc = r.lines.find((l) => l.id === 'audience:d:scooter.petrol')!;
		expect(sc.quantities.occupancy).toBe(1);
		expect(sc.kgCO2e).toBe(0.0763 * 10 * 50);
		const bus = r.lines.find((l) => l.id === 'audience:d:bus.electric')!;
		expect(bus.kgCO2e).toBe(0.0217 * 10 * 50);
	});
	it('survey labels for the new modes', () => {
		expect(suggestMode(labelKey('Scooter électrique'), 'fr').choice).toBe('scooter.electric');
		expect(suggestMode(labelKey('Bus GNV'), 'fr').choice).toBe('bus.cng');
		expect(suggestMode(labelKey('Moto 125'), 'fr').choice).toBe('motorbike.small');
		expect(suggestMode(labelKey('Scooter'), 'fr').choice).toBe('motorbike');
	});
});

describe('audience parameters, one folder per version', () => {
	const dir = join(__dirname, '..', '..', '..', 'emission-factors', 'parameters');
	const folders = readdirSync(dir).filter((f) => f.startsWith('audience-archetypes@'));
	it('each folder holds its version, and the engine bundles every one', () => {
		expect(folders.sort()).toEqual(Object.keys(AUDIENCE_PARAMETERS).sort());
		for (const f of folders) {
			const p = JSON.parse(readFileSync(join(dir, f, 'archetypes.json'), 'utf8'));
			expect(`audience-archetypes@${p.version}`).toBe(f);
		}
	});
	it('a set that pins nothing uses 2026.1', () => {
		expect(parametersForSet({}).audience.version).toBe('2026.1');
		expect(
			parametersForSet({ method: { audienceParameters: 'audience-archetypes@2026.2' } }).audience.version
		).toBe('2026.2');
	});
	const p = AUDIENCE_PARAMETERS['audience-archetypes@2026.2'];
	for (const [key, a] of Object.entries(p.archetypes)) {
		it(`2026.2 ${key}: bands sum to 1, shares per band sum to 1, derived shares and cells agree`, () => {
			const bands = a.bands!;
			expect(bands.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 12);
			const overall: Record<string, number> = {};
			for (const b of bands) {
				expect(Object.values(b.modalShares).reduce((s, v) => s + (v ?? 0), 0)).toBeCloseTo(1, 9);
				for (const [m, v] of Object.entries(b.modalShares))
					overall[m] = (overall[m] ?? 0) + b.share * (v ?? 0);
			}
			for (const [m, v] of Object.entries(a.modalShares)) expect(overall[m], m).toBeCloseTo(v!, 5);
			expect(a.cells!.carShare.value).toBeCloseTo(a.modalShares.car!, 5);
			expect(a.cells!.sameCommuneShare.value).toBe(bands.find((b) => b.id === 'same-commune')!.share);
			expect(a.cells!.carOccupancy.value).toBe(a.carOccupancy);
			for (const c of Object.values(a.cells!)) {
				expect(['verified', 'reported', 'derived', 'assumed']).toContain(c.label);
				for (const s of c.sources)
					expect(
						p.sources!.map((x) => x.id),
						s
					).toContain(s);
				expect(c.population.length).toBeGreaterThan(5);
			}
		});
	}
	it('no event-type modifier is adopted, and the file says so', () => {
		expect(p.eventTypes!.modifiers).toEqual([]);
		expect(p.eventTypes!.note.fr).toMatch(/Aucun modificateur/);
	});
});
