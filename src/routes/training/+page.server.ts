import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as training from '$lib/server/training';
import * as organisations from '$lib/server/organisations';
import * as tours from '$lib/server/tours';
import { requireUser } from '$lib/server/auth/guards';
import { refuse } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import { ValidationError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

/** The trainer's sessions, the cases to pick from, and their own tours to turn into cases. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const [sessions, cases, mine] = await Promise.all([
		training.listForOwner(db, user),
		training.listCases(db, user),
		organisations.listForUser(db, user)
	]);
	const ownTours: { value: string; label: string }[] = [];
	for (const m of mine.filter((x) => organisations.isRealOrganisation(x.org))) {
		for (const t of await tours.listForOrg(db, m))
			ownTours.push({
				value: `${m.org.slug}/${t.id}`,
				label: `${m.org.name} — ${t.productionTitle} (${t.season})`
			});
	}
	return {
		sessions: sessions.map((s) => ({
			id: s.id,
			title: s.title,
			code: s.code,
			sessionDate: s.sessionDate,
			purgeAt: s.purgeAt.toISOString()
		})),
		cases: cases.map((c) => ({ key: c.key, title: c.title, own: c.own })),
		ownTours,
		today: new Date().toISOString().slice(0, 10),
		defaultRetention: training.DEFAULT_RETENTION_DAYS
	};
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const values = formValues(form);
		let s;
		try {
			s = await training.create(getDb(), user, { ...values, cases: form.getAll('cases') });
		} catch (e) {
			return refuse('create', values, e);
		}
		redirect(303, `/training/${s.id}`);
	},
	createCase: async (event) => {
		const user = requireUser(event);
		const values = formValues(await event.request.formData());
		const [slug, tourId] = (values.tour ?? '').split('/');
		try {
			// the tour is looked up through the caller's own membership of its organisation
			const m = slug ? await organisations.findMembership(getDb(), user, slug) : null;
			if (!m || m.anonymous || !organisations.isRealOrganisation(m.org))
				throw new ValidationError({ tour: { key: 'training.errors.tourUnknown' } });
			await training.createCaseFromTour(getDb(), m, { ...values, tourId });
		} catch (e) {
			return refuse('createCase', values, e);
		}
		return { action: 'createCase', ok: true };
	},
	deleteCase: async (event) => {
		const user = requireUser(event);
		const values = formValues(await event.request.formData());
		await training.removeOwnCase(getDb(), user, values.id ?? '');
		return { action: 'deleteCase', ok: true };
	}
};
