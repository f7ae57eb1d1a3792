/**
 * A factor table's licence in plain words for a reader (the report, the method box). The manifests
 * in emission-factors/ keep the research notes as written (« licence to confirm [U] »: a note for
 * whoever maintains the tables); a production manager reads what is known, without them.
 */
export type LicenceKind = 'ogl' | 'mit' | 'official' | 'ademe' | 'unknown';

export function licenceKind(licence: string): LicenceKind {
	if (/open government licence/i.test(licence)) return 'ogl';
	if (/\bMIT\b/.test(licence)) return 'mit';
	if (/journal officiel|official text/i.test(licence)) return 'official';
	if (/ADEME/.test(licence)) return 'ademe';
	return 'unknown';
}

/** `ademe-impactco2@C` → `C`: the version a reader can quote, not the internal key. */
export function tableVersion(ref: string): string {
	const at = ref.lastIndexOf('@');
	return at >= 0 ? ref.slice(at + 1) : ref;
}
