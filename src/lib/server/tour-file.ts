/**
 * Tour file → engine: parse and validate a tour file (empreinte-tour@1), resolve its places through
 * the offline gazetteer, pick the factor set, and run the engine. The CLI (`npx empreinte compute`),
 * the API (`POST /api/compute`) and the app call `computeTourFile`, so that they return the same JSON.
 *
 * Problems are listed one per issue with the JSON path of the element at fault (schema issues,
 * unknown place ids, engine input errors, factors the chosen set lacks); nothing is computed then.
 */
import { getFactorLibrary } from './factor-tables';
import { slugify } from '../text';
import { getGazetteer } from './geo';
import {
	computeTour,
	EngineError,
	type Boundary,
	type ComputeOptions,
	type EnginePlace,
	type FreightInput,
	type TourInput,
	type TourResult,
	type TravelGroup as EngineTravelGroup
} from '../engine';
import type { ResolvedFactorSet } from '../engine/factors/types';
import {
	validateTourFile,
	type PlaceRef,
	type TourFile,
	type TourFileProblem,
	type TravelGroup
} from '../schemas/tour-file';

/** What the resolver needs of the gazetteer (`getGazetteer()` satisfies it). */
export interface PlaceLookup {
	get(
		id: string
	):
		| { id: string; name: string; country: string; lat: number; lon: number; areaKm2?: number }
		| undefined
		| null;
}

/** Loads a factor set by `NAME@VERSION` (default set when undefined); throws when unknown. */
export type FactorSetLoader = (ref?: string) => ResolvedFactorSet;

export interface ComputeDeps {
	places: PlaceLookup;
	factors: FactorSetLoader;
}

export interface ComputeRequest {
	/** factor set NAME@VERSION; wins over the file's `factorSet` */
	set?: string;
	/** components to switch; each key wins over the file's `boundary` */
	boundary?: Partial<Boundary>;
	uncertainty?: ComputeOptions['uncertainty'];
}

export type ComputeOutcome =
	| { ok: true; result: TourResult; input: TourInput }
	| { ok: false; status: 400; problems: TourFileProblem[] };

const slug = (s: string) => slugify(s, { fallback: 'place' });

/** Turn a validated tour file into the engine's input, resolving every place; or list the problems. */
export function resolveTourFile(
	tour: TourFile,
	places: PlaceLookup
): { ok: true; input: TourInput } | { ok: false; problems: TourFileProblem[] } {
	const problems: TourFileProblem[] = [];
	const cache = new Map<string, EnginePlace>();
	const place = (ref: PlaceRef, path: string): EnginePlace => {
		if (typeof ref === 'string') {
			const hit = cache.get(ref);
			if (hit) return hit;
			const p = places.get(ref);
			if (!p) {
				problems.push({
					path,
					message: `unknown place id "${ref}" (find one with: npx empreinte geo search TEXT)`,
					code: 'tour.unknown_place'
				});
				return { id: ref, name: ref, country: 'ZZ', lat: 0, lon: 0 };
			}
			const e: EnginePlace = { id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon };
			// French communes carry their area: a leg inside one commune gets its mean intra-commune distance.
			if (p.areaKm2 !== undefined) e.areaKm2 = p.areaKm2;
			cache.set(ref, e);
			return e;
		}
		return {
			id: `x:${slug(ref.name)}@${ref.lat},${ref.lon}`,
			name: ref.name,
			country: ref.country,
			lat: ref.lat,
			lon: ref.lon
		};
	};
	const groups = (list: TravelGroup[]): EngineTravelGroup[] => list.map((g) => ({ ...g }));

	const homeBase = place(tour.homeBase.place, 'homeBase.place');
	if (tour.homeBase.name) homeBase.name = tour.homeBase.name;
	const dateIds = tour.dates.map((d, i) => d.id ?? `d${i + 1}`);
	const input: TourInput = {
		production: {
			title: tour.production.title,
			company: tour.production.company,
			season: tour.production.season
		},
		homeBase,
		team: tour.team.map((t) => ({ ...t, ...(t.dates ? { dates: [...t.dates] } : {}) })),
		travel: groups(tour.travel),
		dates: tour.dates.map((d, i) => ({
			id: dateIds[i],
			venueName: d.venue.name,
			place: place(d.venue.place, `dates[${i}].venue.place`),
			start: d.start,
			end: d.end ?? d.start,
			performances: d.performances,
			attendance: d.attendance ?? null,
			capacity: d.capacity ?? null,
			audience: d.audience ? { ...d.audience } : null,
			travel: d.travel ? groups(d.travel) : undefined,
			roomNights: d.roomNights,
			roomNightsQuality: d.roomNightsQuality,
			...(d.lodging !== undefined ? { lodging: d.lodging } : {}),
			...(d.personNights !== undefined ? { personNights: d.personNights } : {}),
			meals: d.meals?.map((m) => ({ ...m })),
			travelHome: d.travelHome ? groups(d.travelHome) : undefined,
			mealMix: d.mealMix?.map((m) => ({ ...m })),
			gapRoomNights: d.gapRoomNights,
			gapRoomNightsQuality: d.gapRoomNightsQuality,
			gapCountry: d.gapCountry,
			gapMeals: d.gapMeals?.map((m) => ({ ...m }))
		})),
		route: { derive: tour.route.derive, returnHomeGapDays: tour.route.returnHomeGapDays },
		legs: tour.legs.map((l, i) => ({
			id: l.id,
			from: place(l.from, `legs[${i}].from`),
			to: place(l.to, `legs[${i}].to`),
			dateId: l.date ?? null,
			groups: groups(l.travel),
			distanceKm: l.distanceKm,
			quality: l.quality
		})),
		distances: tour.distances.map((o, i) => ({
			fromId: place(o.from, `distances[${i}].from`).id,
			toId: place(o.to, `distances[${i}].to`).id,
			km: o.km,
			family: o.mode,
			quality: o.quality
		})),
		freight: tour.freight.map((f, i): FreightInput => {
			const legs = f.legs.map((l, j) => ({
				from: place(l.from, `freight[${i}].legs[${j}].from`),
				to: place(l.to, `freight[${i}].legs[${j}].to`),
				distanceKm: l.distanceKm,
				load: l.load,
				dateId: l.date ?? null
			}));
			return f.kind === 'vehicle' ? { ...f, legs } : { ...f, legs };
		}),
		accommodation: {
			roomsPerNight: tour.accommodation.roomsPerNight ?? null,
			...(tour.accommodation.type !== undefined ? { type: tour.accommodation.type } : {}),
			...(tour.accommodation.people !== undefined ? { people: tour.accommodation.people } : {}),
			quality: tour.accommodation.quality,
			extra: tour.accommodation.extra.map((x) => ({ ...x }))
		},
		meals: {
			perPersonPerDay: tour.meals.perPersonPerDay ?? null,
			type: tour.meals.type,
			mix: tour.meals.mix?.map((m) => ({ ...m })),
			quality: tour.meals.quality,
			extra: tour.meals.extra.map((m) => ({ ...m }))
		},
		distanceQuality: tour.quality?.distances
	};
	return problems.length > 0 ? { ok: false, problems } : { ok: true, input };
}

// pure, and read by the results page in the browser too (a boundary in the address bar)
export { parseBoundarySpec } from '../components/results/live';

function engineProblem(e: EngineError): TourFileProblem {
	if (e.code === 'engine.factor_missing') {
		const list = Array.isArray(e.params.activities) ? e.params.activities.join(', ') : '';
		return {
			path: 'factorSet',
			message: `factor set ${e.params.set} has no factor for: ${list}`,
			code: e.code
		};
	}
	return { path: e.path ?? '$', message: e.message, code: e.code };
}

let defaultDeps: ComputeDeps | null = null;
/** The gazetteer and the factor library of this installation (loaded once, then shared). */
export function serverDeps(): ComputeDeps {
	if (!defaultDeps) {
		const library = getFactorLibrary();
		defaultDeps = { places: getGazetteer(), factors: (ref) => library.resolve(ref) };
	}
	return defaultDeps;
}

/** A tour file made ready for the engine: what `computeTourFile` (or a worker) runs. */
export interface PreparedCompute {
	input: TourInput;
	/** the factor set to load (NAME@VERSION; undefined: the library's default set) */
	setRef: string | undefined;
	factors: ResolvedFactorSet;
	options: ComputeOptions;
}

/** Validate, resolve places and pick the factor set: everything but the engine run. */
export function prepareTourFile(
	raw: unknown,
	request: ComputeRequest = {},
	deps: ComputeDeps = serverDeps()
): { ok: true; prepared: PreparedCompute } | { ok: false; status: 400; problems: TourFileProblem[] } {
	const parsed = validateTourFile(raw);
	if (!parsed.ok) return { ok: false, status: 400, problems: parsed.problems };
	const resolved = resolveTourFile(parsed.tour, deps.places);
	if (!resolved.ok) return { ok: false, status: 400, problems: resolved.problems };
	const setRef = request.set ?? parsed.tour.factorSet;
	let factors: ResolvedFactorSet;
	try {
		factors = deps.factors(setRef);
	} catch (e) {
		return {
			ok: false,
			status: 400,
			problems: [
				{
					path: request.set ? '--set' : 'factorSet',
					message: (e as Error).message,
					code: 'tour.unknown_factor_set'
				}
			]
		};
	}
	const options: ComputeOptions = {
		boundary: { ...(parsed.tour.boundary ?? {}), ...(request.boundary ?? {}) },
		uncertainty: request.uncertainty
	};
	return { ok: true, prepared: { input: resolved.input, setRef, factors, options } };
}

/** Run the engine on a prepared tour; engine input errors become problems. */
export function runPrepared(p: Pick<PreparedCompute, 'input' | 'factors' | 'options'>): ComputeOutcome {
	try {
		const result = computeTour(p.input, p.factors, p.options);
		return { ok: true, result, input: p.input };
	} catch (e) {
		if (e instanceof EngineError) return { ok: false, status: 400, problems: [engineProblem(e)] };
		throw e;
	}
}

/** Validate, resolve and compute a tour file (a parsed JSON value). */
export function computeTourFile(
	raw: unknown,
	request: ComputeRequest = {},
	deps: ComputeDeps = serverDeps()
): ComputeOutcome {
	const prepared = prepareTourFile(raw, request, deps);
	if (!prepared.ok) return prepared;
	return runPrepared(prepared.prepared);
}
