/**
 * The method pages: markdown in src/lib/method/*.{fr,en}.md, rendered with `marked`
 * (./markdown.ts), with live tables in place of `{{…}}` markers so that no factor, coefficient or
 * spread is typed by hand in the prose — each table reads the same data the engine computes with:
 *
 *   {{set}}                     the default factor set's reference (name@version)
 *   {{factors:PREFIX,PREFIX…}}  the default set's factor for each activity starting with a prefix
 *                               (`rail.` matches rail.tgv…; `coach` matches coach exactly)
 *   {{detours}}                 detour coefficients by mode (src/lib/geo/distance.ts)
 *   {{archetypes}}              audience defaults by venue archetype (emission-factors/parameters)
 *   {{quality}}                 input spreads by quality tag (emission-factors/parameters)
 *   {{factorSpreads}}           default factor spreads by activity prefix (idem)
 */
import type { Locale } from '../i18n';
import { translate } from '../i18n';
import { DETOUR_RULES } from '../geo/distance';
import { DEFAULT_PARAMETERS, parametersForSet } from '../engine/parameters';
import { getFactorLibrary } from './factor-tables';
import { renderMarkdown } from './markdown';

const sources = import.meta.glob('../method/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The topics, in reading order (each has `<topic>.fr.md` and `<topic>.en.md`). */
export const METHOD_TOPICS = [
	'team-travel',
	'freight',
	'nights',
	'meals',
	'audience',
	'boundaries',
	'uncertainty'
] as const;
export type MethodTopic = (typeof METHOD_TOPICS)[number];

export function isMethodTopic(v: string): v is MethodTopic {
	return (METHOD_TOPICS as readonly string[]).includes(v);
}

function source(name: string, locale: Locale): string {
	const s = sources[`../method/${name}.${locale}.md`] ?? sources[`../method/${name}.fr.md`];
	if (s === undefined) throw new Error(`method page ${name} has no markdown`);
	return s;
}

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function table(headers: string[], rows: (string | number)[][], numeric: number[] = []): string {
	const th = headers
		.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${esc(h)}</th>`)
		.join('');
	const body = rows
		.map(
			(r) =>
				`<tr>${r
					.map((c, i) =>
						i === 0
							? `<th scope="row"><code>${esc(String(c))}</code></th>`
							: `<td${numeric.includes(i) ? ' class="num"' : ''}>${esc(String(c))}</td>`
					)
					.join('')}</tr>`
		)
		.join('');
	return `<div class="table-scroll"><table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function number(n: number, locale: Locale): string {
	return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumSignificantDigits: 6 }).format(
		n
	);
}

function factorsTable(prefixes: string[], locale: Locale): string {
	const t = (k: string, p?: Record<string, string | number>) => translate(locale, `method.table.${k}`, p);
	const resolved = getFactorLibrary().resolve();
	const rows: (string | number)[][] = [];
	for (const [activity, rf] of resolved.byActivity) {
		if (!prefixes.some((p) => (p.endsWith('.') ? activity.startsWith(p) : activity === p))) continue;
		const f = rf.factor;
		const unit = translate(locale, `factors.unit.${f.unit.replace('.', '_')}`);
		rows.push([
			activity,
			number(f.num, locale),
			rf.wtt ? number(rf.wtt.num, locale) : '—',
			unit,
			f.components.map((c) => `${c.kind} ${number(c.num, locale)}`).join(' + ') || '—',
			`${f.table}${f.sourceId ? ` #${f.sourceId}` : ''}`
		]);
	}
	return table([t('activity'), t('value'), t('wtt'), t('unit'), t('components'), t('source')], rows, [1, 2]);
}

function detoursTable(locale: Locale): string {
	const t = (k: string) => translate(locale, `method.table.${k}`);
	// a rule may have marginal bands (road: × 1.4 for the first 10 km, then × 1.2), shown in order
	const coefficient = (r: { coefficient: number; bands?: { upToKm: number; coefficient: number }[] }) =>
		[
			...(r.bands ?? []).map((b) =>
				t('band').replace('{c}', number(b.coefficient, locale)).replace('{km}', number(b.upToKm, locale))
			),
			`× ${number(r.coefficient, locale)}`
		].join(', ');
	const rows: (string | number)[][] = [
		...(['road', 'rail', 'coach', 'ferry'] as const).map((m) => [
			m,
			coefficient(DETOUR_RULES[m]),
			number(DETOUR_RULES[m].addKm, locale),
			DETOUR_RULES[m].source
		]),
		...(['ademe', 'desnz'] as const).map((fam) => [
			`plane (${fam})`,
			coefficient(DETOUR_RULES.plane[fam]),
			number(DETOUR_RULES.plane[fam].addKm, locale),
			DETOUR_RULES.plane[fam].source
		])
	];
	return table([t('mode'), t('coefficient'), t('addKm'), t('source')], rows, [2]);
}

function archetypesTable(locale: Locale): string {
	const t = (k: string) => translate(locale, `method.table.${k}`);
	// the audience parameters the default set pins (issue 22: versioned, pinned by the set)
	const p = parametersForSet(getFactorLibrary().defaultSet).audience;
	const rows = Object.entries(p.archetypes).map(([key, a]) => [
		key,
		number(a.meanRoundTripKm, locale),
		Object.entries(a.modalShares)
			.map(([m, s]) => `${m} ${number(Math.round((s ?? 0) * 100), locale)} %`)
			.join(', '),
		number(a.carOccupancy, locale)
	]);
	return table([t('archetype'), t('meanKm'), t('shares'), t('occupancy')], rows, [1, 3]);
}

function qualityTable(locale: Locale): string {
	const t = (k: string) => translate(locale, `method.table.${k}`);
	const rows = Object.entries(DEFAULT_PARAMETERS.uncertainty.quality).map(([q, v]) => [
		q,
		`± ${number(v.pct, locale)} %`
	]);
	return table([t('quality'), t('spread')], rows, [1]);
}

function factorSpreadsTable(locale: Locale): string {
	const t = (k: string) => translate(locale, `method.table.${k}`);
	const rows = DEFAULT_PARAMETERS.uncertainty.factorDefaults.rules.map((r) => [
		r.prefix,
		`± ${number(r.pct, locale)} %`
	]);
	return table([t('prefix'), t('spread')], rows, [1]);
}

/** The page's HTML: markdown rendered, then each marker (its own paragraph) replaced by its table. */
export function renderMethodPage(
	name: MethodTopic | 'index',
	locale: Locale
): { title: string; html: string } {
	const md = source(name, locale);
	const title = md.match(/^#\s+(.+)$/m)?.[1]?.trim() ?? name;
	let html = renderMarkdown(md.replace(/^#\s+.+$/m, ''));
	html = html.replace(/<p>\{\{([a-zA-Z]+)(?::([^}]*))?\}\}<\/p>/g, (_m, kind: string, arg?: string) => {
		if (kind === 'factors')
			return factorsTable(
				(arg ?? '').split(',').map((s) => s.trim()),
				locale
			);
		if (kind === 'detours') return detoursTable(locale);
		if (kind === 'archetypes') return archetypesTable(locale);
		if (kind === 'quality') return qualityTable(locale);
		if (kind === 'factorSpreads') return factorSpreadsTable(locale);
		throw new Error(`method page ${name}: unknown marker {{${kind}}}`);
	});
	html = html.replace(/\{\{set\}\}/g, `<code>${esc(getFactorLibrary().defaultSet.ref)}</code>`);
	return { title, html };
}
