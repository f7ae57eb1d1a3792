/**
 * Reading a TourResult for display: groupings of the engine's own lines and figures (no emission is
 * computed here — every kgCO2e below is a sum of the engine's lines or one of its aggregates), the
 * "what weighs most" facts, and what the tour still lacks, with the tab that fixes it.
 */
import type { LineFactor, ModeFamily, ResultCategory, ResultLine, TourInput, TourResult } from '$lib/engine';
import { CATEGORY_TAB, type TourTab } from './labels';

/**
 * A function of a result, worked out once per result: the server keeps a tour's result while its
 * version lasts (results-cache.ts) and renders it on every visit; the browser keeps it while the
 * boundary stays. A result is never changed once made, so what is drawn from it does not change
 * either; callers must not change what they get.
 */
function perResult<T>(fn: (r: TourResult) => T): (r: TourResult) => T {
	const memo = new WeakMap<TourResult, T>();
	return (r) => {
		let v = memo.get(r);
		if (v === undefined) memo.set(r, (v = fn(r)));
		return v;
	};
}

/** A result's lines by a key, in their order: each figure's « Comment est-ce calculé ? » reads its own. */
function indexLines(key: (l: ResultLine) => string): (r: TourResult) => ReadonlyMap<string, ResultLine[]> {
	return perResult((r) => {
		const m = new Map<string, ResultLine[]>();
		for (const l of r.lines) {
			const k = key(l);
			const list = m.get(k);
			if (list) list.push(l);
			else m.set(k, [l]);
		}
		return m;
	});
}

const byDateScope = indexLines((l) => `${l.dateId ?? ''}|${l.scope}`);
const byLeg = indexLines((l) => l.legId ?? '');
const byCategory = indexLines((l) => l.category);
const NONE: ResultLine[] = [];

/** The lines of one date (null: of no date) in one scope. */
export function linesOfDate(
	r: TourResult,
	dateId: string | null,
	scope: ResultLine['scope']
): readonly ResultLine[] {
	return byDateScope(r).get(`${dateId ?? ''}|${scope}`) ?? NONE;
}

/**
 * What the headline and the provenance read of all the lines, once per result: the lines of each
 * scope, the kgCO2e of team travel, the lines resting on a default and their kgCO2e (sums of the
 * engine's lines, in their order).
 */
export const lineTotals = perResult((r) => {
	const company: ResultLine[] = [];
	const audience: ResultLine[] = [];
	const defaults: ResultLine[] = [];
	let travelKg = 0;
	let defaultsKg = 0;
	for (const l of r.lines) {
		if (l.scope === 'company') company.push(l);
		else if (l.scope === 'audience') audience.push(l);
		if (l.category === 'travel') travelKg += l.kgCO2e;
		if (l.isDefault) {
			defaults.push(l);
			defaultsKg += l.kgCO2e;
		}
	}
	return { company, audience, travelKg, defaults, defaultsKg } as const;
});

/** The lines of one leg. */
export function linesOfLeg(r: TourResult, legId: string): readonly ResultLine[] {
	return byLeg(r).get(legId) ?? NONE;
}

/** The lines of one category. */
export function linesOfCategory(r: TourResult, category: ResultCategory): readonly ResultLine[] {
	return byCategory(r).get(category) ?? NONE;
}

const COMPANY_CATEGORIES = ['travel', 'freight', 'accommodation', 'meal'] as const;
export type CompanyCategory = (typeof COMPANY_CATEGORIES)[number];
export { COMPANY_CATEGORIES };

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

// ——— groupings

/** Lines of one factor, for "how is this computed" over many lines. */
export interface FactorGroup {
	factor: LineFactor;
	lines: number;
	quantity: number;
	kg: number;
}

export function groupByFactor(lines: readonly ResultLine[]): FactorGroup[] {
	const m = new Map<string, FactorGroup>();
	for (const l of lines) {
		const k = `${l.factor.set}|${l.factor.activity}`;
		const g = m.get(k) ?? { factor: l.factor, lines: 0, quantity: 0, kg: 0 };
		g.lines += 1;
		g.quantity += l.quantity;
		g.kg += l.kgCO2e;
		m.set(k, g);
	}
	return [...m.values()].sort((a, b) => b.kg - a.kg);
}

export interface DateRow {
	id: string | null;
	venueName: string;
	start: string;
	end: string;
	oneOff: boolean;
	performances: number;
	attendance: number | null;
	byCategory: Record<CompanyCategory, number>;
	company: number;
	audience: number;
	audienceIsDefault: boolean;
}

/**
 * Company emissions of each date split by category, in tour order, plus one row for what belongs
 * to no date (extra room-nights, legs entered without a date) when there is any.
 */
export const dateRows = perResult(computeDateRows);

function computeDateRows(r: TourResult): DateRow[] {
	const empty = (): Record<CompanyCategory, number> => ({ travel: 0, freight: 0, accommodation: 0, meal: 0 });
	const per = new Map<string | null, Record<CompanyCategory, number>>();
	for (const l of r.lines) {
		if (l.scope !== 'company') continue;
		const k = l.dateId ?? null;
		const row = per.get(k) ?? empty();
		row[l.category as CompanyCategory] += l.kgCO2e;
		per.set(k, row);
	}
	const rows: DateRow[] = r.byDate.map((d) => ({
		id: d.id,
		venueName: d.venueName,
		start: d.start,
		end: d.end,
		oneOff: d.oneOff,
		performances: d.performances,
		attendance: d.attendance,
		byCategory: per.get(d.id) ?? empty(),
		company: d.company,
		audience: d.audience,
		audienceIsDefault: d.audienceIsDefault
	}));
	const outside = per.get(null);
	if (outside) {
		rows.push({
			id: null,
			venueName: '',
			start: '',
			end: '',
			oneOff: false,
			performances: 0,
			attendance: null,
			byCategory: outside,
			company: sum(Object.values(outside)),
			audience: 0,
			audienceIsDefault: false
		});
	}
	return rows;
}

/** The dominant travel family of each leg (largest team-travel emissions), for the route map. */
export function legFamilies(r: TourResult): Map<string, ModeFamily | null> {
	const perLeg = new Map<string, Map<ModeFamily, number>>();
	for (const l of r.lines) {
		if (l.category !== 'travel' || !l.legId || !l.family) continue;
		const m = perLeg.get(l.legId) ?? new Map<ModeFamily, number>();
		m.set(l.family, (m.get(l.family) ?? 0) + l.kgCO2e + 1e-12);
		perLeg.set(l.legId, m);
	}
	const out = new Map<string, ModeFamily | null>();
	for (const leg of r.byLeg) {
		const m = perLeg.get(leg.id);
		out.set(leg.id, m ? [...m.entries()].sort((a, b) => b[1] - a[1])[0][0] : null);
	}
	return out;
}

// ——— figures rounded to what their range supports

/**
 * A total rounded to the precision its 95 % range supports: 2 significant figures when the range
 * is ±10 % or wider (« 4,1 t » beside « 3,4 – 5,0 t »), 3 from ±1 %, else 4. The exact value is
 * shown on demand beside it. Half-width = (high − low) / 2, relative to the point value.
 */
export function readableTotal(r: { kg: number; low: number; high: number }): {
	value: number;
	unit: 'kg' | 't';
	decimals: number;
} {
	const kg = r.kg;
	const half = kg > 0 ? (r.high - r.low) / 2 / kg : 0;
	const digits = half >= 0.1 ? 2 : half >= 0.01 ? 3 : 4;
	const unit = Math.abs(kg) >= 1000 ? 't' : 'kg';
	const v = unit === 't' ? kg / 1000 : kg;
	if (v === 0 || !Number.isFinite(v)) return { value: v, unit, decimals: 0 };
	const magnitude = Math.floor(Math.log10(Math.abs(v)));
	const decimals = Math.max(0, digits - 1 - magnitude);
	const step = 10 ** (magnitude - digits + 1);
	// toFixed: 41 × 0.1 is 4.1000000000000005 in binary floating point
	return { value: Number((Math.round(v / step) * step).toFixed(decimals)), unit, decimals };
}

// ——— what weighs most

export interface WeighsMost {
	topCategory: { category: CompanyCategory; kg: number; share: number } | null;
	/** the team-travel family weighing most, with the number of legs it covers */
	topFamily: { family: ModeFamily; legs: number; kg: number; share: number; onlyFamily: boolean } | null;
	/** the heaviest leg and who made most of it (the team in a mode, or a freight vehicle) */
	heaviestLeg: {
		from: string;
		to: string;
		kg: number;
		share: number;
		who: { category: 'travel' | 'freight'; mode: string } | null;
	} | null;
	heaviestDate: { venueName: string; start: string; kg: number; share: number } | null;
	oneOff: { n: number; total: number } | null;
	audience: { kg: number; ratio: number } | null;
}

/** Who made most of a leg's emissions: its heaviest team-travel or freight line. */
function heaviestContributor(
	lines: readonly ResultLine[],
	legId: string
): { category: 'travel' | 'freight'; mode: string } | null {
	let best: ResultLine | null = null;
	for (const l of lines) {
		if (l.legId !== legId || (l.category !== 'travel' && l.category !== 'freight')) continue;
		if (!best || l.kgCO2e > best.kgCO2e) best = l;
	}
	return best && best.mode ? { category: best.category as 'travel' | 'freight', mode: best.mode } : null;
}

export const weighsMost = perResult(computeWeighsMost);

function computeWeighsMost(r: TourResult): WeighsMost {
	const company = r.totals.company.kg;
	const cats = r.byCategory
		.filter((b) => b.scope === 'company' && b.kgCO2e > 0)
		.sort((a, b) => b.kgCO2e - a.kgCO2e);
	const topCategory =
		company > 0 && cats.length > 0
			? { category: cats[0].key as CompanyCategory, kg: cats[0].kgCO2e, share: cats[0].kgCO2e / company }
			: null;

	const travel = r.lines.filter((l) => l.category === 'travel');
	const travelKg = sum(travel.map((l) => l.kgCO2e));
	const fam = new Map<ModeFamily, { kg: number; legs: Set<string> }>();
	for (const l of travel) {
		if (!l.family) continue;
		const f = fam.get(l.family) ?? { kg: 0, legs: new Set<string>() };
		f.kg += l.kgCO2e;
		f.legs.add(l.legId ?? l.id);
		fam.set(l.family, f);
	}
	const famSorted = [...fam.entries()].sort((a, b) => b[1].kg - a[1].kg);
	const topFamily =
		travelKg > 0 && famSorted.length > 0
			? {
					family: famSorted[0][0],
					legs: famSorted[0][1].legs.size,
					kg: famSorted[0][1].kg,
					share: famSorted[0][1].kg / travelKg,
					onlyFamily: famSorted.length === 1
				}
			: null;

	const legs = [...r.byLeg].sort((a, b) => b.kgCO2e - a.kgCO2e);
	const heaviestLeg =
		company > 0 && legs.length > 1 && legs[0].kgCO2e > 0
			? {
					from: legs[0].fromName,
					to: legs[0].toName,
					kg: legs[0].kgCO2e,
					share: legs[0].kgCO2e / company,
					who: heaviestContributor(r.lines, legs[0].id)
				}
			: null;
	const dates = [...r.byDate].sort((a, b) => b.company - a.company);
	const heaviestDate =
		company > 0 && dates.length > 1 && dates[0].company > 0
			? {
					venueName: dates[0].venueName,
					start: dates[0].start,
					kg: dates[0].company,
					share: dates[0].company / company
				}
			: null;
	const oneOff =
		r.indicators.dates > 0 && r.indicators.oneOffDates > 0
			? { n: r.indicators.oneOffDates, total: r.indicators.dates }
			: null;
	const audience =
		company > 0 && r.totals.audience.kg > 0
			? { kg: r.totals.audience.kg, ratio: r.totals.audience.kg / company }
			: null;
	return { topCategory, topFamily, heaviestLeg, heaviestDate, oneOff, audience };
}

// ——— what is missing

export interface Gap {
	/** message key under `results.gaps.` */
	key: string;
	tab: TourTab;
	params: Record<string, string | number>;
	/** date ids concerned, when the gap is per date */
	dates?: string[];
}

const WARNING_TAB: Record<string, TourTab | null> = {
	'audience.not_computed': 'audience',
	'audience.no_attendance': 'dates',
	'audience.attendance_from_capacity': 'dates',
	'audience.size_assumed': 'audience',
	'audience.shares_below_one': 'audience',
	'accommodation.default_country': 'stay',
	'boundary.not_separable': null
};

export function warningTab(code: string): TourTab | null {
	return WARNING_TAB[code] ?? null;
}

/** Inputs a credible diagnostic needs and this tour lacks, in the order of the tabs. */
export function gaps(input: TourInput, r: TourResult): Gap[] {
	let byInput = gapsMemo.get(r);
	if (!byInput) gapsMemo.set(r, (byInput = new WeakMap()));
	let found = byInput.get(input);
	if (!found) byInput.set(input, (found = computeGaps(input, r)));
	return found;
}
const gapsMemo = new WeakMap<TourResult, WeakMap<TourInput, Gap[]>>();

function computeGaps(input: TourInput, r: TourResult): Gap[] {
	const out: Gap[] = [];
	if (input.dates.length === 0) out.push({ key: 'noDates', tab: 'dates', params: {} });
	const team = sum(input.team.map((t) => t.count));
	if (team === 0) out.push({ key: 'noTeam', tab: 'travel', params: {} });
	const hasTravel =
		input.travel.length > 0 || input.legs.length > 0 || input.dates.some((d) => (d.travel?.length ?? 0) > 0);
	if (!hasTravel && input.dates.length > 0) out.push({ key: 'noTravel', tab: 'travel', params: {} });
	if (input.freight.length === 0 && input.dates.length > 0)
		out.push({ key: 'noFreight', tab: 'freight', params: {} });
	const hasRooms =
		input.accommodation.roomsPerNight !== null ||
		input.accommodation.extra.length > 0 ||
		input.dates.some((d) => d.roomNights !== undefined);
	const awayNights = input.dates.length > 0;
	if (!hasRooms && awayNights) out.push({ key: 'noAccommodation', tab: 'stay', params: {} });
	const hasMeals =
		input.meals.perPersonPerDay !== null ||
		input.meals.extra.length > 0 ||
		input.dates.some((d) => (d.meals?.length ?? 0) > 0);
	if (!hasMeals && input.dates.length > 0) out.push({ key: 'noMeals', tab: 'stay', params: {} });
	const noAudience = input.dates.filter((d) => !d.audience).map((d) => d.id);
	if (noAudience.length > 0)
		out.push({ key: 'noAudience', tab: 'audience', params: { n: noAudience.length }, dates: noAudience });
	// lines resting on defaults, one notice per tab where they are replaced by real figures
	const byTab = new Map<TourTab, ResultLine[]>();
	for (const l of r.lines) {
		if (!l.isDefault) continue;
		const tab = CATEGORY_TAB[l.category];
		// appended in place: copying the list for each line was quadratic (a long tour's page, issue #21)
		const list = byTab.get(tab);
		if (list) list.push(l);
		else byTab.set(tab, [l]);
	}
	for (const [tab, lines] of byTab) {
		out.push({
			key: 'defaults',
			tab,
			params: { n: lines.length, kg: sum(lines.map((l) => l.kgCO2e)) },
			dates: [...new Set(lines.map((l) => l.dateId).filter((d): d is string => !!d))]
		});
	}
	return out;
}

export function categoriesOf(r: TourResult): ResultCategory[] {
	return r.byCategory.map((b) => b.key as ResultCategory);
}

// ——— comparing two results factor by factor

export interface FactorSide {
	table: string;
	key: string;
	sourceId: string | null;
	value: number;
	unit: LineFactor['unit'];
	kg: number;
}

export interface FactorChangeRow {
	activity: string;
	a: FactorSide | null;
	b: FactorSide | null;
	/** b.value ÷ a.value − 1, when both exist and a is not 0 */
	relative: number | null;
}

function sides(r: TourResult): Map<string, FactorSide> {
	const m = new Map<string, FactorSide>();
	for (const l of r.lines) {
		const f = l.factor;
		const s = m.get(f.activity) ?? {
			table: f.table,
			key: f.key,
			sourceId: f.sourceId,
			value: f.value,
			unit: f.unit,
			kg: 0
		};
		s.kg += l.kgCO2e;
		m.set(f.activity, s);
	}
	return m;
}

/** The factors two results used, activity by activity, those that differ first by weight. */
export function factorChanges(a: TourResult, b: TourResult): FactorChangeRow[] {
	const sa = sides(a);
	const sb = sides(b);
	const rows: FactorChangeRow[] = [];
	for (const activity of new Set([...sa.keys(), ...sb.keys()])) {
		const x = sa.get(activity) ?? null;
		const y = sb.get(activity) ?? null;
		const same = x && y && x.table === y.table && x.key === y.key && x.value === y.value;
		if (same) continue;
		rows.push({ activity, a: x, b: y, relative: x && y && x.value !== 0 ? y.value / x.value - 1 : null });
	}
	return rows.sort(
		(p, q) => Math.abs((q.b?.kg ?? 0) - (q.a?.kg ?? 0)) - Math.abs((p.b?.kg ?? 0) - (p.a?.kg ?? 0))
	);
}

/** The first item of each key, in order. */
export function uniqueBy<T>(items: readonly T[], key: (x: T) => string): T[] {
	const seen = new Set<string>();
	return items.filter((x) => {
		const k = key(x);
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}
