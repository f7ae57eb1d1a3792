/**
 * `npx empreinte factors …`: browse, show, compare and check the emission-factor library
 * (emission-factors/), with the same loader and pure functions as the web explorer.
 */
import { formatFlag, parseArgs, renderCsv, renderTable, UsageError, type ParsedArgs } from '../args';
import { AUDIENCE_PARAMETERS } from '../../lib/engine/parameters';
import {
	FactorSetError,
	FactorTableError,
	readFactorLibrary,
	type FactorLibrary
} from '../../lib/server/factor-tables';
import {
	ACTIVITIES,
	SAMPLE_TRIP_KM,
	compareSampleTrips,
	countByKind,
	diffSets,
	diffTables,
	formatComponents,
	searchFactors,
	setToCsv,
	sortChanges,
	tableToCsv,
	type ChangeSort,
	type Factor,
	type FactorChange,
	type FactorQuery,
	type ResolvedFactor
} from '../../lib/engine/factors/index';

export const usage = `factors — the versioned emission-factor tables and sets
  npx empreinte factors list [--table REF | --set REF] [--q TEXT] [--category C] [--unit U]
                             [--source ID] [--geography CC] [--format table|json|csv]
      without --table/--set: every table and set; with one: its factors or entries
  npx empreinte factors show KEY [--set NAME@VERSION] [--table REF] [--format table|json]
      KEY is an activity of the set (default set unless --set) or a factor key of --table;
      prints value, unit, components, source id, provenance, the sets using it, other versions
  npx empreinte factors diff A B [--sort rel|abs|id] [--km 500] [--format table|json]
      A and B are two tables (ademe-impactco2@B ademe-impactco2@C) or two sets; lists added,
      removed and changed factors with absolute and relative change, and a sample trip by mode
  npx empreinte factors check
      validates every table, checksum, component sum and set; exit 1 on the first problem`;

const FILTERS = ['q', 'category', 'unit', 'source', 'geography'] as const;

function str(flags: ParsedArgs['flags'], name: string): string | undefined {
	const v = flags[name];
	if (v === true) throw new UsageError(`--${name} needs a value`);
	return v;
}

function load(): FactorLibrary {
	return readFactorLibrary();
}

/** kg with 4 significant digits, no exponent. */
function kg(n: number | null): string {
	if (n === null) return '—';
	if (n === 0) return '0';
	const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(n))));
	return n.toFixed(Math.min(digits, 6));
}

function pct(r: number | null): string {
	if (r === null) return '—';
	const s = (r * 100).toFixed(1);
	return `${r > 0 ? '+' : ''}${s} %`;
}

function signed(v: string | null): string {
	if (v === null) return '—';
	return v.startsWith('-') ? v : `+${v}`;
}

function components(f: Factor): string {
	return f.components.length === 0
		? '—'
		: f.components
				.map((c) => `${c.kind}${c.label ? ` (${c.label})` : ''}${c.derived ? '*' : ''} ${c.value}`)
				.join(' | ');
}

// ---------------------------------------------------------------------------------------------

async function list(args: ParsedArgs): Promise<number> {
	const format = formatFlag(args.flags, ['table', 'json', 'csv']);
	const lib = load();
	const tableRef = str(args.flags, 'table');
	const setRef = str(args.flags, 'set');
	if (tableRef && setRef) throw new UsageError('give --table or --set, not both');
	const query: FactorQuery = {};
	for (const f of FILTERS) query[f] = str(args.flags, f);

	if (setRef) {
		const resolved = lib.resolve(setRef);
		const rows = resolved.set.entries
			.map((e) => resolved.byActivity.get(e.activity)!)
			.filter(
				(r) => searchFactors([r.factor], query).length > 0 || (query.q && r.activity.includes(query.q))
			);
		if (format === 'csv') process.stdout.write(setToCsv(resolved));
		else if (format === 'json') console.log(JSON.stringify(rows.map(resolvedJson), null, 2));
		else {
			console.log(
				`${resolved.set.ref}${resolved.set.isDefault ? ' (default)' : ''} — ${resolved.set.title}\n`
			);
			console.log(
				renderTable(
					['activity', 'unit', 'table', 'key', 'value', 'verification'],
					rows.map((r) => [
						r.activity,
						r.factor.unit,
						r.factor.table,
						r.factor.key,
						r.factor.value,
						r.factor.verification
					])
				)
			);
		}
		return 0;
	}
	if (tableRef) {
		const table = lib.tables.get(tableRef);
		if (!table) throw new UsageError(`no table ${tableRef} (known: ${[...lib.tables.keys()].join(', ')})`);
		const rows = searchFactors(table.factors, query);
		if (format === 'csv') process.stdout.write(tableToCsv({ ...table, factors: rows }));
		else if (format === 'json')
			console.log(JSON.stringify({ manifest: table.manifest, factors: rows.map(factorJson) }, null, 2));
		else {
			console.log(`${table.manifest.ref} — ${table.manifest.title}\n`);
			console.log(
				renderTable(
					['key', 'unit', 'value', 'components', 'source id', 'verification'],
					rows.map((f) => [
						f.key,
						f.unit,
						f.value,
						formatComponents(f.components) || '—',
						f.sourceId ?? '—',
						f.verification
					])
				)
			);
		}
		return 0;
	}
	const tables = [...lib.tables.values()];
	const sets = [...lib.sets.values()];
	if (format === 'json') {
		console.log(
			JSON.stringify(
				{
					tables: tables.map((t) => ({ ...t.manifest, factors: t.factors.length })),
					sets: sets.map((s) => ({
						ref: s.ref,
						title: s.title,
						isDefault: s.isDefault,
						entries: s.entries.length
					}))
				},
				null,
				2
			)
		);
		return 0;
	}
	if (format === 'csv') {
		process.stdout.write(
			renderCsv(
				['kind', 'ref', 'title', 'rows', 'source_org', 'published_on'],
				[
					...tables.map((t) => [
						'table',
						t.manifest.ref,
						t.manifest.title,
						t.factors.length,
						t.manifest.sourceOrg,
						t.manifest.publishedOn
					]),
					...sets.map((s) => ['set', s.ref, s.title, s.entries.length, null, s.publishedOn ?? null])
				]
			)
		);
		return 0;
	}
	const verif = (fs: Factor[]) => {
		const n = (v: string) => fs.filter((f) => f.verification === v).length;
		return `${n('verified')}/${n('secondary')}/${n('derived')}/${n('unverified')}`;
	};
	console.log('Tables (verification: verified/secondary/derived/unverified)\n');
	console.log(
		renderTable(
			['table', 'factors', 'verification', 'published', 'title'],
			tables.map((t) => [
				t.manifest.ref,
				t.factors.length,
				verif(t.factors),
				t.manifest.publishedOn ?? '—',
				t.manifest.title
			])
		)
	);
	console.log('\nSets\n');
	console.log(
		renderTable(
			['set', 'entries', 'default', 'title'],
			sets.map((s) => [s.ref, s.entries.length, s.isDefault ? 'yes' : '', s.title])
		)
	);
	return 0;
}

function factorJson(f: Factor) {
	return { ...f, components: f.components.map((c) => ({ ...c })) };
}

function resolvedJson(r: ResolvedFactor) {
	return {
		activity: r.activity,
		set: r.set,
		factor: factorJson(r.factor),
		wtt: r.wtt ? factorJson(r.wtt) : null
	};
}

// ---------------------------------------------------------------------------------------------

async function show(args: ParsedArgs): Promise<number> {
	const format = formatFlag(args.flags);
	const key = args.positionals[1];
	if (!key) throw new UsageError('factors show needs a KEY');
	const lib = load();
	const tableRef = str(args.flags, 'table');
	const setRef = str(args.flags, 'set');
	let factor: Factor | undefined;
	let wtt: Factor | null = null;
	let inSet: { ref: string; why?: string; activity: string } | null = null;
	if (tableRef) {
		const table = lib.tables.get(tableRef);
		if (!table) throw new UsageError(`no table ${tableRef}`);
		factor = table.byKey.get(key);
		if (!factor) {
			console.error(`${tableRef} has no factor "${key}"`);
			return 1;
		}
		wtt = factor.wttKey ? (table.byKey.get(factor.wttKey) ?? null) : null;
	} else {
		const resolved = lib.resolve(setRef);
		const rf = resolved.byActivity.get(key);
		if (rf) {
			factor = rf.factor;
			wtt = rf.wtt;
			const entry = resolved.set.entries.find((e) => e.activity === key);
			inSet = { ref: resolved.set.ref, why: entry?.why, activity: key };
		}
	}
	const versions = [...lib.tables.values()].flatMap((t) => {
		const f = t.byKey.get(factor?.key ?? key);
		return f ? [f] : [];
	});
	if (!factor) {
		if (versions.length === 0) {
			console.error(
				`"${key}" is neither an activity of ${setRef ?? lib.defaultSet.ref} nor a factor key of any table`
			);
			return 1;
		}
		if (versions.length > 1 && format === 'table') {
			console.log(
				`"${key}" is not an activity of ${setRef ?? lib.defaultSet.ref}; factor key found in ${versions.length} tables (add --table REF):\n`
			);
		}
		factor = versions[versions.length - 1];
		const t = lib.tables.get(factor.table)!;
		wtt = factor.wttKey ? (t.byKey.get(factor.wttKey) ?? null) : null;
	}
	const m = lib.tables.get(factor.table)!.manifest;
	const usedBy = lib.factorUsageDetail(factor.table, factor.key);
	if (format === 'json') {
		console.log(
			JSON.stringify(
				{
					activity: inSet?.activity ?? null,
					set: inSet?.ref ?? null,
					why: inSet?.why ?? null,
					factor: factorJson(factor),
					wtt: wtt ? factorJson(wtt) : null,
					table: m,
					usedBy,
					otherVersions: versions
						.filter((f) => f !== factor)
						.map((f) => ({ table: f.table, value: f.value, unit: f.unit }))
				},
				null,
				2
			)
		);
		return 0;
	}
	const lines: [string, string][] = [
		['factor', `${factor.table} › ${factor.key}`],
		['value', `${factor.value} kgCO2e per ${factor.unit}`],
		['components', components(factor)],
		['WTT', wtt ? `${wtt.value} kgCO2e per ${wtt.unit} (${wtt.key}, published apart)` : '—'],
		['source id', `${factor.sourceId ?? '—'} — ${factor.sourceLabel}`],
		['verification', factor.verification],
		['geography', `${factor.geography}${factor.dataYear ? ` · data year ${factor.dataYear}` : ''}`],
		['uncertainty', factor.uncertaintyPct === null ? 'not published' : `±${factor.uncertaintyPct} %`],
		['source', `${m.sourceOrg} — ${m.dataset}`],
		['read from', m.sourceFile ?? m.url],
		['published', `${m.publishedOn ?? 'not recorded'}; retrieved ${m.retrievedOn}`],
		['licence', m.licence],
		['notes', factor.notes || '—'],
		['file', `emission-factors/${m.ref}/${m.dataFile}, line ${factor.line}`]
	];
	if (inSet)
		lines.unshift(['activity', `${inSet.activity} in ${inSet.ref}${inSet.why ? ` — ${inSet.why}` : ''}`]);
	lines.push([
		'used by',
		usedBy.length
			? usedBy.map((u) => `${u.set} (${u.activity}${u.asWtt ? ', as WTT' : ''})`).join(', ')
			: 'no set'
	]);
	const others = versions.filter((f) => f !== factor);
	lines.push([
		'same key',
		others.length
			? others.map((f) => `${f.table} ${f.value}${f.unit !== factor.unit ? ` per ${f.unit}` : ''}`).join(', ')
			: '—'
	]);
	const w = Math.max(...lines.map(([k]) => k.length));
	console.log(lines.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n'));
	return 0;
}

// ---------------------------------------------------------------------------------------------

function changeRow(c: FactorChange): (string | number)[] {
	const f = c.after ?? c.before!;
	return [
		c.kind,
		c.id,
		f.unit + (c.unitChanged ? ` (was ${c.before!.unit})` : ''),
		c.before?.value ?? '—',
		c.after?.value ?? '—',
		signed(c.absChange),
		pct(c.relChange),
		c.details.length ? c.details.join(',') : ''
	];
}

async function diff(args: ParsedArgs): Promise<number> {
	const format = formatFlag(args.flags);
	const [, a, b] = args.positionals;
	if (!a || !b) throw new UsageError('factors diff needs two refs: A B');
	const sort = (str(args.flags, 'sort') ?? 'rel') as ChangeSort;
	if (!['rel', 'abs', 'id'].includes(sort)) throw new UsageError('--sort must be rel, abs or id');
	const km = Number(str(args.flags, 'km') ?? SAMPLE_TRIP_KM);
	if (!Number.isFinite(km) || km <= 0) throw new UsageError('--km must be a positive number');
	const lib = load();
	const isTable = lib.tables.has(a) && lib.tables.has(b);
	const isSet = lib.sets.has(a) && lib.sets.has(b);
	if (!isTable && !isSet) {
		throw new UsageError(
			`A and B must both be tables or both be sets; known tables: ${[...lib.tables.keys()].join(', ')}; sets: ${[...lib.sets.keys()].join(', ')}`
		);
	}
	const d = isTable
		? diffTables(lib.tables.get(a)!, lib.tables.get(b)!)
		: diffSets(lib.resolve(a), lib.resolve(b));
	const trip = isTable
		? compareSampleTrips(lib.tables.get(a)!, lib.tables.get(b)!, km)
		: compareSampleTrips(lib.resolve(a), lib.resolve(b), km);
	const changes = sortChanges(d.changes, sort, sort !== 'id');
	const n = countByKind(changes);
	if (format === 'json') {
		console.log(
			JSON.stringify(
				{
					kind: d.kind,
					a,
					b,
					counts: { ...n, unchanged: d.unchanged },
					changes: changes.map((c) => ({
						id: c.id,
						kind: c.kind,
						unit: (c.after ?? c.before)!.unit,
						before: c.before?.value ?? null,
						after: c.after?.value ?? null,
						beforeRef: c.before ? `${c.before.table}:${c.before.key}` : null,
						afterRef: c.after ? `${c.after.table}:${c.after.key}` : null,
						absChange: c.absChange,
						relChange: c.relChange,
						unitChanged: c.unitChanged,
						details: c.details
					})),
					sampleTrip: { km, rows: trip }
				},
				null,
				2
			)
		);
		return 0;
	}
	console.log(
		`${a} → ${b}: ${n.changed} changed, ${n.added} added, ${n.removed} removed, ${n.relabelled} relabelled (same value), ${d.unchanged} unchanged\n`
	);
	if (changes.length > 0) {
		console.log(
			renderTable(
				['change', isTable ? 'key' : 'activity', 'unit', 'before', 'after', 'absolute', 'relative', 'also'],
				changes.map(changeRow)
			)
		);
	}
	const tripRows = trip.filter((r) => r.kgA !== r.kgB);
	console.log(
		`\nSample trip: ${km} km by each mode (kgCO2e per passenger, or per vehicle for per-vehicle·km modes; full published boundary)${tripRows.length < trip.length ? `; ${trip.length - tripRows.length} mode(s) unchanged not shown` : ''}\n`
	);
	console.log(
		tripRows.length === 0
			? 'no change'
			: renderTable(
					['mode', 'per', `kg ${a}`, `kg ${b}`, 'change', 'relative'],
					tripRows
						.sort((x, y) => Math.abs(y.rel ?? 0) - Math.abs(x.rel ?? 0))
						.map((r) => [
							r.id,
							r.unit === 'vehicle.km' ? 'vehicle' : 'passenger',
							kg(r.kgA),
							kg(r.kgB),
							r.delta === null ? '—' : (r.delta > 0 ? '+' : '') + kg(r.delta),
							pct(r.rel)
						])
				)
	);
	return 0;
}

// ---------------------------------------------------------------------------------------------

async function check(): Promise<number> {
	let lib: FactorLibrary;
	try {
		lib = load();
	} catch (e) {
		if (e instanceof FactorTableError || e instanceof FactorSetError) {
			console.error(`factors check: FAILED\n${e.message}`);
			return 1;
		}
		throw e;
	}
	const factors = [...lib.tables.values()].reduce((n, t) => n + t.factors.length, 0);
	const def = lib.resolve();
	const notVerified = [...def.byActivity.values()].filter((r) => r.factor.verification !== 'verified');
	// optional activities (flight categories, < 500 km band) are asked for only under a set's method
	const required = ACTIVITIES.filter((a) => !a.optional).length;
	const hotels = [...def.byActivity.keys()].filter((a) => /^hotel\.[A-Z]{2}$/.test(a)).length;
	console.log(
		`factors check: OK — ${lib.tables.size} tables (${factors} factors, checksums and component sums checked), ${lib.sets.size} sets resolved, ${lib.parameters.size} parameter files, ${Object.keys(AUDIENCE_PARAMETERS).length} audience parameters versions (${Object.keys(AUDIENCE_PARAMETERS).join(', ')}); default set ${lib.defaultSet.ref} maps all ${required} activities and ${hotels} hotel countries.`
	);
	if (notVerified.length > 0) {
		console.log(
			`note: ${notVerified.length} default-set entries are not [V] verified: ${notVerified.map((r) => `${r.activity} (${r.factor.verification})`).join(', ')}`
		);
	}
	return 0;
}

export async function run(argv: string[]): Promise<number> {
	const args = parseArgs(argv);
	const sub = args.positionals[0];
	switch (sub) {
		case 'list':
			return list(args);
		case 'show':
			return show(args);
		case 'diff':
			return diff(args);
		case 'check':
			return check();
		case undefined:
			throw new UsageError('factors needs a subcommand: list, show, diff or check');
		default:
			throw new UsageError(`unknown subcommand "${sub}"`);
	}
}
