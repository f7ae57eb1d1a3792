/**
 * Boundary: which published components of a factor count.
 *
 * Formula: value(boundary) = Σ included components, IN PUBLISHED ORDER, starting from 0
 *          (+ the linked WTT row's value when WTT is included and the source publishes it apart).
 * Units:   kgCO2e per the factor's unit (passenger·km, vehicle·km, tonne·km, room·night, meal, litre).
 * Source:  ADEME impactCO2 `computeECV` / API: `components.reduce((acc, c) => acc + c.value, 0)` after
 *          filtering (construction = id 5, contrails = id 7), see reference §1.3. DESNZ publishes WTT as
 *          separate rows (reference §2.3): the default (full) boundary adds it, as ADEME's totals include
 *          upstream.
 *
 * Why published order: floating-point addition is not associative; summing in ADEME's order and then
 * multiplying by the distance is what makes a single-mode trip match impactCO2 to the last bit
 * (TGV 100 km without construction = 0.0023 × 100 = 0.22999999999999998).
 *
 * When every component is included and one of them was *derived* (computed by us from published
 * rows, e.g. DESNZ RF = "With RF" − "Without RF"), the published total `num` is used instead of the
 * sum, so that the full boundary reproduces the published figure exactly.
 *
 * A requested exclusion the source does not separate (no such component, while the table's manifest
 * says the part is included) cannot be honoured: the value keeps it and the line is flagged.
 */
import type { ComponentKind, Factor, ResolvedFactor, TableManifest } from './factors/types';
import type { Boundary } from './types';

export const FULL_BOUNDARY: Boundary = Object.freeze({ construction: true, nonCO2: true, wtt: true });

export function resolveBoundary(partial: Partial<Boundary> | undefined): Boundary {
	return { ...FULL_BOUNDARY, ...(partial ?? {}) };
}

export function isFullBoundary(b: Boundary): boolean {
	return b.construction && b.nonCO2 && b.wtt;
}

export interface BoundedFactor {
	value: number;
	included: ComponentKind[];
	excluded: ComponentKind[];
	notSeparable: ComponentKind[];
	wtt: Factor | null;
}

function kindIncluded(kind: ComponentKind, b: Boundary): boolean {
	if (kind === 'construction') return b.construction;
	if (kind === 'nonco2') return b.nonCO2;
	if (kind === 'wtt') return b.wtt;
	return true;
}

/** Does an exclusion of `kind` matter for this factor at all (flights only carry non-CO2)? */
function relevant(kind: ComponentKind, activity: string): boolean {
	if (kind === 'nonco2') return activity.startsWith('plane.') || activity === 'freight.tkm.air';
	// vehicle construction and fuel upstream are parts of transport factors only: a meal or a hotel
	// night has neither, so excluding them says nothing about those lines
	if (activity.startsWith('meal.') || activity.startsWith('hotel.')) return false;
	return true;
}

/** What the table's manifest says of a component kind the factor does not list. */
function manifestSays(kind: ComponentKind, m: TableManifest | undefined): string {
	if (!m) return 'n/a';
	if (kind === 'construction') return m.boundary.construction;
	if (kind === 'nonco2') return m.boundary.nonCO2;
	if (kind === 'wtt') return m.boundary.fuelUpstream;
	return 'n/a';
}

const SWITCHABLE: ComponentKind[] = ['construction', 'nonco2', 'wtt'];

export function applyBoundary(rf: ResolvedFactor, b: Boundary): BoundedFactor {
	const f = rf.factor;
	const included: ComponentKind[] = [];
	const excluded: ComponentKind[] = [];
	const notSeparable: ComponentKind[] = [];
	let value: number;
	if (f.components.length === 0) {
		value = f.num;
	} else {
		let sum = 0;
		let all = true;
		let derived = false;
		for (const c of f.components) {
			if (kindIncluded(c.kind, b)) {
				sum += c.num;
				if (!included.includes(c.kind)) included.push(c.kind);
			} else {
				all = false;
				if (!excluded.includes(c.kind)) excluded.push(c.kind);
			}
			if (c.derived) derived = true;
		}
		value = all && derived ? f.num : sum;
	}
	// requested exclusions of parts the factor does not list separately
	for (const kind of SWITCHABLE) {
		if (kindIncluded(kind, b) || !relevant(kind, rf.activity) || f.num === 0) continue;
		if (f.components.some((c) => c.kind === kind)) continue;
		if (kind === 'wtt' && rf.wtt) continue; // published apart: excluding it is simply not adding it
		const says = manifestSays(kind, rf.table);
		if (says === 'included' || says === 'separable') notSeparable.push(kind);
	}
	let wtt: Factor | null = null;
	if (rf.wtt) {
		if (b.wtt) {
			value += rf.wtt.num;
			wtt = rf.wtt;
			if (!included.includes('wtt')) included.push('wtt');
		} else if (!excluded.includes('wtt')) {
			excluded.push('wtt');
		}
	}
	return { value, included, excluded, notSeparable, wtt };
}
