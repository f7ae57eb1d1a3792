// The green rider of a tour or of one of its dates (src/lib/server/riders.ts): requests ranked by
// the engine's savings, the company's choices remembered, venue links per date, and what venues
// sent back (accepted into the date, rejected, or their file imported through the audience import).
import { fail, redirect } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp, roleAtLeast } from '$lib/server/auth/guards';
import { formValues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import { runAction } from '$lib/server/forms';
import * as riders from '$lib/server/riders';
import { isLocale } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const dateParam = event.url.searchParams.get('date') || null;
	const v = await riders.view(getDb(), m, event.params.tour, dateParam).catch(rethrowAsHttp);
	const lang = event.url.searchParams.get('lang');
	const doc = v.tour.document;
	return {
		canEdit: roleAtLeast(m, 'editor'),
		production: v.tour.productionTitle,
		season: v.tour.season,
		dateId: v.dateId,
		riderLocale: isLocale(lang) ? lang : event.locals.locale,
		dates: doc.dates.map((d, i) => ({
			id: d.id ?? `d${i + 1}`,
			venue: d.venue.name,
			start: d.start,
			end: d.end ?? d.start
		})),
		companyKg: v.tour.summary?.companyKg ?? null,
		ranked: v.ranked,
		choices: v.choices,
		links: v.links.map((l) => ({
			...l,
			createdAt: l.createdAt.toISOString(),
			expiresAt: l.expiresAt.toISOString()
		})),
		returns: v.returns.map((r) => ({ ...r, submittedAt: r.submittedAt.toISOString() }))
	};
};

export const actions: Actions = {
	save: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const r = await runAction(
			values,
			() => riders.saveChoices(getDb(), m, event.params.tour, values),
			'save'
		);
		return r ?? { saved: true };
	},
	createLink: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const r = await runAction(
			values,
			() => riders.createLink(getDb(), m, event.params.tour, values.date ?? ''),
			'createLink'
		);
		if (!('code' in r)) return r;
		return { createdLink: `${event.url.origin}/rider/${r.code}`, linkDate: r.link.dateId };
	},
	revokeLink: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		await riders.revokeLink(getDb(), m, event.params.tour, values.link ?? '').catch(rethrowAsHttp);
		return { revoked: true };
	},
	accept: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const r = await runAction(
			values,
			() => riders.acceptReturn(getDb(), m, event.params.tour, values.return ?? ''),
			'returns'
		);
		return r ?? { accepted: true };
	},
	reject: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const r = await runAction(
			values,
			() => riders.rejectReturn(getDb(), m, event.params.tour, values.return ?? ''),
			'returns'
		);
		return r ?? { rejected: true };
	},
	importFile: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const kind = values.kind === 'ticketing' ? 'ticketing' : 'survey';
		const r = await runAction(
			values,
			() => riders.stageReturnFile(getDb(), m, event.params.tour, values.return ?? '', kind),
			'returns'
		);
		if (!('id' in r)) return r ?? fail(400, { values });
		redirect(303, `/o/${m.org.slug}/tours/${event.params.tour}/audience/import/${r.id}`);
	}
};
