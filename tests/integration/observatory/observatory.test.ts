/**
 * Open observatory on a migrated in-memory database: consent off by default, on, withdrawn (the
 * live figures change at once, without waiting for the cache), only company/venue organisations
 * count (never a network, never the demo, never any other kind such as a training organisation),
 * only actual tours; a release rebuilt from its stored records gives the same checksums, and every
 * CSV row of it passes its Table Schema.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as observatory from '../../../src/lib/server/observatory';
import * as organisations from '../../../src/lib/server/organisations';
import * as tours from '../../../src/lib/server/tours';
import * as commitments from '../../../src/lib/server/commitments';
import { organisations as orgTable } from '../../../src/lib/server/db/schema/auth';
import { observatoryConsent } from '../../../src/lib/server/db/schema/observatory';
import { ForbiddenError, NotFoundError } from '../../../src/lib/server/errors';
import type { Membership } from '../../../src/lib/server/auth/types';
import { createTestDb, type Db } from '../../../src/lib/server/db/client';
import { makeUser } from '../auth/helpers';
import { importCircus } from '../experiments/helpers';
import { SCHEMAS, validateCsv } from '../../../src/lib/observatory/index';
import { backfillObservatory } from '../../../src/lib/server/network-indicators';
import { observatoryShown, tourObservatory } from '../../../src/lib/server/db/schema/observatory';
import { tours as toursTable } from '../../../src/lib/server/db/schema/tours';

let db: Db;
const orgs: Membership[] = [];
/** each contributor's forecast and actual tour ids */
const tourIds = new Map<string, { forecast: string; actual: string }>();

async function contributor(name: string, kind: 'company' | 'venue' = 'company') {
	const user = await makeUser(db, name.toLowerCase().replace(/\W/g, ''));
	const m = await organisations.create(db, user, { name, kind });
	const t = await importCircus(db, m);
	const a = await tours.makeActual(db, m, t.id);
	tourIds.set(m.orgId, { forecast: t.id, actual: a.id });
	return m;
}

const live = async () => (await observatory.liveAggregates(db)).aggregates.seasons;
const total = async () => (await live()).find((s) => s.season === '2026')?.total;
/** Who counts (before any disclosure rule): the contributed actual tours of the season. */
const toursCounted = async () =>
	(await observatory.contributedRecords(db)).records.filter((r) => r.season === '2026').length;

beforeAll(async () => {
	db = await createTestDb();
	for (const n of ['Cie Un', 'Cie Deux', 'Cie Trois']) orgs.push(await contributor(n));
	orgs.push(await contributor('Théâtre Quatre', 'venue'));
});

describe('consent', () => {
	it('is off by default: nothing counts', async () => {
		expect((await observatory.getConsent(db, orgs[0])).contributing).toBe(false);
		expect(await live()).toEqual([]);
	});

	it('only an owner of a writable company or venue may set it', async () => {
		await expect(
			observatory.setConsent(db, { ...orgs[0], role: 'editor' }, { contributing: 'yes' })
		).rejects.toBeInstanceOf(ForbiddenError);
		const u = await makeUser(db, 'netowner');
		const net = await organisations.create(db, u, { name: 'Réseau', kind: 'network' });
		await expect(observatory.setConsent(db, net, { contributing: 'yes' })).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(
			observatory.setConsent(
				db,
				{ ...orgs[0], org: { ...orgs[0].org, isDemo: true } },
				{ contributing: 'yes' }
			)
		).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('three contributors make a shown total; the history is dated', async () => {
		for (const m of orgs.slice(0, 3)) await observatory.setConsent(db, m, { contributing: 'yes' });
		const t = await total();
		expect(t?.shown).toBe(true);
		if (t?.shown) {
			expect(t.structures).toBe(3);
			expect(t.tours).toBe(3);
			expect(t.kg).toBeGreaterThan(0);
		}
		const c = await observatory.getConsent(db, orgs[0]);
		expect(c.contributing).toBe(true);
		expect(c.history).toHaveLength(1);
		expect(c.history[0].at).toBeInstanceOf(Date);
	});

	it('withdrawal takes effect on the live figures at once (the cache is cleared)', async () => {
		await observatory.setConsent(db, orgs[2], { contributing: 'no' });
		const t = await total();
		expect(t).toMatchObject({ shown: false, reason: 'frequency' });
		expect((await observatory.getConsent(db, orgs[2])).history.map((h) => h.contributing)).toEqual([
			false,
			true
		]);
		await observatory.setConsent(db, orgs[2], { contributing: 'yes' });
	});

	it('forecasts never count, only actual tours', async () => {
		const t = await total();
		// each contributor has one forecast and one actual: three tours, not six
		expect(t?.shown && t.tours).toBe(3);
	});

	it('the demo, networks and any other kind (training) never count, even with a consent row', async () => {
		const u = await makeUser(db, 'trainer');
		const other = await organisations.create(db, u, { name: 'Formation', kind: 'company' });
		const t = await importCircus(db, other);
		await tours.makeActual(db, other, t.id);
		await observatory.setConsent(db, other, { contributing: 'yes' });
		expect(await toursCounted()).toBe(4);
		// the same organisation turned into the demo, then into a kind that is not company/venue
		// (as a training organisation would be): it stops counting with its consent still on
		await db.update(orgTable).set({ isDemo: true }).where(eq(orgTable.id, other.orgId));
		observatory.invalidateLive();
		expect(await toursCounted()).toBe(3);
		await db.update(orgTable).set({ isDemo: false, kind: 'network' }).where(eq(orgTable.id, other.orgId));
		observatory.invalidateLive();
		expect(await toursCounted()).toBe(3);
		await db.update(orgTable).set({ kind: 'training' }).where(eq(orgTable.id, other.orgId));
		observatory.invalidateLive();
		expect(await toursCounted()).toBe(3);
		// and back to a company: it counts again (the exclusions above are what removed it)
		await db.update(orgTable).set({ kind: 'company' }).where(eq(orgTable.id, other.orgId));
		observatory.invalidateLive();
		expect(await toursCounted()).toBe(4);
		await db.update(orgTable).set({ kind: 'training' }).where(eq(orgTable.id, other.orgId));
		observatory.invalidateLive();
		const row = await db.query.observatoryConsent.findFirst({
			where: eq(observatoryConsent.orgId, other.orgId)
		});
		expect(row?.contributing).toBe(true);
	});
});

describe('experiments by lever', () => {
	it('counts commitments measured by a contributed actual tour, from 3 structures, with the engine’s savings', async () => {
		expect(await observatory.contributedExperiments(db)).toEqual([]);
		for (const m of orgs.slice(0, 3)) {
			const ids = tourIds.get(m.orgId)!;
			const c = await commitments.create(db, m, { tourId: ids.forecast, lever: 'train', title: 'Le train' });
			await commitments.linkMeasured(db, m, c.id, ids.actual);
		}
		// a commitment without a measured tour does not count
		await commitments.create(db, orgs[0], {
			tourId: tourIds.get(orgs[0].orgId)!.forecast,
			lever: 'vegetarian',
			title: 'Repas'
		});
		const exps = await observatory.contributedExperiments(db);
		expect(exps.map((e) => [e.lever, e.season])).toEqual([
			['train', '2026'],
			['train', '2026'],
			['train', '2026']
		]);
		// the actual is a copy of the forecast: the measured saving is 0 kgCO2e
		for (const e of exps) expect(Math.abs(e.savingKg)).toBeLessThan(1e-6);
		const season = (await live()).find((s) => s.season === '2026')!;
		expect(season.levers).toEqual([
			{ key: 'train', shown: true, structures: 3, commitments: 3, saving: null }
		]);
		// a structure that withdraws takes its commitments with it
		await observatory.setConsent(db, orgs[2], { contributing: 'no' });
		expect((await observatory.contributedExperiments(db)).length).toBe(2);
		await observatory.setConsent(db, orgs[2], { contributing: 'yes' });
	});
});

describe('the compact per-tour row', () => {
	it('is written at save time, and back-filled from the tour for tours saved before it existed', async () => {
		const rows = await db.select().from(tourObservatory).where(eq(tourObservatory.orgId, orgs[0].orgId));
		expect(rows.length).toBe(2); // the forecast and the actual
		const actual = rows.find((r) => r.dates > 0)!;
		expect(actual.teamSize).toBeGreaterThan(0);
		expect(['regional', 'national', 'international']).toContain(actual.scope);
		const flows = JSON.parse(actual.flows) as [string, string, string, number, number, number][];
		expect(flows.some((f) => f[0] === 'team' && f[3] > 0 && f[5] > 0)).toBe(true);
		await db.delete(tourObservatory).where(eq(tourObservatory.orgId, orgs[0].orgId));
		expect(await backfillObservatory(db)).toBe(2);
		const again = await db.select().from(tourObservatory).where(eq(tourObservatory.orgId, orgs[0].orgId));
		const strip = (xs: typeof rows) =>
			xs.map(({ computedAt: _c, ...r }) => r).sort((a, b) => a.tourId.localeCompare(b.tourId));
		expect(strip(again)).toEqual(strip(rows));
		expect(await backfillObservatory(db)).toBe(0);
	});

	it('is read back exactly, whatever a season typed by people holds', async () => {
		const { actual } = tourIds.get(orgs[1].orgId)!;
		const odd = '2026\u001f,"x"';
		await db.update(toursTable).set({ season: odd }).where(eq(toursTable.id, actual));
		const { records } = await observatory.contributedRecords(db);
		const mine = records.filter((r) => r.contributor === orgs[1].orgId);
		expect(mine.map((r) => r.season)).toEqual([odd]);
		const row = (await db.select().from(tourObservatory).where(eq(tourObservatory.tourId, actual)))[0];
		expect(mine[0]).toMatchObject({
			companyKg: row.companyKg,
			spectators: row.spectators,
			team: row.teamSize,
			scope: row.scope,
			flows: JSON.parse(row.flows)
		});
		await db.update(toursTable).set({ season: '2026' }).where(eq(toursTable.id, actual));
	});

	it('the live page keeps what it showed, and does not show a cell moved by one structure since', async () => {
		const shown = await db.select().from(observatoryShown);
		expect(shown.some((r) => r.cell === '2026|all|all')).toBe(true);
	});
});

describe('releases', () => {
	it('a release is stored, immutable, reproducible and valid against its Table Schemas', async () => {
		const r = await observatory.createRelease(db, '2026', new Date('2026-12-01T10:00:00Z'));
		expect(r.version).toBe(1);
		expect(r.files.map((f) => f.path)).toEqual([
			'aggregates.csv',
			'categories.csv',
			'flows.csv',
			'levers.csv',
			'datapackage.json',
			'README.md',
			'CHANGELOG.md'
		]);
		const stored = await observatory.releaseFiles(db, r.id);
		const rebuilt = await observatory.rebuildRelease(db, r.id);
		expect(rebuilt.map((f) => f.sha256)).toEqual(stored.files.map((f) => f.sha256));
		for (const f of stored.files) expect(observatory.sha256Hex(f.content)).toBe(f.sha256);
		const csv = (p: string) => stored.files.find((f) => f.path === p)!.content;
		const pkg = JSON.parse(csv('datapackage.json'));
		// every row, every type, of every resource, against the schema the instance serves
		for (const res of pkg.resources) {
			expect(res.schema).toEqual(SCHEMAS[res.name]);
			expect(validateCsv(SCHEMAS[res.name], csv(res.path))).toEqual([]);
		}
		expect(csv('aggregates.csv')).toMatch(/\n2026,team,4-8,false,,3,/);
		expect(csv('flows.csv')).toMatch(/\n2026,team,all,all,false,,3,/);
		expect(pkg.licenses[0].name).toBe('etalab-2.0');
		expect(pkg.resources[0].hash).toBe(`sha256:${r.files[0].sha256}`);
		// no organisation id or name leaks into any published file
		for (const f of stored.files)
			for (const m of orgs) {
				expect(f.content).not.toContain(m.orgId);
				expect(f.content).not.toContain(m.org.name);
			}
	});

	it('after one withdrawal, neither the next release nor the live page gives it away by differencing', async () => {
		await observatory.setConsent(db, orgs[3], { contributing: 'yes' });
		const before = await observatory.createRelease(db, '2026', new Date('2026-12-01T11:00:00Z'));
		expect(before.version).toBe(2);
		await observatory.setConsent(db, orgs[3], { contributing: 'no' });
		// four structures then three: the season total differs by one structure → withheld
		expect(await total()).toMatchObject({ shown: false, reason: 'secondary' });
		const next = await observatory.createRelease(db, '2026', new Date('2026-12-01T12:00:00Z'));
		const agg = (await observatory.releaseFiles(db, next.id)).files[0].content;
		expect(agg.split('\n')[1]).toMatch(/^2026,all,all,true,secondary,/);
		expect(await observatory.rebuildRelease(db, next.id)).toEqual(
			(await observatory.releaseFiles(db, next.id)).files
		);
	});
});

describe('what is served', () => {
	it('never carries the per-structure measures kept for differencing', async () => {
		const v = await observatory.liveAggregates(db);
		expect(v.aggregates.published.size).toBe(0);
		const text = JSON.stringify(v);
		for (const m of orgs) expect(text).not.toContain(m.orgId);
	});
});
