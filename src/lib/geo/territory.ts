/**
 * A first reading of a venue's territory (urban / peri-urban / rural) from its commune's population
 * and area, the default of the audience archetypes when the user has not chosen one.
 *
 * Rule: Eurostat's degree of urbanisation (DEGURBA) thresholds, read at commune level:
 *   urban       density ≥ 1,500 inhabitants/km², or population ≥ 50,000   (DEGURBA "urban centre")
 *   peri-urban  density ≥ 300 inhabitants/km², or population ≥ 5,000      (DEGURBA "urban cluster")
 *   rural       otherwise
 * Source: Eurostat, « Applying the Degree of Urbanisation — A methodological manual to define cities,
 * towns and rural areas for international comparisons », 2021 edition: urban centres are contiguous
 * 1 km² cells of ≥ 1,500 inhabitants/km² totalling ≥ 50,000 inhabitants; urban clusters, cells of
 * ≥ 300/km² totalling ≥ 5,000. INSEE's « grille communale de densité » applies the same grid to French
 * communes and is the reference; it is not in the project's data, so the commune's mean density
 * stands in for it (a commune with a dense town and wide fields, such as Arles, reads lower than the
 * grid would: the population threshold keeps such towns urban). Only French communes have an area:
 * elsewhere there is no default.
 */
export type DensityTerritory = 'urban' | 'peri-urban' | 'rural';

export const DENSITY_RULE = {
	urban: { densityPerKm2: 1500, population: 50_000 },
	periUrban: { densityPerKm2: 300, population: 5_000 },
	source:
		'Eurostat, Applying the Degree of Urbanisation — methodological manual, 2021: urban centre ≥ 1,500 inhabitants/km² and ≥ 50,000 inhabitants; urban cluster ≥ 300/km² and ≥ 5,000; read on the commune’s population / area (INSEE).'
} as const;

export interface TerritoryReading {
	territory: DensityTerritory;
	/** inhabitants per km², rounded */
	density: number;
}

/** The commune's territory by density, or undefined when its area is unknown (places abroad). */
export function densityTerritory(p: { population: number; areaKm2?: number }): TerritoryReading | undefined {
	if (!p.areaKm2 || p.areaKm2 <= 0) return undefined;
	const density = p.population / p.areaKm2;
	const r = DENSITY_RULE;
	const territory: DensityTerritory =
		density >= r.urban.densityPerKm2 || p.population >= r.urban.population
			? 'urban'
			: density >= r.periUrban.densityPerKm2 || p.population >= r.periUrban.population
				? 'peri-urban'
				: 'rural';
	return { territory, density: Math.round(density) };
}
