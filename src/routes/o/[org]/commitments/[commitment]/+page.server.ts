// One commitment: promised, estimated and measured side by side with the measured difference
// explained, the status and its history, the link to the real diagnostic, the network-sharing
// consent, editing and deletion.
import { redirect } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp, roleAtLeast } from '$lib/server/auth/guards';
import { formValues } from '$lib/server/auth/schemas';
import * as commitments from '$lib/server/commitments';
import { getDb } from '$lib/server/db';
import { runAction } from '$lib/server/forms';
import * as scenarios from '$lib/server/scenarios';
import * as tours from '$lib/server/tours';
import { isFinal, LEVER_KEYS, leverText, nextStatuses } from '$lib/experiments';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const db = getDb();
	const c = await commitments.get(db, m, event.params.commitment).catch(rethrowAsHttp);
	const figures = await commitments.evaluate(db, m, c).catch(rethrowAsHttp);
	const labels = await commitments.tourLabels(db, m);
	const scenario = c.scenarioId ? await scenarios.get(db, m, c.scenarioId).catch(() => null) : null;
	const locale = event.locals.locale;
	const label = (id: string | null) => {
		const l = id ? labels.get(id) : undefined;
		return l ? `${l.productionTitle} — ${l.season}` : '';
	};
	const actuals = (await tours.listForOrg(db, m))
		.filter((x) => x.phase === 'actual' && x.id !== c.tourId)
		.map((x) => ({ value: x.id, label: `${x.productionTitle} — ${x.season}` }));
	return {
		canEdit: roleAtLeast(m, 'editor'),
		commitment: {
			id: c.id,
			title: c.title,
			lever: c.lever,
			leverTitle: leverText(c.lever, locale).title,
			targetKg: c.targetKg,
			owner: c.owner,
			startsOn: c.startsOn,
			endsOn: c.endsOn,
			status: c.status,
			final: isFinal(c.status),
			next: nextStatuses(c.status),
			history: c.history,
			shared: c.sharedWithNetworks,
			tour: { id: c.tourId, label: label(c.tourId) },
			measuredTour: c.measuredTourId ? { id: c.measuredTourId, label: label(c.measuredTourId) } : null,
			scenario: scenario ? { id: scenario.id, name: scenario.name, tourId: scenario.tourId } : null
		},
		figures,
		actuals,
		levers: LEVER_KEYS.map((k) => ({ value: k, label: leverText(k, locale).title }))
	};
};

async function editor(event: RequestEvent) {
	const m = await requireMembership(event, 'editor');
	const values = formValues(await event.request.formData());
	return { m, values, db: getDb(), id: event.params.commitment };
}

const saved = (form: string) => ({ form, saved: true });

export const actions: Actions = {
	status: async (event) => {
		const { m, values, db, id } = await editor(event);
		const r = await runAction(values, () => commitments.changeStatus(db, m, id, values), 'status');
		return 'id' in r ? saved('status') : r;
	},
	link: async (event) => {
		const { m, values, db, id } = await editor(event);
		const r = await runAction(
			values,
			() => commitments.linkMeasured(db, m, id, values.tourId || null),
			'link'
		);
		return 'id' in r ? saved('link') : r;
	},
	share: async (event) => {
		const { m, values, db, id } = await editor(event);
		const r = await runAction(
			values,
			() => commitments.setShared(db, m, id, values.shared === 'true'),
			'share'
		);
		return 'id' in r ? saved('share') : r;
	},
	update: async (event) => {
		const { m, values, db, id } = await editor(event);
		const r = await runAction(values, () => commitments.update(db, m, id, values), 'update');
		return 'id' in r ? saved('update') : r;
	},
	remove: async (event) => {
		const { m, db, id } = await editor(event);
		await commitments.remove(db, m, id).catch(rethrowAsHttp);
		redirect(303, `/o/${m.org.slug}/commitments`);
	}
};
