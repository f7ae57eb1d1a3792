/**
 * Lever parameters as form fields: which fields each lever shows, how a submitted form becomes
 * scenario steps, and the defaults the fields start with (the zod defaults of ./params.ts).
 *
 * Field names are `<lever>.<param>` so that a parameter's problem (StepError issues) lands beside
 * its field. Without JavaScript the form posts every lever's fields; only the ticked levers
 * (`lever` checkboxes, in catalogue order) become steps.
 */
import { RAIL_CHOICES, LEVER_PARAMS } from './params';
import { FREIGHT_VEHICLE_CLASSES, TERRITORIES } from '../engine/types';
import { LEVER_KEYS, type LeverKey } from './catalogue';
import type { StepInput } from './transforms';

export type FieldKind = 'number' | 'select' | 'text' | 'checkbox' | 'date' | 'dates' | 'freight' | 'freights';

export interface LeverField {
	name: string;
	kind: FieldKind;
	/** select: the values (labels: experiments.options.<name>.<value>) */
	options?: readonly string[];
	min?: number;
	max?: number;
	step?: number;
}

export const LEVER_FIELDS: Record<LeverKey, LeverField[]> = {
	train: [
		{ name: 'maxKm', kind: 'number', min: 1, step: 1 },
		{ name: 'replace', kind: 'select', options: ['plane-and-road', 'plane', 'road'] },
		{ name: 'rail', kind: 'select', options: RAIL_CHOICES }
	],
	'fewer-vehicles': [
		{ name: 'remove', kind: 'number', min: 1, step: 1 },
		{ name: 'seats', kind: 'number', min: 1, step: 1 },
		{ name: 'freight', kind: 'checkbox' }
	],
	'lighter-set': [
		{ name: 'massReductionPct', kind: 'number', min: 0, max: 100, step: 1 },
		{ name: 'downsizeTo', kind: 'select', options: ['', ...FREIGHT_VEHICLE_CLASSES] },
		{ name: 'localDates', kind: 'dates' }
	],
	'shared-freight': [
		{ name: 'freightId', kind: 'freight' },
		{ name: 'fromDate', kind: 'date' },
		{ name: 'toDate', kind: 'date' },
		{ name: 'tonnes', kind: 'number', min: 0.1, step: 0.1 },
		{ name: 'partner', kind: 'text' },
		{ name: 'mode', kind: 'select', options: ['road', 'rail'] }
	],
	'co-routing': [
		{ name: 'returnHomeGapDays', kind: 'number', min: 1, step: 1 },
		{ name: 'addGapNights', kind: 'checkbox' }
	],
	'longer-runs': [
		{ name: 'maxKm', kind: 'number', min: 0, step: 1 },
		{ name: 'onlyOneOff', kind: 'checkbox' }
	],
	'tour-order': [],
	'audience-carpool': [
		{ name: 'mode', kind: 'select', options: ['carpool', 'shuttle'] },
		{ name: 'points', kind: 'number', min: 0, max: 100, step: 1 },
		{ name: 'territory', kind: 'select', options: [...TERRITORIES, 'all'] },
		{ name: 'carpoolOccupancy', kind: 'number', min: 1.5, max: 9, step: 0.1 }
	],
	vegetarian: [
		{ name: 'share', kind: 'number', min: 0, max: 100, step: 1 },
		{ name: 'type', kind: 'select', options: ['vegetarian', 'vegan'] }
	],
	'local-technicians': [
		{ name: 'people', kind: 'number', min: 1, step: 1 },
		{ name: 'roomsPerNight', kind: 'number', min: 0, step: 1 }
	]
};

/** Levers a scenario form can add (the tour order comes from its own suggestion). */
export const FORM_LEVERS: LeverKey[] = LEVER_KEYS.filter((k) => LEVER_FIELDS[k].length > 0);

type Shape = Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;

/** A field's starting value: its zod default, as a form writes it. */
export function fieldDefault(lever: LeverKey, field: LeverField): string {
	const schema = LEVER_PARAMS[lever] as unknown as { shape: Shape };
	const r = schema.shape[field.name]?.safeParse(undefined);
	const v = r?.success ? r.data : undefined;
	if (v === undefined || v === null) return '';
	if (typeof v === 'boolean') return v ? 'on' : '';
	if (Array.isArray(v)) return v.join(',');
	return String(v);
}

/**
 * Steps from a submitted form's entries (repeated names kept: date lists). A checkbox is sent with
 * a hidden `false` before it, so an unticked box reads false and a ticked one true (last wins).
 */
export function stepsFromForm(entries: Iterable<[string, string]>): StepInput[] {
	const all = new Map<string, string[]>();
	for (const [k, v] of entries) all.set(k, [...(all.get(k) ?? []), v]);
	const chosen = new Set(all.get('lever') ?? []);
	const steps: StepInput[] = [];
	for (const lever of LEVER_KEYS) {
		if (!chosen.has(lever)) continue;
		const params: Record<string, unknown> = {};
		for (const f of LEVER_FIELDS[lever]) {
			const values = all.get(`${lever}.${f.name}`);
			if (!values) continue;
			params[f.name] =
				f.kind === 'dates' || f.kind === 'freights'
					? values.filter((x) => x !== '')
					: values[values.length - 1];
		}
		steps.push({ lever, params });
	}
	return steps;
}

/** The form values a step's parameters give back (to show a refused form as it was sent). */
export function formValuesOf(steps: StepInput[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const s of steps) {
		out[`lever:${s.lever}`] = 'on';
		for (const [k, v] of Object.entries((s.params ?? {}) as Record<string, unknown>))
			out[`${s.lever}.${k}`] = Array.isArray(v)
				? v.join(',')
				: typeof v === 'boolean'
					? v
						? 'on'
						: ''
					: String(v ?? '');
	}
	return out;
}
