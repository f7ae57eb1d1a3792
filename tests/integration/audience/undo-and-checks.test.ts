/**
 * What a new user meets on a first try (issue 15), on a migrated in-memory database: a French
 * Excel survey whose mode question is « Comment êtes-vous venu ? », files that are not CSV, a
 * file with more answers than the date had spectators, undoing a saved import, and clearing
 * drafts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import * as audience from '../../../src/lib/server/audience-imports';
import * as tours from '../../../src/lib/server/tours';
import { audienceDrafts, audienceImports } from '../../../src/lib/server/db/schema/audience';
import { NotFoundError, ValidationError } from '../../../src/lib/server/errors';
import { makeWorld, type World } from './helpers';

let w: World;
beforeEach(async () => {
	w = await makeWorld();
});

const MODES = ['Voiture', 'En voiture', 'covoit', 'À pied', 'Vélo', 'Bus', 'Tramway', 'TER'];
const PARTY = ['2', '2 personnes', '3 pers.', '', '', '', '', ''];
// spectators living near each venue (walking or cycling from further away is rejected)
const NEAR_MONTPELLIER = [
	['34000', 'Montpellier'],
	['34170', 'Castelnau-le-Lez'],
	['34070', 'Montpellier'],
	['34970', 'Lattes'],
	['34090', 'Montpellier']
];
const NEAR_TOULOUSE = [
	['31000', 'Toulouse'],
	['31400', 'Toulouse'],
	['31130', 'Balma'],
	['31770', 'Colomiers']
];

/** A survey as French Excel saves it: `;`, Windows-1252, CRLF, the usual question headers. */
function frenchSurvey(n: number, places = NEAR_MONTPELLIER): Uint8Array {
	const header =
		'Horodateur;Comment êtes-vous venu ?;Code postal;Commune;Combien étiez-vous dans la voiture ?;Vos remarques';
	const rows = [header];
	for (let i = 0; i < n; i++) {
		const [cp, town] = places[i % places.length];
		const mode = MODES[i % MODES.length];
		const remark =
			i % 3 === 0 ? `Très belle soirée, merci à toute l’équipe, on reviendra l’an prochain ${i}` : '';
		rows.push(
			`14/03/2026 21:${String(i % 60).padStart(2, '0')};${mode};${cp};${town};${PARTY[i % 8]};${remark}`
		);
	}
	return new Uint8Array(Buffer.from(rows.join('\r\n') + '\r\n', 'latin1'));
}

async function stage(bytes: Uint8Array, dateIds = ['montpellier'], kind: 'survey' | 'ticketing' = 'survey') {
	const d = await audience.stageFile(w.db, w.m, w.tourId, { bytes, fileName: 'enquete.csv', kind, dateIds });
	return audience.updateSettings(w.db, w.m, w.tourId, d.id, { settings: d.meta.settings, dateIds });
}

async function dateAudience(id: string) {
	const doc = (await tours.get(w.db, w.m, w.tourId)).document;
	return doc.dates.find((d) => d.id === id)?.audience;
}

describe('a French Excel survey imports on the first try', () => {
	it('keeps « Comment êtes-vous venu ? » as the mode column, drops the remarks, reads every row', async () => {
		const d = await stage(frenchSurvey(200));
		expect(d.meta.dropped.map((x) => [x.header, x.reason])).toEqual([['Vos remarques', 'freeText']]);
		expect(d.meta.settings.columns).toEqual({
			postcode: 'Code postal',
			commune: 'Commune',
			mode: 'Comment êtes-vous venu ?',
			party: 'Combien étiez-vous dans la voiture ?'
		});
		const p = await audience.preview(w.db, w.m, w.tourId, d.id);
		const a = p.analysis!;
		expect(a.unresolvedLabels).toBe(0);
		expect(a.rowsRejected).toBe(0);
		expect(a.rowsUsed).toBe(200);
		expect(a.flags).toEqual([]);
		expect(a.canSave).toBe(true);
		// « 2 personnes » and « 3 pers. » are read: 25 answers each of 2, 2 and 3 people by car
		expect(p.analysis!.aggregate!.occupancy!.value).toBeCloseTo(75 / (25 / 2 + 25 / 2 + 25 / 3), 6);
		expect(p.beforeSource).toBe('default');
	});
});

describe('files that are not CSV are named in one sentence', () => {
	const cases: [string, Uint8Array][] = [
		['empty', new Uint8Array()],
		['image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
		[
			'xlsx',
			new Uint8Array(
				Buffer.concat([
					Buffer.from([0x50, 0x4b, 0x03, 0x04]),
					Buffer.from('\0\0\0\0[Content_Types].xml xl/workbook.xml')
				])
			)
		],
		['headerOnly', new Uint8Array(Buffer.from('Code postal;Mode de transport\r\n'))]
	];
	for (const [problem, bytes] of cases) {
		it(problem, async () => {
			const err = await audience
				.stageFile(w.db, w.m, w.tourId, {
					bytes,
					fileName: 'x.csv',
					kind: 'survey',
					dateIds: ['montpellier']
				})
				.catch((e) => e);
			expect(err).toBeInstanceOf(ValidationError);
			expect((err as ValidationError).issues.file.key).toBe(`audience.notCsv.${problem}`);
			expect(await w.db.select().from(audienceDrafts)).toHaveLength(0);
		});
	}
});

describe('more answers than spectators', () => {
	it('refuses the save unless the user confirms a season-wide file', async () => {
		// Lectoure: 250 spectators; 400 answers
		const d = await stage(frenchSurvey(400, [['32700', 'Lectoure']]), ['lectoure']);
		let p = await audience.preview(w.db, w.m, w.tourId, d.id);
		expect(p.analysis!.caveats.find((c) => c.code === 'overAttendance')).toMatchObject({
			level: 'block',
			params: { n: 400, attendance: 250 }
		});
		expect(p.analysis!.canSave).toBe(false);
		await expect(audience.commit(w.db, w.m, w.tourId, d.id)).rejects.toBeInstanceOf(ValidationError);
		expect(await w.db.select().from(audienceImports)).toHaveLength(0);

		await audience.updateSettings(w.db, w.m, w.tourId, d.id, {
			settings: { ...d.meta.settings, seasonWide: true },
			dateIds: ['lectoure']
		});
		p = await audience.preview(w.db, w.m, w.tourId, d.id);
		expect(p.analysis!.caveats.map((c) => c.code)).toContain('seasonWide');
		expect(p.analysis!.canSave).toBe(true);
		await audience.commit(w.db, w.m, w.tourId, d.id);
		expect(await w.db.select().from(audienceImports)).toHaveLength(1);
	});
});

describe('undoing a saved import', () => {
	it('gives the date back exactly what it had (defaults: no audience figures from the import)', async () => {
		const before = await dateAudience('montpellier');
		const d = await stage(frenchSurvey(200));
		const { importIds } = await audience.commit(w.db, w.m, w.tourId, d.id);
		expect((await dateAudience('montpellier'))?.distribution).toBeDefined();
		await audience.removeImport(w.db, w.m, w.tourId, importIds[0]);
		expect(await dateAudience('montpellier')).toEqual(before);
		expect(await audience.listImports(w.db, w.m, w.tourId)).toEqual([]);
	});

	it('a date with its own distribution gets it back; « before » says it came from an import', async () => {
		const before = await dateAudience('albi');
		expect(before?.distribution).toBeDefined();
		const d = await stage(frenchSurvey(200), ['albi']);
		expect((await audience.preview(w.db, w.m, w.tourId, d.id)).beforeSource).toBe('import');
		const { importIds } = await audience.commit(w.db, w.m, w.tourId, d.id);
		expect(await dateAudience('albi')).not.toEqual(before);
		await audience.removeImport(w.db, w.m, w.tourId, importIds[0]);
		expect(await dateAudience('albi')).toEqual(before);
	});

	it('own shares say « vos chiffres » before; two imports undone in either order', async () => {
		const original = await dateAudience('toulouse');
		const d1 = await stage(frenchSurvey(200, NEAR_TOULOUSE), ['toulouse']);
		expect((await audience.preview(w.db, w.m, w.tourId, d1.id)).beforeSource).toBe('own');
		const first = (await audience.commit(w.db, w.m, w.tourId, d1.id)).importIds[0];
		const afterFirst = await dateAudience('toulouse');
		const d2 = await stage(frenchSurvey(120, [['31770', 'Colomiers']]), ['toulouse']);
		const second = (await audience.commit(w.db, w.m, w.tourId, d2.id)).importIds[0];
		const afterSecond = await dateAudience('toulouse');
		expect(afterSecond).not.toEqual(afterFirst);
		// the older one first: the date keeps the newer import's figures…
		await audience.removeImport(w.db, w.m, w.tourId, first);
		expect(await dateAudience('toulouse')).toEqual(afterSecond);
		// …and removing the newer one goes back to before both
		await audience.removeImport(w.db, w.m, w.tourId, second);
		expect(await dateAudience('toulouse')).toEqual(original);
	});

	it('an outsider cannot remove an import, and a viewer cannot either', async () => {
		const d = await stage(frenchSurvey(150));
		const { importIds } = await audience.commit(w.db, w.m, w.tourId, d.id);
		await expect(audience.removeImport(w.db, w.other, w.tourId, importIds[0])).rejects.toBeInstanceOf(
			NotFoundError
		);
		const viewer = { ...w.m, role: 'viewer' as const };
		await expect(audience.removeImport(w.db, viewer, w.tourId, importIds[0])).rejects.toThrow(
			/Requires role editor/
		);
		expect(await w.db.select().from(audienceImports)).toHaveLength(1);
	});
});

describe('clearing drafts', () => {
	it('deletes every draft of the tour, and only for its members', async () => {
		await stage(frenchSurvey(20));
		await stage(frenchSurvey(30), ['albi']);
		await expect(audience.clearDrafts(w.db, w.other, w.tourId)).rejects.toBeInstanceOf(NotFoundError);
		expect(await w.db.select().from(audienceDrafts)).toHaveLength(2);
		expect(await audience.clearDrafts(w.db, w.m, w.tourId)).toBe(2);
		expect(await audience.listDrafts(w.db, w.m, w.tourId)).toEqual([]);
	});
});

describe('hundreds of free-text mode answers', () => {
	it('one box sets aside every label still without a choice; the user’s own choices stay', async () => {
		const lines = ['Code postal;Comment êtes-vous venu ?'];
		for (let i = 0; i < 400; i++) lines.push(`34000;Réponse libre numéro ${i}`);
		for (let i = 0; i < 100; i++) lines.push('34000;Voiture');
		const d = await stage(new Uint8Array(Buffer.from(lines.join('\n'))));
		let p = await audience.preview(w.db, w.m, w.tourId, d.id);
		expect(p.analysis!.unresolvedLabels).toBe(400);
		const chosen = { 'reponse libre numero 7': 'walk' as const };
		await audience.updateSettings(w.db, w.m, w.tourId, d.id, {
			settings: { ...d.meta.settings, labels: chosen },
			dateIds: d.dateIds,
			ignoreUnreviewed: true
		});
		p = await audience.preview(w.db, w.m, w.tourId, d.id);
		expect(p.analysis!.unresolvedLabels).toBe(0);
		expect(p.analysis!.rowsUsed).toBe(101);
		expect(p.analysis!.rejectionCounts).toEqual({ 'mode.ignored': 399 });
		expect(p.analysis!.canSave).toBe(true);
	});
});

describe('keeping a column the filter proposed to drop (no JavaScript: the file is sent again)', () => {
	it('keeps a « Nom » column of group names the user says is not personal, never an e-mail column', async () => {
		const bytes = new Uint8Array(
			Buffer.from(
				[
					'Nom;Mail;Code postal;Mode',
					'Les Amis du Cirque;a@exemple.fr;34000;Voiture',
					'Chorale de Lattes;b@exemple.fr;34970;Voiture'
				].join('\n')
			)
		);
		const plain = await audience.stageFile(w.db, w.m, w.tourId, {
			bytes,
			fileName: 'groupes.csv',
			kind: 'survey',
			dateIds: ['montpellier']
		});
		expect(plain.meta.dropped.map((d) => [d.header, d.keepable])).toEqual([
			['Nom', true],
			['Mail', false]
		]);
		const kept = await audience.stageFile(w.db, w.m, w.tourId, {
			bytes,
			fileName: 'groupes.csv',
			kind: 'survey',
			dateIds: ['montpellier'],
			keep: ['Nom', 'Mail']
		});
		expect(kept.meta.columns).toEqual(['Nom', 'Code postal', 'Mode']);
		expect(kept.meta.kept?.map((d) => d.header)).toEqual(['Nom']);
		expect(kept.meta.dropped.map((d) => d.header)).toEqual(['Mail']);
	});
});
