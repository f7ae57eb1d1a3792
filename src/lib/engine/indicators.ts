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

/**
 * Sums by key and scope, one line at a time, in the order the lines come: company breakdowns
 * sorted by kgCO2e, then audience ones. The engine adds each line as it is made (Context.push), so
 * that no pass over the finished lines is needed; `sumBy` is the same over a list.
 */
export class Breakdowns {
	private readonly company = new Map<string, Breakdown>();
	private readonly audience = new Map<string, Breakdown>();
	// lines in a row often share a key: the last breakdown is kept at hand (same sums, same order)
	private last: Breakdown | null = null;

	add(key: string, scope: string, kgCO2e: number): void {
		const last = this.last;
		if (last !== null && last.key === key && last.scope === scope) {
			last.kgCO2e += kgCO2e;
			return;
		}
		const map = scope === 'company' ? this.company : this.audience;
		let b = map.get(key);
		if (b) b.kgCO2e += kgCO2e;
		else map.set(key, (b = { key, scope: scope as ResultScope, kgCO2e }));
		this.last = b;
	}

	/** The breakdowns: company ones by decreasing kgCO2e, then audience ones. */
	list(): Breakdown[] {
		const byKg = (a: Breakdown, b: Breakdown) => b.kgCO2e - a.kgCO2e;
		return [...[...this.company.values()].sort(byKg), ...[...this.audience.values()].sort(byKg)];
	}
}

export function sumBy(lines: ResultLine[], key: (l: ResultLine) => string | null): Breakdown[] {
	const sums = new Breakdowns();
	for (const l of lines) {
		const k = key(l);
		if (k !== null) sums.add(k, l.scope, l.kgCO2e);
	}
	return sums.list();
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
	return indicatorsOf({ personKm, travelKg }, dates, company, audience);
}

/**
 * `indicators` from the team travel's sums, person·km and kgCO2e, added in line order (the engine
 * keeps them as it makes the lines).
 */
export function indicatorsOf(
	travel: { personKm: number; travelKg: number },
	dates: { performances: number; oneOff: boolean; spectators: number }[],
	company: number,
	audience: number
): Indicators {
	const { personKm, travelKg } = travel;
	// one loop, the same additions in the same order as `reduce` (which V8 optimised, then threw
	// away at each computation of a long tour: « wrong map », 40 times in 45 runs)
	let performances = 0;
	let spectators = 0;
	let oneOffDates = 0;
	for (let i = 0; i < dates.length; i++) {
		const d = dates[i];
		performances += d.performances;
		spectators += d.spectators;
		if (d.oneOff) oneOffDates++;
	}
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
