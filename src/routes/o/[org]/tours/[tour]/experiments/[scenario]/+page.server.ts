// One scenario: its comparison with the baseline (totals, categories, dates, chart), the levers it
// applied and what they changed, its editing (parameters as JSON, the document by hand, re-apply),
// cost and time beside CO2, and the form that turns it into a commitment.
import { error, fail, redirect } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp, roleAtLeast } from '$lib/server/auth/guards';
import { formValues } from '$lib/server/auth/schemas';
import * as commitments from '$lib/server/commitments';
import { getDb } from '$lib/server/db';
import { runAction } from '$lib/server/forms';
import * as scenarios from '$lib/server/scenarios';
import { explainChange, getLever, LEVER_KEYS, leverText } from '$lib/experiments';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function scenarioOfTour(event: RequestEvent, minRole: 'viewer' | 'editor' = 'viewer') {
	const m = await requireMembership(event, minRole);
	const s = await scenarios.get(getDb(), m, event.params.scenario).catch(rethrowAsHttp);
	// the URL's tour must be the scenario's: no reaching a scenario through another tour's path
	if (s.tourId !== event.params.tour) error(404, 'Not found');
	return { m, s };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (e) {
		return { ok: false, message: (e as Error).message };
	}
}

export const load: PageServerLoad = async (event) => {
	const { m, s } = await scenarioOfTour(event);
	const r = await scenarios.compare(getDb(), m, s.id).catch(rethrowAsHttp);
	const locale = event.locals.locale;
	const first = s.steps.find((x) => x.lever !== 'manual')?.lever ?? 'train';
	const scope = getLever(first).scope;
	const estimate = r.comparison.ok ? explainChange(r.comparison.view, scope) : null;
	// each lever's own saving, in the order applied (several levers, not edited by hand)
	const own = s.handEdited
		? null
		: scenarios.stepSavings(
				r.baseline.document,
				s.steps.filter((x) => x.lever !== 'manual').map((x) => ({ lever: x.lever, params: x.params }))
			);
	return {
		canEdit: roleAtLeast(m, 'editor'),
		scenario: {
			id: s.id,
			name: s.name,
			notes: s.notes,
			handEdited: s.handEdited,
			steps: (() => {
				let k = 0;
				return s.steps.map((x) => ({
					lever: x.lever,
					title: x.lever === 'manual' ? null : leverText(x.lever, locale).title,
					changes: x.changes,
					ownSaving: x.lever === 'manual' || !own ? null : (own[k++] ?? null)
				}));
			})(),
			stepsJson: JSON.stringify(
				s.steps.filter((x) => x.lever !== 'manual').map((x) => ({ lever: x.lever, params: x.params })),
				null,
				2
			),
			documentJson: JSON.stringify(s.document, null, 2),
			costs: {
				baselineCostEur: s.baselineCostEur,
				scenarioCostEur: s.scenarioCostEur,
				baselineHours: s.baselineHours,
				scenarioHours: s.scenarioHours
			}
		},
		comparison: r.comparison,
		commit: {
			lever: first,
			scope,
			suggestedTarget: estimate && estimate.saving > 0 ? Math.round(estimate.saving) : null,
			levers: LEVER_KEYS.map((k) => ({ value: k, label: leverText(k, locale).title }))
		}
	};
};

export const actions: Actions = {
	meta: async (event) => {
		const { m, s } = await scenarioOfTour(event, 'editor');
		const values = formValues(await event.request.formData());
		const r = await runAction(values, () => scenarios.updateMeta(getDb(), m, s.id, values), 'meta');
		return 'id' in r ? { form: 'meta', saved: true } : r;
	},
	steps: async (event) => {
		const { m, s } = await scenarioOfTour(event, 'editor');
		const values = formValues(await event.request.formData());
		const json = parseJson(values.steps ?? '');
		if (!json.ok)
			return fail(400, {
				form: 'steps',
				values,
				issues: { steps: { key: 'experiments.scenario.jsonInvalid', params: { message: json.message } } }
			});
		const r = await runAction(values, () => scenarios.setSteps(getDb(), m, s.id, json.value), 'steps');
		if (!('id' in r)) {
			// issues of a lever's fields (`train.maxKm`) are shown beside the JSON as a whole
			const data = r.data;
			const first = data.issues ? Object.entries(data.issues)[0] : undefined;
			return fail(400, { ...data, issues: first ? { steps: first[1], ...data.issues } : data.issues });
		}
		return { form: 'steps', saved: true };
	},
	reapply: async (event) => {
		const { m, s } = await scenarioOfTour(event, 'editor');
		const r = await runAction({}, () => scenarios.reapply(getDb(), m, s.id), 'reapply');
		return 'id' in r ? { form: 'reapply', saved: true } : r;
	},
	document: async (event) => {
		const { m, s } = await scenarioOfTour(event, 'editor');
		const values = formValues(await event.request.formData());
		const json = parseJson(values.document ?? '');
		if (!json.ok)
			return fail(400, {
				form: 'document',
				values,
				issues: { document: { key: 'experiments.scenario.jsonInvalid', params: { message: json.message } } }
			});
		const r = await runAction(
			values,
			() => scenarios.replaceDocument(getDb(), m, s.id, json.value),
			'document'
		);
		return 'id' in r ? { form: 'document', saved: true } : r;
	},
	remove: async (event) => {
		const { m, s } = await scenarioOfTour(event, 'editor');
		await scenarios.remove(getDb(), m, s.id).catch(rethrowAsHttp);
		redirect(303, `/o/${m.org.slug}/tours/${event.params.tour}/experiments`);
	},
	commit: async (event) => {
		const { m, s } = await scenarioOfTour(event, 'editor');
		const values = formValues(await event.request.formData());
		const made = await runAction(
			values,
			() => commitments.create(getDb(), m, { ...values, scenarioId: s.id }),
			'commit'
		);
		if ('id' in made) redirect(303, `/o/${m.org.slug}/commitments/${made.id}`);
		return made;
	}
};
