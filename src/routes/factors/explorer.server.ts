/**
 * Shapes the factor library for the public explorer's pages: plain, serialisable objects (no
 * Maps), both languages of the set texts (the page picks by locale), filters read from GET query
 * parameters so search works without JavaScript. The numbers stay decimal strings as published.
 */
import { error } from '@sveltejs/kit';
import { getFactorLibrary, type FactorLibrary } from '$lib/server/factor-tables';
import {
	ACTIVITIES,
	VERIFICATION,
	activityDef,
	facetValues,
	type Factor,
	type FactorQuery,
	type FactorSet,
	type FactorTable,
	type TableManifest,
	type Verification
} from '$lib/engine/factors/index';

export function library(): FactorLibrary {
	return getFactorLibrary();
}

/** Distinct pages' data kept per library (an explorer's worth of tables, sets and searches). */
const MEMO_SIZE = 500;
const memos = new WeakMap<FactorLibrary, Map<string, unknown>>();

/**
 * A page's data, derived from the library once per distinct question (`key`: the page and its
 * query) and then reused: the library does not change while the process runs (a released table is
 * never edited; a new version is a new folder, read at the next start), so neither does what is
 * derived from it (issue #21: the explorer's pages cost 5–8 home pages each). Kept per library
 * object, so a library read again (tests) starts afresh; the oldest entry goes past MEMO_SIZE.
 */
export function memo<T>(lib: FactorLibrary, key: string, make: () => T): T {
	let m = memos.get(lib);
	if (!m) memos.set(lib, (m = new Map()));
	if (m.has(key)) return m.get(key) as T;
	const value = make();
	m.set(key, value);
	if (m.size > MEMO_SIZE) m.delete(m.keys().next().value as string);
	return value;
}

export interface ComponentView {
	kind: string;
	label: string | null;
	value: string;
	num: number;
	derived: boolean;
}

export interface FactorView {
	table: string;
	key: string;
	category: Factor['category'];
	unit: Factor['unit'];
	value: string;
	num: number;
	components: ComponentView[];
	wttKey: string | null;
	sourceId: string | null;
	sourceLabel: string;
	geography: string;
	dataYear: number | null;
	uncertaintyPct: number | null;
	verification: Verification;
	notes: string;
	line: number;
}

export function factorView(f: Factor): FactorView {
	return {
		table: f.table,
		key: f.key,
		category: f.category,
		unit: f.unit,
		value: f.value,
		num: f.num,
		components: f.components.map((c) => ({
			kind: c.kind,
			label: c.label ?? null,
			value: c.value,
			num: c.num,
			derived: c.derived
		})),
		wttKey: f.wttKey,
		sourceId: f.sourceId,
		sourceLabel: f.sourceLabel,
		geography: f.geography,
		dataYear: f.dataYear,
		uncertaintyPct: f.uncertaintyPct,
		verification: f.verification,
		notes: f.notes,
		line: f.line
	};
}

export type ManifestView = Omit<TableManifest, 'boundary'> & { boundary: TableManifest['boundary'] };

export function manifestView(m: TableManifest): ManifestView {
	return { ...m, boundary: { ...m.boundary } };
}

export function verificationCounts(factors: readonly Factor[]): Record<Verification, number> {
	const n = Object.fromEntries(VERIFICATION.map((v) => [v, 0])) as Record<Verification, number>;
	for (const f of factors) n[f.verification]++;
	return n;
}

export interface TableSummary {
	ref: string;
	id: string;
	version: string;
	title: string;
	sourceOrg: string;
	publishedOn: string | null;
	validFrom: string | null;
	validUntil: string | null;
	rows: number;
	counts: Record<Verification, number>;
	supersedes: string | null;
}

export function tableSummary(t: FactorTable): TableSummary {
	const m = t.manifest;
	return {
		ref: m.ref,
		id: m.id,
		version: m.version,
		title: m.title,
		sourceOrg: m.sourceOrg,
		publishedOn: m.publishedOn,
		validFrom: m.validFrom ?? null,
		validUntil: m.validUntil ?? null,
		rows: t.factors.length,
		counts: verificationCounts(t.factors),
		supersedes: m.supersedes
	};
}

export interface Localized {
	en: string;
	fr: string;
}

export interface SetSummary {
	ref: string;
	name: string;
	version: string;
	isDefault: boolean;
	publishedOn: string | null;
	title: Localized;
	description: Localized;
	rules: Localized;
	entries: number;
}

export function setSummary(s: FactorSet): SetSummary {
	return {
		ref: s.ref,
		name: s.name,
		version: s.version,
		isDefault: s.isDefault,
		publishedOn: s.publishedOn ?? null,
		title: { en: s.title, fr: s.fr?.title ?? s.title },
		description: { en: s.description, fr: s.fr?.description ?? s.description },
		rules: { en: s.rules, fr: s.fr?.rules ?? s.rules },
		entries: s.entries.length
	};
}

/** Table refs of each source, oldest first; the two latest give "what changed last". */
export function latestPairs(lib: FactorLibrary): { id: string; a: string; b: string }[] {
	return [...lib.series().entries()]
		.filter(([, refs]) => refs.length >= 2)
		.map(([id, refs]) => ({ id, a: refs[refs.length - 2], b: refs[refs.length - 1] }));
}

/** The previous and next versions of a table in its series. */
export function neighbours(
	lib: FactorLibrary,
	ref: string
): { previous: string | null; next: string | null } {
	const refs = lib.series().get(ref.slice(0, ref.indexOf('@'))) ?? [];
	const i = refs.indexOf(ref);
	return { previous: i > 0 ? refs[i - 1] : null, next: i >= 0 && i < refs.length - 1 ? refs[i + 1] : null };
}

export const QUERY_FIELDS = ['q', 'category', 'unit', 'source', 'geography', 'verification'] as const;

/** Filters from the URL (`?q=tgv&unit=passenger.km`); empty values are ignored. */
export function readQuery(url: URL): FactorQuery {
	const q: FactorQuery = {};
	for (const k of QUERY_FIELDS) {
		const v = url.searchParams.get(k)?.trim();
		if (v) q[k] = v.slice(0, 100);
	}
	return q;
}

export function isEmptyQuery(q: FactorQuery): boolean {
	return QUERY_FIELDS.every((k) => !q[k]);
}

export interface Facets {
	categories: string[];
	units: string[];
	sources: string[];
	geographies: string[];
	verifications: string[];
}

export function facets(factors: readonly Factor[]): Facets {
	return {
		categories: facetValues(factors, 'category'),
		units: facetValues(factors, 'unit'),
		sources: [...new Set(factors.map((f) => f.table.slice(0, f.table.indexOf('@'))))].sort(),
		geographies: facetValues(factors, 'geography'),
		verifications: facetValues(factors, 'verification')
	};
}

export function allFactors(lib: FactorLibrary): Factor[] {
	return [...lib.tables.values()].flatMap((t) => t.factors);
}

export function tableOr404(lib: FactorLibrary, ref: string): FactorTable {
	const t = lib.tables.get(ref);
	if (!t) error(404, `No factor table ${ref}`);
	return t;
}

export function setOr404(lib: FactorLibrary, ref: string): FactorSet {
	const s = lib.sets.get(ref);
	if (!s) error(404, `No factor set ${ref}`);
	return s;
}

/** Activity category of an activity key (`travel`, `freight`…), for grouping a set's entries. */
export function activityCategory(activity: string): string {
	return activityDef(activity)?.category ?? 'travel';
}

/** Order of activities as in the vocabulary, hotels by country after it. */
export function activityOrder(activity: string): number {
	const i = ACTIVITIES.findIndex((a) => a.key === activity);
	return i >= 0 ? i : ACTIVITIES.length;
}

/** A few activities a newcomer asks about first; shown as shortcuts on the index. */
export const FEATURED_ACTIVITIES = [
	'rail.tgv',
	'plane.short',
	'car.compact.diesel',
	'coach',
	'freight.artic.average',
	'hotel.FR',
	'meal.vegetarian'
] as const;

/** Content-Disposition for a CSV download; refs hold only [A-Za-z0-9@._-]. */
export function csvHeaders(filename: string): Record<string, string> {
	return {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9@._-]/g, '_')}"`,
		'cache-control': 'public, max-age=300'
	};
}
