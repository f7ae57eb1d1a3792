/** Origins resolved with the real offline gazetteer (src/lib/server/geo assets). */
import { beforeAll, describe, expect, it } from 'vitest';
import { getGazetteer, type Gazetteer } from '../../../src/lib/server/geo/index';
import {
	countryCode,
	createOriginResolver,
	frenchPostcode,
	type OriginResolver
} from '../../../src/lib/audience/geocode';
import { haversineKm } from '../../../src/lib/geo/distance';

let gaz: Gazetteer;
let r: OriginResolver;
beforeAll(() => {
	gaz = getGazetteer();
	r = createOriginResolver(gaz, gaz.get('fr:34172')!); // venue in Montpellier
});

const o = (postcode: string, commune = '', country = '') => ({ postcode, commune, country });

describe('geocoding origins', () => {
	it('a postcode of one commune gives that commune, with road and rail detours', () => {
		const x = r.resolve(o('30000'));
		expect(x.ok && x.placeId).toBe('fr:30189'); // Nîmes
		if (!x.ok) return;
		const gc = haversineKm(gaz.get('fr:30189')!, gaz.get('fr:34172')!);
		expect(x.greatCircleKm).toBeCloseTo(gc, 0);
		expect(x.roadKm).toBeCloseTo(10 * 1.4 + (gc - 10) * 1.2, 0);
		expect(x.railKm).toBeCloseTo(gc * 1.2, 0);
		expect(x.approx).toBe(false);
	});

	it("a spectator of the venue's own commune travels its mean intra-commune distance, not 0 km", () => {
		// Montpellier, 56.88 km²: 2/3 × √(56.88 / π) = 2.84 km great-circle, × 1.4 = 4.0 km by road
		const x = r.resolve(o('34000'));
		expect(x.ok && x.placeId).toBe('fr:34172');
		if (!x.ok) return;
		expect(x.roadKm).toBe(4);
		expect(x.railKm).toBeCloseTo(2.84 * 1.2, 1);
	});

	it('a postcode shared by several communes: the named commune, else their centre (approximate)', () => {
		const named = r.resolve(o('34170', 'Castelnau-le-Lez'));
		expect(named.ok && named.placeId).toBe('fr:34057');
		const centre = r.resolve(o('34160'));
		expect(centre.ok && centre.approx).toBe(true);
		expect(centre.ok && centre.placeId).toBeNull();
	});

	it('reads postcodes as people and Excel write them', () => {
		expect(frenchPostcode('34 000')).toBe('34000');
		expect(frenchPostcode('F-34000')).toBe('34000');
		expect(frenchPostcode('6000')).toBe('06000'); // Excel ate the leading zero
		expect(frenchPostcode('3400a')).toBeNull();
		const nice = r.resolve(o('6000'));
		expect(nice.ok && nice.placeId).toBe('fr:06088');
		const paris = r.resolve(o('75011'));
		expect(paris.ok && paris.placeId).toBe('fr:75111'); // the arrondissement
	});

	it('an unknown postcode is refused with its value, unless the commune is found', () => {
		expect(r.resolve(o('99999'))).toEqual({ ok: false, reason: 'origin.unknownPostcode', value: '99999' });
		const byName = r.resolve(o('34999', 'Lunel'));
		expect(byName.ok && byName.placeId).toBe('fr:34145');
	});

	it('a city and its country, in French or English; foreign postcodes need the city', () => {
		const bxl = r.resolve(o('', 'Bruxelles', 'Belgique'));
		expect(bxl.ok && bxl.placeId).toBe('gn:2800866');
		const bcn = r.resolve(o('', 'Barcelona', 'ES'));
		expect(bcn.ok && bcn.label).toMatch(/Barcelon/);
		expect(r.resolve(o('1000', '', 'BE'))).toEqual({
			ok: false,
			reason: 'origin.postcodeAbroad',
			value: '1000'
		});
		expect(r.resolve(o('', 'Nullepart-sur-Rien'))).toEqual({
			ok: false,
			reason: 'origin.unknownPlace',
			value: 'Nullepart-sur-Rien'
		});
		expect(r.resolve(o('', 'Paris', 'Atlantide'))).toEqual({
			ok: false,
			reason: 'origin.unknownCountry',
			value: 'Atlantide'
		});
		expect(r.resolve(o(''))).toEqual({ ok: false, reason: 'origin.missing', value: '' });
	});

	it('refuses origins further than 1 000 km as the crow flies', () => {
		const x = r.resolve(o('', 'Berlin', 'Allemagne'));
		expect(x).toMatchObject({ ok: false, reason: 'origin.tooFar' });
	});

	it('tolerates a one-letter typo in a commune name', () => {
		const x = r.resolve(o('', 'Montpelier'));
		expect(x.ok && x.placeId).toBe('fr:34172');
	});

	it('reads country names and codes', () => {
		expect(countryCode('')).toBe('FR');
		expect(countryCode('be')).toBe('BE');
		expect(countryCode('Royaume-Uni')).toBe('GB');
		expect(countryCode('Suisse')).toBe('CH');
		expect(countryCode('Narnia')).toBeNull();
	});

	it('remembers each distinct origin', () => {
		const fresh = createOriginResolver(gaz, gaz.get('fr:34172')!);
		for (let i = 0; i < 1000; i++) fresh.resolve(o(i % 2 ? '34000' : '30000'));
		expect(fresh.size).toBe(2);
	});
});
