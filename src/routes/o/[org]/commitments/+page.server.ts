// The organisation's commitments: every experiment with its status and its promised, estimated and
// measured savings (computed now through the shared path), and the CSV export.
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import * as commitments from '$lib/server/commitments';
import { getDb } from '$lib/server/db';
import { leverText } from '$lib/experiments';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const db = getDb();
	const locale = event.locals.locale;
	const labels = await commitments.tourLabels(db, m);
	const list = await commitments.list(db, m);
	const rows = [];
	for (const c of list) {
		const f = await commitments.evaluate(db, m, c).catch(rethrowAsHttp);
		const tour = labels.get(c.tourId);
		rows.push({
			id: c.id,
			title: c.title,
			lever: leverText(c.lever, locale).title,
			tour: tour ? `${tour.productionTitle} — ${tour.season}` : '',
			tourId: c.tourId,
			status: c.status,
			owner: c.owner,
			shared: c.sharedWithNetworks,
			scope: f.scope,
			promised: f.promised,
			estimated: f.estimated ? (f.estimated.ok ? f.estimated.value.saving : null) : undefined,
			measured: f.measured ? (f.measured.ok ? f.measured.value.saving : null) : undefined
		});
	}
	return { rows };
};
