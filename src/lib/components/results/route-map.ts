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

export interface MapLabel {
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

export interface MapStop {
	place: EnginePlace;
	numbers: number[];
	x: number;
	y: number;
	label: MapLabel;
}

/** Every leg of one mode family as one SVG path (a long tour draws hundreds of legs). */
export interface MapStroke {
	d: string;
	color: string;
	family: ModeFamily | null;
}

export interface RouteGeometry {
	width: number;
	height: number;
	legs: MapLeg[];
	/** the legs grouped by family, in order of first appearance: what the map draws */
	strokes: MapStroke[];
	stops: MapStop[];
	home: { x: number; y: number; label: MapLabel };
	families: (ModeFamily | null)[];
	placeName: (id: string) => string;
}

const tenth = (v: number) => Math.round(v * 10) / 10;

/** At least this many degrees across, so that a venue next door still draws. */
const MIN_SPAN = 0.3;

/** Approximate box of a 12–13 px bold label (no text metrics on the server). */
const CHAR_W = 7;
const LINE_H = 14;

type Box = { x0: number; y0: number; x1: number; y1: number };

function boxOf(l: MapLabel): Box {
	const w = l.text.length * CHAR_W;
	const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
	return { x0, y0: l.y - LINE_H + 3, x1: x0 + w, y1: l.y + 3 };
}

function overlap(a: Box, b: Box): number {
	const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
	const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
	return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Greedy label placement: each label takes the first of eight positions around its mark that
 * overlaps no label or mark already placed and stays inside the map; failing that, the least
 * overlapping one. Enough to keep a 30-date regional tour readable.
 */
function placeLabels(
	items: { text: string; x: number; y: number }[],
	width: number,
	height: number
): MapLabel[] {
	const taken: Box[] = items.map((p) => ({ x0: p.x - 7, y0: p.y - 7, x1: p.x + 7, y1: p.y + 7 }));
	const out: MapLabel[] = [];
	for (const it of items) {
		const candidates: MapLabel[] = [
			{ text: it.text, x: it.x + 9, y: it.y + 4, anchor: 'start' },
			{ text: it.text, x: it.x - 9, y: it.y + 4, anchor: 'end' },
			{ text: it.text, x: it.x, y: it.y - 10, anchor: 'middle' },
			{ text: it.text, x: it.x, y: it.y + 19, anchor: 'middle' },
			{ text: it.text, x: it.x + 7, y: it.y - 8, anchor: 'start' },
			{ text: it.text, x: it.x + 7, y: it.y + 17, anchor: 'start' },
			{ text: it.text, x: it.x - 7, y: it.y - 8, anchor: 'end' },
			{ text: it.text, x: it.x - 7, y: it.y + 17, anchor: 'end' }
		];
		let best = candidates[0];
		let bestCost = Infinity;
		for (const c of candidates) {
			const b = boxOf(c);
			const outside =
				Math.max(0, -b.x0) + Math.max(0, b.x1 - width) + Math.max(0, -b.y0) + Math.max(0, b.y1 - height);
			const cost = taken.reduce((s, t) => s + overlap(b, t), 0) + outside * 50;
			if (cost < bestCost) {
				best = c;
				bestCost = cost;
			}
			if (cost === 0) break;
		}
		taken.push(boxOf(best));
		out.push({ ...best, x: tenth(best.x), y: tenth(best.y) });
	}
	return out;
}

/**
 * Geometries already drawn, per result (issue #21): the server keeps a tour's result while its
 * version lasts (results-cache.ts) and every request of its page drew the same map again. Pure:
 * the same input, result, label and sizes give the same geometry, which nobody changes.
 */
const drawn = new WeakMap<TourResult, { input: TourInput; key: string; g: RouteGeometry }[]>();

export function routeGeometry(
	input: TourInput,
	result: TourResult,
	homeLabel: string,
	width = 640,
	pad = 36
): RouteGeometry {
	const key = `${width}|${pad}|${homeLabel}`;
	let known = drawn.get(result);
	if (!known) drawn.set(result, (known = []));
	const hit = known.find((k) => k.input === input && k.key === key);
	if (hit) return hit.g;
	const g = drawGeometry(input, result, homeLabel, width, pad);
	if (known.length >= 4) known.shift();
	known.push({ input, key, g });
	return g;
}

function drawGeometry(
	input: TourInput,
	result: TourResult,
	homeLabel: string,
	width: number,
	pad: number
): RouteGeometry {
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
	// a tenth of a pixel is finer than the eye: the HTML carries no 17-digit coordinates
	const project = (p: EnginePlace) => ({
		x: tenth(offX + (p.lon * k - minX) * scale),
		y: tenth(offY + (-p.lat - minY) * scale)
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

	const byPlace = new Map<string, { place: EnginePlace; numbers: number[]; x: number; y: number }>();
	result.byDate.forEach((d, i) => {
		const place = places.get(d.placeId);
		if (!place) return;
		const stop = byPlace.get(place.id) ?? { place, numbers: [], ...project(place) };
		stop.numbers.push(i + 1);
		byPlace.set(place.id, stop);
	});
	const marks = [...byPlace.values()];
	const home = project(input.homeBase);
	// the home base first: it gets the best place
	const labels = placeLabels(
		[
			{ text: homeLabel, ...home },
			...marks.map((m) => ({ text: `${m.numbers.join(', ')}. ${m.place.name}`, x: m.x, y: m.y }))
		],
		width,
		height
	);

	// a leg driven again (home and back, a venue played twice) is the same curve: drawn once
	const strokes = new Map<ModeFamily | null, MapStroke & { curves: Set<string> }>();
	for (const l of legs) {
		const s = strokes.get(l.family);
		if (!s) strokes.set(l.family, { d: l.d, color: l.color, family: l.family, curves: new Set([l.d]) });
		else if (!s.curves.has(l.d)) {
			s.curves.add(l.d);
			s.d += ' ' + l.d;
		}
	}

	return {
		width,
		height,
		legs,
		strokes: [...strokes.values()].map(({ d, color, family }) => ({ d, color, family })),
		stops: marks.map((m, i) => ({ ...m, label: labels[i + 1] })),
		home: { ...home, label: labels[0] },
		families: [...new Set(legs.map((l) => l.family))],
		placeName: (id) => places.get(id)?.name ?? id
	};
}
