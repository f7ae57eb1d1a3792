/**
 * Scenarios: a modified copy of a tour's document, built by applying levers to the baseline
 * (src/lib/experiments), compared with it through the one compute path (diagnose → compareTours).
 *
 * Editing by hand. A scenario keeps its steps (lever + parameters + what each changed) and its
 * document. Changing the steps re-applies them to the baseline as it is now; the document can also
 * be replaced by hand (JSON, validated like any tour file), which records a `manual` step: a later
 * re-application starts again from the baseline and drops the hand edits, and the page says so.
 * We chose this over pointing the tour editors at a scenario: the editors are written against
 * tours (their own table, history and pages), and a scenario must never be mistaken for the tour
 * it was made from.
 *
 * Every verb takes the caller's Membership and scopes by `m.orgId`; writes need 'editor'. Another
 * organisation's scenario, or a tour of another organisation, is NotFoundError.
 */
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './db/client';
import { scenarios } from './db/schema/experiments';
import { assertRole, NotFoundError, ValidationError } from './errors';
import { parseInput } from './auth/schemas';
import type { Membership } from './auth/types';
import { diagnose } from './diagnostics';
import * as tours from './tours';
import { TourDocumentError, type TourRecord } from './tours';
import { compareTours } from '../engine/compare';
import { validateTourFile, type TourFile, type TourFileProblem } from '../schemas/tour-file';
import {
	applySteps,
	comparisonView,
	getLever,
	isLeverKey,
	leverContext,
	OrderOptions,
	StepError,
	suggestTourOrder,
	type AppliedStep,
	type ComparisonView,
	type LeverContext,
	type LeverKey,
	type OrderSuggestion,
	type StepInput
} from '../experiments';

export type ScenarioRow = typeof scenarios.$inferSelect;

/** A stored step; `manual` marks that the document was edited by hand after the levers. */
export type ScenarioStep =
	AppliedStep | { lever: 'manual'; params: Record<string, unknown>; changes: AppliedStep['changes'] };

export interface ScenarioRecord {
	id: string;
	orgId: string;
	tourId: string;
	name: string;
	steps: ScenarioStep[];
	handEdited: boolean;
	document: TourFile;
	baselineCostEur: number | null;
	scenarioCostEur: number | null;
	baselineHours: number | null;
	scenarioHours: number | null;
	notes: string;
	createdAt: Date;
	updatedAt: Date;
}

function toRecord(row: ScenarioRow): ScenarioRecord {
	const steps = (Array.isArray(row.levers) ? row.levers : []) as ScenarioStep[];
	return {
		id: row.id,
		orgId: row.orgId,
		tourId: row.tourId,
		name: row.name,
		steps,
		handEdited: steps.some((s) => s.lever === 'manual'),
		document: row.document as TourFile,
		baselineCostEur: row.baselineCostEur,
		scenarioCostEur: row.scenarioCostEur,
		baselineHours: row.baselineHours,
		scenarioHours: row.scenarioHours,
		notes: row.notes,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt
	};
}

// ————————————————————————————————————————— input shapes

const REQUIRED = 'common.form.required';
const E = 'experiments.errors';

const optionalAmount = z.preprocess(
	(v) =>
		v === '' || v === null || v === undefined
			? null
			: typeof v === 'string'
				? Number(v.replace(/\s/g, '').replace(',', '.'))
				: v,
	z
		.number({ error: `${E}.amountInvalid` })
		.min(0, { error: `${E}.amountInvalid` })
		.max(1e9, { error: `${E}.amountInvalid` })
		.nullable()
);

export const ScenarioName = z
	.string({ error: REQUIRED })
	.trim()
	.min(1, { error: REQUIRED })
	.max(120, { error: `${E}.tooLong` });

export const ScenarioMetaInput = z.object({
	name: ScenarioName,
	notes: z
		.string()
		.trim()
		.max(4000, { error: `${E}.tooLong` })
		.default(''),
	baselineCostEur: optionalAmount.default(null),
	scenarioCostEur: optionalAmount.default(null),
	baselineHours: optionalAmount.default(null),
	scenarioHours: optionalAmount.default(null)
});
export type ScenarioMetaInput = z.infer<typeof ScenarioMetaInput>;

const StepsInput = z.array(z.object({ lever: z.string(), params: z.unknown() }), {
	error: `${E}.stepsInvalid`
});

// ————————————————————————————————————————— building

/** The lever context of a document: its own computation through the shared path. */
export function contextOf(doc: TourFile): LeverContext {
	const d = diagnose(doc);
	if (!d.ok)
		throw new ValidationError({ '': { key: `${E}.notComputable`, params: { problems: d.problems.length } } });
	return leverContext(d.input, d.result);
}

function validated(doc: unknown): TourFile {
	const r = validateTourFile(doc);
	if (!r.ok) throw new TourDocumentError(r.problems);
	return r.tour;
}

/**
 * The scenario document: the baseline with the steps applied, validated, pinned to the baseline's
 * factor set (a scenario compares activity, never factor versions). Throws ValidationError (issues
 * beside the lever's fields) or TourDocumentError.
 */
export function buildDocument(
	baseline: TourFile,
	steps: StepInput[]
): { document: TourFile; steps: AppliedStep[] } {
	if (steps.length === 0) throw new ValidationError({ lever: { key: `${E}.noLever` } });
	try {
		const r = applySteps(baseline, steps, contextOf);
		const document = validated(r.doc);
		document.factorSet = baseline.factorSet;
		return { document, steps: r.steps };
	} catch (e) {
		if (e instanceof StepError) throw new ValidationError(e.issues);
		throw e;
	}
}

// ————————————————————————————————————————— verbs

export async function listForTour(db: Db, m: Membership, tourId: string): Promise<ScenarioRecord[]> {
	await tours.get(db, m, tourId);
	const rows = await db
		.select()
		.from(scenarios)
		.where(and(eq(scenarios.orgId, m.orgId), eq(scenarios.tourId, tourId)))
		.orderBy(asc(scenarios.createdAt));
	return rows.map(toRecord);
}

export async function listForOrg(db: Db, m: Membership): Promise<ScenarioRecord[]> {
	const rows = await db
		.select()
		.from(scenarios)
		.where(eq(scenarios.orgId, m.orgId))
		.orderBy(asc(scenarios.createdAt));
	return rows.map(toRecord);
}

export async function get(db: Db, m: Membership, id: string): Promise<ScenarioRecord> {
	const row = await db
		.select()
		.from(scenarios)
		.where(and(eq(scenarios.id, id), eq(scenarios.orgId, m.orgId)))
		.get();
	if (!row) throw new NotFoundError();
	return toRecord(row);
}

/** A scenario of one of the organisation's tours, from levers (input: { name, steps }). */
export async function create(
	db: Db,
	m: Membership,
	tourId: string,
	input: { name: unknown; steps: unknown }
): Promise<ScenarioRecord> {
	assertRole(m, 'editor');
	const tour = await tours.get(db, m, tourId);
	const name = parseInput(z.object({ name: ScenarioName }), { name: input.name }).name;
	const steps = parseInput(StepsInput, input.steps) as StepInput[];
	const built = buildDocument(tour.document, steps);
	const now = new Date();
	const row: ScenarioRow = {
		id: crypto.randomUUID(),
		orgId: m.orgId,
		tourId: tour.id,
		name,
		levers: built.steps,
		document: built.document,
		baselineCostEur: null,
		scenarioCostEur: null,
		baselineHours: null,
		scenarioHours: null,
		notes: '',
		createdAt: now,
		updatedAt: now
	};
	await db.insert(scenarios).values(row);
	return toRecord(row);
}

/** Name, notes, and the optional cost (€) and travel time (hours) of baseline and scenario. */
export async function updateMeta(db: Db, m: Membership, id: string, input: unknown): Promise<ScenarioRecord> {
	assertRole(m, 'editor');
	const current = await get(db, m, id);
	const v = parseInput(ScenarioMetaInput, input);
	const updatedAt = new Date();
	await db
		.update(scenarios)
		.set({ ...v, updatedAt })
		.where(and(eq(scenarios.id, id), eq(scenarios.orgId, m.orgId)));
	return { ...current, ...v, updatedAt };
}

/** New steps, applied again to the baseline as it is now (hand edits are dropped). */
export async function setSteps(db: Db, m: Membership, id: string, steps: unknown): Promise<ScenarioRecord> {
	assertRole(m, 'editor');
	const current = await get(db, m, id);
	const tour = await tours.get(db, m, current.tourId);
	const parsed = parseInput(StepsInput, steps) as StepInput[];
	const built = buildDocument(
		tour.document,
		parsed.filter((s) => s.lever !== 'manual')
	);
	const updatedAt = new Date();
	await db
		.update(scenarios)
		.set({ levers: built.steps, document: built.document, updatedAt })
		.where(and(eq(scenarios.id, id), eq(scenarios.orgId, m.orgId)));
	return { ...current, steps: built.steps, handEdited: false, document: built.document, updatedAt };
}

/** The same steps on the baseline as it is now. */
export async function reapply(db: Db, m: Membership, id: string): Promise<ScenarioRecord> {
	const current = await get(db, m, id);
	return setSteps(
		db,
		m,
		id,
		current.steps.filter((s) => s.lever !== 'manual').map((s) => ({ lever: s.lever, params: s.params }))
	);
}

/** The document edited by hand (the whole tour file); the factor set stays the baseline's. */
export async function replaceDocument(
	db: Db,
	m: Membership,
	id: string,
	raw: unknown
): Promise<ScenarioRecord> {
	assertRole(m, 'editor');
	const current = await get(db, m, id);
	const tour = await tours.get(db, m, current.tourId);
	const document = validated(raw);
	document.factorSet = tour.document.factorSet;
	const d = diagnose(document);
	if (!d.ok) throw new TourDocumentError(d.problems);
	const steps: ScenarioStep[] = [
		...current.steps.filter((s) => s.lever !== 'manual'),
		{
			lever: 'manual',
			params: { at: new Date().toISOString() },
			changes: [{ key: 'experiments.changes.manual', params: {} }]
		}
	];
	const updatedAt = new Date();
	await db
		.update(scenarios)
		.set({ levers: steps, document, updatedAt })
		.where(and(eq(scenarios.id, id), eq(scenarios.orgId, m.orgId)));
	return { ...current, steps, handEdited: true, document, updatedAt };
}

export async function remove(db: Db, m: Membership, id: string): Promise<void> {
	assertRole(m, 'editor');
	await get(db, m, id);
	await db.delete(scenarios).where(and(eq(scenarios.id, id), eq(scenarios.orgId, m.orgId)));
}

// ————————————————————————————————————————— comparing

export type DocComparison =
	{ ok: true; view: ComparisonView } | { ok: false; side: 'a' | 'b'; problems: TourFileProblem[] };

/**
 * B against A through the shared path: both documents diagnosed (each under its own pinned factor
 * set), then compareTours, under A's boundary. When the sets differ the change splits into factor
 * and activity effects.
 */
export function compareDocs(a: TourFile, b: TourFile): DocComparison {
	const da = diagnose(a);
	if (!da.ok) return { ok: false, side: 'a', problems: da.problems };
	const dbb = diagnose(b);
	if (!dbb.ok) return { ok: false, side: 'b', problems: dbb.problems };
	const c = compareTours(
		{ input: da.input, factors: da.factors },
		{ input: dbb.input, factors: dbb.factors },
		{ boundary: { ...(a.boundary ?? {}) } }
	);
	return { ok: true, view: comparisonView(c) };
}

export interface ScenarioComparison {
	scenario: ScenarioRecord;
	baseline: TourRecord;
	comparison: DocComparison;
}

export async function compare(db: Db, m: Membership, id: string): Promise<ScenarioComparison> {
	const scenario = await get(db, m, id);
	const baseline = await tours.get(db, m, scenario.tourId);
	return { scenario, baseline, comparison: compareDocs(baseline.document, scenario.document) };
}

/**
 * Each lever's own saving in a scenario of several levers: the levers are applied one after the
 * other, and lever k saves what the tour emitted after levers 1…k−1 minus what it emits after
 * 1…k (in the lever's scope: the company's emissions, or the audience's). The savings add up to the
 * scenario's; a lever's saving depends on those before it (a train after fewer vehicles saves less),
 * which the page says. Null for a step that cannot be computed, or a hand-edited scenario.
 */
export function stepSavings(baseline: TourFile, steps: StepInput[]): (number | null)[] | null {
	const levers = steps.filter((x) => isLeverKey(x.lever));
	if (levers.length < 2) return null;
	const total = (doc: TourFile, scope: 'company' | 'audience'): number | null => {
		const d = diagnose(doc);
		return d.ok ? d.result.totals[scope].kg : null;
	};
	const out: (number | null)[] = [];
	let before: TourFile = baseline;
	for (let k = 1; k <= levers.length; k++) {
		const scope = getLever(levers[k - 1].lever as LeverKey).scope === 'audience' ? 'audience' : 'company';
		let after: TourFile;
		try {
			after = buildDocument(baseline, levers.slice(0, k)).document;
		} catch {
			out.push(null);
			continue;
		}
		const a = total(before, scope);
		const b = total(after, scope);
		out.push(a === null || b === null ? null : a - b);
		before = after;
	}
	return out;
}

// ————————————————————————————————————————— tour order

export interface OrderPreview {
	suggestion: OrderSuggestion;
	/** the suggestion as a scenario would be, against the baseline */
	comparison: DocComparison | null;
	/**
	 * The company's emissions by mode before and after, where they change: a new order can save
	 * more than its km when a leg changes mode or disappears (the return flight of a far date that
	 * now comes last on the way home), and the page says so.
	 */
	modes: { mode: string; before: number; after: number }[];
}

function modeChanges(a: TourFile, b: TourFile): OrderPreview['modes'] {
	const da = diagnose(a);
	const dbb = diagnose(b);
	if (!da.ok || !dbb.ok) return [];
	const by = (r: typeof da.result) =>
		new Map(r.byMode.filter((x) => x.scope === 'company').map((x) => [x.key, x.kgCO2e]));
	const [ma, mb] = [by(da.result), by(dbb.result)];
	return [...new Set([...ma.keys(), ...mb.keys()])]
		.map((mode) => ({ mode, before: ma.get(mode) ?? 0, after: mb.get(mode) ?? 0 }))
		.filter((x) => Math.abs(x.after - x.before) >= 1) // below 1 kg: noise for a reader
		.sort((x, y) => Math.abs(y.after - y.before) - Math.abs(x.after - x.before));
}

/** The tour-order suggestion for a tour, with what it would change (nothing is saved). */
export async function suggestOrder(
	db: Db,
	m: Membership,
	tourId: string,
	options: unknown
): Promise<OrderPreview> {
	const tour = await tours.get(db, m, tourId);
	const opts = parseInput(OrderOptions, options);
	const suggestion = suggestTourOrder(tour.document, contextOf(tour.document), opts);
	if (!suggestion.changed) return { suggestion, comparison: null, modes: [] };
	const built = buildDocument(tour.document, [{ lever: 'tour-order', params: suggestion.params }]);
	return {
		suggestion,
		comparison: compareDocs(tour.document, built.document),
		modes: modeChanges(tour.document, built.document)
	};
}
