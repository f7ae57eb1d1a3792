/**
 * Levers as transformations of a tour file: `applySteps(baseline, steps, contextOf)` applies each
 * lever in turn to a copy of the baseline and says what each one changed. Pure: the caller provides
 * `contextOf(doc)` (the engine's view of a document: ./context.ts), called before each step so that
 * a lever sees the result of the ones before it.
 */
import type { z } from 'zod';
import type { TourFile } from '../schemas/tour-file';
import { isLeverKey, type LeverKey } from './catalogue';
import type { LeverContext } from './context';
import { audienceCarpool, vegetarian } from './audience-meals';
import { lighterSet, sharedFreight } from './freight';
import { LEVER_PARAMS, type LeverParams } from './params';
import { longerRuns, tourOrder } from './route';
import { LeverError, type Change, type LeverOutcome } from './shared';
import { coRouting, fewerVehicles, localTechnicians, train } from './travel';

type Transform<K extends LeverKey> = (
	doc: TourFile,
	params: LeverParams[K],
	ctx: LeverContext
) => LeverOutcome;

export const TRANSFORMS: { [K in LeverKey]: Transform<K> } = {
	train,
	'fewer-vehicles': (doc, p) => fewerVehicles(doc, p),
	'lighter-set': lighterSet,
	'shared-freight': sharedFreight,
	'co-routing': coRouting,
	'longer-runs': longerRuns,
	'tour-order': (doc, p) => tourOrder(doc, p),
	'audience-carpool': audienceCarpool,
	vegetarian,
	'local-technicians': (doc, p) => localTechnicians(doc, p)
};

/** A step as stored with a scenario: the lever, its parsed parameters, what it changed. */
export interface AppliedStep {
	lever: LeverKey;
	params: Record<string, unknown>;
	changes: Change[];
}

export interface StepInput {
	lever: string;
	params: unknown;
}

export interface StepIssue {
	key: string;
	params?: Record<string, string | number>;
}

/** A step's parameters do not fit: issues by field, `<lever>.<param>` (the form's field names). */
export class StepError extends Error {
	constructor(
		readonly index: number,
		readonly lever: string,
		readonly issues: Record<string, StepIssue>
	) {
		super(`step ${index + 1} (${lever}): ${Object.keys(issues).join(', ')}`);
		this.name = 'StepError';
	}
}

function zodIssues(lever: string, error: z.ZodError): Record<string, StepIssue> {
	const out: Record<string, StepIssue> = {};
	for (const i of error.issues) {
		const field = `${lever}.${i.path.map(String).join('.') || 'params'}`;
		if (field in out) continue;
		out[field] = { key: /^[a-z]+(\.[\w-]+)+$/i.test(i.message) ? i.message : 'experiments.errors.invalid' };
	}
	return out;
}

export function parseParams<K extends LeverKey>(
	lever: K,
	raw: unknown
): { ok: true; params: LeverParams[K] } | { ok: false; error: z.ZodError } {
	const r = LEVER_PARAMS[lever].safeParse(raw ?? {});
	return r.success ? { ok: true, params: r.data as LeverParams[K] } : { ok: false, error: r.error };
}

/** One lever on one document (parameters already parsed). */
export function applyLever<K extends LeverKey>(
	lever: K,
	doc: TourFile,
	params: LeverParams[K],
	ctx: LeverContext
): LeverOutcome {
	return (TRANSFORMS[lever] as Transform<K>)(doc, params, ctx);
}

/** Applies the steps in order; throws StepError (nothing applied) when a step's parameters do not fit. */
export function applySteps(
	baseline: TourFile,
	steps: StepInput[],
	contextOf: (doc: TourFile) => LeverContext
): { doc: TourFile; steps: AppliedStep[] } {
	let doc = baseline;
	const applied: AppliedStep[] = [];
	steps.forEach((s, index) => {
		if (!isLeverKey(s.lever))
			throw new StepError(index, String(s.lever), { lever: { key: 'experiments.errors.leverUnknown' } });
		const lever = s.lever;
		const parsed = parseParams(lever, s.params);
		if (!parsed.ok) throw new StepError(index, lever, zodIssues(lever, parsed.error));
		try {
			const r = applyLever(lever, doc, parsed.params, contextOf(doc));
			doc = r.doc;
			applied.push({ lever, params: parsed.params as Record<string, unknown>, changes: r.changes });
		} catch (e) {
			if (e instanceof LeverError)
				throw new StepError(index, lever, { [`${lever}.${e.field}`]: { key: e.key, params: e.params } });
			throw e;
		}
	});
	return { doc, steps: applied };
}
