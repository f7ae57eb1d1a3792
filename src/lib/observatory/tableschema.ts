/**
 * The Table Schemas of the release's CSV files (Frictionless Table Schema v1: name, type,
 * description, unit in the description and in `rdfType`-free custom `unit`, constraints) and a
 * small validator of a CSV against its schema, used by the tests on every row of every release.
 * Pure.
 */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

export interface Field {
	name: string;
	type: FieldType;
	title: string;
	description: string;
	unit?: string;
	constraints?: { required?: boolean; enum?: string[]; minimum?: number };
}

export interface TableSchema {
	fields: Field[];
	missingValues: string[];
	primaryKey: string[];
}

const reason = {
	name: 'suppression_reason',
	type: 'string',
	title: 'Suppression reason',
	description:
		'Why the figures of this row are withheld: frequency (fewer than 3 structures), dominance (one structure above 85 % of a total), secondary (withheld so that another withheld figure cannot be recomputed, from the margins or by subtracting an earlier release). Empty when shown.',
	constraints: { enum: ['frequency', 'dominance', 'secondary'] }
} satisfies Field;

const suppressed = {
	name: 'suppressed',
	type: 'boolean',
	title: 'Suppressed',
	description: 'true when the figures of this row are withheld by the disclosure rules; they are then empty.',
	constraints: { required: true }
} satisfies Field;

const num = (name: string, title: string, description: string, unit: string): Field => ({
	name,
	type: 'number',
	title,
	description,
	unit,
	constraints: { minimum: 0 }
});
const int = (name: string, title: string, description: string): Field => ({
	name,
	type: 'integer',
	title,
	description,
	unit: 'count',
	constraints: { minimum: 0 }
});

/** The aggregates' schema of the first releases (format 1): three dimensions. */
export const AGGREGATES_SCHEMA_V1: TableSchema = {
	fields: [
		{
			name: 'season',
			type: 'string',
			title: 'Season',
			description: 'Season (year) of the tours, as the contributing organisations entered it.',
			constraints: { required: true }
		},
		{
			name: 'dimension',
			type: 'string',
			title: 'Dimension',
			description:
				'What the row breaks down by: all (the season total), region (INSEE code of the region of the structure’s home base, unknown outside France), discipline, band (tour scale by number of dates: 1, 2-5, 6-20, 21+).',
			constraints: { required: true, enum: ['all', 'region', 'discipline', 'band'] }
		},
		{
			name: 'value',
			type: 'string',
			title: 'Value',
			description: 'The value of the dimension (all for the total).',
			constraints: { required: true }
		},
		{ ...suppressed },
		{ ...reason },
		int('n_structures', 'Structures', 'Number of contributing organisations (companies, venues).'),
		int('n_tours', 'Tours', 'Number of actual tours.'),
		int('n_dates', 'Dates', 'Number of dates (a venue hosting the show for one or more performances).'),
		int('n_performances', 'Performances', 'Number of performances.'),
		int('n_spectators', 'Spectators', 'Number of spectators (as entered; tickets or estimates).'),
		num(
			'kgco2e_company',
			'Company kgCO2e',
			'Emissions of the company’s touring (team travel, freight, accommodation, meals), audience travel excluded.',
			'kgCO2e'
		),
		num('kgco2e_per_date', 'kgCO2e per date', 'kgco2e_company / n_dates.', 'kgCO2e/date'),
		num(
			'kgco2e_per_performance',
			'kgCO2e per performance',
			'kgco2e_company / n_performances.',
			'kgCO2e/performance'
		),
		num('kgco2e_per_spectator', 'kgCO2e per spectator', 'kgco2e_company / n_spectators.', 'kgCO2e/spectator'),
		num(
			'kgco2e_per_date_p25',
			'kgCO2e per date, first quartile',
			'First quartile of each structure’s kgCO2e per date (type 7 interpolation); only from 5 structures, else empty.',
			'kgCO2e/date'
		),
		num(
			'kgco2e_per_date_median',
			'kgCO2e per date, median',
			'Median of each structure’s kgCO2e per date; only from 5 structures, else empty.',
			'kgCO2e/date'
		),
		num(
			'kgco2e_per_date_p75',
			'kgCO2e per date, third quartile',
			'Third quartile of each structure’s kgCO2e per date; only from 5 structures, else empty.',
			'kgCO2e/date'
		)
	],
	missingValues: [''],
	primaryKey: ['season', 'dimension', 'value']
};

/** Format 2: + team size (people on the road) and geographic scope. */
export const AGGREGATES_SCHEMA: TableSchema = {
	...AGGREGATES_SCHEMA_V1,
	fields: AGGREGATES_SCHEMA_V1.fields.map((f) =>
		f.name === 'dimension'
			? {
					...f,
					description:
						'What the row breaks down by: all (the season total), region (INSEE code of the region of the structure’s home base, unknown outside France), discipline, band (tour scale by number of dates: 1, 2-5, 6-20, 21+), team (people on the road, the largest team present at one date: 1-3, 4-8, 9-20, 21+, unknown), scope (geographic scope: regional when every date is in the home base’s region, national when every date is in France, international otherwise).',
					constraints: { required: true, enum: ['all', 'region', 'discipline', 'band', 'team', 'scope'] }
				}
			: f
	)
};

export const FLOWS_SCHEMA: TableSchema = {
	fields: [
		{
			name: 'season',
			type: 'string',
			title: 'Season',
			description: 'Season (year) of the tours.',
			constraints: { required: true }
		},
		{
			name: 'kind',
			type: 'string',
			title: 'Kind',
			description: 'team (the touring team’s travel) or freight (sets, instruments, equipment).',
			constraints: { required: true, enum: ['team', 'freight'] }
		},
		{
			name: 'mode',
			type: 'string',
			title: 'Mode family',
			description:
				'Mode family of the engine (rail, road, coach, air, sea, urban, soft), all for the kind’s total. No origin, destination or place.',
			constraints: { required: true }
		},
		{
			name: 'distance_band',
			type: 'string',
			title: 'Distance band',
			description:
				'Distance of each leg as the engine counted it for that mode, km: 0-100, 100-300, 300-800, 800+, unknown; all for the kind’s total.',
			constraints: { required: true, enum: ['all', '0-100', '100-300', '300-800', '800+', 'unknown'] }
		},
		{ ...suppressed },
		{ ...reason },
		int('n_structures', 'Structures', 'Number of contributing organisations with such legs.'),
		num(
			'activity_km',
			'person·km or tonne·km',
			'team: person·km (people × km); freight: tonne·km of the shipments whose weight is known.',
			'person·km | tonne·km'
		),
		num(
			'vehicle_km',
			'Vehicle·km',
			'freight only: vehicle·km of vans and trucks (empty for team rows).',
			'vehicle·km'
		),
		num('kgco2e', 'kgCO2e', 'Emissions of these legs (engine result, factor sets below).', 'kgCO2e'),
		num(
			'kgco2e_per_km',
			'kgCO2e per person·km or tonne·km',
			'kgco2e / activity_km (for freight, only meaningful where every shipment has a weight).',
			'kgCO2e/unit'
		)
	],
	missingValues: [''],
	primaryKey: ['season', 'kind', 'mode', 'distance_band']
};

export const LEVERS_SCHEMA: TableSchema = {
	fields: [
		{
			name: 'season',
			type: 'string',
			title: 'Season',
			description: 'Season (year) of the actual tour that measured the result.',
			constraints: { required: true }
		},
		{
			name: 'lever',
			type: 'string',
			title: 'Lever',
			description:
				'Key of the lever in the Empreinte catalogue (train, fewer-vehicles, lighter-set, shared-freight, co-routing, longer-runs, tour-order, audience-carpool, vegetarian, local-technicians).',
			constraints: { required: true }
		},
		{ ...suppressed },
		{ ...reason },
		int(
			'n_structures',
			'Structures',
			'Number of contributing organisations with a measured commitment on this lever.'
		),
		int(
			'n_commitments',
			'Commitments',
			'Number of commitments on this lever whose result was measured by an actual tour.'
		),
		{
			...num(
				'saving_kgco2e_p25',
				'Measured saving, first quartile',
				'First quartile of each structure’s mean measured saving (baseline tour − actual tour, kgCO2e, in the lever’s scope); only from 5 structures. May be negative (an increase).',
				'kgCO2e'
			),
			constraints: {}
		},
		{
			...num(
				'saving_kgco2e_median',
				'Measured saving, median',
				'Median of each structure’s mean measured saving (kgCO2e); only from 5 structures. May be negative.',
				'kgCO2e'
			),
			constraints: {}
		},
		{
			...num(
				'saving_kgco2e_p75',
				'Measured saving, third quartile',
				'Third quartile of each structure’s mean measured saving (kgCO2e); only from 5 structures. May be negative.',
				'kgCO2e'
			),
			constraints: {}
		}
	],
	missingValues: [''],
	primaryKey: ['season', 'lever']
};

export const CATEGORIES_SCHEMA: TableSchema = {
	fields: [
		{
			name: 'season',
			type: 'string',
			title: 'Season',
			description: 'Season (year) of the tours.',
			constraints: { required: true }
		},
		{
			name: 'category',
			type: 'string',
			title: 'Category',
			description: 'Category of the company’s emissions.',
			constraints: { required: true, enum: ['travel', 'freight', 'accommodation', 'meal'] }
		},
		{ ...suppressed },
		{ ...reason },
		num('kgco2e', 'kgCO2e', 'Emissions of the category over the season’s contributed tours.', 'kgCO2e'),
		num('share', 'Share', 'Share of the category in the season’s company emissions (0 to 1).', 'ratio')
	],
	missingValues: [''],
	primaryKey: ['season', 'category']
};

/** Parses the release's CSV (RFC 4180 subset it writes: `,`, `"` quoting, `\n` lines). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else if (ch !== '\r') field += ch;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

export function csvField(v: string | number | boolean | null): string {
	if (v === null) return '';
	const s = String(v);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Every problem of a CSV against its schema (header, then each row and field); empty when valid. */
export function validateCsv(schema: TableSchema, text: string): string[] {
	const problems: string[] = [];
	const rows = parseCsv(text);
	const header = rows[0] ?? [];
	const names = schema.fields.map((f) => f.name);
	if (header.join(',') !== names.join(',')) problems.push(`header ${header.join(',')} ≠ ${names.join(',')}`);
	const keys = new Set<string>();
	rows.slice(1).forEach((row, i) => {
		const line = i + 2;
		if (row.length !== names.length) {
			problems.push(`line ${line}: ${row.length} fields, expected ${names.length}`);
			return;
		}
		schema.fields.forEach((f, j) => {
			const v = row[j];
			if (schema.missingValues.includes(v)) {
				if (f.constraints?.required) problems.push(`line ${line}: ${f.name} is required`);
				return;
			}
			const bad = (why: string) => problems.push(`line ${line}: ${f.name} = ${JSON.stringify(v)} ${why}`);
			if (f.type === 'integer' && !/^-?\d+$/.test(v)) bad('is not an integer');
			if (f.type === 'number' && !/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v)) bad('is not a number');
			if (f.type === 'boolean' && v !== 'true' && v !== 'false') bad('is not a boolean');
			if (f.constraints?.enum && !f.constraints.enum.includes(v)) bad('is not in the enum');
			if (f.constraints?.minimum !== undefined && Number(v) < f.constraints.minimum) bad('is below minimum');
		});
		const key = schema.primaryKey.map((k) => row[names.indexOf(k)]).join('\u0000');
		if (keys.has(key)) problems.push(`line ${line}: duplicate primary key`);
		keys.add(key);
	});
	return problems;
}
