/**
 * The audience import service on a migrated in-memory database: a messy French survey staged as
 * the no-JavaScript upload does, previewed, saved in one transaction (tour document, import
 * record, remembered mapping, draft gone) — and a failure at any step changes nothing.
 */
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import * as audience from '../../../src/lib/server/audience-imports';
import * as tours from '../../../src/lib/server/tours';
import {
	audienceDrafts,
	audienceImports,
	audienceMappings
} from '../../../src/lib/server/db/schema/audience';
import { NotFoundError, ValidationError } from '../../../src/lib/server/errors';
import { encodeBlocks } from '../../../src/lib/audience/staged';
import { makeWorld, messySurvey, type World } from './helpers';

const MODES = ['Voiture', 'voiture', 'Covoiturage', 'À pied', 'Vélo', 'Bus', 'TER', 'car (autocar)'];
const CPS = ['34000', '34070', '34170', '34090', '30000', '34400', '13001', '34130'];

function survey(n: number, broken = true): Uint8Array {
	const rows: string[][] = [];
	for (let i = 0; i < n; i++) {
		const mode = MODES[i % MODES.length];
		const party = mode.toLowerCase().startsWith('v') || mode === 'Covoiturage' ? String(1 + (i % 3)) : '';
		rows.push([`Spectateur ${i}`, `s${i}@exemple.fr`, CPS[i % CPS.length], '', mode, party, 'très bien']);
	}
	if (broken) {
		rows.push(['Jean', 'j@exemple.fr', '99999', '', 'Voiture', '2', '']); // unknown postcode
		rows.push(['Marie', 'm@exemple.fr', '34000', '', '', '', '']); // empty mode
		rows.push(['Paul', 'p@exemple.fr', '34000', '', 'Voiture', 'beaucoup', '']); // unreadable party: kept
		rows.push(['Luc', 'l@exemple.fr', '34000', '', 'Hélicoptère', '', '']); // unknown label
	}
	return messySurvey(rows);
}

let w: World;
beforeEach(async () => {
	w = await makeWorld();
});

async function staged(bytes = survey(240)) {
	const draft = await audience.stageFile(w.db, w.m, w.tourId, {
		bytes,
		fileName: 'enquete.csv',
		kind: 'survey',
		dateIds: ['montpellier']
	});
	return draft;
}

async function counts() {
	const imports = await w.db.select().from(audienceImports);
	const drafts = await w.db.select().from(audienceDrafts);
	const mappings = await w.db.select().from(audienceMappings);
	const tour = await tours.get(w.db, w.m, w.tourId);
	return {
		imports: imports.length,
		drafts: drafts.length,
		mappings: mappings.length,
		doc: JSON.stringify(tour.document)
	};
}

describe('staging a file without JavaScript', () => {
	it('decodes Windows-1252, drops the name, e-mail and comment columns, and maps the rest', async () => {
		const d = await staged();
		expect(d.meta.encoding).toBe('windows-1252');
		expect(d.meta.delimiter).toBe(';');
		expect(d.meta.dropped.map((x) => [x.header, x.reason])).toEqual([
			['Nom', 'name'],
			['E-mail', 'email'],
			['Commentaire', 'freeText']
		]);
		expect(d.meta.columns).toEqual([
			'Code postal',
			'Commune',
			'Moyen de transport',
			'Personnes dans la voiture'
		]);
		expect(d.meta.settings.columns).toMatchObject({
			postcode: 'Code postal',
			mode: 'Moyen de transport',
			party: 'Personnes dans la voiture'
		});
		expect(d.meta.mappingConfirmed).toBe(false);
		// nothing personal is stored anywhere in the draft
		const stored = JSON.stringify(await w.db.all(sql`SELECT data FROM audience_draft_blocks`));
		expect(stored).not.toMatch(/@exemple\.fr|Spectateur|très bien/);
	});

	it('refuses dates of another venue together, and drafts of another organisation are not found', async () => {
		await expect(
			audience.stageFile(w.db, w.m, w.tourId, {
				bytes: survey(10),
				fileName: 'x.csv',
				kind: 'survey',
				dateIds: ['montpellier', 'albi']
			})
		).rejects.toBeInstanceOf(ValidationError);
		const d = await staged();
		await expect(audience.getDraft(w.db, w.other, w.tourId, d.id)).rejects.toBeInstanceOf(NotFoundError);
		await expect(audience.preview(w.db, w.other, w.tourId, d.id)).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('preview', () => {
	it('lists every rejected row with its line and reason, and the unknown label for review', async () => {
		const d = await staged();
		await audience.updateSettings(w.db, w.m, w.tourId, d.id, {
			settings: d.meta.settings,
			dateIds: d.dateIds
		});
		const p = await audience.preview(w.db, w.m, w.tourId, d.id);
		const a = p.analysis!;
		expect(a.rowsTotal).toBe(244);
		expect(a.rowsUsed).toBe(241);
		expect(a.shownRejections).toEqual([
			{ line: 242, reason: 'origin.unknownPostcode', value: '99999' },
			{ line: 243, reason: 'mode.missing', value: '' },
			{ line: 245, reason: 'mode.unreviewed', value: 'Hélicoptère' }
		]);
		// an unreadable party size keeps its answer, flagged, with the date's occupancy
		expect(a.flags).toEqual([{ line: 244, reason: 'party.unreadable', value: 'beaucoup' }]);
		expect(p.labels.find((l) => l.key === 'helicoptere')).toMatchObject({
			status: 'unknown',
			suggestion: null
		});
		expect(p.labels.find((l) => l.key === 'car autocar')).toMatchObject({
			status: 'known',
			suggestion: 'coach'
		});
		expect(a.canSave).toBe(false);
		expect(a.caveats.map((c) => c.code)).toContain('unreviewedLabels');
		// 240 answers for 1 500 spectators: 16 %, no low-response caveat; more than 100 rows
		expect(a.responseRate).toBeCloseTo(241 / 1500, 6);
		expect(a.caveats.map((c) => c.code)).not.toContain('smallSample');
		expect(p.before?.isDefault).toBe(true);
		expect(p.after?.isDefault).toBe(false);
		expect(p.interval!.kg.low).toBeLessThan(p.interval!.kg.point);
		expect(p.interval!.kg.high).toBeGreaterThan(p.interval!.kg.point);
		// the bootstrap's point estimate is the engine's figure (up to the stored rounding)
		expect(p.interval!.kg.point).toBeCloseTo(p.after!.kg, -1);
		expect(Math.abs(p.interval!.kg.point - p.after!.kg) / p.after!.kg).toBeLessThan(0.005);
	});

	it('warns when the sample is small and the response rate low', async () => {
		const d = await audience.stageFile(w.db, w.m, w.tourId, {
			bytes: survey(40, false),
			fileName: 'petit.csv',
			kind: 'survey',
			dateIds: ['montpellier']
		});
		await audience.updateSettings(w.db, w.m, w.tourId, d.id, {
			settings: d.meta.settings,
			dateIds: d.dateIds
		});
		const p = await audience.preview(w.db, w.m, w.tourId, d.id);
		const codes = p.analysis!.caveats.map((c) => c.code);
		expect(codes).toContain('smallSample');
		expect(codes).toContain('lowResponse');
		expect(p.analysis!.canSave).toBe(true);
	});
});

describe('save', () => {
	async function reviewed() {
		const d = await staged();
		const settings = { ...d.meta.settings, labels: { helicoptere: 'ignore' as const } };
		return audience.updateSettings(w.db, w.m, w.tourId, d.id, { settings, dateIds: d.dateIds });
	}

	it('writes the distribution, the import record and the mapping, and removes the draft', async () => {
		const d = await reviewed();
		const { importIds, dateIds } = await audience.commit(w.db, w.m, w.tourId, d.id);
		expect(dateIds).toEqual(['montpellier']);
		const tour = await tours.get(w.db, w.m, w.tourId);
		const date = tour.document.dates.find((x) => x.id === 'montpellier')!;
		expect(date.audience?.quality).toBe('measured');
		expect(date.audience?.distribution?.length).toBeGreaterThan(3);
		const sum = date.audience!.distribution!.reduce((s, b) => s + b.share, 0);
		expect(sum).toBeLessThanOrEqual(1);
		expect(sum).toBeGreaterThan(1 - 1e-6);
		expect(date.audience?.carOccupancy).toBeGreaterThan(1);
		expect(date.audience?.archetype).toEqual({ territory: 'urban' }); // kept
		const [imp] = await w.db.select().from(audienceImports);
		expect(imp.id).toBe(importIds[0]);
		expect(imp).toMatchObject({
			dateId: 'montpellier',
			kind: 'survey',
			fileName: 'enquete.csv',
			rowsTotal: 244,
			rowsUsed: 241,
			rowsRejected: 3
		});
		const summary = imp.summary as audience.ImportSummary;
		expect(summary.beforeIsDefault).toBe(true);
		expect(summary.dropped.map((x) => x.header)).toEqual(['Nom', 'E-mail', 'Commentaire']);
		expect(JSON.stringify(summary)).not.toMatch(/@exemple\.fr|Spectateur/);
		const remembered = await audience.rememberedMappings(w.db, w.m);
		expect(remembered.survey?.columns.postcode).toBe('Code postal');
		expect(remembered.survey?.labels).toEqual({ helicoptere: 'ignore' });
		expect((await counts()).drafts).toBe(0);
		// the summary kept beside the tour now counts the measured audience
		expect(tour.summary?.audienceKg).toBeGreaterThan(0);
		const list = await audience.listImports(w.db, w.m, w.tourId);
		expect(list).toHaveLength(1);
	});

	it('the next file of the same tool maps itself from the remembered mapping', async () => {
		const d = await reviewed();
		await audience.commit(w.db, w.m, w.tourId, d.id);
		const again = await staged(survey(30));
		expect(again.meta.settings.labels).toEqual({ helicoptere: 'ignore' });
		expect(again.meta.settings.columns.mode).toBe('Moyen de transport');
	});

	it('a failing database insert leaves the tour, the imports and the draft as they were', async () => {
		const d = await reviewed();
		const before = await counts();
		await w.db.run(
			sql`CREATE TRIGGER audience_imports_fail BEFORE INSERT ON audience_imports BEGIN SELECT RAISE(ABORT, 'disk full'); END`
		);
		await expect(audience.commit(w.db, w.m, w.tourId, d.id)).rejects.toThrow();
		expect(await counts()).toEqual(before);
		await w.db.run(sql`DROP TRIGGER audience_imports_fail`);
		await audience.commit(w.db, w.m, w.tourId, d.id);
		const after = await counts();
		expect(after.imports).toBe(1);
		expect(after.doc).not.toBe(before.doc);
	});

	it('a failing mapping upsert (last step) rolls back the document and the import record too', async () => {
		const d = await reviewed();
		const before = await counts();
		await w.db.run(
			sql`CREATE TRIGGER audience_mappings_fail BEFORE INSERT ON audience_mappings BEGIN SELECT RAISE(ABORT, 'constraint'); END`
		);
		await expect(audience.commit(w.db, w.m, w.tourId, d.id)).rejects.toThrow();
		expect(await counts()).toEqual(before);
	});

	it('refuses to save while a label awaits review, and a viewer cannot save', async () => {
		const d = await staged();
		await audience.updateSettings(w.db, w.m, w.tourId, d.id, {
			settings: d.meta.settings,
			dateIds: d.dateIds
		});
		const before = await counts();
		await expect(audience.commit(w.db, w.m, w.tourId, d.id)).rejects.toBeInstanceOf(ValidationError);
		expect(await counts()).toEqual(before);
		const viewer = { ...w.m, role: 'viewer' as const };
		await expect(audience.commit(w.db, viewer, w.tourId, d.id)).rejects.toThrow(/Requires role editor/);
	});

	it('a whole venue season: one distribution on every date at that venue, one record per date', async () => {
		const doc = (await tours.get(w.db, w.m, w.tourId)).document;
		await tours.mutate(w.db, w.m, w.tourId, (x) => {
			x.dates.push({
				...structuredClone(doc.dates.find((d) => d.id === 'montpellier')!),
				id: 'montpellier2',
				start: '2026-12-05',
				end: '2026-12-05',
				attendance: 900
			});
		});
		const targets = audience.listTargets((await tours.get(w.db, w.m, w.tourId)).document);
		const venue = targets.venues.find((v) => v.dateIds.includes('montpellier'))!;
		expect(venue.dateIds).toEqual(['montpellier', 'montpellier2']);
		const d = await audience.stageFile(w.db, w.m, w.tourId, {
			bytes: survey(120, false),
			fileName: 'saison.csv',
			kind: 'survey',
			dateIds: venue.dateIds
		});
		await audience.updateSettings(w.db, w.m, w.tourId, d.id, {
			settings: d.meta.settings,
			dateIds: venue.dateIds
		});
		const p = await audience.preview(w.db, w.m, w.tourId, d.id);
		expect(p.attendance).toBe(2400);
		await audience.commit(w.db, w.m, w.tourId, d.id);
		const after = (await tours.get(w.db, w.m, w.tourId)).document;
		const a = after.dates.find((x) => x.id === 'montpellier')!.audience!.distribution;
		expect(after.dates.find((x) => x.id === 'montpellier2')!.audience!.distribution).toEqual(a);
		expect(await w.db.select().from(audienceImports)).toHaveLength(2);
	});
});

describe('ticketing', () => {
	it('spreads each order over the date’s modal shares, and never takes car occupancy from tickets', async () => {
		const rows = ['CP;Ville;Quantité;Email acheteur'];
		for (let i = 0; i < 150; i++) rows.push(`${CPS[i % CPS.length]};;${1 + (i % 4)};a${i}@x.fr`);
		const bytes = new Uint8Array(Buffer.from(rows.join('\n'), 'utf8'));
		const d = await audience.stageFile(w.db, w.m, w.tourId, {
			bytes,
			fileName: 'billetterie.csv',
			kind: 'ticketing',
			dateIds: ['montpellier']
		});
		expect(d.meta.settings.columns).toEqual({ postcode: 'CP', commune: 'Ville', count: 'Quantité' });
		await audience.updateSettings(w.db, w.m, w.tourId, d.id, {
			settings: d.meta.settings,
			dateIds: d.dateIds
		});
		const p = await audience.preview(w.db, w.m, w.tourId, d.id);
		expect(p.analysis!.canSave).toBe(true);
		expect(p.analysis!.caveats.map((c) => c.code)).toContain('ticketingShares');
		// the modal shares are the archetype's, unchanged; the tickets say how far people came
		for (const [mode, share] of Object.entries(p.before!.modalShares))
			expect(p.after!.modalShares[mode as 'car']).toBeCloseTo(share, 6);
		expect(p.analysis!.aggregate!.weight).toBe(
			Array.from({ length: 150 }, (_, i) => 1 + (i % 4)).reduce((s, x) => s + x, 0)
		);
		const occupancyBefore = (await tours.get(w.db, w.m, w.tourId)).document.dates.find(
			(x) => x.id === 'montpellier'
		)!.audience?.carOccupancy;
		expect(p.analysis!.aggregate!.occupancy).toBeNull();
		expect(p.after!.occupancy).toBe(p.before!.occupancy);
		await audience.commit(w.db, w.m, w.tourId, d.id);
		const date = (await tours.get(w.db, w.m, w.tourId)).document.dates.find((x) => x.id === 'montpellier')!;
		expect(date.audience?.quality).toBe('estimated');
		// tickets bought together say nothing of who shares a car: the date's occupancy stays
		expect(date.audience?.carOccupancy).toBe(occupancyBefore);
	});
});

describe('block upload (browser path)', () => {
	it('assembles the blocks, and the draft is complete only when every block is in', async () => {
		const n = 30_000;
		const table = {
			headers: ['CP', 'Mode'],
			lines: Array.from({ length: n }, (_, i) => i + 2),
			columns: [
				Array.from({ length: n }, (_, i) => CPS[i % CPS.length]),
				Array.from({ length: n }, (_, i) => MODES[i % MODES.length])
			]
		};
		const blocks = encodeBlocks(table, 10_000);
		expect(blocks).toHaveLength(3);
		const start = {
			kind: 'survey' as const,
			dateIds: ['montpellier'],
			fileName: 'gros.csv',
			encoding: 'utf-8' as const,
			delimiter: ';' as const,
			columns: table.headers,
			dropped: [],
			scrubbed: 0,
			rowsRead: n,
			blocks: 3,
			settings: {
				kind: 'survey' as const,
				columns: { postcode: 'CP', mode: 'Mode' },
				labels: {},
				distanceKind: 'one-way' as const
			},
			samples: {}
		};
		const d = await audience.startDraft(w.db, w.m, w.tourId, start, blocks[0]);
		expect(d.complete).toBe(false);
		expect((await audience.preview(w.db, w.m, w.tourId, d.id)).analysis).toBeNull();
		await audience.appendBlock(w.db, w.m, w.tourId, d.id, 2, blocks[2]);
		const last = await audience.appendBlock(w.db, w.m, w.tourId, d.id, 1, blocks[1]);
		expect(last.complete).toBe(true);
		const p = await audience.preview(w.db, w.m, w.tourId, d.id);
		expect(p.analysis!.rowsTotal).toBe(n);
		expect(p.analysis!.rowsUsed).toBe(n);
		await expect(audience.appendBlock(w.db, w.m, w.tourId, d.id, 1, blocks[1])).rejects.toBeInstanceOf(
			ValidationError
		);
		await expect(audience.appendBlock(w.db, w.other, w.tourId, d.id, 1, blocks[1])).rejects.toBeInstanceOf(
			NotFoundError
		);
	});
});
