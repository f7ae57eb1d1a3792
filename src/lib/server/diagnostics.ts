/**
 * A stored tour's diagnosis: its document through the same path as the CLI and the API
 * (computeTourFile in ./tour-file.ts), plus the resolved factor set so the browser can recompute
 * live with the same engine. A tour is computed under the factor set pinned at its creation
 * unless a page asks for another one explicitly (compare page).
 */
import type { Boundary, TourInput, TourResult } from '../engine';
import type { ResolvedFactorSet } from '../engine/factors/types';
import type { TourFile, TourFileProblem } from '../schemas/tour-file';
import { computeTourFile, serverDeps } from './tour-file';
import { recordLookups, type LivePayload } from '../components/results/live';

export type Diagnosis =
	| { ok: true; result: TourResult; input: TourInput; factors: ResolvedFactorSet }
	| { ok: false; problems: TourFileProblem[] };

export function diagnose(
	doc: TourFile,
	opts: { setRef?: string; boundary?: Partial<Boundary> } = {}
): Diagnosis {
	const deps = serverDeps();
	const outcome = computeTourFile(doc, { set: opts.setRef, boundary: opts.boundary }, deps);
	if (!outcome.ok) return { ok: false, problems: outcome.problems };
	return {
		ok: true,
		result: outcome.result,
		input: outcome.input,
		factors: deps.factors(opts.setRef ?? doc.factorSet)
	};
}

/**
 * The results page's payload (components/results/live.ts): the engine input and the part of the
 * factor set the tour asks for, found while computing it once (diagnose + packLive computed twice;
 * a long tour's page spent a third of its server time on that, issue #21).
 */
export function diagnoseLive(
	doc: TourFile,
	opts: { setRef?: string; boundary?: Partial<Boundary> } = {}
): { ok: true; live: LivePayload } | { ok: false; problems: TourFileProblem[] } {
	const deps = serverDeps();
	let rec: ReturnType<typeof recordLookups> | undefined;
	const outcome = computeTourFile(
		doc,
		{ set: opts.setRef, boundary: opts.boundary },
		{ places: deps.places, factors: (ref) => (rec = recordLookups(deps.factors(ref))).factors }
	);
	if (!outcome.ok) return { ok: false, problems: outcome.problems };
	return { ok: true, live: rec!.pack(outcome.input) };
}

/** What the tour lists show; null when the tour cannot be computed yet. */
export function summarise(doc: TourFile): {
	engineVersion: string;
	factorSet: string;
	companyKg: number;
	audienceKg: number;
	dates: number;
	performances: number;
	computedAt: string;
} | null {
	if (doc.dates.length === 0) return null;
	const d = diagnose(doc);
	if (!d.ok) return null;
	return {
		engineVersion: d.result.engineVersion,
		factorSet: d.result.factorSet.ref,
		companyKg: d.result.totals.company.kg,
		audienceKg: d.result.totals.audience.kg,
		dates: doc.dates.length,
		performances: doc.dates.reduce((s, x) => s + x.performances, 0),
		computedAt: new Date().toISOString()
	};
}
