/**
 * Parsing and validation of the factor data files (format: emission-factors/README.md), pure:
 * text in, typed objects out, or a FactorTableError naming file, line and field. The server
 * module reads the files and checks their SHA-256; the CLI and the tests call the same functions.
 *
 * - `manifest.json`: one per table folder (zod `ManifestFile`).
 * - `factors.csv`: one row per factor (zod `FactorRow`); components in published order,
 *   `kind[label]*:value` joined by `|`, `*` marking a part we derived (not published as such).
 * - `sets/<name>@<version>.json`: a factor set (zod `SetFile`).
 * - `parameters/<id>@<version>.json`: sourced non-factor parameters (zod `ParameterFile`).
 */
import { z } from 'zod';
import { CsvSyntaxError, parseCsv } from './csv';
import { DECIMAL_RE, decimalEquals, decimalSum, float64SumInOrder } from './decimal';
import {
	BOUNDARY_STATES,
	COMPONENT_KINDS,
	COMPONENT_SUM_RULES,
	FACTOR_UNITS,
	FactorTableError,
	VERIFICATION,
	type ComponentKind,
	type Factor,
	type FactorComponent,
	type FactorSet,
	type FactorTable,
	type ParameterTable,
	type TableManifest
} from './types';

/** The data file's columns, in this order. */
export const CSV_COLUMNS = [
	'key',
	'category',
	'unit',
	'value',
	'components',
	'wtt_key',
	'source_id',
	'source_label',
	'geography',
	'data_year',
	'uncertainty_pct',
	'verification',
	'notes'
] as const;

export const FACTOR_CATEGORIES = ['passenger', 'freight', 'accommodation', 'meal', 'fuel', 'other'] as const;

/** Our stable keys: lower-case dotted words; a segment may be an upper-case ISO country (`hotel.FR`). */
export const KEY_RE = /^[a-z][a-z0-9_]*(\.([a-z0-9_]+|[A-Z]{2}))*$/;
/** `<id>@<version>`: id in kebab-case, version of letters, digits, dots and dashes. */
export const REF_RE = /^[a-z0-9]+(-[a-z0-9]+)*@[A-Za-z0-9][A-Za-z0-9.-]*$/;
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const VERSION_RE = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;
const GEO_RE = /^([A-Z]{2}|EU|WORLD)$/;

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const isoDate = z.iso.date();
const decimal = z
	.string()
	.regex(DECIMAL_RE, 'must be a plain decimal number such as 0.0023 (point, no exponent)');
const boundaryState = z.enum(BOUNDARY_STATES);

export const ManifestFile = z.strictObject({
	id: z.string().regex(ID_RE, 'must be kebab-case, e.g. ademe-impactco2'),
	version: z.string().regex(VERSION_RE, 'letters, digits, dots and dashes'),
	title: nonEmpty,
	sourceOrg: nonEmpty,
	dataset: nonEmpty,
	publishedOn: isoDate.nullable(),
	validFrom: isoDate.nullable().optional(),
	validUntil: isoDate.nullable().optional(),
	retrievedOn: isoDate,
	licence: nonEmpty,
	attribution: nonEmpty,
	url: z.url(),
	sourceFile: z.string().nullable().optional(),
	dataFile: z.string().regex(/^[^/\\]+\.csv$/, 'a .csv file name in the same folder'),
	sha256: z.string().regex(/^[0-9a-f]{64}$/, 'lower-case hex SHA-256 of the data file'),
	componentSum: z.enum(COMPONENT_SUM_RULES).default('exact'),
	boundary: z.strictObject({
		construction: boundaryState,
		fuelUpstream: boundaryState,
		nonCO2: boundaryState,
		wtt: boundaryState.optional(),
		notes: z.string()
	}),
	notes: z.string(),
	supersedes: z.string().regex(REF_RE, 'a table ref <id>@<version>').nullable()
});
export type ManifestFile = z.infer<typeof ManifestFile>;

export const FactorRow = z.object({
	key: z.string().regex(KEY_RE, 'lower-case dotted key, e.g. rail.tgv or hotel.FR'),
	category: z.enum(FACTOR_CATEGORIES),
	unit: z.enum(FACTOR_UNITS),
	value: decimal.refine((v) => !v.startsWith('-'), 'must not be negative'),
	components: z.string(),
	wtt_key: z.union([z.literal(''), z.string().regex(KEY_RE, 'a key of this table')]),
	source_id: z.string(),
	source_label: nonEmpty,
	geography: z.string().regex(GEO_RE, 'ISO 3166 alpha-2 code, EU or WORLD'),
	data_year: z.string().regex(/^(\d{4})?$/, 'a four-digit year or empty'),
	uncertainty_pct: z.union([z.literal(''), decimal]),
	verification: z.enum(VERIFICATION),
	notes: z.string()
});
export type FactorRow = z.infer<typeof FactorRow>;

const localized = z.strictObject({ en: nonEmpty, fr: nonEmpty });

export const SetFile = z.strictObject({
	name: z.string().regex(ID_RE, 'kebab-case'),
	version: z.string().regex(VERSION_RE, 'letters, digits, dots and dashes'),
	isDefault: z.boolean(),
	publishedOn: isoDate.nullable(),
	supersedes: z.string().regex(REF_RE).nullable(),
	title: nonEmpty,
	description: nonEmpty,
	rules: nonEmpty,
	fr: z.strictObject({ title: nonEmpty, description: nonEmpty, rules: nonEmpty }),
	ruleList: z.array(z.strictObject({ id: nonEmpty, en: nonEmpty, fr: nonEmpty })),
	method: z
		.strictObject({
			planeBandFromUserDistance: z.boolean().optional(),
			planeShortSplitKm: z.number().positive().optional(),
			flightCategories: z
				.strictObject({ scheme: z.literal('desnz'), shortHaulMaxKm: z.number().positive() })
				.optional(),
			planeGreatCircleOnly: z.boolean().optional(),
			audienceParameters: z.string().regex(REF_RE, 'a parameters ref <id>@<version>').optional()
		})
		.optional(),
	entries: z
		.array(
			z.strictObject({
				activity: z.string().regex(KEY_RE, 'an activity key'),
				table: z.string().regex(REF_RE, 'a table ref <id>@<version>'),
				key: z.string().regex(KEY_RE, 'a factor key'),
				rule: nonEmpty,
				note: localized.optional()
			})
		)
		.min(1)
});
export type SetFile = z.infer<typeof SetFile>;

export const ParameterFile = z.strictObject({
	id: z.string().regex(ID_RE),
	version: z.string().regex(VERSION_RE),
	title: nonEmpty,
	description: nonEmpty,
	retrievedOn: isoDate,
	sources: z
		.array(z.strictObject({ id: nonEmpty, label: nonEmpty, url: z.url().nullable(), licence: nonEmpty }))
		.min(1),
	parameters: z
		.array(
			z.strictObject({
				key: z.string().regex(KEY_RE),
				value: decimal,
				unit: nonEmpty,
				label: nonEmpty,
				source: nonEmpty,
				sourceId: z.string().nullable(),
				verification: z.enum(VERIFICATION),
				notes: z.string()
			})
		)
		.min(1)
});
export type ParameterFile = z.infer<typeof ParameterFile>;

// ---------------------------------------------------------------------------------------------
// JSON files

/** 1-based line of the first occurrence of `"name":` in a JSON text (best effort, for messages). */
function lineOfJsonKey(text: string, name: string | number | undefined, from = 0): number | null {
	if (name === undefined || typeof name === 'number') return null;
	const i = text.indexOf(`"${name}"`, from);
	return i < 0 ? null : text.slice(0, i).split('\n').length;
}

/** Line of the n-th element of a top-level array property (entries[12] → line of its 13th object). */
function lineOfArrayItem(text: string, arrayName: string, index: number): number | null {
	const start = text.indexOf(`"${arrayName}"`);
	if (start < 0) return null;
	let depth = 0;
	let count = -1;
	let inString = false;
	for (let i = text.indexOf('[', start) + 1; i < text.length; i++) {
		const ch = text[i];
		if (inString) {
			if (ch === '\\') i++;
			else if (ch === '"') inString = false;
			continue;
		}
		if (ch === '"') inString = true;
		else if (ch === '{' || ch === '[') {
			if (depth === 0 && ++count === index) return text.slice(0, i).split('\n').length;
			depth++;
		} else if (ch === '}' || ch === ']') {
			if (depth === 0) return null;
			depth--;
		}
	}
	return null;
}

function parseJson(text: string, file: string): unknown {
	try {
		return JSON.parse(text);
	} catch (e) {
		const msg = e instanceof Error ? e.message : String(e);
		const pos = /position (\d+)/.exec(msg);
		const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : null;
		throw new FactorTableError(file, line, null, `invalid JSON: ${msg}`);
	}
}

function zodToError(file: string, text: string, error: z.ZodError): FactorTableError {
	const issue = error.issues[0];
	const path = issue.path.map(String);
	let line: number | null;
	if (typeof issue.path[1] === 'number' && typeof issue.path[0] === 'string') {
		const itemLine = lineOfArrayItem(text, issue.path[0], issue.path[1]);
		line = itemLine;
		if (itemLine !== null && typeof issue.path[2] === 'string') {
			const offset = text
				.split('\n')
				.slice(0, itemLine - 1)
				.join('\n').length;
			line = lineOfJsonKey(text, issue.path[2], offset) ?? itemLine;
		}
	} else {
		line = lineOfJsonKey(text, issue.path[issue.path.length - 1] as string | undefined);
	}
	return new FactorTableError(file, line, path.join('.') || null, issue.message);
}

/** Parse and validate a table's manifest.json. */
export function parseManifest(text: string, file: string): TableManifest {
	const parsed = ManifestFile.safeParse(parseJson(text, file));
	if (!parsed.success) throw zodToError(file, text, parsed.error);
	const m = parsed.data;
	return { ...m, ref: `${m.id}@${m.version}`, boundary: { ...m.boundary } };
}

/** Parse and validate a factor set file; entries get their rule text as `why`/`whyFr`. */
export function parseFactorSet(text: string, file: string): FactorSet {
	const parsed = SetFile.safeParse(parseJson(text, file));
	if (!parsed.success) throw zodToError(file, text, parsed.error);
	const s = parsed.data;
	const rules = new Map(s.ruleList.map((r) => [r.id, r]));
	if (rules.size !== s.ruleList.length) {
		throw new FactorTableError(file, lineOfJsonKey(text, 'ruleList'), 'ruleList', 'two rules share an id');
	}
	const seen = new Set<string>();
	const entries = s.entries.map((e, i) => {
		// the item's line is only for messages: found when one is thrown (scanning the text for every
		// entry made loading a set quadratic in its size)
		const line = () => lineOfArrayItem(text, 'entries', i);
		if (seen.has(e.activity)) {
			throw new FactorTableError(
				file,
				line(),
				`entries.${i}.activity`,
				`activity "${e.activity}" is mapped twice`
			);
		}
		seen.add(e.activity);
		const rule = rules.get(e.rule);
		if (!rule)
			throw new FactorTableError(file, line(), `entries.${i}.rule`, `rule "${e.rule}" is not in ruleList`);
		return {
			activity: e.activity,
			table: e.table,
			key: e.key,
			rule: e.rule,
			why: e.note ? e.note.en : rule.en,
			whyFr: e.note ? e.note.fr : rule.fr
		};
	});
	return {
		name: s.name,
		version: s.version,
		ref: `${s.name}@${s.version}`,
		title: s.title,
		description: s.description,
		rules: s.rules,
		isDefault: s.isDefault,
		entries,
		publishedOn: s.publishedOn,
		supersedes: s.supersedes,
		fr: s.fr,
		ruleList: s.ruleList,
		...(s.method ? { method: s.method } : {})
	};
}

/** Parse and validate a sourced-parameters file. */
export function parseParameterTable(text: string, file: string): ParameterTable {
	const parsed = ParameterFile.safeParse(parseJson(text, file));
	if (!parsed.success) throw zodToError(file, text, parsed.error);
	const p = parsed.data;
	const sources = new Set(p.sources.map((s) => s.id));
	const byKey = new Map<string, ParameterTable['parameters'][number]>();
	const parameters = p.parameters.map((x, i) => {
		const line = () => lineOfArrayItem(text, 'parameters', i); // for messages only (see entries)
		if (!sources.has(x.source)) {
			throw new FactorTableError(
				file,
				line(),
				`parameters.${i}.source`,
				`source "${x.source}" is not in sources`
			);
		}
		if (byKey.has(x.key))
			throw new FactorTableError(file, line(), `parameters.${i}.key`, `duplicate key "${x.key}"`);
		const param = { ...x, num: Number(x.value) };
		byKey.set(x.key, param);
		return param;
	});
	return {
		id: p.id,
		version: p.version,
		ref: `${p.id}@${p.version}`,
		title: p.title,
		description: p.description,
		retrievedOn: p.retrievedOn,
		sources: p.sources,
		parameters,
		byKey
	};
}

// ---------------------------------------------------------------------------------------------
// CSV data file

const COMPONENT_RE = new RegExp(
	`^(${COMPONENT_KINDS.join('|')})(?:\\[([^\\]|:]+)\\])?(\\*)?:(${DECIMAL_RE.source.slice(1, -1)})$`
);

/** `construction:0.00063|fuel:0.0023`, `nonco2*:0.09376`, `other[energy]:2.1` → components. */
export function parseComponents(text: string): FactorComponent[] {
	if (text.trim() === '') return [];
	return text.split('|').map((part) => {
		const m = COMPONENT_RE.exec(part.trim());
		if (!m) {
			throw new Error(
				`"${part}" is not kind[label]*:value with kind one of ${COMPONENT_KINDS.join(', ')} (e.g. fuel:0.0023)`
			);
		}
		const c: FactorComponent = {
			kind: m[1] as ComponentKind,
			value: m[4],
			num: Number(m[4]),
			derived: m[3] === '*'
		};
		if (m[2] !== undefined) c.label = m[2];
		return c;
	});
}

/** The inverse of parseComponents. */
export function formatComponents(components: readonly FactorComponent[]): string {
	return components
		.map((c) => `${c.kind}${c.label ? `[${c.label}]` : ''}${c.derived ? '*' : ''}:${c.value}`)
		.join('|');
}

/** Does the component list add up to the value under the table's rule? */
export function componentsMatch(
	value: string,
	components: readonly FactorComponent[],
	rule: TableManifest['componentSum']
): boolean {
	if (components.length === 0) return true;
	const values = components.map((c) => c.value);
	if (decimalEquals(decimalSum(values), value)) return true;
	return rule === 'exact-or-float64' && float64SumInOrder(values) === Number(value);
}

/**
 * Parse a table's data file against its manifest and build the table: header, every row (zod),
 * components and their sum, unique keys, WTT links (same table, same unit).
 */
export function parseFactorTable(manifest: TableManifest, csvText: string, file: string): FactorTable {
	let records;
	try {
		records = parseCsv(csvText);
	} catch (e) {
		if (e instanceof CsvSyntaxError) throw new FactorTableError(file, e.line, null, e.message);
		throw e;
	}
	if (records.length === 0) throw new FactorTableError(file, 1, null, 'empty file: expected a header row');
	const [header, ...rows] = records;
	const expected = CSV_COLUMNS.join(',');
	if (header.fields.join(',') !== expected) {
		const i = CSV_COLUMNS.findIndex((c, j) => header.fields[j] !== c);
		throw new FactorTableError(
			file,
			header.line,
			CSV_COLUMNS[i] ?? header.fields[i] ?? null,
			`header must be exactly: ${expected}`
		);
	}
	const factors: Factor[] = [];
	const byKey = new Map<string, Factor>();
	for (const rec of rows) {
		if (rec.fields.length !== CSV_COLUMNS.length) {
			throw new FactorTableError(
				file,
				rec.line,
				null,
				`${rec.fields.length} fields, expected ${CSV_COLUMNS.length} (quote fields that contain a comma)`
			);
		}
		const raw = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rec.fields[i]]));
		const parsed = FactorRow.safeParse(raw);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			const field = String(issue.path[0] ?? '');
			throw new FactorTableError(
				file,
				rec.line,
				field || null,
				`${JSON.stringify(raw[field] ?? '')}: ${issue.message}`
			);
		}
		const r = parsed.data;
		let components: FactorComponent[];
		try {
			components = parseComponents(r.components);
		} catch (e) {
			throw new FactorTableError(file, rec.line, 'components', e instanceof Error ? e.message : String(e));
		}
		if (!componentsMatch(r.value, components, manifest.componentSum)) {
			throw new FactorTableError(
				file,
				rec.line,
				'components',
				`components add up to ${decimalSum(components.map((c) => c.value))}, not to the value ${r.value}`
			);
		}
		if (byKey.has(r.key)) {
			throw new FactorTableError(
				file,
				rec.line,
				'key',
				`duplicate key "${r.key}" (first on line ${byKey.get(r.key)!.line})`
			);
		}
		const factor: Factor = {
			table: manifest.ref,
			key: r.key,
			category: r.category,
			unit: r.unit,
			value: r.value,
			num: Number(r.value),
			components,
			wttKey: r.wtt_key || null,
			sourceId: r.source_id || null,
			sourceLabel: r.source_label,
			geography: r.geography,
			dataYear: r.data_year ? Number(r.data_year) : null,
			uncertaintyPct: r.uncertainty_pct ? Number(r.uncertainty_pct) : null,
			verification: r.verification,
			notes: r.notes,
			line: rec.line
		};
		factors.push(factor);
		byKey.set(r.key, factor);
	}
	for (const f of factors) {
		if (f.wttKey === null) continue;
		const w = byKey.get(f.wttKey);
		if (!w) throw new FactorTableError(file, f.line, 'wtt_key', `"${f.wttKey}" is not a key of this table`);
		if (w.unit !== f.unit) {
			throw new FactorTableError(
				file,
				f.line,
				'wtt_key',
				`"${f.wttKey}" is per ${w.unit}, this factor per ${f.unit}`
			);
		}
	}
	return { manifest, factors, byKey };
}
