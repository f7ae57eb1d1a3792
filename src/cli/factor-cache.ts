/**
 * The factor sets, resolved at build time (scripts/build-cli.js) into one JSON file each under
 * dist/cli/sets/, so that a `compute` of the pre-built CLI reads one small file instead of parsing
 * and validating the CSV tables its set draws from at every run (issue #21). The library is
 * validated whole when the cache is written; bin/empreinte.js uses the cache only while no file of
 * emission-factors/ is newer than it, and `compute` falls back to the tables for a set it lacks.
 *
 * The packed form sends each table manifest once (as the results page's live payload does).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
	FactorSet,
	ResolvedFactor,
	ResolvedFactorSet,
	TableManifest
} from '../lib/engine/factors/types';
import { readFactorLibrary } from '../lib/server/factor-tables';

interface PackedSet {
	set: FactorSet;
	tables: TableManifest[];
	factors: (Omit<ResolvedFactor, 'table'> & { table: string })[];
}

/** File name of a set in the cache; the default set is also written as `_default.json`. */
const fileOf = (ref: string | undefined) => `${ref ?? '_default'}.json`;
const SAFE_REF = /^[A-Za-z0-9._-]+@[A-Za-z0-9._-]+$/;

function pack(r: ResolvedFactorSet): PackedSet {
	const tables = new Map<string, TableManifest>();
	for (const rf of r.byActivity.values()) tables.set(rf.table.ref, rf.table);
	return {
		set: r.set,
		tables: [...tables.values()],
		factors: [...r.byActivity.values()].map((rf) => ({ ...rf, table: rf.table.ref }))
	};
}

function unpack(p: PackedSet): ResolvedFactorSet {
	const tables = new Map(p.tables.map((t) => [t.ref, t]));
	return {
		set: p.set,
		byActivity: new Map(p.factors.map((f) => [f.activity, { ...f, table: tables.get(f.table)! }]))
	};
}

/** Writes every set of the library in `factorsDir` into `outDir`; returns the files written. */
export function writeFactorCache(factorsDir: string, outDir: string): string[] {
	const lib = readFactorLibrary(factorsDir);
	mkdirSync(outDir, { recursive: true });
	const written: string[] = [];
	for (const ref of lib.sets.keys()) {
		const text = JSON.stringify(pack(lib.resolve(ref)));
		for (const name of ref === lib.defaultSet.ref ? [fileOf(ref), fileOf(undefined)] : [fileOf(ref)]) {
			writeFileSync(join(outDir, name), text);
			written.push(name);
		}
	}
	return written;
}

/** The set from the cache in `dir`, or undefined when the cache does not have it. */
export function readCachedSet(dir: string, ref: string | undefined): ResolvedFactorSet | undefined {
	if (ref !== undefined && !SAFE_REF.test(ref)) return undefined;
	let text: string;
	try {
		text = readFileSync(join(dir, fileOf(ref)), 'utf8');
	} catch {
		return undefined;
	}
	return unpack(JSON.parse(text) as PackedSet);
}
