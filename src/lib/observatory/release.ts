/**
 * A release: the aggregates of one period frozen as a Frictionless Data Package (CSV UTF-8 with
 * `,`, datapackage.json with a Table Schema per resource, README.md with the method, CHANGELOG.md,
 * Licence Ouverte 2.0). Pure and deterministic: the same records, baselines, version and date give
 * the same bytes, so a release can be rebuilt from the stored data and its checksums compared.
 * Hashing is handed in (the server passes SHA-256 from node:crypto).
 */
import {
	aggregate,
	DIMENSIONS,
	DIMENSIONS_V1,
	type Aggregates,
	type Baseline,
	type Cell,
	type ExpRecord,
	type ObsRecord,
	type ShownHistory
} from './aggregate';
import {
	AGGREGATES_SCHEMA,
	AGGREGATES_SCHEMA_V1,
	CATEGORIES_SCHEMA,
	csvField,
	FLOWS_SCHEMA,
	LEVERS_SCHEMA,
	type TableSchema
} from './tableschema';

/** The Table Schema of each resource of a release (format 2), by resource name. */
export const SCHEMAS: Record<string, TableSchema> = {
	aggregates: AGGREGATES_SCHEMA,
	categories: CATEGORIES_SCHEMA,
	flows: FLOWS_SCHEMA,
	levers: LEVERS_SCHEMA
};

export interface ReleaseInput {
	period: string;
	version: number;
	/** ISO date-time of the build, stored with the release */
	createdAt: string;
	records: readonly ObsRecord[];
	/** records of the earlier releases of the same period (differencing) */
	baselines: readonly Baseline[];
	/** factor sets and engine versions the records were computed with (for the method) */
	factorSets: readonly string[];
	/** one line per earlier release: `version — date` (for the CHANGELOG) */
	history: readonly { version: number; createdAt: string }[];
	/** 1: the first releases (aggregates and categories); 2 (default): + team, scope, flows, levers */
	format?: 1 | 2;
	/** format 2: measured experiments of the period, and those of the earlier releases */
	experiments?: readonly ExpRecord[];
	baselineExperiments?: readonly (readonly ExpRecord[])[];
	/** format 2: what the live page had shown when the release was built (differencing) */
	shown?: ShownHistory;
}

export interface ReleaseFile {
	path: string;
	content: string;
	sha256: string;
}

/** Numbers to 3 decimals (grams for a kgCO2e), without trailing zeros: stable text across builds. */
export function fmt(v: number | null, digits = 3): string {
	if (v === null || !Number.isFinite(v)) return '';
	const p = 10 ** digits;
	const r = Math.round(v * p) / p;
	return String(Object.is(r, -0) ? 0 : r);
}

function cellRow(season: string, dimension: string, c: Cell): string[] {
	if (!c.shown) return [season, dimension, c.key, 'true', c.reason, ...Array(12).fill('')];
	const q = c.perDateQuartiles;
	return [
		season,
		dimension,
		c.key,
		'false',
		'',
		String(c.structures),
		String(c.tours),
		String(c.dates),
		String(c.performances),
		String(Math.round(c.spectators)),
		fmt(c.kg),
		fmt(c.kgPerDate),
		fmt(c.kgPerPerformance),
		fmt(c.kgPerSpectator),
		fmt(q?.q1 ?? null),
		fmt(q?.median ?? null),
		fmt(q?.q3 ?? null)
	];
}

function csv(schema: TableSchema, rows: string[][]): string {
	return [schema.fields.map((f) => f.name), ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

export function aggregatesCsv(a: Aggregates, format: 1 | 2 = 2): string {
	const rows: string[][] = [];
	for (const s of a.seasons) {
		rows.push(cellRow(s.season, 'all', s.total));
		for (const d of format === 1 ? DIMENSIONS_V1 : DIMENSIONS)
			for (const c of s.tables[d]) rows.push(cellRow(s.season, d, c));
	}
	return csv(format === 1 ? AGGREGATES_SCHEMA_V1 : AGGREGATES_SCHEMA, rows);
}

export function flowsCsv(a: Aggregates): string {
	const rows: string[][] = [];
	for (const s of a.seasons)
		for (const c of s.flows)
			rows.push(
				c.shown
					? [
							s.season,
							c.kind,
							c.mode,
							c.band,
							'false',
							'',
							String(c.structures),
							fmt(c.km),
							fmt(c.vehicleKm),
							fmt(c.kg),
							fmt(c.kgPerKm, 6)
						]
					: [s.season, c.kind, c.mode, c.band, 'true', c.reason, '', '', '', '', '']
			);
	return csv(FLOWS_SCHEMA, rows);
}

export function leversCsv(a: Aggregates): string {
	const rows: string[][] = [];
	for (const s of a.seasons)
		for (const c of s.levers)
			rows.push(
				c.shown
					? [
							s.season,
							c.key,
							'false',
							'',
							String(c.structures),
							String(c.commitments),
							fmt(c.saving?.q1 ?? null),
							fmt(c.saving?.median ?? null),
							fmt(c.saving?.q3 ?? null)
						]
					: [s.season, c.key, 'true', c.reason, '', '', '', '', '']
			);
	return csv(LEVERS_SCHEMA, rows);
}

export function categoriesCsv(a: Aggregates): string {
	const rows: string[][] = [];
	for (const s of a.seasons)
		for (const c of s.categories)
			rows.push(
				c.status.shown
					? [s.season, c.category, 'false', '', fmt(c.status.kg), fmt(c.status.share)]
					: [s.season, c.category, 'true', c.status.reason, '', '']
			);
	return csv(CATEGORIES_SCHEMA, rows);
}

export const LICENCE = {
	name: 'etalab-2.0',
	title: 'Licence Ouverte / Open Licence version 2.0',
	path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'
};

export const METHOD_TEXT = `## Method

- **Scope.** Actual tours (after the tour, not forecasts) of the company and venue organisations that chose
  « contribuer à l'observatoire ouvert » in Empreinte. The demo workspace, training sessions and any other kind
  of organisation never count. An organisation that withdraws stops counting on the live page at once and in
  the next release; a release already published is not changed.
- **Figures.** Company emissions of touring (team travel, freight, accommodation, meals), computed by the
  Empreinte engine with the versioned emission-factor sets listed below (ADEME Base Empreinte / Impact CO2
  factors; see the factor explorer of the instance). Audience travel is **excluded** from these figures:
  by the Empreinte allocation convention the audience's mobility is reported by the venue that hosts the
  date, not by the touring company, so adding it here would count it twice.
- **Breakdowns.** Per season, by region of the home base (INSEE region codes, regions of 2016), discipline,
  and tour scale by number of dates (1 / 2-5 / 6-20 / 21+). No place finer than the region, no itinerary.
- **Disclosure rules** (French official statistics on businesses, Insee « secret statistique »): no figure
  from fewer than 3 structures; none where one structure makes more than 85 % of a total (emissions, dates,
  performances or spectators); secondary suppression so that a withheld figure cannot be recomputed from the
  totals; a figure that differs from the same figure of an earlier release by the contribution of fewer
  than 3 structures is withheld too; median and quartiles only from 5 structures; never a minimum or maximum.
  Withheld rows are kept, with \`suppressed = true\` and the reason.
`;

/** What format 2 adds to the method (the first releases' text above is kept as it was). */
export const METHOD_TEXT_V2 = `- **More breakdowns (format 2).** Team size: people on the road, the largest team present at one date
  (1-3 / 4-8 / 9-20 / 21+; unknown when the tour names no team and no travellers). Geographic scope:
  regional when every date is in the home base's region, national when every date is in France,
  international otherwise (a home base abroad makes every tour international).
- **Flows** (\`flows.csv\`). Team person·km and freight tonne·km (shipments whose weight is known) and
  vehicle·km (vans and trucks), with their kgCO2e, by mode family of the engine and distance band of
  the leg (0-100 / 100-300 / 300-800 / 800+ km). No origin-destination pair, no place at all. One table
  per kind whose margin is the kind's total, under the same rules (on every measure).
- **Experiments by lever** (\`levers.csv\`). Commitments (a team's promise to run a lever) whose result
  was measured by a contributed actual tour: structures, commitments, and the quartiles of each
  structure's mean measured saving (baseline tour − actual tour, kgCO2e, each as stored by the engine at
  its save under its own factor set, in the lever's scope: company, or audience mobility for audience
  levers). A lever needs 3 structures with none above 85 % of its commitments; quartiles need 5.
- **Differencing with the live page.** Every figure shown on the live page is kept (per structure, never
  published); a release's figure, like a later live figure, is withheld when it differs from any
  earlier shown figure of the same cell by the contribution of fewer than 3 structures, or with one
  above 85 %. A structure that moves no measure of a figure (0 spectators…) is not counted among its 3.
`;

function readmeV2(input: ReleaseInput): string {
	return `# Empreinte — open observatory of touring emissions, period ${input.period}, release ${input.version}

Built ${input.createdAt}. Licence: ${LICENCE.title} (${LICENCE.path}).

Files:
- \`aggregates.csv\` — one row per season × dimension value (structures, tours, dates, performances,
  spectators, company kgCO2e, per date / per performance / per spectator, quartiles per date); dimensions:
  region, discipline, tour scale, team size, geographic scope.
- \`categories.csv\` — company kgCO2e and share by category per season.
- \`flows.csv\` — team person·km and freight tonne·km / vehicle·km with kgCO2e, by mode family and distance band.
- \`levers.csv\` — experiments by lever: measured commitments and the quartiles of their measured saving.
- \`datapackage.json\` — the Frictionless Data Package descriptor: a Table Schema per file (types, units,
  descriptions, suppression flags) and the SHA-256 of each CSV. The same schemas are served by the
  instance at \`/api/observatory/schema\`.
- \`CHANGELOG.md\` — the releases of this period.

Every column is documented in \`datapackage.json\`. Empty cells are withheld or not applicable figures.

${METHOD_TEXT}${METHOD_TEXT_V2}
Factor sets used by the contributed tours: ${input.factorSets.length ? input.factorSets.join(', ') : 'none'}.
`;
}

function readme(input: ReleaseInput): string {
	return `# Empreinte — open observatory of touring emissions, period ${input.period}, release ${input.version}

Built ${input.createdAt}. Licence: ${LICENCE.title} (${LICENCE.path}).

Files:
- \`aggregates.csv\` — one row per season × dimension value (structures, tours, dates, performances,
  spectators, company kgCO2e, per date / per performance / per spectator, quartiles per date).
- \`categories.csv\` — company kgCO2e and share by category per season.
- \`datapackage.json\` — the Frictionless Data Package descriptor: a Table Schema per file (types, units,
  descriptions, suppression flags) and the SHA-256 of each CSV.
- \`CHANGELOG.md\` — the releases of this period.

Every column is documented in \`datapackage.json\`. Empty cells are withheld or not applicable figures.

${METHOD_TEXT}
Factor sets used by the contributed tours: ${input.factorSets.length ? input.factorSets.join(', ') : 'none'}.
`;
}

const FORMAT_2_NOTE = `

Package format 2: \`aggregates.csv\` gains the dimensions \`team\` (people on the road) and \`scope\`
(regional / national / international); new resources \`flows.csv\` (team person·km, freight tonne·km and
vehicle·km by mode family and distance band) and \`levers.csv\` (experiments by lever, measured savings);
each resource names the URL where the instance serves its Table Schema (\`x-schema-endpoint\`). Figures are
also checked against everything the live page has shown (differencing).`;

function changelog(input: ReleaseInput): string {
	const lines = [...input.history, { version: input.version, createdAt: input.createdAt }]
		.sort((a, b) => b.version - a.version)
		.map(
			(h) =>
				`## ${input.period}.${h.version} — ${h.createdAt}\n\n${
					h.version === input.version
						? 'This release: aggregates of the contributions stored at the date of the build.' +
							((input.format ?? 2) === 2 ? FORMAT_2_NOTE : '')
						: 'Earlier release of the same period (immutable).'
				}\n`
		);
	return `# Changelog\n\n${lines.join('\n')}`;
}

export function releaseName(period: string, version: number): string {
	return `empreinte-observatoire-${period}-v${version}`;
}

/** The release's files, each with its SHA-256 (datapackage.json lists the CSVs' hashes). */
export function buildRelease(input: ReleaseInput, sha256: (text: string) => string): ReleaseFile[] {
	const format = input.format ?? 2;
	const records = input.records.filter((r) => r.season === input.period);
	const agg = aggregate(records, input.baselines, {
		format,
		experiments: (input.experiments ?? []).filter((e) => e.season === input.period),
		baselineExperiments: input.baselineExperiments,
		history: input.shown
	});
	const data =
		format === 1
			? [
					{
						path: 'aggregates.csv',
						content: aggregatesCsv(agg, 1),
						schema: AGGREGATES_SCHEMA_V1,
						title: 'Aggregates'
					},
					{
						path: 'categories.csv',
						content: categoriesCsv(agg),
						schema: CATEGORIES_SCHEMA,
						title: 'Categories'
					}
				]
			: [
					{
						path: 'aggregates.csv',
						content: aggregatesCsv(agg),
						schema: AGGREGATES_SCHEMA,
						title: 'Aggregates'
					},
					{
						path: 'categories.csv',
						content: categoriesCsv(agg),
						schema: CATEGORIES_SCHEMA,
						title: 'Categories'
					},
					{
						path: 'flows.csv',
						content: flowsCsv(agg),
						schema: FLOWS_SCHEMA,
						title: 'Team and freight flows'
					},
					{
						path: 'levers.csv',
						content: leversCsv(agg),
						schema: LEVERS_SCHEMA,
						title: 'Experiments by lever'
					}
				];
	const descriptor = {
		profile: 'tabular-data-package',
		name: releaseName(input.period, input.version),
		title: `Empreinte — open observatory ${input.period} (release ${input.version})`,
		version: `${input.version}.0.0`,
		created: input.createdAt,
		licenses: [LICENCE],
		description:
			'Anonymised aggregates of contributed actual tours (company kgCO2e), disclosure-controlled. See README.md.',
		resources: data.map((d) => ({
			name: d.path.replace(/\.csv$/, ''),
			path: d.path,
			title: d.title,
			profile: 'tabular-data-resource',
			format: 'csv',
			mediatype: 'text/csv',
			encoding: 'utf-8',
			dialect: { delimiter: ',', header: true, quoteChar: '"', doubleQuote: true, lineTerminator: '\n' },
			hash: `sha256:${sha256(d.content)}`,
			schema: d.schema,
			// format 2: where the publishing instance serves the same Table Schema (a path on that instance)
			...(format === 1
				? {}
				: { 'x-schema-endpoint': `/api/observatory/schema/${d.path.replace(/\.csv$/, '')}` })
		}))
	};
	const files = [
		...data.map((d) => ({ path: d.path, content: d.content })),
		{ path: 'datapackage.json', content: JSON.stringify(descriptor, null, 2) + '\n' },
		{ path: 'README.md', content: format === 1 ? readme(input) : readmeV2(input) },
		{ path: 'CHANGELOG.md', content: changelog(input) }
	];
	return files.map((f) => ({ ...f, sha256: sha256(f.content) }));
}
