/**
 * `npx empreinte geo …` — the offline gazetteer from the command line: search places, and compute
 * the distance of a leg with the same detour rules as the app (src/lib/geo/distance.ts).
 */
import {
	detourRule,
	detourText,
	FACTOR_FAMILIES,
	TRAVEL_MODES,
	type FactorFamily,
	type TravelMode
} from '../../lib/geo/distance';
import type { Ambiguity, Resolution } from '../../lib/geo/gazetteer';
import { ambiguity } from '../../lib/geo/search';
import type { SearchHit } from '../../lib/geo/types';
import { getGazetteer } from '../../lib/server/geo/index';
import { formatFlag, parseArgs, renderTable, UsageError } from '../args';

export const usage = `geo search TEXT [--limit N] [--country CC] [--format table|json]
    Find places (French communes, arrondissements, European and world cities) by name, alias,
    postal code (34000), INSEE code or id (fr:42218, gn:2800866). Case, accents and small typos
    do not matter; --country weighs that country as France is otherwise weighed. Exit 1 when
    nothing matches. A warning on stderr when the first two are close or in different countries.
geo distance FROM TO [--mode road|rail|coach|plane|ferry] [--family ademe|desnz] [--km N] [--format table|json]
    Distance of a leg: great-circle distance and the mode's detour rule (road and coach ×1.4 on
    the first 10 km then ×1.2, rail ×1.2, ferry ×1.0, plane +95 km with ADEME factors or +0 with
    DESNZ; inside one commune its mean intra-commune distance stands for the great-circle one). FROM and TO are ids
    or texts (the best match is used and named; a warning on stderr when its runner-up is close or in
    another country: pass the id you mean); --km gives the real distance, which always wins.`;

const MAX_LIMIT = 100;

function intFlag(flags: Record<string, string | true>, name: string, fallback: number, max: number): number {
	const v = flags[name];
	if (v === undefined) return fallback;
	const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
	if (!Number.isInteger(n) || n < 1 || n > max)
		throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
	return n;
}

function countryFlag(flags: Record<string, string | true>): string | undefined {
	const v = flags.country;
	if (v === undefined) return undefined;
	if (typeof v !== 'string' || !/^[A-Za-z]{2}$/.test(v))
		throw new UsageError('--country must be a two-letter ISO code, e.g. FR, BE');
	return v.toUpperCase();
}

function choice<T extends string>(
	flags: Record<string, string | true>,
	name: string,
	allowed: readonly T[],
	fallback: T
): T {
	const v = flags[name];
	if (v === undefined) return fallback;
	if (typeof v !== 'string' || !allowed.includes(v as T))
		throw new UsageError(`--${name} must be one of: ${allowed.join(', ')}`);
	return v as T;
}

function checkFlags(flags: Record<string, string | true>, known: string[]): void {
	for (const f of Object.keys(flags)) if (!known.includes(f)) throw new UsageError(`Unknown option --${f}`);
}

const km = (x: number) => Math.round(x * 10) / 10;

function hitRow(h: SearchHit, i: number): (string | number)[] {
	const how =
		h.match === 'fuzzy'
			? `typo (${h.distance}): ${h.matched}`
			: h.matched !== h.name
				? `${h.match}: ${h.matched}`
				: h.match;
	return [
		i + 1,
		h.id,
		h.label,
		h.population,
		h.lat.toFixed(4),
		h.lon.toFixed(4),
		how,
		// Where the coordinates come from: La Poste or GeoNames, or an estimate (postcode neighbours…).
		h.approx ? `≈ ${h.source}` : h.source
	];
}

async function search(argv: string[]): Promise<number> {
	const { positionals, flags } = parseArgs(argv);
	checkFlags(flags, ['limit', 'country', 'format']);
	const format = formatFlag(flags);
	const limit = intFlag(flags, 'limit', 10, MAX_LIMIT);
	const country = countryFlag(flags);
	const text = positionals.join(' ').trim();
	if (!text) throw new UsageError('geo search needs a text, e.g. npx empreinte geo search "saint etienne"');
	// At least two candidates are needed to tell whether the first one is in doubt.
	const hits = getGazetteer().search(text, { limit: Math.max(limit, 2), country });
	const doubt = ambiguity(hits);
	if (doubt) console.error(ambiguityWarning(text, doubt));
	hits.length = Math.min(hits.length, limit);
	if (format === 'json') {
		console.log(JSON.stringify({ query: text, country: country ?? null, places: hits }, null, 2));
		return hits.length > 0 ? 0 : 1;
	}
	if (hits.length === 0) {
		console.error(`No place matches "${text}".`);
		return 1;
	}
	console.log(
		renderTable(['#', 'id', 'place', 'population', 'lat', 'lon', 'match', 'position'], hits.map(hitRow))
	);
	return 0;
}

/** The stderr warning for an ambiguous text: what was picked, what came next, how to choose. */
export function ambiguityWarning(text: string, a: Ambiguity): string {
	const why =
		a.reason === 'close'
			? 'its first two candidates are close'
			: 'its first two candidates are in different countries';
	return (
		`warning: "${text}" is ambiguous (${why}): picked ${a.first.label} [${a.first.id}], ` +
		`next ${a.second.label} [${a.second.id}]. Pass the id of the place you mean.`
	);
}

function describePick(role: string, text: string, r: Resolution): string {
	if (r.match === 'id') return `${role}: ${r.place.label} [${r.place.id}]`;
	const lines = [
		`${role}: "${text}" → ${r.place.label} [${r.place.id}]${r.place.approx ? ` (position estimated: ${r.place.source})` : ''}`
	];
	if (r.alternatives.length > 0) {
		lines.push(`  other candidates: ${r.alternatives.map((a) => `${a.label} [${a.id}]`).join('; ')}`);
		lines.push('  (pass an id to choose another one)');
	}
	return lines.join('\n');
}

async function distance(argv: string[]): Promise<number> {
	const { positionals, flags } = parseArgs(argv);
	checkFlags(flags, ['mode', 'family', 'km', 'format']);
	const format = formatFlag(flags);
	const mode = choice<TravelMode>(flags, 'mode', TRAVEL_MODES, 'road');
	const family = choice<FactorFamily>(flags, 'family', FACTOR_FAMILIES, 'ademe');
	let overrideKm: number | undefined;
	if (flags.km !== undefined) {
		overrideKm = typeof flags.km === 'string' && /^\d+(\.\d+)?$/.test(flags.km) ? Number(flags.km) : NaN;
		if (!Number.isFinite(overrideKm))
			throw new UsageError('--km must be a number of kilometres ≥ 0, e.g. --km 312.5');
	}
	if (positionals.length !== 2) {
		throw new UsageError(
			'geo distance needs exactly two places (quote names with spaces), e.g. npx empreinte geo distance Montpellier "Saint-Étienne"'
		);
	}
	const g = getGazetteer();
	const picks: Resolution[] = [];
	for (const text of positionals) {
		const r = g.resolve(text);
		if (!r) {
			console.error(`No place matches "${text}". Try: npx empreinte geo search "${text}"`);
			return 2;
		}
		if (r.ambiguity) console.error(ambiguityWarning(text, r.ambiguity));
		picks.push(r);
	}
	const [from, to] = picks;
	const d = g.distance(from.place.id, to.place.id, mode, { factorFamily: family, overrideKm });
	if (format === 'json') {
		const pick = (text: string, r: Resolution) => ({
			query: text,
			place: r.place,
			match: r.match,
			alternatives: r.alternatives
		});
		const { from: _f, to: _t, ...rest } = d;
		console.log(
			JSON.stringify(
				{
					from: pick(positionals[0], from),
					to: pick(positionals[1], to),
					mode,
					factorFamily: family,
					distance: rest
				},
				null,
				2
			)
		);
		return 0;
	}
	console.log(describePick('From', positionals[0], from));
	console.log(describePick('To', positionals[1], to));
	console.log('');
	const rule =
		d.method === 'user'
			? 'distance entered by the user'
			: `${d.method === 'intra-commune' ? 'intra-commune mean' : 'great-circle'} ${detourText(detourRule(mode, family))}`.trim();
	console.log(
		renderTable(['mode', 'great-circle km', 'rule', 'km'], [[mode, km(d.greatCircleKm), rule, km(d.km)]])
	);
	console.log(`\nSource: ${d.source}`);
	return 0;
}

export async function run(argv: string[]): Promise<number> {
	const [sub, ...rest] = argv;
	if (sub === 'search') return search(rest);
	if (sub === 'distance') return distance(rest);
	throw new UsageError(sub ? `Unknown geo command "${sub}"` : 'geo needs a command: search or distance');
}
