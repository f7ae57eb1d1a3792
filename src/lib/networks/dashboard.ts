/**
 * A network's dashboard, built from its members' shared tours and published only through the
 * disclosure module (src/lib/disclosure). Pure: the server loads the shared tours (stored per-tour
 * facts, see ./facts.ts), this builds every figure the page, the CSV, the report and the JSON
 * endpoint show — one function, one set of rules. Its output never carries a member's id or name:
 * named views (consent tiers 2 and 3) are built elsewhere, from consent, not from here.
 *
 * Normalised indicators are given twice: pooled (Σ kgCO2e ÷ Σ dates over the whole selection) and
 * as the distribution of members' own ratios (median and quartiles, from 5 members).
 */
import {
	AuditIndex,
	bitsWhere,
	byContributor,
	protectCount,
	protectQuartiles,
	protectRatio,
	protectSum,
	protectTable,
	RULES,
	type Condition,
	type DisclosureRules,
	type Protected,
	type ProtectedQuartiles,
	type ProtectedTable
} from '../disclosure';
import { dedupEvenings } from './dedup';
import { COMPANY_CATEGORIES, QUALITY_CATEGORIES, type TourFacts } from './facts';

export const FILTER_DIMS = [
	'discipline',
	'kind',
	'region',
	'department',
	'scope',
	'season',
	'phase',
	'reviewed'
] as const;
export type FilterDim = (typeof FILTER_DIMS)[number];
export type Filters = Partial<Record<FilterDim, string>>;

export interface SharedTour {
	tourId: string;
	/** the member organisation: the unit of disclosure */
	member: string;
	memberKind: 'company' | 'venue';
	season: string;
	phase: 'forecast' | 'actual';
	discipline: string;
	reviewed: boolean;
	facts: TourFacts;
	/** company kgCO2e of the same tour under the reference factor set (trend split), if computed */
	refCompanyKg: number | null;
}

export const INDICATORS = [
	'perDate',
	'perPerformance',
	'perSpectator',
	'perPersonKm',
	'perTonneKm',
	'audiencePerSpectator',
	'oneOffShare',
	'audienceShare'
] as const;
export type IndicatorKey = (typeof INDICATORS)[number];

/** numerator and denominator of each indicator, from one tour's facts */
const PARTS: Record<IndicatorKey, (f: TourFacts, audienceKg: number) => [number, number]> = {
	perDate: (f) => [f.companyKg, f.dates],
	perPerformance: (f) => [f.companyKg, f.performances],
	perSpectator: (f) => [f.companyKg, f.spectators],
	perPersonKm: (f) => [f.travelKg, f.personKm],
	perTonneKm: (f) => [f.tonneKmKg, f.tonneKm],
	audiencePerSpectator: (_f, a) => [a, _f.spectators],
	oneOffShare: (f) => [f.oneOffDates, f.dates],
	/** audience's part of company + audience: "company vs audience" */
	audienceShare: (f, a) => [a, f.companyKg + a]
};

/** One member's sums over the selected tours: every figure of the dashboard is a map of these. */
interface MemberSums {
	tours: number;
	company: number;
	audience: number;
	dates: number;
	performances: number;
	spectators: number;
	oneOff: number;
	personKm: number;
	travel: number;
	tonneKm: number;
	tonneKmKg: number;
	category: number[];
	/** quality line counts: QUALITY_CATEGORIES × [measured, estimated, default] */
	quality: number[];
}

const SUM_PARTS: Record<IndicatorKey, (a: MemberSums) => [number, number]> = {
	perDate: (a) => [a.company, a.dates],
	perPerformance: (a) => [a.company, a.performances],
	perSpectator: (a) => [a.company, a.spectators],
	perPersonKm: (a) => [a.travel, a.personKm],
	perTonneKm: (a) => [a.tonneKmKg, a.tonneKm],
	audiencePerSpectator: (a) => [a.audience, a.spectators],
	oneOffShare: (a) => [a.oneOff, a.dates],
	audienceShare: (a) => [a.audience, a.company + a.audience]
};

function memberSums(rows: SharedTour[], audienceOf: (t: SharedTour) => number): Map<string, MemberSums> {
	const out = new Map<string, MemberSums>();
	for (const t of rows) {
		let a = out.get(t.member);
		if (!a) {
			a = {
				tours: 0,
				company: 0,
				audience: 0,
				dates: 0,
				performances: 0,
				spectators: 0,
				oneOff: 0,
				personKm: 0,
				travel: 0,
				tonneKm: 0,
				tonneKmKg: 0,
				category: COMPANY_CATEGORIES.map(() => 0),
				quality: QUALITY_CATEGORIES.flatMap(() => [0, 0, 0])
			};
			out.set(t.member, a);
		}
		const f = t.facts;
		a.tours += 1;
		a.company += f.companyKg;
		a.audience += audienceOf(t);
		a.dates += f.dates;
		a.performances += f.performances;
		a.spectators += f.spectators;
		a.oneOff += f.oneOffDates;
		a.personKm += f.personKm;
		a.travel += f.travelKg;
		a.tonneKm += f.tonneKm;
		a.tonneKmKg += f.tonneKmKg;
		COMPANY_CATEGORIES.forEach((c, k) => (a.category[k] += f.byCategory[c]));
		QUALITY_CATEGORIES.forEach((c, k) => {
			const q = f.quality[c];
			a.quality[3 * k] += q.measured;
			a.quality[3 * k + 1] += q.estimated;
			a.quality[3 * k + 2] += q.default;
		});
	}
	return out;
}

function mapOf(sums: Map<string, MemberSums>, f: (a: MemberSums) => number): Map<string, number> {
	const out = new Map<string, number>();
	for (const [m, a] of sums) out.set(m, f(a));
	return out;
}

export interface IndicatorFigure {
	key: IndicatorKey;
	pooled: Protected | null;
	quartiles: ProtectedQuartiles;
}

export interface TrendStep {
	from: string;
	to: string;
	members: Protected;
	fromKg: Protected;
	toKg: Protected;
	/** part of the change due to factor-set changes (total − change at constant factors) */
	factorPart: Protected | null;
	activityPart: Protected | null;
}

export type Dashboard =
	| {
			ok: true;
			filters: Filters;
			rules: DisclosureRules;
			sharing: Protected;
			tours: Protected;
			bySeason: { season: string; members: Protected; tours: Protected }[];
			company: Protected;
			audience: Protected;
			dedup: { evenings: Protected; keptVenueSurvey: Protected; keptCompany: Protected };
			byCategory: ProtectedTable;
			indicators: IndicatorFigure[];
			quality: {
				category: string;
				measured: Protected | null;
				estimated: Protected | null;
				default: Protected | null;
			}[];
			trend: TrendStep[];
			trendRefused: boolean;
	  }
	| {
			ok: false;
			filters: Filters;
			rules: DisclosureRules;
			reason: 'tooManyFilters' | 'isolates' | 'unknownFilter';
	  };

export function attrsOf(t: SharedTour): Record<FilterDim, string> {
	return {
		discipline: t.discipline,
		kind: t.memberKind,
		region: t.facts.homeRegion ?? 'none',
		department: t.facts.homeDepartment ?? 'none',
		scope: t.facts.scope,
		season: t.season,
		phase: t.phase,
		reviewed: t.reviewed ? 'yes' : 'no'
	};
}

/**
 * Additive measures whose differences must stay safe (../disclosure/audit.ts): every sum the
 * dashboard shows, and every sum that can be derived from what it shows (a denominator is the
 * published numerator ÷ the published ratio: dates from kg and kg per date). Tonne·km is left
 * out: neither it nor its kgCO2e is published, only their ratio, which cannot be subtracted.
 */
function measures(t: SharedTour): number[] {
	const f = t.facts;
	return [
		1, // tours
		f.companyKg,
		f.audienceKg,
		f.dates,
		f.performances,
		f.spectators,
		f.personKm,
		f.oneOffDates,
		...COMPANY_CATEGORIES.map((c) => f.byCategory[c])
	];
}

export function conditionsOf(filters: Filters): Condition[] {
	return FILTER_DIMS.filter((d) => filters[d] !== undefined && filters[d] !== '').map(
		(d) => [d, filters[d]!] as const
	);
}

export function buildIndex(shared: SharedTour[], rules: DisclosureRules = RULES): AuditIndex {
	return new AuditIndex(
		shared.map((t) => ({ contributor: t.member, attrs: attrsOf(t), measures: measures(t) })),
		FILTER_DIMS,
		rules
	);
}

const sumMap = (rows: SharedTour[], f: (t: SharedTour) => number) =>
	byContributor(rows.map((t) => ({ contributor: t.member, value: f(t) })));

export function buildDashboard(
	shared: SharedTour[],
	filters: Filters,
	rules: DisclosureRules = RULES,
	index: AuditIndex = buildIndex(shared, rules)
): Dashboard {
	for (const k of Object.keys(filters))
		if (!(FILTER_DIMS as readonly string[]).includes(k))
			return { ok: false, filters, rules, reason: 'unknownFilter' };
	const conditions = conditionsOf(filters);
	const audit = index.audit(conditions);
	if (!audit.ok) return { ok: false, filters, rules, reason: audit.reason };
	// the request's tours, from the index's bitsets (the same set the audit checked)
	const rows = index.members(index.select(conditions)).map((k) => shared[k]);

	// audience counted once per evening shared by a company and a venue of the network
	const dd = dedupEvenings(
		rows.map((t) => ({ tourId: t.tourId, member: t.member, kind: t.memberKind, evenings: t.facts.evenings }))
	);
	const audienceOf = (t: SharedTour) => t.facts.audienceKg - (dd.removed.get(t.tourId) ?? 0);
	const pairsOk = protectCount(dd.members.size, rules).shown;
	const countOrSecret = (n: number): Protected =>
		pairsOk || n === 0
			? { shown: true, value: n, contributors: dd.members.size }
			: { shown: false, reason: 'frequency' };

	const members = new Set(rows.map((t) => t.member));
	const seasons = [...new Set(rows.map((t) => t.season))].sort();
	const bySeason = seasons.map((season) => {
		const s = rows.filter((t) => t.season === season);
		return {
			season,
			members: protectCount(new Set(s.map((t) => t.member)).size, rules),
			tours: protectSum(
				sumMap(s, () => 1),
				rules
			)
		};
	});

	const sums = memberSums(rows, audienceOf);
	const indicators: IndicatorFigure[] = INDICATORS.map((key) => {
		const num = mapOf(sums, (a) => SUM_PARTS[key](a)[0]);
		const den = mapOf(sums, (a) => SUM_PARTS[key](a)[1]);
		const own = new Map<string, number>();
		for (const [m, d] of den) if (d > 0) own.set(m, num.get(m)! / d);
		return { key, pooled: protectRatio(num, den, rules), quartiles: protectQuartiles(own, rules) };
	});

	const quality = QUALITY_CATEGORIES.map((category, k) => {
		const total = mapOf(sums, (a) => a.quality[3 * k] + a.quality[3 * k + 1] + a.quality[3 * k + 2]);
		const share = (j: number) =>
			protectRatio(
				mapOf(sums, (a) => a.quality[3 * k + j]),
				total,
				rules
			);
		return { category, measured: share(0), estimated: share(1), default: share(2) };
	});

	// trend on a constant panel: members present in both seasons, only without a season filter
	const trend: TrendStep[] = [];
	let trendRefused = false;
	if (!filters.season) {
		for (let i = 1; i < seasons.length; i++) {
			const [a, b] = [seasons[i - 1], seasons[i]];
			const inA = new Set(rows.filter((t) => t.season === a).map((t) => t.member));
			const panel = new Set(rows.filter((t) => t.season === b && inA.has(t.member)).map((t) => t.member));
			const ta = rows.filter((t) => t.season === a && panel.has(t.member));
			const tb = rows.filter((t) => t.season === b && panel.has(t.member));
			const ids = new Set([...ta, ...tb].map((t) => t.tourId));
			const idsA = new Set(ta.map((t) => t.tourId));
			const idsB = new Set(tb.map((t) => t.tourId));
			// the panel's sums are record sets of their own: they must not difference anything away
			const safeSets =
				index.auditSet(bitsWhere(index, (_r, k) => idsA.has(shared[k].tourId))) &&
				index.auditSet(bitsWhere(index, (_r, k) => idsB.has(shared[k].tourId))) &&
				index.auditSet(bitsWhere(index, (_r, k) => ids.has(shared[k].tourId)));
			if (!safeSets) {
				trendRefused = true;
				continue;
			}
			const fromKg = protectSum(
				sumMap(ta, (t) => t.facts.companyKg),
				rules
			);
			const toKg = protectSum(
				sumMap(tb, (t) => t.facts.companyKg),
				rules
			);
			let factorPart: Protected | null = null;
			let activityPart: Protected | null = null;
			if (fromKg.shown && toKg.shown && [...ta, ...tb].every((t) => t.refCompanyKg !== null)) {
				const refA = protectSum(
					sumMap(ta, (t) => t.refCompanyKg!),
					rules
				);
				const refB = protectSum(
					sumMap(tb, (t) => t.refCompanyKg!),
					rules
				);
				if (refA.shown && refB.shown) {
					const activity = refB.value - refA.value;
					const total = toKg.value - fromKg.value;
					activityPart = { shown: true, value: activity, contributors: panel.size };
					factorPart = { shown: true, value: total - activity, contributors: panel.size };
				}
			}
			trend.push({
				from: a,
				to: b,
				members: protectCount(panel.size, rules),
				fromKg,
				toKg,
				factorPart,
				activityPart
			});
		}
	}

	return {
		ok: true,
		filters,
		rules,
		sharing: protectCount(members.size, rules),
		tours: protectSum(
			sumMap(rows, () => 1),
			rules
		),
		bySeason,
		company: protectSum(
			sumMap(rows, (t) => t.facts.companyKg),
			rules
		),
		audience: protectSum(sumMap(rows, audienceOf), rules),
		dedup: {
			evenings: countOrSecret(dd.keptVenueSurvey + dd.keptCompany),
			keptVenueSurvey: countOrSecret(dd.keptVenueSurvey),
			keptCompany: countOrSecret(dd.keptCompany)
		},
		byCategory: protectTable(
			COMPANY_CATEGORIES.map((c, k) => ({ key: c, parts: mapOf(sums, (a) => a.category[k]) })),
			rules
		),
		indicators,
		quality,
		trend,
		trendRefused
	};
}

/**
 * A member's own position: its indicators (over its own shared tours, which it may see) beside the
 * network's quartiles. Nothing of another member: only the protected distribution.
 */
export function ownPosition(
	shared: SharedTour[],
	member: string,
	rules: DisclosureRules = RULES
): { key: IndicatorKey; own: number | null; network: ProtectedQuartiles }[] {
	const dash = buildDashboard(shared, {}, rules);
	const mine = shared.filter((t) => t.member === member);
	return INDICATORS.map((key) => {
		let n = 0;
		let d = 0;
		for (const t of mine) {
			const [a, b] = PARTS[key](t.facts, t.facts.audienceKg);
			n += a;
			d += b;
		}
		const network = dash.ok
			? dash.indicators.find((i) => i.key === key)!.quartiles
			: ({ shown: false, reason: 'frequency' } as const);
		return { key, own: d > 0 ? n / d : null, network };
	});
}

// ———————————————————————————————————————————— experiments across a network (built by the server)

export interface LeverFigures {
	lever: string;
	/** commitments by status, each a protected count (contributors = members) */
	byStatus: Record<string, Protected>;
	promisedKg: Protected;
}

export interface ExperimentsView {
	levers: LeverFigures[];
	/** named only where the member chose « publishable » AND shared the commitment with its networks */
	cases: { member: string; title: string; lever: string; status: string; targetKg: number | null }[];
}
