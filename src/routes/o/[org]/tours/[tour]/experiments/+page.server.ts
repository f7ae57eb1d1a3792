// A tour's experiments: the lever catalogue, its scenarios, a form to create one from levers, and
// the tour-order suggestion (a GET form: nothing is saved until it is accepted as a scenario).
import { redirect } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp, roleAtLeast } from '$lib/server/auth/guards';
import { formValues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import { diagnose } from '$lib/server/diagnostics';
import { ValidationError, type Issue } from '$lib/server/errors';
import { runAction } from '$lib/server/forms';
import * as scenarios from '$lib/server/scenarios';
import * as tours from '$lib/server/tours';
import {
	dateOptions,
	fieldDefault,
	FORM_LEVERS,
	formValuesOf,
	freightOptions,
	inTourOrderIds,
	LEVER_FIELDS,
	LEVERS,
	orderOptionsFrom,
	stepsFromForm
} from '$lib/experiments';
import { translate } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

function totals(doc: Parameters<typeof diagnose>[0]) {
	const d = diagnose(doc);
	return d.ok ? { company: d.result.totals.company.kg, audience: d.result.totals.audience.kg } : null;
}

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const db = getDb();
	const tour = await tours.get(db, m, event.params.tour).catch(rethrowAsHttp);
	const locale = event.locals.locale;
	const list = await scenarios.listForTour(db, m, tour.id).catch(rethrowAsHttp);
	const baseline = totals(tour.document);

	let order: {
		values: Record<string, string>;
		issues: Record<string, Issue>;
		preview: Awaited<ReturnType<typeof scenarios.suggestOrder>> | null;
	} | null = null;
	const q = event.url.searchParams;
	if (tour.phase === 'forecast' && q.has('flexDays')) {
		const values = Object.fromEntries(q);
		try {
			const preview = await scenarios.suggestOrder(
				db,
				m,
				tour.id,
				orderOptionsFrom((k) => q.get(k), inTourOrderIds(tour.document))
			);
			order = { values, issues: {}, preview };
		} catch (e) {
			if (!(e instanceof ValidationError)) rethrowAsHttp(e);
			order = { values, issues: e.issues, preview: null };
		}
	}

	return {
		canEdit: roleAtLeast(m, 'editor'),
		phase: tour.phase,
		baseline,
		scenarios: list.map((s) => ({
			id: s.id,
			name: s.name,
			levers: s.steps.filter((x) => x.lever !== 'manual').map((x) => x.lever),
			handEdited: s.handEdited,
			totals: totals(s.document)
		})),
		catalogue: LEVERS.map((l) => ({ key: l.key, scope: l.scope, text: locale === 'en' ? l.en : l.fr })),
		formLevers: FORM_LEVERS.map((key) => ({
			key,
			fields: LEVER_FIELDS[key],
			defaults: Object.fromEntries(LEVER_FIELDS[key].map((f) => [`${key}.${f.name}`, fieldDefault(key, f)]))
		})),
		dates: dateOptions(tour.document),
		freight: freightOptions(tour.document),
		nextName: translate(locale, 'experiments.create.defaultName', { n: list.length + 1 }),
		order
	};
};

export const actions: Actions = {
	create: async (event) => {
		const m = await requireMembership(event, 'editor');
		const form = await event.request.formData();
		const entries = [...form].filter((e): e is [string, string] => typeof e[1] === 'string');
		const steps = stepsFromForm(entries);
		const values = { ...formValues(form), ...formValuesOf(steps) };
		const made = await runAction(
			values,
			() => scenarios.create(getDb(), m, event.params.tour, { name: values.name, steps }),
			'create'
		);
		if ('id' in made) redirect(303, `/o/${m.org.slug}/tours/${event.params.tour}/experiments/${made.id}`);
		return made;
	},
	/** The tour-order suggestion, recomputed from the same options, saved as a scenario. */
	acceptOrder: async (event) => {
		const m = await requireMembership(event, 'editor');
		const db = getDb();
		const values = formValues(await event.request.formData());
		const made = await runAction(
			values,
			async () => {
				const tour = await tours.get(db, m, event.params.tour);
				const options = orderOptionsFrom((k) => values[k], inTourOrderIds(tour.document));
				const preview = await scenarios.suggestOrder(db, m, tour.id, options);
				if (!preview.suggestion.changed)
					throw new ValidationError({ '': { key: 'experiments.order.noBetter' } });
				return scenarios.create(db, m, tour.id, {
					name: translate(event.locals.locale, 'experiments.order.scenarioName'),
					steps: [{ lever: 'tour-order', params: preview.suggestion.params }]
				});
			},
			'order'
		);
		if ('id' in made) redirect(303, `/o/${m.org.slug}/tours/${event.params.tour}/experiments/${made.id}`);
		return made;
	}
};
