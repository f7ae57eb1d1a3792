/**
 * What the results page sends to the browser so that the engine recomputes there, live, when a
 * boundary switch moves: the engine's input (TourInput) and the factor set it was resolved with.
 *
 * A ResolvedFactorSet is a Map of every activity of the set (~500 kB as JSON for the default set);
 * the page needs only the activities this tour asks for. Which ones it asks for does not depend on
 * the boundary (the boundary picks components of the same factor, and its linked WTT row travels
 * with it), so one computation on the server, through a Map that records its lookups, gives the
 * exact list. Table manifests are sent once each, not once per factor.
 *
 * Pure: runs on the server (pack) and in the browser (unpack); no I/O.
 */
// relative imports: the compute worker (src/lib/server/compute/worker.ts) loads this module outside SvelteKit
import { computeTour, type Boundary, type TourInput, type TourResult } from '../../engine';
import type { FactorSet, ResolvedFactor, ResolvedFactorSet, TableManifest } from '../../engine/factors/types';

export interface PackedFactor extends Omit<ResolvedFactor, 'table'> {
	table: string;
}

export interface LivePayload {
	input: TourInput;
	set: FactorSet;
	tables: TableManifest[];
	factors: PackedFactor[];
}

class RecordingMap extends Map<string, ResolvedFactor> {
	readonly asked = new Set<string>();
	override get(key: string): ResolvedFactor | undefined {
		this.asked.add(key);
		return super.get(key);
	}
	override has(key: string): boolean {
		this.asked.add(key);
		return super.has(key);
	}
}

/**
 * The set behind a Map that records which activities a computation asks for, and the payload of
 * those: compute through `factors` once (the page's own computation does), then `pack` the input.
 */
export function recordLookups(factors: ResolvedFactorSet): {
	factors: ResolvedFactorSet;
	pack(input: TourInput): LivePayload;
} {
	const recording = new RecordingMap(factors.byActivity);
	return {
		factors: { set: factors.set, byActivity: recording },
		pack(input) {
			const picked = [...recording.asked]
				.sort()
				.map((a) => factors.byActivity.get(a))
				.filter((rf): rf is ResolvedFactor => rf !== undefined);
			const tables = new Map<string, TableManifest>();
			for (const rf of picked) tables.set(rf.table.ref, rf.table);
			const activities = new Set(picked.map((rf) => rf.activity));
			return {
				// through JSON: the keys left undefined go (the page's serialiser would write each one out,
				// `travel:void 0,…` on every date of a long tour); the engine reads them as absent all the same
				input: JSON.parse(JSON.stringify(input)) as TourInput,
				set: { ...factors.set, entries: factors.set.entries.filter((e) => activities.has(e.activity)) },
				tables: [...tables.values()],
				factors: picked.map((rf) => ({ ...rf, table: rf.table.ref }))
			};
		}
	};
}

/** Server side: the input and the part of the set this tour needs (one computation to find it). */
export function packLive(input: TourInput, factors: ResolvedFactorSet): LivePayload {
	const rec = recordLookups(factors);
	computeTour(input, rec.factors);
	return rec.pack(input);
}

/** Browser side (and SSR): the ResolvedFactorSet again, Map and shared manifests included. */
export function unpackFactors(p: LivePayload): ResolvedFactorSet {
	const tables = new Map(p.tables.map((t) => [t.ref, t]));
	return {
		set: p.set,
		byActivity: new Map(p.factors.map((f) => [f.activity, { ...f, table: tables.get(f.table)! }]))
	};
}

/**
 * Results already computed for a payload, by boundary: the server puts there the result its
 * compute worker made with this very payload (src/lib/server/results-cache.ts), so that the page's
 * server render does not compute it again; in the browser, a boundary switched back is not
 * recomputed. Weak: a payload no longer cached or shown takes its results with it.
 */
const computed = new WeakMap<LivePayload, Map<string, TourResult>>();

/** Remember `result` as the computation of `p` under `boundary` (it must be exactly that). */
export function rememberLive(p: LivePayload, boundary: Boundary, result: TourResult): void {
	let m = computed.get(p);
	if (!m) computed.set(p, (m = new Map()));
	m.set(boundarySpec(boundary), result);
}

/**
 * The engine's result for the payload under `boundary`: computeTour(p.input, factors, { boundary })
 * with `factors` = unpackFactors(p), or the same result remembered (rememberLive).
 */
export function computeLive(p: LivePayload, factors: ResolvedFactorSet, boundary: Boundary): TourResult {
	const key = boundarySpec(boundary);
	const known = computed.get(p)?.get(key);
	if (known) return known;
	const result = computeTour(p.input, factors, { boundary });
	rememberLive(p, boundary, result);
	return result;
}

/**
 * The boundary as a query value, in the CLI's `--boundary` syntax (src/lib/server/tour-file.ts
 * parseBoundarySpec): `full`, or every part named on or off (`construction,no-nonco2,wtt`).
 */
export function boundarySpec(b: Boundary): string {
	if (b.construction && b.nonCO2 && b.wtt) return 'full';
	return [
		b.construction ? 'construction' : 'no-construction',
		b.nonCO2 ? 'nonco2' : 'no-nonco2',
		b.wtt ? 'wtt' : 'no-wtt'
	].join(',');
}

/** `?boundary=…` for links (CSV, report) that keep the boundary on screen; empty for the tour's own. */
export function boundaryQuery(b: Boundary, own: Boundary): string {
	const same = b.construction === own.construction && b.nonCO2 === own.nonCO2 && b.wtt === own.wtt;
	return same ? '' : `?boundary=${encodeURIComponent(boundarySpec(b))}`;
}

/**
 * The boundary a page shows, from its query:
 * - no `boundary`: the tour's own (its file's `boundary`, else the full published boundary);
 * - `boundary=custom`: the switches form without JavaScript, each part on when its box was sent
 *   (an unticked checkbox sends nothing);
 * - anything else: the CLI syntax (`full`, `no-construction,no-wtt`…), parsed by the server's
 *   `parseBoundarySpec`, passed in so that this module stays importable in the browser. A value
 *   that does not parse falls back to the tour's own boundary.
 */
export function boundaryFromQuery(
	params: URLSearchParams,
	own: Boundary,
	parseSpec: (spec: string) => Partial<Boundary>
): Boundary {
	const spec = params.get('boundary');
	if (spec === null) return { ...own };
	if (spec === 'custom')
		return { construction: params.has('construction'), nonCO2: params.has('nonco2'), wtt: params.has('wtt') };
	try {
		return { ...own, ...parseSpec(spec) };
	} catch {
		return { ...own };
	}
}
