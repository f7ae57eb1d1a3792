/**
 * The factor library, read from emission-factors/ on disk and validated whole before the app
 * serves anything: every manifest and data file (zod), every data file's SHA-256, every component
 * list against its total, every WTT link, every set (resolved: tables, keys and units exist), and
 * the default set's coverage of the activity vocabulary. The first problem stops start-up with a
 * FactorTableError or FactorSetError naming the file, line and field — never a silent zero.
 *
 * Layout (emission-factors/README.md):
 *   <id>@<version>/manifest.json + <dataFile>.csv   one immutable table per folder
 *   sets/<name>@<version>.json                      factor sets, exactly one with isDefault
 *   parameters/<id>@<version>.json                  sourced non-factor parameters
 * Other files of parameters/ (without `@`) belong to the engine (audience archetypes, uncertainty)
 * and are read by it, not here.
 *
 * Relative imports only: the CLI (tsx, no SvelteKit) imports this module too.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
	FactorSetError,
	FactorTableError,
	missingActivities,
	parseFactorSet,
	parseFactorTable,
	parseManifest,
	parseParameterTable,
	resolveSet,
	type FactorSet,
	type FactorTable,
	type ParameterTable,
	type ResolvedFactorSet
} from '../engine/factors/index';
import { AUDIENCE_PARAMETERS } from '../engine/parameters';

export { FactorSetError, FactorTableError };

export interface FactorUsage {
	set: string;
	activity: string;
	/** the factor is used as the WTT row of the activity's factor */
	asWtt: boolean;
}

export interface FactorLibrary {
	/** absolute path of the emission-factors folder read */
	dir: string;
	tables: Map<string, FactorTable>;
	sets: Map<string, FactorSet>;
	parameters: Map<string, ParameterTable>;
	defaultSet: FactorSet;
	/** the set resolved against the tables (default set when no ref); throws FactorSetError on an unknown ref */
	resolve(setRef?: string): ResolvedFactorSet;
	/** refs of the sets that use this factor (directly or as a WTT row) */
	factorUsage(tableRef: string, key: string): string[];
	factorUsageDetail(tableRef: string, key: string): FactorUsage[];
	/** table refs grouped by table id, oldest first (by publication date, then ref) */
	series(): Map<string, string[]>;
}

export function factorsDir(env: Record<string, string | undefined> = process.env): string {
	return env.EMPREINTE_FACTORS_DIR ?? join(env.EMPREINTE_ROOT ?? process.cwd(), 'emission-factors');
}

let cached: { dir: string; lib: FactorLibrary } | null = null;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readText(path: string, shown: string): string {
	let buf: Buffer;
	try {
		buf = readFileSync(path);
	} catch {
		throw new FactorTableError(shown, null, null, 'cannot read the file');
	}
	try {
		return utf8.decode(buf);
	} catch {
		throw new FactorTableError(shown, null, null, 'not valid UTF-8');
	}
}

export function sha256Hex(data: Buffer | string): string {
	return createHash('sha256').update(data).digest('hex');
}

/**
 * Load and validate the whole library from `dir` (throws on the first problem) and make it the
 * process's library: start-up calls this, request handlers then call getFactorLibrary().
 */
export function loadFactorLibrary(dir: string = factorsDir()): FactorLibrary {
	const lib = readFactorLibrary(dir);
	cached = { dir, lib };
	return lib;
}

/** One table folder (`<id>@<version>`): its manifest, its data file's checksum, its factors. */
function readTable(dir: string, name: string, shown: (p: string) => string): FactorTable {
	const folder = join(dir, name);
	const manifestPath = join(folder, 'manifest.json');
	if (!existsSync(manifestPath))
		throw new FactorTableError(shown(folder), null, null, 'table folder without manifest.json');
	const manifest = parseManifest(readText(manifestPath, shown(manifestPath)), shown(manifestPath));
	if (manifest.ref !== name) {
		throw new FactorTableError(
			shown(manifestPath),
			null,
			'id',
			`folder is "${name}" but id@version is "${manifest.ref}"`
		);
	}
	const dataPath = join(folder, manifest.dataFile);
	if (!existsSync(dataPath))
		throw new FactorTableError(shown(manifestPath), null, 'dataFile', `${manifest.dataFile} not found`);
	const bytes = readFileSync(dataPath);
	const actual = sha256Hex(bytes);
	if (actual !== manifest.sha256) {
		throw new FactorTableError(
			shown(manifestPath),
			null,
			'sha256',
			`checksum mismatch: ${manifest.dataFile} has sha256 ${actual}, the manifest says ${manifest.sha256} (a released table is never edited: publish a new version)`
		);
	}
	return parseFactorTable(manifest, readText(dataPath, shown(dataPath)), shown(dataPath));
}

/**
 * One factor set (`NAME@VERSION`, the default set when undefined), reading only the tables its
 * entries draw from: what a one-shot process computing one tour needs (the CLI's `compute`, issue
 * #21) rather than the whole library. Resolved by the same resolveSet, so it is the same as
 * `getFactorLibrary().resolve(ref)`; the library's other checks (every table, coverage of the
 * default set) are `npx empreinte factors check`'s and start-up's. Throws FactorSetError for an
 * unknown set, FactorTableError for a malformed file, as the library does.
 */
export function readFactorSet(setRef?: string, dir: string = factorsDir()): ResolvedFactorSet {
	const shown = (p: string) => relative(join(dir, '..'), p) || p;
	const setsDir = join(dir, 'sets');
	const files = existsSync(setsDir)
		? readdirSync(setsDir)
				.filter((f) => f.endsWith('.json'))
				.sort()
		: [];
	const sets = files.map((f) =>
		parseFactorSet(readText(join(setsDir, f), shown(join(setsDir, f))), shown(join(setsDir, f)))
	);
	const defaults = sets.filter((x) => x.isDefault);
	const set =
		setRef === undefined
			? defaults.length === 1
				? defaults[0]
				: undefined
			: sets.find((x) => x.ref === setRef);
	if (!set) {
		const ref = setRef ?? 'default';
		throw new FactorSetError(ref, null, `no such factor set (known: ${sets.map((x) => x.ref).join(', ')})`);
	}
	const tables = new Map<string, FactorTable>();
	for (const name of new Set(set.entries.map((e) => e.table))) {
		if (existsSync(join(dir, name, 'manifest.json'))) tables.set(name, readTable(dir, name, shown));
	}
	return resolveSet(set, tables);
}

/** Load and validate without touching the process cache (tests, `factors check`). */
export function readFactorLibrary(dir: string = factorsDir()): FactorLibrary {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		throw new FactorTableError(
			dir,
			null,
			null,
			'emission-factors folder not found (set EMPREINTE_FACTORS_DIR or EMPREINTE_ROOT)'
		);
	}
	// Paths in messages are relative to the folder's parent, e.g. emission-factors/desnz@2025/factors.csv
	const shown = (p: string) => relative(join(dir, '..'), p) || p;

	const tables = new Map<string, FactorTable>();
	for (const name of readdirSync(dir).sort()) {
		const folder = join(dir, name);
		if (name.startsWith('.') || name === 'sets' || name === 'parameters' || !statSync(folder).isDirectory())
			continue;
		const table = readTable(dir, name, shown);
		tables.set(table.manifest.ref, table);
	}
	for (const t of tables.values()) {
		const s = t.manifest.supersedes;
		if (s && !tables.has(s)) {
			throw new FactorTableError(
				shown(join(dir, t.manifest.ref, 'manifest.json')),
				null,
				'supersedes',
				`table ${s} does not exist`
			);
		}
	}

	const sets = new Map<string, FactorSet>();
	const resolved = new Map<string, ResolvedFactorSet>();
	const setsDir = join(dir, 'sets');
	const setFiles = existsSync(setsDir)
		? readdirSync(setsDir)
				.filter((f) => f.endsWith('.json'))
				.sort()
		: [];
	for (const f of setFiles) {
		const path = join(setsDir, f);
		const set = parseFactorSet(readText(path, shown(path)), shown(path));
		if (`${set.ref}.json` !== f)
			throw new FactorTableError(shown(path), null, 'name', `file name must be ${set.ref}.json`);
		const pinned = set.method?.audienceParameters;
		if (pinned && !AUDIENCE_PARAMETERS[pinned]) {
			throw new FactorTableError(
				shown(path),
				null,
				'method.audienceParameters',
				`${pinned} is not a released audience parameters version (known: ${Object.keys(AUDIENCE_PARAMETERS).join(', ')})`
			);
		}
		try {
			resolved.set(set.ref, resolveSet(set, tables));
		} catch (e) {
			if (e instanceof FactorSetError) throw new FactorTableError(shown(path), null, 'entries', e.message);
			throw e;
		}
		sets.set(set.ref, set);
	}
	const defaults = [...sets.values()].filter((s) => s.isDefault);
	if (defaults.length !== 1) {
		throw new FactorTableError(
			shown(setsDir),
			null,
			'isDefault',
			`exactly one factor set must be the default, found ${defaults.length}${defaults.length ? ` (${defaults.map((s) => s.ref).join(', ')})` : ''}`
		);
	}
	const defaultSet = defaults[0];
	const missing = missingActivities(resolved.get(defaultSet.ref)!, tables);
	if (missing.length > 0) {
		throw new FactorTableError(
			shown(join(setsDir, `${defaultSet.ref}.json`)),
			null,
			'entries',
			`the default set must map every activity; missing: ${missing.join(', ')}`
		);
	}

	const parameters = new Map<string, ParameterTable>();
	const paramsDir = join(dir, 'parameters');
	const paramFiles = existsSync(paramsDir)
		? readdirSync(paramsDir)
				.filter((f) => f.includes('@') && f.endsWith('.json'))
				.sort()
		: [];
	for (const f of paramFiles) {
		const path = join(paramsDir, f);
		const p = parseParameterTable(readText(path, shown(path)), shown(path));
		if (`${p.ref}.json` !== f)
			throw new FactorTableError(shown(path), null, 'id', `file name must be ${p.ref}.json`);
		parameters.set(p.ref, p);
	}

	// usage index: "tableRef\u0000key" → uses
	const usage = new Map<string, FactorUsage[]>();
	const addUse = (table: string, key: string, u: FactorUsage) => {
		const k = `${table}\u0000${key}`;
		usage.set(k, [...(usage.get(k) ?? []), u]);
	};
	for (const r of resolved.values()) {
		for (const rf of r.byActivity.values()) {
			addUse(rf.factor.table, rf.factor.key, { set: r.set.ref, activity: rf.activity, asWtt: false });
			if (rf.wtt) addUse(rf.wtt.table, rf.wtt.key, { set: r.set.ref, activity: rf.activity, asWtt: true });
		}
	}

	let seriesCache: Map<string, string[]> | null = null;
	return {
		dir,
		tables,
		sets,
		parameters,
		defaultSet,
		resolve(setRef?: string) {
			const ref = setRef ?? defaultSet.ref;
			const r = resolved.get(ref);
			if (!r)
				throw new FactorSetError(ref, null, `no such factor set (known: ${[...sets.keys()].join(', ')})`);
			return r;
		},
		factorUsage(tableRef, key) {
			return [...new Set((usage.get(`${tableRef}\u0000${key}`) ?? []).map((u) => u.set))];
		},
		factorUsageDetail(tableRef, key) {
			return usage.get(`${tableRef}\u0000${key}`) ?? [];
		},
		series() {
			if (!seriesCache) {
				seriesCache = new Map();
				const sorted = [...tables.values()].sort(
					(a, b) =>
						(a.manifest.publishedOn ?? a.manifest.validFrom ?? a.manifest.version).localeCompare(
							b.manifest.publishedOn ?? b.manifest.validFrom ?? b.manifest.version
						) || a.manifest.ref.localeCompare(b.manifest.ref)
				);
				for (const t of sorted)
					seriesCache.set(t.manifest.id, [...(seriesCache.get(t.manifest.id) ?? []), t.manifest.ref]);
			}
			return seriesCache;
		}
	};
}

/** The library of this process, loaded once (per folder). */
export function getFactorLibrary(dir: string = factorsDir()): FactorLibrary {
	if (!cached || cached.dir !== dir) return loadFactorLibrary(dir);
	return cached.lib;
}

/** Forget the cached library (tests). */
export function resetFactorLibrary(): void {
	cached = null;
}
