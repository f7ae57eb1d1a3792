/** The venue's territory by its commune's density (DEGURBA thresholds at commune level). */
import { describe, expect, it } from 'vitest';
import { DENSITY_RULE, densityTerritory } from '../../../src/lib/geo/territory';
import { getGazetteer } from '../../../src/lib/server/geo/index';

describe('densityTerritory', () => {
	it('applies the thresholds, inclusive', () => {
		expect(densityTerritory({ population: 1500, areaKm2: 1 })?.territory).toBe('urban');
		expect(densityTerritory({ population: 1499, areaKm2: 1 })?.territory).toBe('peri-urban');
		expect(densityTerritory({ population: 300, areaKm2: 1 })?.territory).toBe('peri-urban');
		expect(densityTerritory({ population: 299, areaKm2: 1 })?.territory).toBe('rural');
		// population alone: a town of 50,000 on a wide commune stays urban, 5,000 peri-urban
		expect(densityTerritory({ population: 50_000, areaKm2: 800 })?.territory).toBe('urban');
		expect(densityTerritory({ population: 5_000, areaKm2: 800 })?.territory).toBe('peri-urban');
		expect(densityTerritory({ population: 400, areaKm2: 20 })).toEqual({ territory: 'rural', density: 20 });
		expect(densityTerritory({ population: 1000 })).toBeUndefined();
		expect(DENSITY_RULE.source).toMatch(/Eurostat/);
	});
	it('reads real venues sensibly', () => {
		const g = getGazetteer();
		const t = (id: string) => densityTerritory(g.get(id)!)?.territory;
		expect(t('fr:69123')).toBe('urban'); // Lyon
		expect(t('fr:13004')).toBe('urban'); // Arles: 68 /km² over 759 km², but 51,800 inhabitants
		expect(t('fr:84087')).toBe('peri-urban'); // Orange
		expect(t('fr:12145')).toBe('peri-urban'); // Millau
		expect(t('fr:46042')).toBe('peri-urban'); // Cahors
		expect(t('fr:32135')).toBe('rural'); // Fustérouau (Gers), 125 inhabitants
		expect(t('gn:2800866')).toBeUndefined(); // Brussels: no area abroad, no default
	});
});
