import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { requireMembership, rethrowAsHttp, roleAtLeast } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { runAction } from '$lib/server/forms';
import * as audience from '$lib/server/audience-imports';
import * as tours from '$lib/server/tours';
import { IMPORT_KINDS, type ImportKind } from '$lib/audience/types';
import type { Actions, PageServerLoad } from './$types';
import { formatMegabytes, limits } from '$lib/server/limits';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const db = getDb();
	const tour = await tours.get(db, m, event.params.tour).catch(rethrowAsHttp);
	const editor = roleAtLeast(m, 'editor');
	const [remembered, drafts, imports] = await Promise.all([
		editor ? audience.rememberedMappings(db, m) : Promise.resolve({}),
		editor ? audience.listDrafts(db, m, tour.id) : Promise.resolve([]),
		audience.listImports(db, m, tour.id)
	]);
	const targets = audience.listTargets(tour.document);
	const venueOf = new Map(targets.dates.map((d) => [d.id, d]));
	return {
		noScriptLimit: formatMegabytes(limits().upload.audienceFile, event.locals.locale),
		targets,
		remembered,
		drafts: drafts.map((d) => ({
			id: d.id,
			fileName: d.fileName,
			kind: d.kind,
			dateIds: d.dateIds,
			complete: d.complete,
			updatedAt: d.updatedAt
		})),
		imports: imports.map((i) => ({
			id: i.id,
			dateId: i.dateId,
			venue: venueOf.get(i.dateId)?.venue ?? i.dateId,
			start: venueOf.get(i.dateId)?.start ?? null,
			kind: i.kind,
			fileName: i.fileName,
			rowsTotal: i.rowsTotal,
			rowsUsed: i.rowsUsed,
			meanOneWayKm: i.summary.meanOneWayKm,
			afterKg: i.summary.afterKg,
			low: i.summary.interval?.kg.low ?? null,
			high: i.summary.interval?.kg.high ?? null,
			createdAt: i.createdAt
		})),
		preselect: event.url.searchParams.get('date'),
		saved: event.url.searchParams.get('saved'),
		removed: event.url.searchParams.get('removed'),
		cleared: event.url.searchParams.get('cleared'),
		// columns the user chose to keep on a draft page (no JavaScript): posted again with the file
		keep: KeepList.catch([]).parse(event.url.searchParams.getAll('keep'))
	};
};

const KeepList = z.array(z.string().min(1).max(200)).max(7);
const IdForm = z.object({ id: z.string().min(1).max(64) });

const importPage = (event: { params: { org: string; tour: string } }) =>
	`/o/${event.params.org}/tours/${event.params.tour}/audience/import`;

export const actions: Actions = {
	/** The upload without JavaScript: the server reads the file (the browser path sends blocks to ./blocks). */
	upload: async (event) => {
		const m = await requireMembership(event, 'editor');
		const form = await event.request.formData();
		const values = { target: String(form.get('target') ?? ''), kind: String(form.get('kind') ?? '') };
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { values, issues: { file: { key: 'audience.errors.required' } } });
		}
		if (!IMPORT_KINDS.includes(values.kind as ImportKind)) {
			return fail(400, { values, issues: { kind: { key: 'audience.errors.kind' } } });
		}
		const dateIds = values.target.split(',').filter(Boolean);
		const keep = KeepList.safeParse(form.getAll('keep').map(String));
		const result = await runAction(values, async () =>
			audience.stageFile(getDb(), m, event.params.tour, {
				bytes: new Uint8Array(await file.arrayBuffer()),
				fileName: file.name,
				kind: values.kind as ImportKind,
				dateIds,
				keep: keep.success ? keep.data : []
			})
		);
		if ('id' in result)
			redirect(303, `/o/${event.params.org}/tours/${event.params.tour}/audience/import/${result.id}`);
		return result;
	},
	/** Removes a saved import: its date gets back the figures it had before. */
	removeImport: async (event) => {
		const m = await requireMembership(event, 'editor');
		const r = IdForm.safeParse(Object.fromEntries(await event.request.formData()));
		if (!r.success) return fail(400, { values: {}, issues: { '': { key: 'common.form.invalid' } } });
		const db = getDb();
		const imports = await audience.listImports(db, m, event.params.tour).catch(rethrowAsHttp);
		const row = imports.find((i) => i.id === r.data.id);
		await audience.removeImport(db, m, event.params.tour, r.data.id).catch(rethrowAsHttp);
		redirect(303, `${importPage(event)}?removed=${encodeURIComponent(row?.dateId ?? '')}`);
	},
	/** Deletes one import in progress. */
	discardDraft: async (event) => {
		const m = await requireMembership(event, 'editor');
		const r = IdForm.safeParse(Object.fromEntries(await event.request.formData()));
		if (!r.success) return fail(400, { values: {}, issues: { '': { key: 'common.form.invalid' } } });
		await audience.discard(getDb(), m, event.params.tour, r.data.id).catch(rethrowAsHttp);
		redirect(303, `${importPage(event)}?cleared=1`);
	},
	/** Deletes every import in progress of the tour. */
	clearDrafts: async (event) => {
		const m = await requireMembership(event, 'editor');
		const n = await audience.clearDrafts(getDb(), m, event.params.tour).catch(rethrowAsHttp);
		redirect(303, `${importPage(event)}?cleared=${n}`);
	}
};
