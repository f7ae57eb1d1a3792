/**
 * Geometry of the route map (RouteMap.svelte): an equirectangular projection
 * (x = longitude × cos(mean latitude), y = −latitude) fitted to the bounding box of the places,
 * each leg a slight quadratic curve bending to its left (so that going and coming back show as
 * two strokes), each place marked once with the numbers of the dates held there.
 */
import type { EnginePlace, ModeFamily, TourInput, TourResult } from '$lib/engine';
import { familyColor } from '../charts/colors';
import { legFamilies } from './insights';

export interface MapLeg {
	id: string;
	d: string;
	color: string;
	family: ModeFamily | null;
}

export interface MapStop {
	place: EnginePlace;
	numbers: number[];
	x: number;
	y: number;
}

export interface RouteGeometry {
	width: number;
	height: number;
	legs: MapLeg[];
	stops: MapStop[];
	home: { x: number; y: number };
	families: (ModeFamily | null)[];
	placeName: (id: string) => string;
}

/** At least this many degrees across, so that a venue next door still draws. */
const MIN_SPAN = 0.3;

export function routeGeometry(input: TourInput, result: TourResult, width = 640, pad = 36): RouteGeometry {
	const places = new Map<string, EnginePlace>();
	places.set(input.homeBase.id, input.homeBase);
	for (const d of input.dates) places.set(d.place.id, d.place);
	for (const l of input.legs) {
		places.set(l.from.id, l.from);
		places.set(l.to.id, l.to);
	}
	const pts = [...places.values()];
	const k = Math.cos(((pts.reduce((s, p) => s + p.lat, 0) / Math.max(1, pts.length)) * Math.PI) / 180);
	const xs = pts.map((p) => p.lon * k);
	const ys = pts.map((p) => -p.lat);
	let [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	if (maxX - minX < MIN_SPAN) [minX, maxX] = [(minX + maxX - MIN_SPAN) / 2, (minX + maxX + MIN_SPAN) / 2];
	if (maxY - minY < MIN_SPAN) [minY, maxY] = [(minY + maxY - MIN_SPAN) / 2, (minY + maxY + MIN_SPAN) / 2];
	const spanX = maxX - minX;
	const spanY = maxY - minY;
	const height = Math.round(Math.min(560, Math.max(260, ((width - 2 * pad) * spanY) / spanX + 2 * pad)));
	const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
	const offX = (width - spanX * scale) / 2;
	const offY = (height - spanY * scale) / 2;
	const project = (p: EnginePlace) => ({
		x: offX + (p.lon * k - minX) * scale,
		y: offY + (-p.lat - minY) * scale
	});

	const fam = legFamilies(result);
	const legs: MapLeg[] = [];
	for (const leg of result.byLeg) {
		const a = places.get(leg.fromId);
		const b = places.get(leg.toId);
		if (!a || !b || a.id === b.id) continue;
		const p = project(a);
		const q = project(b);
		const dx = q.x - p.x;
		const dy = q.y - p.y;
		const len = Math.hypot(dx, dy) || 1;
		const bend = Math.min(0.12 * len, 28);
		const cx = (p.x + q.x) / 2 + (dy / len) * bend;
		const cy = (p.y + q.y) / 2 - (dx / len) * bend;
		const family = fam.get(leg.id) ?? null;
		const n = (v: number) => v.toFixed(1);
		legs.push({
			id: leg.id,
			d: `M${n(p.x)},${n(p.y)} Q${n(cx)},${n(cy)} ${n(q.x)},${n(q.y)}`,
			color: familyColor(family),
			family
		});
	}

	const byPlace = new Map<string, MapStop>();
	result.byDate.forEach((d, i) => {
		const place = places.get(d.placeId);
		if (!place) return;
		const stop = byPlace.get(place.id) ?? { place, numbers: [], ...project(place) };
		stop.numbers.push(i + 1);
		byPlace.set(place.id, stop);
	});

	return {
		width,
		height,
		legs,
		stops: [...byPlace.values()],
		home: project(input.homeBase),
		families: [...new Set(legs.map((l) => l.family))],
		placeName: (id) => places.get(id)?.name ?? id
	};
}
