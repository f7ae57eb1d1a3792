/**
 * Search and filters of the factor explorer and `factors list`: free text over key, source label,
 * source id and notes (accents and case ignored), and exact filters on category, unit, source
 * (table id, i.e. the source series such as `desnz`), table ref, geography and verification.
 */
import type { Factor } from './types';

export interface FactorQuery {
	q?: string;
	category?: string;
	unit?: string;
	/** table id (series), e.g. `ademe-impactco2` */
	source?: string;
	/** table ref, e.g. `ademe-impactco2@C` */
	table?: string;
	geography?: string;
	verification?: string;
}

export function fold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

export function tableIdOf(ref: string): string {
	return ref.slice(0, ref.indexOf('@'));
}

export function matchesQuery(f: Factor, query: FactorQuery): boolean {
	if (query.category && f.category !== query.category) return false;
	if (query.unit && f.unit !== query.unit) return false;
	if (query.table && f.table !== query.table) return false;
	if (query.source && tableIdOf(f.table) !== query.source) return false;
	if (query.geography && f.geography !== query.geography) return false;
	if (query.verification && f.verification !== query.verification) return false;
	const q = query.q?.trim();
	if (q) {
		const hay = fold([f.key, f.sourceLabel, f.sourceId ?? '', f.notes].join(' '));
		return fold(q)
			.split(/\s+/)
			.every((word) => hay.includes(word));
	}
	return true;
}

export function searchFactors(factors: Iterable<Factor>, query: FactorQuery): Factor[] {
	const out: Factor[] = [];
	for (const f of factors) if (matchesQuery(f, query)) out.push(f);
	return out;
}

/** The distinct values of a facet, sorted, for filter menus. */
export function facetValues<K extends 'category' | 'unit' | 'geography' | 'verification'>(
	factors: Iterable<Factor>,
	facet: K
): string[] {
	const s = new Set<string>();
	for (const f of factors) s.add(f[facet]);
	return [...s].sort();
}
