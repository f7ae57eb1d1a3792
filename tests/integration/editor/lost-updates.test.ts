/**
 * Lost updates (issue 17, finding 4): two people edit the same tour. The one whose page is stale is
 * refused — « modifiée par … à … : rechargez » — instead of silently undoing the other's change;
 * edits that only append are merged; rows are addressed by a stable key, never by position.
 * Runs the real form actions of the travel and dates pages against a fresh database.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { setDb } from '../../../src/lib/server/db';
import * as tours from '../../../src/lib/server/tours';
import { distanceKey } from '../../../src/lib/server/tour-editing';
import type { Membership, SessionUser } from '../../../src/lib/server/auth/types';
import { actions as travel } from '../../../src/routes/o/[org]/tours/[tour]/travel/+page.server';
import { actions as dates } from '../../../src/routes/o/[org]/tours/[tour]/dates/+page.server';
import { importCircus } from '../experiments/helpers';
import { makeWorld, type World } from '../auth/helpers';

let w: World;
let tour: tours.TourRecord;

/** A POST to one of the tour's form actions, as `user` (what SvelteKit hands the action). */
function post(user: SessionUser, m: Membership, fields: Record<string, string | number>): RequestEvent {
	const body = new FormData();
	for (const [k, v] of Object.entries(fields)) body.set(k, String(v));
	const url = new URL(`http://localhost/o/${m.org.slug}/tours/${tour.id}/travel`);
	return {
		params: { org: m.org.slug, tour: tour.id },
		locals: { user, session: null },
		request: new Request(url, { method: 'POST', body }),
		url
	} as unknown as RequestEvent;
}

type Answer = { status?: number; data?: Record<string, unknown> } & Record<string, unknown>;
const run = async (p: Promise<unknown> | unknown) => (await p) as Answer;

beforeAll(async () => {
	w = await makeWorld();
	setDb(w.db);
	tour = await importCircus(w.db, w.asOwner);
});

describe('two editors on one tour', () => {
	it('the stale edit is refused, naming who changed the tour and when; nothing is overwritten', async () => {
		const v0 = (await tours.get(w.db, w.asOwner, tour.id)).version;
		// both pages are drawn at v0; the owner saves first
		const first = await run(
			travel.setGap(post(w.owner, w.asOwner, { _version: v0, returnHomeGapDays: 3 }) as never)
		);
		expect(first).toEqual({ saved: 'gap' });
		const after = await tours.get(w.db, w.asOwner, tour.id);
		expect(after.version).toBe(v0 + 1);
		expect(after.updatedBy).toBe(w.owner.id);

		// the editor, still on the v0 page, sets another value: refused
		const stale = await run(
			travel.setGap(post(w.editor, w.asEditor, { _version: v0, returnHomeGapDays: 9 }) as never)
		);
		expect(stale.status).toBe(409);
		const info = stale.data!.stale as { by: string; at: string };
		expect(info.by).toBe(w.owner.displayName);
		expect(new Date(info.at).getTime()).toBe(after.updatedAt.getTime());
		const kept = await tours.get(w.db, w.asOwner, tour.id);
		expect(kept.document.route.returnHomeGapDays).toBe(3);
		expect(kept.version).toBe(v0 + 1);

		// after reloading (fresh version) the same edit goes through
		const again = await run(
			travel.setGap(post(w.editor, w.asEditor, { _version: kept.version, returnHomeGapDays: 9 }) as never)
		);
		expect(again).toEqual({ saved: 'gap' });
		const now = await tours.get(w.db, w.asOwner, tour.id);
		expect(now.document.route.returnHomeGapDays).toBe(9);
		expect(now.updatedBy).toBe(w.editor.id);
	});

	it('an edit that only appends cannot conflict: it is merged into the latest tour', async () => {
		const v = (await tours.get(w.db, w.asOwner, tour.id)).version;
		await run(travel.setGap(post(w.owner, w.asOwner, { _version: v, returnHomeGapDays: 4 }) as never));
		// a new travel group from a page drawn before that save
		const added = await run(
			travel.addGroup(post(w.editor, w.asEditor, { _version: v, mode: 'rail.tgv', count: 2 }) as never)
		);
		expect(added).toEqual({ saved: 'plan' });
		const doc = (await tours.get(w.db, w.asOwner, tour.id)).document;
		expect(doc.route.returnHomeGapDays).toBe(4); // the owner's change is still there
		expect(doc.travel.map((g) => g.mode)).toContain('rail.tgv');
	});

	it('a stale date deletion is refused too (the date may have been edited since)', async () => {
		const t = await tours.get(w.db, w.asOwner, tour.id);
		const id = t.document.dates[0].id as string;
		await run(
			travel.setGap(post(w.owner, w.asOwner, { _version: t.version, returnHomeGapDays: 5 }) as never)
		);
		const r = await run(dates.remove(post(w.editor, w.asEditor, { _version: t.version, id }) as never));
		expect(r.status).toBe(409);
		expect((await tours.get(w.db, w.asOwner, tour.id)).document.dates.map((d) => d.id)).toContain(id);
	});
});

describe('rows addressed by a stable key', () => {
	it('« Supprimer la distance » deletes the row it names, whatever its position now', async () => {
		// two distances; the page lists them [Auch–Toulouse, Auch–Marciac]
		let t = await tours.mutate(w.db, w.asOwner, tour.id, (doc) => {
			doc.distances = [
				{ from: 'fr:32013', to: 'fr:31555', km: 79, mode: 'road' },
				{ from: 'fr:32013', to: 'fr:32233', km: 52, mode: 'road' }
			];
		});
		const marciac = distanceKey(t.document.distances[1]);
		// meanwhile someone else removes the first one: Auch–Marciac is now at position 0
		await tours.mutate(w.db, w.asOwner, tour.id, (doc) => {
			doc.distances.splice(0, 1);
		});
		// the editor, on a fresh page, deletes Auch–Marciac by its key; an extra distance added since
		// the page was drawn (position 0) must survive
		t = await tours.mutate(w.db, w.asOwner, tour.id, (doc) => {
			doc.distances.unshift({ from: 'fr:32013', to: 'fr:32208', km: 40, mode: 'road' });
		});
		const r = await run(
			travel.removeDistance(post(w.editor, w.asEditor, { _version: t.version, key: marciac }) as never)
		);
		expect(r).toEqual({ saved: 'distance' });
		const left = (await tours.get(w.db, w.asOwner, tour.id)).document.distances;
		expect(left.map((o) => o.to)).toEqual(['fr:32208']);
	});

	it('a service caller passing the version it read is refused once it moved (the API, imports)', async () => {
		const t = await tours.get(w.db, w.asOwner, tour.id);
		await tours.mutate(w.db, w.asOwner, tour.id, (doc) => void (doc.production.notes = 'A'), {
			expectedVersion: t.version
		});
		await expect(
			tours.mutate(w.db, w.asEditor, tour.id, (doc) => void (doc.production.notes = 'B'), {
				expectedVersion: t.version
			})
		).rejects.toBeInstanceOf(tours.StaleTourError);
		expect((await tours.get(w.db, w.asOwner, tour.id)).document.production.notes).toBe('A');
	});
});
