/**
 * `npx empreinte compute FILE` — compute a tour file (empreinte-tour@1) with the same path as the
 * API and the app (src/lib/server/tour-file.ts → src/lib/engine): a table a production manager reads
 * (totals with their range, by category, by date, by leg, indicators, boundary and factor set),
 * the full result as JSON for scripts, or every result line as CSV.
 * Exit codes: 0 computed; 2 invalid file (one message per problem with its JSON path) or usage.
 */
import { readFileSync } from 'node:fs';
import type { Range, ResultLine, TourResult } from '../../lib/engine';
import { formatters, translate, type Locale } from '../../lib/i18n';
import { readFactorSet } from '../../lib/server/factor-tables';
import { readCachedSet } from '../factor-cache';
import type { ResolvedFactorSet } from '../../lib/engine/factors/types';
import { lazyPlaceLookup } from '../../lib/server/geo/lookup';
import {
	computeTourFile,
	parseBoundarySpec,
	type ComputeDeps,
	type ComputeRequest
} from '../../lib/server/tour-file';
import type { TourFileProblem } from '../../lib/schemas/tour-file';
import { formatFlag, parseArgs, renderCsv, UsageError } from '../args';

export const usage = `compute FILE… [--set NAME@VERSION] [--boundary full|no-construction,no-nonco2,no-wtt]
        [--format table|json|csv] [--lang fr|en] [--uncertainty analytic|monte-carlo] [--seed N] [--runs N]
    Compute the carbon footprint of a tour file (format empreinte-tour@1; examples in examples/).
    --set picks a factor set (default: the file's factorSet, else the library's default set);
    --boundary switches published components off (default: the source's full boundary);
    --format table (default) for people, json for scripts (same JSON as POST /api/compute),
    csv for every result line with its factor, quantities and formula.
    Invalid files: one line per problem with its JSON path, exit code 2.
    Several FILEs (- reads standard input) are computed in one process, one result per file:
    JSON Lines {"file","result"} (or {"file","problems"}), one CSV with a file column, or tables.`;

const KNOWN = ['set', 'boundary', 'format', 'lang', 'uncertainty', 'seed', 'runs'];

function localeFlag(flags: Record<string, string | true>): Locale {
	const v = flags.lang;
	if (v === undefined) return /^en/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'en' : 'fr';
	if (v !== 'fr' && v !== 'en') throw new UsageError('--lang must be fr or en');
	return v;
}

function intFlag(flags: Record<string, string | true>, name: string): number | undefined {
	const v = flags[name];
	if (v === undefined) return undefined;
	if (typeof v !== 'string' || !/^\d+$/.test(v)) throw new UsageError(`--${name} must be a whole number`);
	return Number(v);
}

export function requestFromFlags(flags: Record<string, string | true>): ComputeRequest {
	const req: ComputeRequest = {};
	if (flags.set !== undefined) {
		if (typeof flags.set !== 'string') throw new UsageError('--set needs NAME@VERSION');
		req.set = flags.set;
	}
	if (flags.boundary !== undefined) {
		if (typeof flags.boundary !== 'string') throw new UsageError('--boundary needs a value');
		try {
			req.boundary = parseBoundarySpec(flags.boundary);
		} catch (e) {
			throw new UsageError(`--boundary: ${(e as Error).message}`);
		}
	}
	const method = flags.uncertainty;
	if (method !== undefined && method !== 'analytic' && method !== 'monte-carlo') {
		throw new UsageError('--uncertainty must be analytic or monte-carlo');
	}
	const seed = intFlag(flags, 'seed');
	const runs = intFlag(flags, 'runs');
	if (method || seed !== undefined || runs !== undefined) {
		req.uncertainty = {
			method:
				(method as 'analytic' | 'monte-carlo' | undefined) ??
				(seed !== undefined || runs !== undefined ? 'monte-carlo' : 'analytic'),
			seed,
			runs
		};
	}
	return req;
}

// ————————————————————————————————————————— table output

function align(headers: string[], rows: string[][], right: boolean[]): string {
	const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) =>
		r
			.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
			.join('  ')
			.trimEnd();
	return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Label of a line's mode for people: travel / audience modes, freight class and load, meals, hotels. */
export function modeLabel(locale: Locale, line: Pick<ResultLine, 'category' | 'mode'>): string {
	const t = (k: string, p?: Record<string, string | number>) => translate(locale, `engine.${k}`, p);
	const m = line.mode ?? '';
	if (line.category === 'accommodation')
		return /^[A-Z]{2}$/.test(m) ? t('hotel', { country: m }) : t(`lodging.${m}`);
	if (line.category === 'meal') return t(`meal.${m}`);
	const freight = /^freight\.([a-z0-9_]+)\.(empty|half|full|average)$/.exec(m);
	if (freight) return `${t(`freightClass.${freight[1]}`)}, ${t(`freightLoad.${freight[2]}`)}`;
	if (m === 'freight.van') return t('freightClass.van');
	return t(`mode.${m.replace(/\./g, '_')}`);
}

function rangeText(locale: Locale, r: Range): string {
	const f = formatters(locale);
	return translate(locale, 'engine.totals.range', { low: f.co2(r.low), high: f.co2(r.high) });
}

export function renderResultTable(result: TourResult, locale: Locale): string {
	const t = (k: string, p?: Record<string, string | number>) => translate(locale, `engine.${k}`, p);
	const f = formatters(locale);
	const kg = (n: number) => f.number(n, n >= 100 ? 0 : 1);
	const out: string[] = [];
	const p = result.production;
	out.push([p.title, p.company, p.season].filter(Boolean).join(' · '));
	const b = result.boundary;
	const parts = (on: boolean) =>
		(['construction', 'nonCO2', 'wtt'] as const)
			.filter((k) => b[k] === on)
			.map((k) => t(`boundary.${k}`))
			.join(', ');
	out.push(
		t('table.factorSet', { set: result.factorSet.ref }) +
			' — ' +
			t('version', { version: result.engineVersion })
	);
	const colon = locale === 'fr' ? ' : ' : ': ';
	out.push(
		`${t('boundary.title')}${colon}${b.isFull ? t('boundary.full') : `${t('boundary.partial')} — ${t('boundary.excluded', { parts: parts(false) })}`}`
	);
	if (b.notSeparableLines > 0) out.push(`  ${t('boundary.notSeparable', { count: b.notSeparableLines })}`);
	// which audience defaults the figures rest on, when some do (issue 22)
	const archetypes = [...new Set(result.byDate.map((d) => d.audienceArchetype).filter((a) => a))];
	if (archetypes.length > 0)
		out.push(
			translate(locale, 'factorMethod.cli.defaults', {
				ref: result.audienceParameters,
				list: archetypes.join(', ')
			})
		);
	out.push('');

	// totals
	out.push(t('totals.title'));
	const tot = result.totals;
	const totals: [string, Range][] = [
		[t('totals.company'), tot.company],
		[t('totals.audience'), tot.audience],
		[t('totals.withAudience'), tot.withAudience]
	];
	const w = Math.max(...totals.map(([l]) => l.length));
	for (const [label, r] of totals)
		out.push(`  ${label.padEnd(w)}  ${f.co2(r.kg).padStart(14)}   (${rangeText(locale, r)})`);
	out.push(`  ${t('totals.audienceNote')}`);
	out.push('');

	// by category
	const all = tot.withAudience.kg;
	const company = tot.company.kg;
	out.push(
		align(
			[t('table.category'), t('table.kg'), t('table.share')],
			result.byCategory.map((c) => [
				t(`category.${c.key}`),
				kg(c.kgCO2e),
				c.scope === 'company'
					? f.percent(company > 0 ? c.kgCO2e / company : 0)
					: `(${f.percent(all > 0 ? c.kgCO2e / all : 0)})`
			]),
			[false, true, true]
		)
	);
	out.push('');

	// by date
	out.push(
		align(
			[
				t('table.date'),
				t('table.venue'),
				t('table.performances'),
				t('table.attendance'),
				t('table.company'),
				t('table.audience'),
				''
			],
			result.byDate.map((d) => [
				d.start === d.end ? f.date(d.start) : `${f.date(d.start)} → ${f.date(d.end)}`,
				d.venueName,
				String(d.performances),
				d.attendance === null ? '–' : f.number(d.attendance, 0),
				kg(d.company),
				kg(d.audience) + (d.audienceIsDefault ? ' *' : ''),
				d.oneOff ? t('indicators.oneOff') : ''
			]),
			[false, false, true, true, true, true, false]
		)
	);
	if (result.byDate.some((d) => d.audienceIsDefault)) out.push(`  * ${t('quality.default')}`);
	out.push('');

	// by leg
	const modesByLeg = new Map<string, Set<string>>();
	for (const l of result.lines) {
		if (!l.legId) continue;
		const s = modesByLeg.get(l.legId) ?? new Set<string>();
		s.add(modeLabel(locale, l));
		modesByLeg.set(l.legId, s);
	}
	out.push(
		align(
			[t('table.leg'), t('table.mode'), t('table.distance'), t('table.kg')],
			result.byLeg.map((l) => [
				`${l.fromName} → ${l.toName}`,
				[...(modesByLeg.get(l.id) ?? [])].join(' + '),
				l.distances.length > 0
					? [...new Set(l.distances.map((d) => f.km(d.km)))].join(' / ')
					: f.km(l.greatCircleKm),
				kg(l.kgCO2e)
			]),
			[false, false, true, true]
		)
	);
	out.push('');

	// indicators
	const i = result.indicators;
	const opt = (n: number | null, unit = '') => (n === null ? '–' : `${f.kg(n)}${unit}`);
	out.push(t('indicators.title'));
	const ind: [string, string][] = [
		[
			t('indicators.dates'),
			`${i.dates} (${t('indicators.performances').toLowerCase()}${colon}${i.performances})`
		],
		[t('indicators.perDate'), opt(i.perDate)],
		[t('indicators.perPerformance'), opt(i.perPerformance)],
		[t('indicators.perSpectator'), opt(i.perSpectator)],
		[t('indicators.perPersonKm'), opt(i.perPersonKm)],
		[t('indicators.audiencePerSpectator'), opt(i.audiencePerSpectator)],
		[t('indicators.oneOffShare'), `${f.percent(i.oneOffShare)} (${i.oneOffDates}/${i.dates})`]
	];
	const iw = Math.max(...ind.map(([l]) => l.length));
	for (const [label, v] of ind) out.push(`  ${label.padEnd(iw)}  ${v}`);
	out.push('');

	// provenance, uncertainty, defaults, warnings
	out.push(t('table.tables', { tables: result.tables.map((x) => x.ref).join(', ') }));
	out.push(
		t('table.uncertainty', {
			method: translate(locale, `engine.uncertainty.${result.uncertainty.method}`, {
				runs: result.uncertainty.runs ?? 0
			})
		})
	);
	const defaults = result.lines.filter((l) => l.isDefault).length;
	if (defaults > 0) out.push(t('table.defaults', { count: defaults }));
	const warnings = result.warnings.filter((x) => x.code !== 'boundary.not_separable');
	if (warnings.length > 0) {
		out.push(`${t('table.warnings')}${colon.trimEnd()}`);
		for (const x of warnings) out.push(`  - ${t(`warnings.${x.code}`, x.params)}`);
	}
	return out.join('\n');
}

// ————————————————————————————————————————— CSV output

export const CSV_HEADERS = [
	'id',
	'scope',
	'category',
	'family',
	'mode',
	'label',
	'date_id',
	'leg_id',
	'source',
	'quantity',
	'unit',
	'distance_km',
	'people',
	'vehicles',
	'occupants',
	'tonnes',
	'litres',
	'room_nights',
	'meals',
	'spectators',
	'share',
	'occupancy',
	'factor_activity',
	'factor_key',
	'factor_set',
	'factor_table',
	'source_element_id',
	'factor_published',
	'factor_value',
	'components_included',
	'components_excluded',
	'components_not_separable',
	'wtt_key',
	'kg_co2e',
	'kg_co2e_low',
	'kg_co2e_high',
	'per_person_kg',
	'person_km',
	'quality',
	'is_default',
	'flags',
	'formula'
];

export function renderResultCsv(result: TourResult): string {
	return renderCsv(CSV_HEADERS, resultCsvRows(result));
}

/** One row per result line, in CSV_HEADERS' order. */
export function resultCsvRows(result: TourResult) {
	const n = (v: number | null | undefined) => (v === undefined || v === null ? null : v);
	return result.lines.map((l) => {
		const q = l.quantities;
		return [
			l.id,
			l.scope,
			l.category,
			l.family,
			l.mode,
			l.label,
			l.dateId,
			l.legId,
			l.source,
			l.quantity,
			l.factor.unit,
			n(q.distanceKm),
			n(q.people),
			n(q.vehicles),
			n(q.occupants),
			n(q.tonnes),
			n(q.litres),
			n(q.roomNights),
			n(q.meals),
			n(q.spectators),
			n(q.share),
			n(q.occupancy),
			l.factor.activity,
			l.factor.key,
			l.factor.set,
			l.factor.table,
			l.factor.sourceId,
			l.factor.published,
			l.factor.value,
			l.factor.included.join('+'),
			l.factor.excluded.join('+'),
			l.factor.notSeparable.join('+'),
			l.factor.wtt?.key ?? null,
			l.kgCO2e,
			l.range.low,
			l.range.high,
			l.perPersonKg,
			l.personKm,
			l.quality,
			l.isDefault ? 'true' : 'false',
			l.flags.join(' '),
			l.formula
		];
	});
}

// ————————————————————————————————————————— command

/**
 * What `compute` reads, and only that (issue #21: a one-shot process should not load the whole
 * library and gazetteer): each asked factor set, from the pre-built cache or else with the tables
 * it draws from (once per set), and the gazetteer rows of the place ids the files name. Same
 * results as the app's serverDeps() (tests/unit/cli/prebuilt.test.ts).
 */
function cliDeps(): ComputeDeps {
	const sets = new Map<string, ResolvedFactorSet>();
	// set by bin/empreinte.js when it runs the pre-built CLI and its cache is fresh (factor-cache.ts)
	const cache = process.env.EMPREINTE_FACTOR_CACHE;
	return {
		places: lazyPlaceLookup(),
		factors: (ref) => {
			const key = ref ?? '';
			let set = sets.get(key);
			if (!set) sets.set(key, (set = (cache && readCachedSet(cache, ref)) || readFactorSet(ref)));
			return set;
		}
	};
}

type FileOutcome =
	| { file: string; ok: true; result: TourResult }
	| { file: string; ok: false; messages: string[]; problems: TourFileProblem[] };

/** Read, parse and compute one file (`-`: standard input). */
function computeFile(file: string, request: ComputeRequest, deps: ComputeDeps): FileOutcome {
	let text: string;
	try {
		text = readFileSync(file === '-' ? 0 : file, 'utf8');
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
		return {
			file,
			ok: false,
			messages: [`${file}: cannot read the file (${code})`],
			problems: [{ path: '$', message: `cannot read the file (${code})`, code: 'file.unreadable' }]
		};
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		const message = `not valid JSON: ${(e as Error).message}`;
		return {
			file,
			ok: false,
			messages: [`${file}: $: ${message}`],
			problems: [{ path: '$', message, code: 'file.invalid_json' }]
		};
	}
	const outcome = computeTourFile(raw, request, deps);
	if (!outcome.ok) {
		return {
			file,
			ok: false,
			messages: [
				...outcome.problems.map((p) => `${file}: ${p.path}: ${p.message}`),
				`${outcome.problems.length} problem(s); nothing computed.`
			],
			problems: outcome.problems
		};
	}
	return { file, ok: true, result: outcome.result };
}

export async function run(argv: string[]): Promise<number> {
	const { positionals, flags } = parseArgs(argv);
	for (const name of Object.keys(flags))
		if (!KNOWN.includes(name)) throw new UsageError(`Unknown option --${name}`);
	if (positionals.length === 0) throw new UsageError('compute needs a FILE (or - for standard input)');
	if (positionals.filter((f) => f === '-').length > 1)
		throw new UsageError('- (standard input) can be given once');
	const format = formatFlag(flags, ['table', 'json', 'csv']);
	const locale = localeFlag(flags);
	const request = requestFromFlags(flags);
	const deps = cliDeps();

	// One file: its result alone, as it always was. Several (a batch in one process): one result
	// per file, in order — JSON Lines `{ file, result }` or `{ file, problems }`, one CSV with a
	// `file` column, or the tables one after the other under the file's name.
	const several = positionals.length > 1;
	let failed = 0;
	const csvRows: (string | number | null)[][] = [];
	for (const file of positionals) {
		const o = computeFile(file, request, deps);
		if (!o.ok) {
			failed++;
			for (const m of o.messages) console.error(m);
			if (several && format === 'json')
				process.stdout.write(JSON.stringify({ file, problems: o.problems }) + '\n');
			continue;
		}
		const result = o.result;
		if (!several) {
			if (format === 'json') process.stdout.write(JSON.stringify(result, null, 2) + '\n');
			else if (format === 'csv') process.stdout.write(renderResultCsv(result));
			else console.log(renderResultTable(result, locale));
		} else if (format === 'json') process.stdout.write(JSON.stringify({ file, result }) + '\n');
		else if (format === 'csv') for (const row of resultCsvRows(result)) csvRows.push([file, ...row]);
		else console.log(`== ${file}\n${renderResultTable(result, locale)}\n`);
	}
	if (several && format === 'csv') process.stdout.write(renderCsv(['file', ...CSV_HEADERS], csvRows));
	return failed > 0 ? 2 : 0;
}
