/**
 * Shared set-up of the experiments unit tests: the example tour files, and the lever context of a
 * document computed through the one compute path (diagnose → engine), as the server builds it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../../src/lib/server/diagnostics';
import { getFactorLibrary } from '../../../src/lib/server/factor-tables';
import { validateTourFile, type TourFile } from '../../../src/lib/schemas/tour-file';
import { leverContext, type LeverContext } from '../../../src/lib/experiments';
import type { TourResult } from '../../../src/lib/engine';

export function example(name: 'circus-occitanie' | 'dance-europe' | 'band-club-tour'): TourFile {
	const raw = JSON.parse(readFileSync(join(process.cwd(), 'examples', `${name}.json`), 'utf8'));
	const v = validateTourFile(raw);
	if (!v.ok) throw new Error(`invalid example ${name}`);
	v.tour.factorSet ??= getFactorLibrary().defaultSet.ref;
	return v.tour;
}

export function result(doc: TourFile): TourResult {
	const d = diagnose(doc);
	if (!d.ok) throw new Error(`not computable: ${JSON.stringify(d.problems)}`);
	return d.result;
}

export function ctxOf(doc: TourFile): LeverContext {
	const d = diagnose(doc);
	if (!d.ok) throw new Error(`not computable: ${JSON.stringify(d.problems)}`);
	return leverContext(d.input, d.result);
}

export function valid(doc: TourFile): boolean {
	const v = validateTourFile(doc);
	if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
	return true;
}

export const kg = (doc: TourFile, category?: string): number => {
	const r = result(doc);
	if (!category) return r.totals.company.kg;
	return r.byCategory.filter((b) => b.key === category).reduce((s, b) => s + b.kgCO2e, 0);
};
