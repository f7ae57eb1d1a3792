/**
 * What a lever may know of a tour beyond its file: the baseline's computed route and figures.
 *
 * Levers are pure functions of a tour file, but some need facts the file does not spell out: leg
 * distances (`legs under 700 km`), where venues are (nearby venues, tour order), how many meals of
 * each type the rules produced, the modal shares an archetype filled in. Those come from ONE run of
 * the engine on the document being changed (the server builds the context from `diagnose(doc)`,
 * the tests from computeTour), so a lever never recomputes emissions itself.
 */
import type {
	AudienceMode,
	EnginePlace,
	LegResult,
	MealType,
	ModeFamily,
	Territory,
	TourInput,
	TourResult
} from '../engine/types';
import { AUDIENCE_MODES } from '../engine/types';
import type { PlaceRef } from '../schemas/tour-file';

export interface ContextPlace {
	/** the place as a tour file writes it */
	ref: PlaceRef;
	id: string;
	name: string;
	country: string;
	lat: number;
	lon: number;
}

export interface ContextLeg {
	id: string;
	kind: LegResult['kind'];
	dateId: string | null;
	from: ContextPlace;
	to: ContextPlace;
	greatCircleKm: number;
	/** travelled distance per mode family the leg was computed with (user distances win) */
	distances: { family: ModeFamily; km: number }[];
}

export interface ContextDate {
	id: string;
	venueName: string;
	place: ContextPlace;
	start: string;
	end: string;
	performances: number;
	territory: Territory | null;
}

export interface ContextMeal {
	dateId: string | null;
	type: MealType;
	count: number;
	/** meals of the days between the previous date and this one (engine `meal:gap:` lines) */
	gap?: boolean;
}

export interface ContextAudienceBin {
	dateId: string;
	mode: AudienceMode;
	share: number;
	roundTripKm: number;
	/** car bins: spectators per car */
	occupancy: number | null;
}

export interface LeverContext {
	home: ContextPlace;
	/** in the file's order */
	dates: ContextDate[];
	/** in route order */
	legs: ContextLeg[];
	meals: ContextMeal[];
	audience: ContextAudienceBin[];
}

const GAZETTEER_ID = /^(fr:[0-9][0-9AB][0-9]{3}|gn:[0-9]+)$/;

export function contextPlace(p: EnginePlace): ContextPlace {
	const ref: PlaceRef = GAZETTEER_ID.test(p.id)
		? p.id
		: { name: p.name, country: p.country, lat: p.lat, lon: p.lon };
	return { ref, id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon };
}

const AUDIENCE = new Set<string>(AUDIENCE_MODES);

/** The audience mode of an audience line (the engine reports the activity key: car → car.average). */
function audienceMode(activity: string | null): AudienceMode | null {
	if (activity === 'car.average') return 'car';
	return activity && AUDIENCE.has(activity) ? (activity as AudienceMode) : null;
}

/** The context of a tour, from the engine's input and result for that same tour. */
export function leverContext(input: TourInput, result: TourResult): LeverContext {
	const places = new Map<string, ContextPlace>();
	const place = (p: EnginePlace) => {
		let c = places.get(p.id);
		if (!c) {
			c = contextPlace(p);
			places.set(p.id, c);
		}
		return c;
	};
	const home = place(input.homeBase);
	for (const d of input.dates) place(d.place);
	for (const l of input.legs) {
		place(l.from);
		place(l.to);
	}
	const dates: ContextDate[] = input.dates.map((d) => ({
		id: d.id,
		venueName: d.venueName,
		place: place(d.place),
		start: d.start,
		end: d.end,
		performances: d.performances,
		territory: d.audience?.archetype?.territory ?? null
	}));
	const legs: ContextLeg[] = result.byLeg.map((l) => ({
		id: l.id,
		kind: l.kind,
		dateId: l.dateId,
		from: places.get(l.fromId) ?? home,
		to: places.get(l.toId) ?? home,
		greatCircleKm: l.greatCircleKm,
		distances: l.distances.map((x) => ({ family: x.family, km: x.km }))
	}));
	const meals: ContextMeal[] = [];
	const audience: ContextAudienceBin[] = [];
	for (const line of result.lines) {
		if (line.category === 'meal' && line.mode) {
			meals.push({
				dateId: line.dateId,
				type: line.mode as MealType,
				count: line.quantities.meals ?? 0,
				...(line.id.startsWith('meal:gap:') ? { gap: true } : {})
			});
		} else if (line.category === 'audience' && line.dateId) {
			const mode = audienceMode(line.mode);
			if (!mode) continue;
			audience.push({
				dateId: line.dateId,
				mode,
				share: line.quantities.share ?? 0,
				roundTripKm: line.quantities.distanceKm ?? 0,
				occupancy: mode === 'car' ? (line.quantities.occupancy ?? null) : null
			});
		}
	}
	return { home, dates, legs, meals, audience };
}
