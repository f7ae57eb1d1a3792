import { redirect } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp, roleAtLeast } from '$lib/server/auth/guards';
import { formValues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import { getFactorLibrary } from '$lib/server/factor-tables';
import { runAction } from '$lib/server/forms';
import { formatMegabytes, limits } from '$lib/server/limits';
import { resolvePlaceField } from '$lib/server/place-field';
import * as productions from '$lib/server/productions';
import * as tours from '$lib/server/tours';
import { parseTourFileText } from '$lib/schemas/tour-file';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const db = getDb();
	const production = await productions.get(db, m, event.params.production).catch(rethrowAsHttp);
	const list = await tours.listForProduction(db, m, production.id);
	const library = getFactorLibrary();
	return {
		orgName: m.org.name,
		canEdit: roleAtLeast(m, 'editor'),
		production,
		tours: list.map((t) => ({
			id: t.id,
			season: t.season,
			phase: t.phase,
			factorSet: t.factorSet,
			summary: t.summary,
			dates: t.document.dates.length
		})),
		sets: [...library.sets.values()].map((s) => ({ ref: s.ref, title: s.title, isDefault: s.isDefault })),
		defaultSet: library.defaultSet.ref,
		tourFileLimit: formatMegabytes(limits().upload.tourFile, event.locals.locale)
	};
};

export const actions: Actions = {
	update: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		return runAction(
			values,
			async () => {
				await productions.update(getDb(), m, event.params.production, values);
				return { saved: true };
			},
			'update'
		);
	},
	remove: async (event) => {
		const m = await requireMembership(event, 'editor');
		await productions.remove(getDb(), m, event.params.production).catch(rethrowAsHttp);
		redirect(303, `/o/${m.org.slug}/productions`);
	},
	createTour: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const home = resolvePlaceField(values, 'home', event.locals.locale);
		if (!home.ok) {
			return fail(400, {
				values,
				form: 'createTour',
				issues: { homePlaceId: home.issue },
				candidates: home.candidates
			});
		}
		const created = await runAction(
			values,
			() =>
				tours.create(getDb(), m, event.params.production, {
					...values,
					homePlaceId: home.place.id,
					homeName: home.place.name
				}),
			'createTour'
		);
		if ('id' in created) redirect(303, `/o/${m.org.slug}/tours/${created.id}/dates`);
		return created;
	},
	importTour: async (event) => {
		const m = await requireMembership(event, 'editor');
		const form = await event.request.formData();
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { values: {}, form: 'importTour', issues: { file: { key: 'common.form.required' } } });
		}
		const max = limits().upload.tourFile;
		if (file.size > max) {
			const params = { max: formatMegabytes(max, event.locals.locale) };
			return fail(400, {
				values: {},
				form: 'importTour',
				issues: { file: { key: 'limits.upload.tooBig', params } }
			});
		}
		const parsed = parseTourFileText(await file.text());
		if (!parsed.ok) return fail(400, { values: {}, form: 'importTour', problems: parsed.problems });
		const created = await runAction(
			{},
			() =>
				tours.importFile(getDb(), m, event.params.production, parsed.tour, getFactorLibrary().defaultSet.ref),
			'importTour'
		);
		if ('id' in created) redirect(303, `/o/${m.org.slug}/tours/${created.id}`);
		return created;
	}
};
