/**
 * computeTour: the one compute path. The results page, the JSON API, the CLI and the tests call it
 * with a resolved tour and a resolved factor set; nothing else computes emissions.
 *
 * Formula:  total(company) = Σ team travel + Σ freight + Σ accommodation + Σ meals (kgCO2e)
 *           total(audience) = Σ audience mobility (kgCO2e), reported beside, never mixed in silently.
 *           Each term is documented in its module (travel.ts, freight.ts, accommodation.ts, meals.ts,
 *           audience.ts); the factor value of every term is taken under the requested boundary
 *           (boundary.ts, default: the source's full published boundary).
 * Units:    kgCO2e; distances in km (distance.ts), dates as ISO days (route.ts).
 * Errors:   every factor the tour needs and the set lacks is collected, then one EngineError
 *           `engine.factor_missing` lists them all (never a silent zero); invalid input is
 *           `engine.invalid_input` with the JSON path of the problem.
 * Uncertainty: analytic log-normal combination by default, seeded Monte Carlo on request (uncertainty.ts).
 */
import { computeAccommodation } from './accommodation';
import { computeAudience } from './audience';
import { isFullBoundary, resolveBoundary } from './boundary';
import { Context } from './context';
import { legGreatCircleKm } from './distance';
import { EngineError, invalidInput } from './errors';
import { MissingFactorError, type ResolvedFactorSet } from './factors/types';
import { computeFreight } from './freight';
import { indicatorsOf } from './indicators';
import { computeMeals } from './meals';
import { audienceParametersRef, parametersForSet, type EngineParameters } from './parameters';
import { dateSpanDays, deriveRoute, isOneOff, orderDates, stayGaps } from './route';
import { computeTravel, type LegTally } from './travel';
import type { ComputeOptions, DateResult, LegResult, Range, TourInput, TourResult } from './types';
import { analyticRangeOf, monteCarloRangesOf } from './uncertainty';
import { ENGINE_VERSION } from './version';

export const DEFAULT_MC_RUNS = 2000;
export const DEFAULT_MC_SEED = 20260501;

/** A meal mix: known types once each, shares ≥ 0 summing to 1 within 1 % (three thirds typed as 33 % each; meals.ts rescales them to sum exactly 1). */
function checkMix(mix: { type: string; share: number }[], path: string): void {
	const seen = new Set<string>();
	let sum = 0;
	for (const m of mix) {
		if (seen.has(m.type)) throw invalidInput(`Meal type "${m.type}" is twice in the mix`, path);
		seen.add(m.type);
		if (!(m.share >= 0)) throw invalidInput(`A meal share must be ≥ 0`, path);
		sum += m.share;
	}
	if (mix.length > 0 && Math.abs(sum - 1) > 0.01 + 1e-9)
		throw invalidInput(`Meal shares sum to ${sum}, not 1`, path, { sum });
}

function validate(input: TourInput): void {
	if (input.meals.mix) checkMix(input.meals.mix, 'meals.mix');
	input.team.forEach((r, i) =>
		r.dates?.forEach((id, j) => {
			if (!input.dates.some((d) => d.id === id))
				throw invalidInput(`No date has the id "${id}"`, `team[${i}].dates[${j}]`, { id });
		})
	);
	const ids = new Set<string>();
	input.dates.forEach((d, i) => {
		if (d.id === 'home') throw invalidInput(`"home" is reserved and cannot be a date id`, `dates[${i}].id`);
		if (ids.has(d.id)) throw invalidInput(`Two dates share the id "${d.id}"`, `dates[${i}].id`, { id: d.id });
		ids.add(d.id);
		for (const mix of [d.mealMix]) if (mix) checkMix(mix, `dates[${i}].mealMix`);
		if (!Number.isInteger(d.performances) || d.performances < 0) {
			throw invalidInput(`Performances must be a whole number ≥ 0`, `dates[${i}].performances`);
		}
		dateSpanDays(d, `dates[${i}]`);
		if (d.attendance !== null && !(d.attendance >= 0))
			throw invalidInput(`Attendance must be ≥ 0`, `dates[${i}].attendance`);
		if (d.capacity !== null && !(d.capacity >= 0))
			throw invalidInput(`Capacity must be ≥ 0`, `dates[${i}].capacity`);
	});
}

export function computeTour(
	input: TourInput,
	factors: ResolvedFactorSet,
	options: ComputeOptions = {},
	explicitParams?: EngineParameters
): TourResult {
	validate(input);
	// the audience parameters the set pins (2026.1 for a set that pins none): a tour pinned to a set
	// keeps its audience numbers when a new parameters version is released
	const params = explicitParams ?? parametersForSet(factors.set);
	const boundary = resolveBoundary(options.boundary);
	const ctx = new Context(factors, boundary, params, input.distances);
	const ordered = orderDates(input.dates);
	const route = deriveRoute(input, ordered);
	if (route.length === 0 && input.dates.length > 0 && input.travel.length + input.freight.length > 0) {
		ctx.warn({ code: 'route.no_legs', params: {} });
	}
	// one tally per leg, in route order (leg ids are unique: deriveRoute checks them)
	// (a loop, not `map`: see spectatorsPerDate below)
	const tallies: LegTally[] = [];
	for (const leg of route)
		tallies.push({ leg, gcKm: legGreatCircleKm(leg.from, leg.to), distances: [], memo: [], kg: 0 });
	const distanceQuality = input.distanceQuality ?? 'estimated';

	try {
		computeTravel(ctx, route, tallies, distanceQuality);
		computeFreight(ctx, input.freight, route, tallies, distanceQuality);
		const gaps = stayGaps(input, ordered);
		computeAccommodation(ctx, ordered, input.accommodation, input.homeBase, input.team, gaps);
		computeMeals(
			ctx,
			ordered,
			input.meals,
			input.team.reduce((s, t) => s + t.count, 0),
			input.team,
			gaps
		);
	} catch (e) {
		// a factor library may throw the contract's MissingFactorError itself: same typed error
		if (e instanceof MissingFactorError) ctx.missing.add(e.activity);
		else throw e;
	}
	const audienceTallies = computeAudience(ctx, ordered);

	if (ctx.missing.size > 0) {
		const activities = [...ctx.missing].sort();
		throw new EngineError(
			'engine.factor_missing',
			`Factor set ${factors.set.ref} has no factor for: ${activities.join(', ')}`,
			{ set: factors.set.ref, activities }
		);
	}

	// ——— totals and ranges (what is summed over the lines, Context.push kept as it made them)
	const lines = ctx.lines;
	const model = ctx.uncertaintyModel();
	const isCompany = new Uint8Array(lines.length);
	const isAudience = new Uint8Array(lines.length);
	const scopes = ctx.lineScope;
	for (let k = 0; k < lines.length; k++) {
		const scope = scopes[k];
		if (scope === 1) isCompany[k] = 1;
		else if (scope === 2) isAudience[k] = 1;
	}
	const all = new Uint8Array(lines.length).fill(1);
	const method = options.uncertainty?.method ?? 'analytic';
	let company: Range;
	let audience: Range;
	let withAudience: Range;
	let runs: number | null = null;
	let seed: number | null = null;
	if (method === 'monte-carlo') {
		runs = options.uncertainty?.runs ?? DEFAULT_MC_RUNS;
		seed = options.uncertainty?.seed ?? DEFAULT_MC_SEED;
		if (!(Number.isInteger(runs) && runs >= 10))
			throw invalidInput('Monte Carlo needs at least 10 runs', null, { runs });
		[company, audience, withAudience] = monteCarloRangesOf(model, [isCompany, isAudience, all], runs, seed);
	} else {
		company = analyticRangeOf(model, isCompany);
		audience = analyticRangeOf(model, isAudience);
		withAudience = analyticRangeOf(model, all);
	}

	// ——— by leg, by date
	const byLeg: LegResult[] = route.map((leg, i) => {
		const t = tallies[i];
		// the tally's own list: its entries are made for it, in the fields and order of the result's
		// (travel.ts, freight.ts: `showDistance`), and nothing changes them once the lines are made
		const distances = t.distances as LegResult['distances'];
		return {
			id: leg.id,
			kind: leg.kind,
			fromId: leg.from.id,
			fromName: leg.from.name,
			toId: leg.to.id,
			toName: leg.to.name,
			dateId: leg.dateId,
			greatCircleKm: t.gcKm,
			distances,
			kgCO2e: t.kg
		};
	});
	// running sums per date and scope, added in line order
	const byDateSums = ctx.byDate;
	const byDate: DateResult[] = ordered.map(({ date: d }) => ({
		id: d.id,
		venueName: d.venueName,
		placeId: d.place.id,
		country: d.place.country,
		start: d.start,
		end: d.end,
		performances: d.performances,
		attendance: d.attendance,
		oneOff: isOneOff(d),
		company: byDateSums.get(d.id)?.company ?? 0,
		audience: byDateSums.get(d.id)?.audience ?? 0,
		audienceIsDefault: audienceTallies.get(d.id)?.isDefault ?? false,
		audienceArchetype: audienceTallies.get(d.id)?.archetype ?? null
	}));

	// ——— provenance of the tables actually used
	const tables = new Map<string, TourResult['tables'][number]>();
	const used = ctx.usedActivities;
	for (const rf of factors.byActivity.values()) {
		if (!used.has(rf.activity)) continue;
		const m = rf.table;
		tables.set(rf.factor.table, {
			ref: rf.factor.table,
			title: m?.title ?? rf.factor.table,
			sourceOrg: m?.sourceOrg ?? '',
			licence: m?.licence ?? ''
		});
	}

	// a loop, not `map`: V8's optimised `map` makes an array of another kind than its builtin does,
	// and the optimised computeTour, expecting the latter when reading it, was thrown away at each
	// computation of a long tour (« wrong map », 30 times in 45 runs, then optimised again)
	const spectatorsPerDate: { performances: number; oneOff: boolean; spectators: number }[] = [];
	for (const { date: d } of ordered)
		spectatorsPerDate.push({
			performances: d.performances,
			oneOff: isOneOff(d),
			spectators: audienceTallies.get(d.id)?.spectators ?? d.attendance ?? 0
		});

	return {
		engineVersion: ENGINE_VERSION,
		production: { ...input.production },
		factorSet: { ref: factors.set.ref, title: factors.set.title },
		audienceParameters: explicitParams
			? 'audience-archetypes@' + explicitParams.audience.version
			: audienceParametersRef(factors.set),
		tables: [...tables.values()].sort((a, b) => a.ref.localeCompare(b.ref)),
		boundary: {
			...boundary,
			isFull: isFullBoundary(boundary),
			notSeparableLines: ctx.notSeparableLines
		},
		uncertainty: {
			method,
			runs,
			seed,
			note:
				method === 'analytic'
					? 'Log-normal combination (Fenton–Wilkinson) of factor and input spreads; lines sharing a factor or a default are correlated.'
					: 'Seeded Monte Carlo (mulberry32) of factor and input spreads; lines sharing a factor or a default are correlated.'
		},
		totals: { company, audience, withAudience, withoutAudience: { ...company } },
		byCategory: ctx.byCategory.list(),
		byMode: ctx.byMode.list(),
		byLeg,
		byDate,
		indicators: indicatorsOf(ctx.travel, spectatorsPerDate, company.kg, audience.kg),
		lines,
		warnings: ctx.warnings
	};
}
