/**
 * What changed between two versions: of a table (by factor key) or of a set (by activity).
 *
 * - added / removed: present on one side only;
 * - changed: the value or the unit differs (what moves a result);
 * - relabelled: same value and unit, but other components, source id, label, WTT link or
 *   verification (what moves the provenance, not the number).
 * Absolute change = after − before, in exact decimal arithmetic (0.1135 − 0.1043 = 0.0092);
 * relative change = after / before − 1, a double (null when before is 0 or the unit changed).
 *
 * The sample trip says what a version change means in kilograms: 500 km (by default) by each
 * passenger mode, per passenger for per-passenger·km factors and per vehicle for per-vehicle·km
 * ones (a car's kilograms are shared by its occupants), full published boundary, WTT not added.
 */
import { activityDef } from './activities';
import { decimalEquals, decimalSub } from './decimal';
import { formatComponents } from './parse';
import { factorTotal } from './resolve';
import type { Factor, FactorTable, ResolvedFactor, ResolvedFactorSet, TableManifest } from './types';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'relabelled';

export interface FactorChange {
	/** factor key (table diff) or activity key (set diff) */
	id: string;
	kind: ChangeKind;
	before: Factor | null;
	after: Factor | null;
	/** exact decimal `after − before`, null unless both exist in the same unit */
	absChange: string | null;
	absChangeNum: number | null;
	/** `after / before − 1`, null when undefined */
	relChange: number | null;
	unitChanged: boolean;
	/** set diffs: the activity now points to another table or key */
	sourceChanged: boolean;
	/** what else differs, for `relabelled` and `changed` rows */
	details: ('components' | 'sourceId' | 'sourceLabel' | 'wttKey' | 'wttValue' | 'verification' | 'table')[];
}

export interface TableDiff {
	kind: 'table';
	a: TableManifest;
	b: TableManifest;
	changes: FactorChange[];
	unchanged: number;
}

export interface SetDiff {
	kind: 'set';
	a: ResolvedFactorSet['set'];
	b: ResolvedFactorSet['set'];
	changes: FactorChange[];
	unchanged: number;
}

function compare(
	id: string,
	before: Factor | null,
	after: Factor | null,
	isSet: boolean,
	wttBefore: Factor | null = null,
	wttAfter: Factor | null = null
): FactorChange | null {
	const base = {
		id,
		before,
		after,
		absChange: null,
		absChangeNum: null,
		relChange: null,
		unitChanged: false,
		sourceChanged: false,
		details: []
	};
	if (!before) return { ...base, kind: 'added' };
	if (!after) return { ...base, kind: 'removed' };
	const details: FactorChange['details'] = [];
	// In a set diff the activity may now point elsewhere; in a table diff the ref always differs.
	if (isSet && (before.table !== after.table || before.key !== after.key)) details.push('table');
	if (formatComponents(before.components) !== formatComponents(after.components)) details.push('components');
	if (before.sourceId !== after.sourceId) details.push('sourceId');
	if (before.sourceLabel !== after.sourceLabel) details.push('sourceLabel');
	if (before.verification !== after.verification) details.push('verification');
	if (isSet) {
		if ((wttBefore?.value ?? null) !== (wttAfter?.value ?? null)) details.push('wttValue');
	} else if (before.wttKey !== after.wttKey) details.push('wttKey');
	const unitChanged = before.unit !== after.unit;
	const sameValue = decimalEquals(before.value, after.value);
	if (!unitChanged && sameValue) {
		if (details.length === 0) return null;
		return { ...base, kind: 'relabelled', details, sourceChanged: details.includes('table') };
	}
	const abs = unitChanged ? null : decimalSub(after.value, before.value);
	return {
		...base,
		kind: 'changed',
		absChange: abs,
		absChangeNum: abs === null ? null : Number(abs),
		relChange: unitChanged || before.num === 0 ? null : after.num / before.num - 1,
		unitChanged,
		sourceChanged: details.includes('table'),
		details
	};
}

/** Differences between two tables (usually two versions of one source), by factor key. */
export function diffTables(a: FactorTable, b: FactorTable): TableDiff {
	const changes: FactorChange[] = [];
	let unchanged = 0;
	const keys = [...new Set([...a.factors.map((f) => f.key), ...b.factors.map((f) => f.key)])];
	for (const key of keys) {
		const c = compare(key, a.byKey.get(key) ?? null, b.byKey.get(key) ?? null, false);
		if (c) changes.push(c);
		else unchanged++;
	}
	return { kind: 'table', a: a.manifest, b: b.manifest, changes: sortChanges(changes), unchanged };
}

/** Differences between two resolved sets, by activity (a change of table with an equal value is `relabelled`). */
export function diffSets(a: ResolvedFactorSet, b: ResolvedFactorSet): SetDiff {
	const changes: FactorChange[] = [];
	let unchanged = 0;
	const activities = [...new Set([...a.byActivity.keys(), ...b.byActivity.keys()])];
	for (const act of activities) {
		const ra = a.byActivity.get(act) ?? null;
		const rb = b.byActivity.get(act) ?? null;
		const c = compare(act, ra?.factor ?? null, rb?.factor ?? null, true, ra?.wtt ?? null, rb?.wtt ?? null);
		if (c) changes.push(c);
		else unchanged++;
	}
	return { kind: 'set', a: a.set, b: b.set, changes: sortChanges(changes), unchanged };
}

export type ChangeSort = 'rel' | 'abs' | 'id' | 'kind';

const KIND_ORDER: Record<ChangeKind, number> = { changed: 0, added: 1, removed: 2, relabelled: 3 };

/**
 * Sort changes: `rel` (default) = largest relative change first (changed rows), then added,
 * removed, relabelled; `abs` = largest absolute change first; `id` = alphabetical (A→Z when
 * `descending` is false); `kind` = by kind, then id.
 */
export function sortChanges(
	changes: readonly FactorChange[],
	by: ChangeSort = 'rel',
	descending = true
): FactorChange[] {
	const sign = descending ? -1 : 1;
	const mag = (c: FactorChange) =>
		by === 'abs'
			? c.absChangeNum === null
				? null
				: Math.abs(c.absChangeNum)
			: c.relChange === null
				? null
				: Math.abs(c.relChange);
	return [...changes].sort((x, y) => {
		if (by === 'id') return sign * x.id.localeCompare(y.id);
		const k = KIND_ORDER[x.kind] - KIND_ORDER[y.kind];
		if (k !== 0 || by === 'kind') return k || x.id.localeCompare(y.id);
		const mx = mag(x);
		const my = mag(y);
		if (mx === null && my === null) return x.id.localeCompare(y.id);
		if (mx === null) return 1;
		if (my === null) return -1;
		return mx === my ? x.id.localeCompare(y.id) : sign * (mx - my);
	});
}

export function countByKind(changes: readonly FactorChange[]): Record<ChangeKind, number> {
	const n: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0, relabelled: 0 };
	for (const c of changes) n[c.kind]++;
	return n;
}

// ---------------------------------------------------------------------------------------------
// Sample trip

export interface SampleTripRow {
	/** activity key (set) or factor key (table) */
	id: string;
	unit: 'passenger.km' | 'vehicle.km';
	km: number;
	/** kgCO2e for `km`, per passenger or per vehicle, full published boundary */
	kg: number;
	/** the same with the linked WTT row added, when the source publishes WTT apart */
	kgWithWtt: number | null;
	factor: Factor;
}

export const SAMPLE_TRIP_KM = 500;

function tripRow(id: string, f: Factor, wtt: Factor | null, km: number): SampleTripRow {
	const kg = factorTotal(f) * km;
	return {
		id,
		unit: f.unit as SampleTripRow['unit'],
		km,
		kg,
		kgWithWtt: wtt ? kg + wtt.num * km : null,
		factor: f
	};
}

/**
 * `km` by each travel mode: for a set, every mapped travel activity (passenger·km and vehicle·km);
 * for a table, every passenger-category factor per passenger·km or vehicle·km (WTT rows excepted).
 */
export function sampleTrip(
	subject: ResolvedFactorSet | FactorTable,
	km: number = SAMPLE_TRIP_KM
): SampleTripRow[] {
	if ('byActivity' in subject) {
		return [...subject.byActivity.values()]
			.filter((r: ResolvedFactor) => activityDef(r.activity)?.category === 'travel')
			.map((r) => tripRow(r.activity, r.factor, r.wtt, km));
	}
	return subject.factors
		.filter(
			(f) =>
				f.category === 'passenger' &&
				(f.unit === 'passenger.km' || f.unit === 'vehicle.km') &&
				!f.key.startsWith('wtt.')
		)
		.map((f) => tripRow(f.key, f, f.wttKey ? (subject.byKey.get(f.wttKey) ?? null) : null, km));
}

export interface SampleTripComparison {
	id: string;
	unit: SampleTripRow['unit'];
	km: number;
	kgA: number | null;
	kgB: number | null;
	/** kgB − kgA */
	delta: number | null;
	rel: number | null;
}

/** The sample trip under A and under B, side by side (rows present in either). */
export function compareSampleTrips(
	a: ResolvedFactorSet | FactorTable,
	b: ResolvedFactorSet | FactorTable,
	km: number = SAMPLE_TRIP_KM
): SampleTripComparison[] {
	const ta = new Map(sampleTrip(a, km).map((r) => [r.id, r]));
	const tb = new Map(sampleTrip(b, km).map((r) => [r.id, r]));
	const ids = [...new Set([...ta.keys(), ...tb.keys()])];
	return ids.map((id) => {
		const ra = ta.get(id);
		const rb = tb.get(id);
		const kgA = ra?.kg ?? null;
		const kgB = rb?.kg ?? null;
		const sameUnit = ra && rb ? ra.unit === rb.unit : true;
		const delta = kgA !== null && kgB !== null && sameUnit ? kgB - kgA : null;
		return {
			id,
			unit: (rb ?? ra)!.unit,
			km,
			kgA,
			kgB,
			delta,
			rel: delta !== null && kgA ? delta / kgA : null
		};
	});
}
