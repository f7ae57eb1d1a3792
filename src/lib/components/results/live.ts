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
import type {
	Factor,
	FactorSet,
	ResolvedFactor,
	ResolvedFactorSet,
	SetEntry,
	TableManifest
} from '../../engine/factors/types';

/**
 * What the page sends of a table's manifest: what the engine reads (its id, ref and source for the
 * distance rule, its boundary states for « not separable ») and what the page shows (title, source,
 * licence). The rest (notes, file, checksum, retrieval…) is in the factor explorer, a link away.
 */
export type PackedTable = Pick<
	TableManifest,
	'id' | 'version' | 'ref' | 'title' | 'sourceOrg' | 'licence'
> & {
	boundary: Omit<TableManifest['boundary'], 'notes'>;
};

/** A factor as sent: without the maintainers' notes and data-file line (the explorer shows them). */
export type PackedFactorRow = Omit<Factor, 'notes' | 'line'>;

export interface PackedFactor {
	activity: string;
	set: string;
	factor: PackedFactorRow;
	wtt: PackedFactorRow | null;
	/** ref of its table, in `tables` */
	table: string;
}

/** The set as sent: its identity, title and method; each entry's pick without its reasons. */
export type PackedSet = Pick<FactorSet, 'name' | 'version' | 'ref' | 'title' | 'isDefault' | 'method'> & {
	entries: Pick<SetEntry, 'activity' | 'table' | 'key'>[];
};

export interface LivePayload {
	input: TourInput;
	set: PackedSet;
	tables: PackedTable[];
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
			const set = factors.set;
			return {
				// through JSON: the keys left undefined go (the page's serialiser would write each one out,
				// `travel:void 0,…` on every date of a long tour); the engine reads them as absent all the same
				input: shareRepeats(JSON.parse(JSON.stringify(input)) as TourInput),
				set: {
					name: set.name,
					version: set.version,
					ref: set.ref,
					title: set.title,
					isDefault: set.isDefault,
					...(set.method ? { method: set.method } : {}),
					entries: set.entries
						.filter((e) => activities.has(e.activity))
						.map((e) => ({ activity: e.activity, table: e.table, key: e.key }))
				},
				tables: [...tables.values()].map(packTable),
				factors: picked.map((rf) => ({
					activity: rf.activity,
					set: rf.set,
					factor: packRow(rf.factor),
					wtt: rf.wtt ? packRow(rf.wtt) : null,
					table: rf.table.ref
				}))
			};
		}
	};
}

function packTable(m: TableManifest): PackedTable {
	const { notes: _notes, ...boundary } = m.boundary;
	return {
		id: m.id,
		version: m.version,
		ref: m.ref,
		title: m.title,
		sourceOrg: m.sourceOrg,
		licence: m.licence,
		boundary
	};
}

function packRow(f: Factor): PackedFactorRow {
	const { notes: _notes, line: _line, ...row } = f;
	return row;
}

/**
 * The same input with each repeated object or list (a venue played on several dates, the same
 * audience profile) made one shared value: the page's serialiser writes a shared value once and
 * refers to it after. The engine only reads its input, so sharing changes no result.
 */
export function shareRepeats<T>(value: T): T {
	const seen = new Map<string, unknown>();
	const walk = (v: unknown): unknown => {
		if (v === null || typeof v !== 'object') return v;
		if (Array.isArray(v)) {
			for (let i = 0; i < v.length; i++) v[i] = walk(v[i]);
		} else {
			const o = v as Record<string, unknown>;
			for (const k of Object.keys(o)) o[k] = walk(o[k]);
		}
		const key = JSON.stringify(v);
		const first = seen.get(key);
		if (first !== undefined) return first;
		seen.set(key, v);
		return v;
	};
	return walk(value) as T;
}

/** Server side: the input and the part of the set this tour needs (one computation to find it). */
export function packLive(input: TourInput, factors: ResolvedFactorSet): LivePayload {
	const rec = recordLookups(factors);
	computeTour(input, rec.factors);
	return rec.pack(input);
}

/**
 * Browser side (and SSR): the ResolvedFactorSet again, Map and shared manifests included. What the
 * payload leaves out (reasons, notes, files) comes back empty: the engine does not read it and
 * the page does not show it.
 */
export function unpackFactors(p: LivePayload): ResolvedFactorSet {
	// once per payload: the server renders a kept payload on every visit (the engine only reads it)
	let known = unpacked.get(p);
	if (!known) unpacked.set(p, (known = unpackFactorsOnce(p)));
	return known;
}

const unpacked = new WeakMap<LivePayload, ResolvedFactorSet>();

function unpackFactorsOnce(p: LivePayload): ResolvedFactorSet {
	const tables = new Map(p.tables.map((t) => [t.ref, unpackTable(t)]));
	const row = (f: PackedFactorRow): Factor => ({ ...f, notes: '', line: 0 });
	return {
		set: { ...p.set, description: '', rules: '', entries: p.set.entries },
		byActivity: new Map(
			p.factors.map((f) => [
				f.activity,
				{
					activity: f.activity,
					set: f.set,
					factor: row(f.factor),
					wtt: f.wtt ? row(f.wtt) : null,
					table: tables.get(f.table)!
				}
			])
		)
	};
}

function unpackTable(t: PackedTable): TableManifest {
	return {
		...t,
		dataset: '',
		publishedOn: null,
		retrievedOn: '',
		attribution: '',
		url: '',
		dataFile: '',
		sha256: '',
		boundary: { ...t.boundary, notes: '' },
		notes: '',
		supersedes: null
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
 * `--boundary` / `?boundary=` syntax: `full` (default), or a comma list of `no-construction`,
 * `no-nonco2`, `no-wtt` (and `construction`, `nonco2`, `wtt` to switch a part back on).
 */
export function parseBoundarySpec(spec: string): Partial<Boundary> {
	const out: Partial<Boundary> = {};
	const s = spec.trim().toLowerCase();
	if (s === '' || s === 'full') return { construction: true, nonCO2: true, wtt: true };
	for (const raw of s.split(',')) {
		const part = raw.trim();
		const off = part.startsWith('no-');
		const name = off ? part.slice(3) : part;
		const key =
			name === 'construction'
				? 'construction'
				: name === 'nonco2' || name === 'non-co2'
					? 'nonCO2'
					: name === 'wtt'
						? 'wtt'
						: null;
		if (!key)
			throw new Error(`unknown boundary part "${part}" (expected full, no-construction, no-nonco2, no-wtt)`);
		out[key] = !off;
	}
	return out;
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
