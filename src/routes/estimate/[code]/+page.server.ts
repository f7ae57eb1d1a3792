// The result of a quick estimate made without an account: its total with the range, the three
// categories to act on first, what the tool assumed; download, print, change the answers, or keep
// it in one of the user's organisations (signed in).
import { error, fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { formValues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import { diagnose } from '$lib/server/diagnostics';
import * as estimates from '$lib/server/estimates';
import { runAction } from '$lib/server/forms';
import { priorities } from '$lib/estimate/priorities';
import { SEATS } from '$lib/estimate/build';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = getDb();
	const estimate = await estimates.getAnonymous(db, params.code).catch(() => error(404, 'Not found'));
	const d = diagnose(estimate.document);
	if (!d.ok) error(500, 'The estimate cannot be computed');
	const doc = estimate.document;
	const answers = estimate.answers;
	const mode = answers.mode as keyof typeof SEATS | 'train' | 'plane';
	const vehicles = doc.travel[0]?.vehicles ?? null;
	const targets = locals.user ? await estimates.keepTargets(db, locals.user) : [];
	return {
		code: params.code,
		title: doc.production.title,
		expiresAt: estimate.expiresAt.toISOString(),
		result: d.result,
		priorities: priorities(d.result),
		assumptions: {
			first: doc.dates[0]?.start ?? '',
			mode,
			vehicles,
			seats: mode in SEATS ? SEATS[mode as keyof typeof SEATS] : null,
			team: doc.team.reduce((s, r) => s + r.count, 0),
			nights: answers.nights === 'count' ? 'count' : 'every',
			meals: doc.meals.perPersonPerDay ?? null,
			territory: doc.dates[0]?.audience?.archetype?.territory ?? null,
			hasAudience: doc.dates.some((x) => x.attendance !== undefined)
		},
		signedIn: Boolean(locals.user),
		targets: targets.map((m) => ({ slug: m.org.slug, name: m.org.name }))
	};
};

export const actions: Actions = {
	keep: async (event) => {
		const user = requireUser(event);
		const values = formValues(await event.request.formData());
		const made = await runAction(values, () => estimates.keep(getDb(), user, event.params.code, values));
		if (!('id' in made)) return made;
		const target = (await estimates.keepTargets(getDb(), user)).find((m) => m.orgId === made.orgId);
		if (!target) return fail(400, { values, issues: { org: { key: 'estimate.errors.orgInvalid' } } });
		redirect(303, `/o/${target.org.slug}/tours/${made.id}`);
	}
};
