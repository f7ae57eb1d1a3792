/**
 * Aggregates and normalised indicators.
 *
 * Totals: company (travel + freight + accommodation + meals) and audience are kept apart; the total
 *         "with audience" is given beside, labelled, never instead.
 * Per date / per performance / per spectator: company total ÷ number of dates / Σ performances /
 *         Σ spectators (attendance, or capacity × performances where only capacity is known).
 * Per person·km: team-travel emissions ÷ Σ person·km carried (people, or vehicle occupants, × km).
 * One-off share: dates with a single performance ÷ dates.
 * Units: kgCO2e, kgCO2e per unit. A ratio whose denominator is 0 is null, not 0 or Infinity.
 * Source: product brief "Indicators" (the network referent's normalised indicators).
 */
import type { Breakdown, Indicators, ResultLine, ResultScope } from './types';

export function sumBy(lines: ResultLine[], key: (l: ResultLine) => string | null): Breakdown[] {
	const company = new Map<string, Breakdown>();
	const audience = new Map<string, Breakdown>();
	// lines in a row often share a key: the last breakdown is kept at hand (same sums, same order)
	let last: Breakdown | null = null;
	for (const l of lines) {
		const k = key(l);
		if (k === null) continue;
		if (last !== null && last.key === k && last.scope === l.scope) {
			last.kgCO2e += l.kgCO2e;
			continue;
		}
		const map = l.scope === 'company' ? company : audience;
		let b = map.get(k);
		if (b) b.kgCO2e += l.kgCO2e;
		else map.set(k, (b = { key: k, scope: l.scope as ResultScope, kgCO2e: l.kgCO2e }));
		last = b;
	}
	const byKg = (a: Breakdown, b: Breakdown) => b.kgCO2e - a.kgCO2e;
	return [...[...company.values()].sort(byKg), ...[...audience.values()].sort(byKg)];
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

export function indicators(
	lines: ResultLine[],
	dates: { performances: number; oneOff: boolean; spectators: number }[],
	company: number,
	audience: number
): Indicators {
	let personKm = 0;
	let travelKg = 0;
	for (const l of lines) {
		if (l.category === 'travel') {
			personKm += l.personKm;
			travelKg += l.kgCO2e;
		}
	}
	const performances = dates.reduce((s, d) => s + d.performances, 0);
	const spectators = dates.reduce((s, d) => s + d.spectators, 0);
	const oneOffDates = dates.filter((d) => d.oneOff).length;
	return {
		dates: dates.length,
		performances,
		spectators,
		personKm,
		oneOffDates,
		oneOffShare: dates.length > 0 ? oneOffDates / dates.length : 0,
		perDate: ratio(company, dates.length),
		perPerformance: ratio(company, performances),
		perSpectator: ratio(company, spectators),
		perPersonKm: ratio(travelKg, personKm),
		audiencePerSpectator: ratio(audience, spectators)
	};
}
