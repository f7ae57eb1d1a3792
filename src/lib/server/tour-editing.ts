/**
 * Small, pure edits of a tour document used by the editor pages (and their tests): travel groups
 * from form values, bulk mode changes by distance. Routes call these inside tours.mutate().
 */
import {
	isVehicleMode,
	modeFamily,
	MEAL_TYPES,
	type MealType,
	type TourInput,
	type TourResult
} from '../engine';
import type { TourFile, TravelGroup } from '../schemas/tour-file';

/** A place reference as a short stable string (a gazetteer id, or the explicit place's name and coordinates). */
function refKey(ref: TourFile['distances'][number]['from']): string {
	return typeof ref === 'string' ? ref : `${ref.name}@${ref.lat},${ref.lon}`;
}

/**
 * The stable key of one of the user's distances: its places and mode family (the tour keeps at most
 * one distance per pair and family). Forms address the row by this key, never by its position.
 */
export function distanceKey(o: TourFile['distances'][number]): string {
	return `${refKey(o.from)}|${refKey(o.to)}|${o.mode ?? ''}`;
}

/** People the travel plan carries (passengers + vehicle occupants). */
export function peopleInPlan(groups: TravelGroup[]): number {
	return groups.reduce((s, g) => s + (isVehicleMode(g.mode) ? (g.occupants ?? 0) : (g.people ?? 0)), 0);
}

/** Team size: the team list, else whoever the plan carries. */
export function teamSize(doc: TourFile): number {
	const team = doc.team.reduce((s, t) => s + t.count, 0);
	return team > 0 ? team : peopleInPlan(doc.travel);
}

/**
 * A travel group from a form: `count` is people for a passenger mode, vehicles for a vehicle mode
 * (whose occupants default to the team size).
 */
export function groupFromForm(
	id: string,
	v: { mode: string; count?: number; occupants?: number; label?: string; quality?: TravelGroup['quality'] },
	team: number
): TravelGroup {
	const base = {
		id,
		mode: v.mode as TravelGroup['mode'],
		...(v.label ? { label: v.label } : {}),
		...(v.quality ? { quality: v.quality } : {})
	};
	if (isVehicleMode(v.mode)) return { ...base, vehicles: v.count ?? 1, occupants: v.occupants ?? team };
	return { ...base, people: v.count ?? team };
}

/** What the editor knows of a computed leg (from the results' byLeg). */
export interface LegRef {
	id: string;
	kind: string;
	dateId: string | null;
	fromId: string;
	toId: string;
	/** the distance a leg is judged by in the bulk rule (see `judgedKm`) */
	km: number;
}

/**
 * Where a leg's travel plan lives in the document: arriving legs (from home or the previous date,
 * and a role joining) use the arriving date's `travel`; legs going home (the last leg, a way home
 * across a gap, a role leaving) use the date left's `travelHome`; entered legs their own `travel`.
 */
export function legTarget(leg: {
	id: string;
	kind: string;
	dateId: string | null;
}): { field: 'travel' | 'travelHome'; dateId: string } | { field: 'leg'; legId: string } | null {
	if (leg.kind === 'explicit') return { field: 'leg', legId: leg.id.replace(/^leg:/, '') };
	if (!leg.dateId) return null;
	if (leg.kind === 'return' || leg.kind === 'home-return' || leg.kind === 'leave')
		return { field: 'travelHome', dateId: leg.dateId };
	return { field: 'travel', dateId: leg.dateId };
}

/** The plan a leg uses today (its own, else the date's way there, else the tour's). */
export function legPlan(
	doc: TourFile,
	leg: { id: string; kind: string; dateId: string | null }
): TravelGroup[] {
	const target = legTarget(leg);
	if (!target) return doc.travel;
	if (target.field === 'leg') return doc.legs.find((l) => l.id === target.legId)?.travel ?? doc.travel;
	const date = doc.dates.find((d) => d.id === target.dateId);
	if (!date) return doc.travel;
	if (target.field === 'travelHome' && date.travelHome?.length) return date.travelHome;
	return date.travel?.length ? date.travel : doc.travel;
}

function setLegPlan(doc: TourFile, leg: LegRef, groups: TravelGroup[] | null): boolean {
	const target = legTarget(leg);
	if (!target) return false;
	if (target.field === 'leg') {
		const l = doc.legs.find((x) => x.id === target.legId);
		if (!l || !groups) return false;
		l.travel = groups;
		return true;
	}
	const date = doc.dates.find((d) => d.id === target.dateId);
	if (!date) return false;
	if (groups) date[target.field] = groups;
	else delete date[target.field];
	return true;
}

/**
 * The distance the bulk rule judges a leg by: the ground distance it has (road or rail, the user's
 * own when given), else the great-circle distance — never a flight's distance, which adds 95 km
 * of take-off and landing and made a 392 km flight look longer than the rule's limit.
 */
export function judgedKm(leg: {
	greatCircleKm: number;
	distances: { family: string; km: number }[];
}): number {
	const ground = leg.distances.filter(
		(d) => d.family === 'road' || d.family === 'rail' || d.family === 'coach'
	);
	return ground.length > 0 ? Math.min(...ground.map((d) => d.km)) : leg.greatCircleKm;
}

export interface LegEdit {
	/** new mode for the selected legs; '' = keep each leg's groups and change only the figures given */
	mode: string;
	/** people (passenger mode) or vehicles (vehicle mode) */
	count?: number;
	occupants?: number;
	/** a distance for these legs (for the mode's family), or undefined */
	km?: number;
	/** back to the tour's default plan */
	reset?: boolean;
}

/**
 * One action on several legs (the legs table's bulk bar): set their mode (with the figures that make
 * sense for it), their vehicles/people/occupants, their distance, or reset them to the default plan.
 * Returns the number of legs changed. Legs are addressed by id, never by position.
 */
export function editLegs(doc: TourFile, legs: LegRef[], ids: string[], edit: LegEdit): number {
	const team = teamSize(doc);
	const wanted = new Set(ids);
	// a date's way home falls back on its way there: before changing the way there, keep the way
	// home of a date whose leaving leg is not part of this edit as it is
	if (!edit.reset)
		for (const leg of legs) {
			const t = legTarget(leg);
			if (wanted.has(leg.id) || !t || t.field !== 'travelHome') continue;
			const date = doc.dates.find((d) => d.id === t.dateId);
			const arrivingEdited = legs.some(
				(l) => wanted.has(l.id) && l.dateId === t.dateId && legTarget(l)?.field === 'travel'
			);
			if (date && arrivingEdited && !date.travelHome?.length && date.travel?.length)
				date.travelHome = structuredClone(date.travel);
			else if (date && arrivingEdited && !date.travelHome?.length && !date.travel?.length)
				date.travelHome = structuredClone(doc.travel);
		}
	let changed = 0;
	for (const leg of legs) {
		if (!wanted.has(leg.id)) continue;
		let ok = false;
		if (edit.reset) ok = setLegPlan(doc, leg, null);
		else if (edit.mode) {
			const vehicles = isVehicleMode(edit.mode) ? Math.max(1, Math.ceil(team / 4)) : undefined;
			const g = groupFromForm(
				`leg-${edit.mode.replace(/\./g, '-')}`,
				{
					mode: edit.mode,
					count: edit.count ?? vehicles ?? team,
					occupants: edit.occupants ?? team,
					quality: 'estimated'
				},
				team
			);
			ok = setLegPlan(doc, leg, [g]);
		} else if (edit.count !== undefined || edit.occupants !== undefined) {
			const groups = legPlan(doc, leg).map((g) =>
				isVehicleMode(g.mode)
					? {
							...g,
							...(edit.count !== undefined ? { vehicles: edit.count } : {}),
							...(edit.occupants !== undefined ? { occupants: edit.occupants } : {})
						}
					: { ...g, ...(edit.count !== undefined ? { people: edit.count } : {}) }
			);
			ok = groups.length > 0 && setLegPlan(doc, leg, groups);
		}
		if (edit.km !== undefined && leg.fromId && leg.toId) {
			const family = familyOf(edit.mode || legPlan(doc, leg)[0]?.mode || 'car');
			const same = (o: TourFile['distances'][number]) =>
				((o.from === leg.fromId && o.to === leg.toId) || (o.from === leg.toId && o.to === leg.fromId)) &&
				(o.mode ?? null) === family;
			doc.distances = doc.distances.filter((o) => !same(o));
			doc.distances.push({ from: leg.fromId, to: leg.toId, km: edit.km, mode: family, quality: 'measured' });
			ok = true;
		}
		if (ok) changed++;
	}
	return changed;
}

/** The distance family a user's distance is filed under for a mode (the forms offer these five). */
function familyOf(mode: string): 'road' | 'rail' | 'coach' | 'air' | 'sea' {
	const f = modeFamily(mode as TravelGroup['mode']);
	return f === 'rail' || f === 'coach' || f === 'air' || f === 'sea' ? f : 'road';
}

/**
 * "All legs under N km by MODE": every leg shorter than `maxKm` (and at least `minKm`) — flights
 * included, and the way home — gets a plan of one group of that mode carrying the whole team.
 * Distances are judged by `judgedKm`.
 */
export function bulkSetMode(
	doc: TourFile,
	legs: LegRef[],
	opts: { maxKm: number; minKm?: number; mode: string }
): number {
	const ids = legs.filter((l) => l.km < opts.maxKm && l.km >= (opts.minKm ?? 0)).map((l) => l.id);
	return editLegs(doc, legs, ids, { mode: opts.mode });
}

// ———————————————————————————————————— nights and meals, as the stay page shows them

export interface StayRow {
	kind: 'date' | 'gap';
	/** the date (for a gap: the date after it) */
	dateId: string;
	/** for a gap: the date before it */
	prevId: string | null;
	start: string;
	end: string;
	venue: string;
	prevVenue: string | null;
	/** where the nights are counted (ISO country) */
	country: string;
	/** people present (the next date's team for a gap) */
	team: number;
	roomNights: number;
	meals: number;
}

/**
 * Nights and meals the engine counted, date by date and for each gap between two dates, in date
 * order (a gap row only where something was counted or the user gave a figure).
 */
export function stayRows(result: TourResult, input: TourInput): StayRow[] {
	const byId = new Map(input.dates.map((d) => [d.id, d]));
	const sum = (prefix: string, category: 'accommodation' | 'meal', dateId: string) =>
		result.lines
			.filter(
				(l) =>
					l.category === category &&
					l.dateId === dateId &&
					(prefix === 'gap' ? l.id.includes(':gap:') : !l.id.includes(':gap:'))
			)
			.reduce((s, l) => s + l.quantity, 0);
	const country = (dateId: string, kind: 'date' | 'gap'): string => {
		const line = result.lines.find(
			(l) =>
				l.category === 'accommodation' &&
				l.dateId === dateId &&
				(kind === 'gap' ? l.id.includes(':gap:') : !l.id.includes(':gap:'))
		);
		if (line?.mode) return line.mode;
		const d = byId.get(dateId);
		return (kind === 'gap' ? d?.gapCountry : undefined) ?? d?.place.country ?? '';
	};
	const present = (id: string) => {
		const total = input.team.reduce((s, r) => s + r.count, 0);
		return input.team.length === 0
			? total
			: input.team.filter((r) => !r.dates || r.dates.includes(id)).reduce((s, r) => s + r.count, 0);
	};
	const rows: StayRow[] = [];
	let prev: TourResult['byDate'][number] | null = null;
	for (const d of result.byDate) {
		if (prev) {
			const nights = sum('gap', 'accommodation', d.id);
			const meals = sum('gap', 'meal', d.id);
			const own = byId.get(d.id)?.gapRoomNights !== undefined;
			if (nights > 0 || meals > 0 || own)
				rows.push({
					kind: 'gap',
					dateId: d.id,
					prevId: prev.id,
					start: prev.end,
					end: d.start,
					venue: d.venueName,
					prevVenue: prev.venueName,
					country: country(d.id, 'gap'),
					team: present(d.id),
					roomNights: nights,
					meals
				});
		}
		rows.push({
			kind: 'date',
			dateId: d.id,
			prevId: null,
			start: d.start,
			end: d.end,
			venue: d.venueName,
			prevVenue: null,
			country: country(d.id, 'date'),
			team: present(d.id),
			roomNights: sum('date', 'accommodation', d.id),
			meals: sum('date', 'meal', d.id)
		});
		prev = d;
	}
	return rows;
}

/**
 * A meal mix from percentages typed by type (`'50'`, `'33,3'`, `''`): all empty → no mix (the
 * tour's type applies); otherwise the shares, which must make 100 % (± 1: three thirds typed as 33).
 */
export function mixFromPercents(
	raw: Partial<Record<MealType, string | undefined>>
):
	| { ok: true; mix: { type: MealType; share: number }[] | null }
	| { ok: false; key: string; params?: Record<string, number> } {
	const mix: { type: MealType; share: number }[] = [];
	let total = 0;
	for (const type of MEAL_TYPES) {
		const s = (raw[type] ?? '').trim().replace(',', '.');
		if (s === '') continue;
		const n = Number(s);
		if (!Number.isFinite(n) || n < 0 || n > 100) return { ok: false, key: 'tours.errors.shareInvalid' };
		if (n === 0) continue;
		mix.push({ type, share: n / 100 });
		total += n;
	}
	if (mix.length === 0) return { ok: true, mix: null };
	if (Math.abs(total - 100) > 1 + 1e-9)
		return { ok: false, key: 'editor.stay.mixSum', params: { sum: Math.round(total * 10) / 10 } };
	return { ok: true, mix };
}

/**
 * A date worth a second look: already past in a forecast (a forecast is made before the tour), or
 * outside the tour's season (the years the season names: « 2027 », « 2026-2027 »).
 */
export function dateWarning(
	start: string,
	end: string,
	season: string,
	phase: 'forecast' | 'actual',
	today = new Date().toISOString().slice(0, 10)
): 'past' | 'season' | null {
	if (phase === 'forecast' && end < today) return 'past';
	const years = (season.match(/\d{4}/g) ?? []).map(Number);
	if (years.length === 0) return null;
	const [lo, hi] = [Math.min(...years), Math.max(...years)];
	const y = Number(start.slice(0, 4));
	return y < lo || y > hi ? 'season' : null;
}

/** True once the last date of the tour is over (UTC calendar day), and only then. */
export function tourIsOver(ends: string[], today = new Date().toISOString().slice(0, 10)): boolean {
	return ends.length > 0 && ends.every((e) => e < today);
}
