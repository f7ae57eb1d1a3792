/**
 * CSV import of a tour's dates: decode → parse → map columns (French or English headers) → check
 * every row → resolve each town in the gazetteer (with its postcode and country when given). Nothing is saved here: the page shows every row
 * with its problems by line number, and the import commits in one transaction only when no row
 * has a problem (src/lib/server/tours.ts#mutate).
 */
import { ambiguity } from '../../geo/search';
import { densityTerritory } from '../../geo/territory';
import { getGazetteer, type SearchHit } from '../geo/index';
import type { Issue } from '../errors';
import type { TourDate } from '../../schemas/tour-file';
import { decode, normaliseHeader, parseCsv, parseDate, parseNumber, type DecodedText } from './csv';
import { writeCsv } from '../../engine/factors/csv';

/** The template's columns, in order, with the header aliases we accept. */
export const DATE_COLUMNS = {
	venue: ['lieu', 'salle', 'venue', 'nomdulieu', 'structure'],
	town: ['ville', 'commune', 'city', 'town', 'localite'],
	postcode: ['codepostal', 'cp', 'postcode', 'postalcode', 'zip'],
	country: ['pays', 'country'],
	start: ['debut', 'datededebut', 'date', 'start', 'startdate', 'du'],
	end: ['fin', 'datedefin', 'end', 'enddate', 'au'],
	performances: ['representations', 'nbrepresentations', 'nombrederepresentations', 'performances', 'shows'],
	attendance: ['frequentation', 'spectateurs', 'public', 'attendance', 'audience'],
	capacity: ['jauge', 'capacite', 'capacity', 'seats'],
	territory: ['territoire', 'territory', 'typedeterritoire']
} as const;
export type DateColumn = keyof typeof DATE_COLUMNS;

export const TEMPLATE_HEADERS: Record<'fr' | 'en', string[]> = {
	fr: [
		'lieu',
		'ville',
		'code_postal',
		'pays',
		'debut',
		'fin',
		'representations',
		'frequentation',
		'jauge',
		'territoire'
	],
	en: [
		'venue',
		'town',
		'postcode',
		'country',
		'start',
		'end',
		'performances',
		'attendance',
		'capacity',
		'territory'
	]
};

const TERRITORY: Record<string, 'urban' | 'peri-urban' | 'rural'> = {
	urbain: 'urban',
	urban: 'urban',
	ville: 'urban',
	periurbain: 'peri-urban',
	periurban: 'peri-urban',
	rural: 'rural'
};

const COUNTRY_NAMES: Record<string, string> = {
	france: 'FR',
	belgique: 'BE',
	belgium: 'BE',
	suisse: 'CH',
	switzerland: 'CH',
	allemagne: 'DE',
	germany: 'DE',
	espagne: 'ES',
	spain: 'ES',
	italie: 'IT',
	italy: 'IT',
	luxembourg: 'LU',
	paysbas: 'NL',
	netherlands: 'NL',
	royaumeuni: 'GB',
	unitedkingdom: 'GB',
	portugal: 'PT',
	autriche: 'AT',
	austria: 'AT'
};

export interface RowProblem extends Issue {
	line: number;
	field: DateColumn | 'row';
}

export interface PreviewRow {
	line: number;
	date: TourDate | null;
	placeLabel: string;
	venue: string;
	start: string;
	end: string;
	performances: string;
	attendance: string;
	capacity: string;
	problems: RowProblem[];
}

export interface DatesPreview {
	encoding: DecodedText['encoding'];
	delimiter: string;
	rows: PreviewRow[];
	/** problems with the file as a whole (missing columns…) */
	fileProblems: Issue[];
	problemCount: number;
}

function mapHeaders(headers: string[]): { map: Partial<Record<DateColumn, string>>; missing: DateColumn[] } {
	const map: Partial<Record<DateColumn, string>> = {};
	for (const h of headers) {
		const n = normaliseHeader(h);
		for (const [col, aliases] of Object.entries(DATE_COLUMNS) as [DateColumn, readonly string[]][]) {
			if (!map[col] && aliases.includes(n)) map[col] = h;
		}
	}
	const missing = (['venue', 'town', 'start'] as DateColumn[]).filter((c) => !map[c]);
	return { map, missing };
}

/** ISO code of the country cell; '' when the cell is empty (France unless the town says otherwise). */
function countryCode(raw: string): string | null {
	const t = raw.trim();
	if (t === '') return '';
	if (/^[A-Za-z]{2}$/.test(t)) return t.toUpperCase();
	return COUNTRY_NAMES[normaliseHeader(t)] ?? null;
}

export function previewDatesCsv(bytes: Uint8Array): DatesPreview {
	const decoded = decode(bytes);
	const table = parseCsv(decoded.text);
	const { map, missing } = mapHeaders(table.headers);
	const fileProblems: Issue[] = [];
	if (table.headers.length === 0 || table.rows.length === 0) fileProblems.push({ key: 'tours.csv.empty' });
	for (const col of missing)
		fileProblems.push({
			key: 'tours.csv.missingColumn',
			params: { column: TEMPLATE_HEADERS.fr[Object.keys(DATE_COLUMNS).indexOf(col)] }
		});
	const gaz = getGazetteer();
	const rows: PreviewRow[] = [];
	if (fileProblems.length === 0) {
		for (const { line, cells } of table.rows) {
			const get = (c: DateColumn) => (map[c] ? (cells[map[c] as string] ?? '') : '');
			const problems: RowProblem[] = [];
			const add = (field: RowProblem['field'], key: string, params?: Issue['params']) =>
				problems.push({ line, field, key, params });

			const venue = get('venue');
			if (!venue) add('venue', 'common.form.required');
			const start = parseDate(get('start'));
			if (!get('start')) add('start', 'common.form.required');
			else if (!start) add('start', 'tours.csv.badDate', { value: get('start') });
			const endRaw = get('end');
			const end = endRaw ? parseDate(endRaw) : start;
			if (endRaw && !end) add('end', 'tours.csv.badDate', { value: endRaw });
			else if (start && end && end < start) add('end', 'tours.csv.endBeforeStart');

			const int = (c: DateColumn, min: number) => {
				const raw = get(c);
				const n = parseNumber(raw);
				if (n === null) return undefined;
				if (Number.isNaN(n) || !Number.isInteger(n) || n < min) {
					add(c, 'tours.csv.badInteger', { value: raw, min });
					return undefined;
				}
				return n;
			};
			const performances = int('performances', 1) ?? 1;
			const attendance = int('attendance', 0);
			const capacity = int('capacity', 0);

			const territoryRaw = get('territory');
			const territory = territoryRaw ? TERRITORY[normaliseHeader(territoryRaw)] : undefined;
			if (territoryRaw && !territory) add('territory', 'tours.csv.badTerritory', { value: territoryRaw });

			const country = countryCode(get('country'));
			if (country === null) add('country', 'tours.csv.badCountry', { value: get('country') });

			let placeId: string | null = null;
			let placeLabel = '';
			const town = get('town');
			const postcode = get('postcode').replace(/\s/g, '');
			if (!town && !postcode) add('town', 'common.form.required');
			else if (country !== null) {
				const r = resolveTown(gaz, town, postcode, country);
				if ('id' in r) {
					placeId = r.id;
					placeLabel = r.label;
				} else add(r.field, r.key, r.params);
			}

			// no territory given: the one the commune's density gives (none abroad)
			const venuePlace = placeId ? gaz.get(placeId) : undefined;
			const chosen = territory ?? (venuePlace ? densityTerritory(venuePlace)?.territory : undefined);
			const date: TourDate | null =
				problems.length === 0 && placeId && start
					? {
							venue: { name: venue, place: placeId },
							start,
							end: end ?? start,
							performances,
							...(attendance !== undefined ? { attendance } : {}),
							...(capacity !== undefined ? { capacity } : {}),
							...(chosen ? { audience: { archetype: { territory: chosen } } } : {})
						}
					: null;
			rows.push({
				line,
				date,
				placeLabel,
				venue,
				start: get('start'),
				end: endRaw,
				performances: get('performances'),
				attendance: get('attendance'),
				capacity: get('capacity'),
				problems
			});
		}
	}
	const problemCount = fileProblems.length + rows.reduce((s, r) => s + r.problems.length, 0);
	return { encoding: decoded.encoding, delimiter: table.delimiter, rows, fileProblems, problemCount };
}

type Gaz = ReturnType<typeof getGazetteer>;

/**
 * The row's place, from what it gives:
 *   - a French postcode (country FR, or no country and five digits) narrows the town to the
 *     postcode's communes (« Saint-Denis;93200 »);
 *   - a country restricts the search to it (« Bruxelles;1000;BE »: foreign postcodes are not in the
 *     gazetteer, the country is enough);
 *   - no country: France first, and the whole gazetteer (France weighed first) when the town is not a
 *     French commune (« Genève », « Bruxelles;1000 ») or is ambiguous in France (« Mons »).
 * The first candidate is taken unless the gazetteer's ambiguity rule questions it
 * (src/lib/geo/search.ts): then the row asks for a postcode or a country instead of guessing.
 */
function resolveTown(
	gaz: Gaz,
	town: string,
	postcode: string,
	country: string
): { id: string; label: string } | { field: DateColumn; key: string; params?: Issue['params'] } {
	const frenchPostcode = country === 'FR' || (country === '' && /^\d{5}$/.test(postcode));
	if (postcode && frenchPostcode) {
		const hits = gaz.search(postcode, { limit: 50, countries: ['FR'] });
		if (hits.length === 0 && country === 'FR')
			return { field: 'postcode', key: 'tours.csv.unknownPostcode', params: { value: postcode } };
		if (hits.length > 0 && !town) return { id: hits[0].id, label: hits[0].label };
		const key = normaliseHeader(town);
		const same =
			hits.find((h) => normaliseHeader(h.name) === key) ??
			hits.find((h) => (h.aliases ?? []).some((a) => normaliseHeader(a) === key));
		if (same) return { id: same.id, label: same.label };
	}
	if (!town) return { field: 'town', key: 'common.form.required' };
	if (country) return pickTown(gaz.search(town, { limit: 5, countries: [country] }), town);
	const inFrance = gaz.search(town, { limit: 5, countries: ['FR'] });
	if (inFrance.length > 0 && inFrance[0].match !== 'fuzzy') {
		const r = pickTown(inFrance, town);
		if ('id' in r) return r;
	}
	return pickTown(gaz.search(town, { limit: 5 }), town);
}

function pickTown(
	hits: SearchHit[],
	town: string
): { id: string; label: string } | { field: DateColumn; key: string; params?: Issue['params'] } {
	if (hits.length === 0) return { field: 'town', key: 'tours.csv.unknownTown', params: { value: town } };
	const [first, second] = hits;
	const clear =
		!second || (second.match === 'fuzzy' && first.match !== 'fuzzy') || ambiguity(hits) === undefined;
	if (!clear) {
		return {
			field: 'town',
			key: 'tours.csv.ambiguousTown',
			params: {
				value: town,
				candidates: hits
					.slice(0, 3)
					.map((h) => h.label)
					.join(' ; ')
			}
		};
	}
	if (first.match === 'fuzzy') {
		return { field: 'town', key: 'tours.csv.didYouMean', params: { value: town, candidate: first.label } };
	}
	return { id: first.id, label: first.label };
}

export function templateCsv(locale: 'fr' | 'en'): string {
	const sep = locale === 'fr' ? ';' : ',';
	const example =
		locale === 'fr'
			? [
					'Théâtre de la Cité',
					'Toulouse',
					'31000',
					'FR',
					'14/03/2027',
					'15/03/2027',
					'2',
					'540',
					'300',
					'urbain'
				]
			: [
					'Théâtre de la Cité',
					'Toulouse',
					'31000',
					'FR',
					'2027-03-14',
					'2027-03-15',
					'2',
					'540',
					'300',
					'urban'
				];
	return writeCsv(TEMPLATE_HEADERS[locale], [example], { delimiter: sep, eol: '\r\n', bom: true });
}
