/**
 * ASCII slugs for URLs, ids and file names: "Compagnie Les Éclats !" → "compagnie-les-eclats".
 * Pure; used by organisations (URL names), the tour-file resolver (ids of explicit places) and the
 * download endpoints (file names).
 */
export function slugify(text: string, opts: { max?: number; fallback?: string } = {}): string {
	const s = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, opts.max ?? 60)
		.replace(/-+$/, '');
	return s || (opts.fallback ?? 'x');
}
