/**
 * The files venues really have (issue 15), built here byte by byte: a French Excel survey with
 * « Comment êtes-vous venu ? », Belgian spectators with and without a country column, per-ticket
 * exports, and files that are not CSV at all. Read end to end with the browser's reader, the
 * privacy filter, the auto-mapping and the analysis, the real gazetteer behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getGazetteer, type Gazetteer } from '../../../src/lib/server/geo/index';
import { parseNumber } from '../../../src/lib/server/imports/csv';
import { createOriginResolver } from '../../../src/lib/audience/geocode';
import { autoMap } from '../../../src/lib/audience/columns';
import { analyse } from '../../../src/lib/audience/analysis';
import { suggestMode, labelKey } from '../../../src/lib/audience/labels';
import {
	columnSamples,
	decodeCsvBytes,
	filterPrivacy,
	parseCsvText,
	sniffFile,
	tableProblem
} from '../../../src/lib/audience/table';
import type { ImportKind, ImportSettings } from '../../../src/lib/audience/types';

let gaz: Gazetteer;
beforeAll(() => {
	gaz = getGazetteer();
});

/** bytes → kept table → proposed mapping, as the parse worker and the mapping step do. */
function read(bytes: Uint8Array, kind: ImportKind) {
	const { text } = decodeCsvBytes(bytes);
	const { table } = parseCsvText(text);
	const privacy = filterPrivacy(table);
	const columns = autoMap(privacy.table.headers, columnSamples(privacy.table), kind);
	return { ...privacy, columns };
}

function run(
	bytes: Uint8Array,
	kind: ImportKind,
	venueId: string,
	over: Partial<ImportSettings> = {},
	attendance: number | null = 1000
) {
	const r = read(bytes, kind);
	const settings: ImportSettings = { kind, columns: r.columns, labels: {}, distanceKind: 'one-way', ...over };
	const analysis = analyse({
		table: r.table,
		settings,
		resolver: createOriginResolver(gaz, gaz.get(venueId)!, { defaultCountry: settings.defaultCountry }),
		parseNumber,
		modeShares: kind === 'ticketing' ? { car: 0.7, bus: 0.2, walk: 0.1 } : null,
		attendance
	});
	return { ...r, analysis };
}

const latin1 = (lines: string[]) => new Uint8Array(Buffer.from(lines.join('\r\n') + '\r\n', 'latin1'));

describe('a French Excel survey', () => {
	const survey = latin1([
		'Horodateur;Nom;Adresse e-mail;Comment êtes-vous venu ?;Code postal;Ville;Nombre de personnes dans la voiture;Un commentaire ?',
		'14/03/2026 20:01;Dupont;a.dupont@exemple.fr;Voiture;34000;Montpellier;2 personnes;Super soirée, on reviendra avec les enfants la prochaine fois',
		'14/03/2026 20:02;Durand;b.durand@exemple.fr;covoit;34170;Castelnau-le-Lez;3 pers.;',
		'14/03/2026 20:03;Martin;c.martin@exemple.fr;A pied;34000;Montpellier;;Très bien mais un peu long pour les petits à mon avis',
		'14/03/2026 20:04;Petit;d.petit@exemple.fr;Tram;34070;Montpellier;;',
		'14/03/2026 20:05;Roux;e.roux@exemple.fr;voiture;34970;Lattes;deux;Le parking était plein, difficile de se garer ce soir-là',
		'14/03/2026 20:06;Blanc;f.blanc@exemple.fr;Voiture;30000;Nîmes;on était nombreux;'
	]);

	it('keeps the mode question (its header starts with « comment »), drops names, e-mails and comments', () => {
		const r = read(survey, 'survey');
		expect(r.dropped.map((d) => [d.header, d.reason])).toEqual([
			['Nom', 'name'],
			['Adresse e-mail', 'email'],
			['Un commentaire ?', 'freeText']
		]);
		expect(r.columns).toEqual({
			postcode: 'Code postal',
			commune: 'Ville',
			mode: 'Comment êtes-vous venu ?',
			party: 'Nombre de personnes dans la voiture'
		});
	});

	it('reads « 2 personnes », « 3 pers. », « deux », and keeps an unreadable count with the default', () => {
		const { analysis: a } = run(survey, 'survey', 'fr:34172');
		expect(a.unresolvedLabels).toBe(0);
		expect(a.rowsUsed).toBe(6);
		expect(a.rejections).toEqual([]);
		expect(a.flags).toEqual([{ line: 7, reason: 'party.unreadable', value: 'on était nombreux' }]);
		const party = a.records.map((x) => x.party);
		expect(party).toEqual([2, 3, null, null, 2, null]);
		// occupancy from the three readable car answers: 6 people ÷ (1/2 + 1/3 + 1/2) cars
		expect(a.aggregate!.occupancy!.value).toBeCloseTo(3 / (1 / 2 + 1 / 3 + 1 / 2), 9);
		expect(a.caveats.map((c) => c.code)).toContain('partyUnreadable');
	});

	it('reads « covoit » and common abbreviations of modes', () => {
		for (const [label, mode] of [
			['covoit', 'car'],
			['Covoit.', 'car'],
			['VP', 'car'],
			['vélo élec', 'ebike'],
			['VAE', 'ebike'],
			['trott', 'bike'],
			['à pieds', 'walk'],
			['SNCF', 'rail.ter']
		])
			expect([label, suggestMode(labelKey(label), 'fr')]).toEqual([label, { choice: mode, status: 'known' }]);
	});
});

describe('Belgian spectators', () => {
	// a venue in Lille, 15 km from the border
	const withoutCountry = latin1([
		'Code postal;Commune;Mode de transport',
		'1000;Bruxelles;Voiture',
		'4000;Liège;Train',
		'6000;Charleroi;Voiture',
		'7500;Tournai;Voiture',
		'59000;Lille;A pied',
		'34000;Lyon;Voiture'
	]);

	it('without a country column, the town tells the country; a contradiction is flagged, not placed', () => {
		const { analysis: a } = run(withoutCountry, 'survey', 'fr:59350');
		expect(a.rowsUsed).toBe(5);
		expect(a.rejections).toEqual([{ line: 7, reason: 'origin.mismatch', value: '34000 · Lyon' }]);
		expect(a.caveats.map((c) => c.code)).toContain('mismatchedOrigins');
		// Brussels is about 95 km from Lille as the crow flies, Bourg-en-Bresse (01000) 520
		const bxl = a.records.find((x) => x.line === 2)!;
		expect(bxl.roadKm).toBeLessThan(140);
		const liege = a.records.find((x) => x.line === 3)!;
		expect(liege.railKm).toBeLessThan(230); // Liège, not Digne (04000, 820 km)
		const charleroi = a.records.find((x) => x.line === 4)!;
		expect(charleroi.roadKm).toBeLessThan(150); // Charleroi, not Nice
	});

	it('with a country column, each row is placed in its country', () => {
		const bytes = latin1([
			'CP;Ville;Pays;Mode',
			'1000;Bruxelles;Belgique;Voiture',
			'7000;Mons;BE;Voiture',
			'59000;Lille;France;Vélo',
			'1000;;Belgique;Voiture'
		]);
		const { columns, analysis: a } = run(bytes, 'survey', 'fr:59350');
		expect(columns.country).toBe('Pays');
		expect(a.rowsUsed).toBe(3);
		// no Belgian postcode is in the gazetteer: a Belgian postcode alone needs its town
		expect(a.rejections).toEqual([{ line: 5, reason: 'origin.postcodeAbroad', value: '1000' }]);
	});

	it('a file set to Belgium reads towns as Belgian and 5-digit postcodes as French', () => {
		const bytes = latin1([
			'Code postal;Ville;Mode',
			'1000;Bruxelles;Voiture',
			'59000;;Voiture',
			'7500;;Voiture'
		]);
		const { analysis: a } = run(bytes, 'survey', 'fr:59350', { defaultCountry: 'BE' });
		expect(a.records.map((x) => x.line)).toEqual([2, 3]);
		expect(a.rejections).toEqual([{ line: 4, reason: 'origin.postcodeAbroad', value: '7500' }]);
	});

	it('without a town or a country, a 4-digit postcode stays a French one whose 0 Excel ate', () => {
		const bytes = latin1(['Code postal;Mode', '6000;Voiture']);
		const { analysis: a } = run(bytes, 'survey', 'fr:06088');
		expect(a.records[0].roadKm).toBeLessThan(5); // Nice, the venue's own city
	});
});

describe('ticketing exports', () => {
	it('one row per ticket, no count column: never « one person per car »', () => {
		const lines = ['N° billet;Code postal;Tarif;Email'];
		for (let i = 0; i < 40; i++)
			lines.push(`T${1000 + i};${i % 2 ? '31000' : '31400'};Plein;x${i}@exemple.fr`);
		const { columns, analysis: a } = run(latin1(lines), 'ticketing', 'fr:31555');
		expect(columns.count).toBeUndefined();
		expect(columns.party).toBeUndefined();
		expect(a.aggregate!.weight).toBe(40);
		expect(a.aggregate!.occupancy).toBeNull(); // the date keeps its own or default occupancy
	});

	it('one row per order with « 1 200 » and « 2 billets »: counts read, still no occupancy', () => {
		const bytes = latin1(['Code postal;Quantité', '31000;2 billets', '31400;1 200', '31000;3']);
		const { columns, analysis: a } = run(bytes, 'ticketing', 'fr:31555', {}, 2000);
		expect(columns.count).toBe('Quantité');
		expect(a.aggregate!.weight).toBe(1205);
		expect(a.aggregate!.occupancy).toBeNull();
	});
});

describe('plausibility', () => {
	it('walking or taking the tram from 770 km is rejected, with the mode and the distance', () => {
		const bytes = latin1(['Code postal;Mode', '34000;A pied', '59000;A pied', '59000;Tram', '59000;Voiture']);
		const { analysis: a } = run(bytes, 'survey', 'fr:34172');
		expect(a.rejections.map((r) => r.reason)).toEqual(['mode.implausible', 'mode.implausible']);
		expect(a.rejections[0].value).toMatch(/^A pied · \d{3,4} km$/);
		expect(a.caveats.find((c) => c.code === 'implausibleRows')?.params).toEqual({ n: 2 });
	});

	it('more respondents than spectators blocks the save, unless the file is season-wide', () => {
		const lines = ['Code postal;Mode'];
		for (let i = 0; i < 120; i++) lines.push('34000;Voiture');
		const blocked = run(latin1(lines), 'survey', 'fr:34172', {}, 100).analysis;
		expect(blocked.caveats.find((c) => c.code === 'overAttendance')?.level).toBe('block');
		expect(blocked.canSave).toBe(false);
		const season = run(latin1(lines), 'survey', 'fr:34172', { seasonWide: true }, 100).analysis;
		expect(season.caveats.map((c) => c.code)).toContain('seasonWide');
		expect(season.canSave).toBe(true);
		// a few no-shows' tickets (under 5 %) are not a wrong file
		const close = run(latin1(lines), 'survey', 'fr:34172', {}, 116).analysis;
		expect(close.canSave).toBe(true);
	});
});

describe('files that are not CSV', () => {
	const zip = (entry: string) =>
		new Uint8Array(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), Buffer.from(entry)]));
	const cases: [string, Uint8Array][] = [
		['empty', new Uint8Array()],
		['empty', new Uint8Array(Buffer.from('\r\n  \r\n'))],
		['empty', new Uint8Array([0xef, 0xbb, 0xbf])],
		['image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])],
		['image', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])],
		['xlsx', zip('[Content_Types].xml ... xl/workbook.xml')],
		['ods', zip('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')],
		['zip', zip('export/reponses.csv')],
		['xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
		['pdf', new Uint8Array(Buffer.from('%PDF-1.7\n'))],
		['html', new Uint8Array(Buffer.from('<!DOCTYPE html><html><body><table>'))],
		['binary', new Uint8Array([0x43, 0x00, 0x50, 0x00])]
	];
	it.each(cases)('%s is named from its first bytes', (problem, bytes) => {
		expect(sniffFile(bytes)).toBe(problem);
	});

	it('a real CSV is not mistaken for anything, and a header-only one is named', () => {
		const ok = latin1(['Code postal;Mode', '34000;Voiture']);
		expect(sniffFile(ok)).toBeNull();
		const headerOnly = parseCsvText(decodeCsvBytes(latin1(['Code postal;Mode'])).text).table;
		expect(tableProblem(headerOnly)).toBe('headerOnly');
		expect(tableProblem(parseCsvText(decodeCsvBytes(ok).text).table)).toBeNull();
	});
});
