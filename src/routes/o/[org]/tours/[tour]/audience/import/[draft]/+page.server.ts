import { fail, redirect } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { runAction } from '$lib/server/forms';
import * as audience from '$lib/server/audience-imports';
import * as tours from '$lib/server/tours';
import { BAND_EDGES_KM } from '$lib/audience/aggregate';
import { rolesFor } from '$lib/audience/columns';
import { FILE_COUNTRIES } from '$lib/audience/types';
import { SHOWN_REJECTIONS } from '$lib/server/audience-imports';
import { settingsFromForm } from '$lib/schemas/audience-import';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event, 'editor');
	const db = getDb();
	const tour = await tours.get(db, m, event.params.tour).catch(rethrowAsHttp);
	const t0 = performance.now();
	const p = await audience.preview(db, m, tour.id, event.params.draft).catch(rethrowAsHttp);
	const ms = Math.round(performance.now() - t0);
	const { draft } = p;
	const agg = p.analysis?.aggregate ?? null;
	return {
		draft: {
			id: draft.id,
			fileName: draft.fileName,
			kind: draft.kind,
			dateIds: draft.dateIds,
			complete: draft.complete,
			encoding: draft.meta.encoding,
			delimiter: draft.meta.delimiter,
			columns: draft.meta.columns,
			dropped: draft.meta.dropped,
			kept: draft.meta.kept ?? [],
			scrubbed: draft.meta.scrubbed,
			rowsRead: draft.meta.rowsRead,
			settings: draft.meta.settings,
			mappingConfirmed: draft.meta.mappingConfirmed,
			samples: draft.meta.samples
		},
		roles: rolesFor(draft.meta.settings.kind),
		targets: audience.listTargets(tour.document),
		mappingProblems: p.mappingProblems,
		labels: p.labels,
		allLabels: event.url.searchParams.get('labels') === 'all',
		labelsFrom: Math.max(0, Math.floor(Number(event.url.searchParams.get('labelsFrom')) || 0)),
		analysis: p.analysis
			? {
					rowsTotal: p.analysis.rowsTotal,
					rowsUsed: p.analysis.rowsUsed,
					rowsRejected: p.analysis.rowsRejected,
					rejectionCounts: p.analysis.rejectionCounts,
					shownRejections: p.analysis.shownRejections,
					flagCount: p.analysis.flags.length,
					shownFlags: p.analysis.flags.slice(0, SHOWN_REJECTIONS),
					unresolvedLabels: p.analysis.unresolvedLabels,
					caveats: p.analysis.caveats,
					canSave: p.analysis.canSave,
					responseRate: p.analysis.responseRate
				}
			: null,
		aggregate: agg
			? {
					weight: agg.weight,
					cells: agg.cells.map((c) => ({ band: c.band, mode: c.mode, share: c.share })),
					modalShares: agg.modalShares,
					meanOneWayKm: agg.meanOneWayKm,
					medianOneWayKm: agg.medianOneWayKm,
					meanRoundTripKm: agg.meanRoundTripKm,
					occupancy: agg.occupancy,
					declaredRows: agg.declaredRows,
					approxRows: agg.approxRows
				}
			: null,
		bands: [...BAND_EDGES_KM],
		attendance: p.attendance,
		interval: p.interval,
		before: p.before,
		beforeSource: p.beforeSource,
		countries: [...FILE_COUNTRIES],
		after: p.after,
		tourProblems: p.tourProblems,
		ms
	};
};

const importPage = (event: { params: { org: string; tour: string } }) =>
	`/o/${event.params.org}/tours/${event.params.tour}/audience/import`;

export const actions: Actions = {
	/** Mapping, label review, target and kind: saved on the draft, then the preview is recomputed. */
	map: async (event) => {
		const m = await requireMembership(event, 'editor');
		const form = await event.request.formData();
		const read = settingsFromForm(form);
		if (!read) return fail(400, { form: 'map', issues: { mapping: { key: 'audience.errors.target' } } });
		const db = getDb();
		const result = await runAction(
			{},
			async () => {
				const draft = await audience.getDraft(db, m, event.params.tour, event.params.draft);
				// labels shown in this form follow the form; choices about other labels are kept
				const labels = { ...draft.meta.settings.labels };
				for (const k of read.reviewed) delete labels[k];
				Object.assign(labels, read.settings.labels);
				return audience.updateSettings(db, m, event.params.tour, event.params.draft, {
					settings: { ...read.settings, labels },
					dateIds: read.dateIds,
					ignoreUnreviewed: form.get('ignoreRest') === 'on'
				});
			},
			'map'
		);
		if ('id' in result) redirect(303, `${importPage(event)}/${event.params.draft}`);
		return result;
	},
	save: async (event) => {
		const m = await requireMembership(event, 'editor');
		const result = await runAction(
			{},
			() => audience.commit(getDb(), m, event.params.tour, event.params.draft),
			'save'
		);
		if ('importIds' in result)
			redirect(303, `${importPage(event)}?saved=${encodeURIComponent(result.dateIds.join(','))}`);
		return result;
	},
	discard: async (event) => {
		const m = await requireMembership(event, 'editor');
		await audience.discard(getDb(), m, event.params.tour, event.params.draft).catch(rethrowAsHttp);
		redirect(303, importPage(event));
	}
};
