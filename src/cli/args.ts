/**
 * A small argument parser for the CLI: positionals plus `--flag value` / `--flag=value` / `--bool`.
 * Kept in-house because the CLI has a handful of commands and flags; a dependency would not pay.
 */
import { writeCsv } from '../lib/engine/factors/csv';
export interface ParsedArgs {
	positionals: string[];
	flags: Record<string, string | true>;
}

export function parseArgs(argv: string[], booleanFlags: readonly string[] = []): ParsedArgs {
	const positionals: string[] = [];
	const flags: Record<string, string | true> = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg.startsWith('--')) {
			const eq = arg.indexOf('=');
			if (eq > 0) {
				flags[arg.slice(2, eq)] = arg.slice(eq + 1);
			} else {
				const name = arg.slice(2);
				const next = argv[i + 1];
				if (!booleanFlags.includes(name) && next !== undefined && !next.startsWith('--')) {
					flags[name] = next;
					i++;
				} else {
					flags[name] = true;
				}
			}
		} else {
			positionals.push(arg);
		}
	}
	return { positionals, flags };
}

export type OutputFormat = 'table' | 'json' | 'csv';

export class UsageError extends Error {}

export function formatFlag(
	flags: ParsedArgs['flags'],
	allowed: readonly OutputFormat[] = ['table', 'json']
): OutputFormat {
	const f = flags.format;
	if (f === undefined) return allowed[0];
	if (typeof f !== 'string' || !allowed.includes(f as OutputFormat)) {
		throw new UsageError(`--format must be one of: ${allowed.join(', ')}`);
	}
	return f as OutputFormat;
}

/** Render rows as an aligned text table (numbers right-aligned). */
export function renderTable(headers: string[], rows: (string | number)[][]): string {
	const cells = rows.map((r) => r.map((c) => String(c)));
	const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
	const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
	const line = (r: string[]) =>
		r
			.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
			.join('  ')
			.trimEnd();
	return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/** RFC 4180 CSV (comma, quotes doubled), formula-like cells neutralised: the app's one CSV writer. */
export function renderCsv(headers: string[], rows: (string | number | null)[][]): string {
	return writeCsv(headers, rows);
}
