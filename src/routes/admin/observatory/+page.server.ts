// An instance owner (EMPREINTE_ADMIN_EMAILS) builds a release of the open observatory: the same
// createRelease as `npx empreinte observatory release --period YYYY`.
import { invalid } from '$lib/server/auth/forms';
import { formValues } from '$lib/server/auth/schemas';
import { requireInstanceOwner } from '$lib/server/admin';
import { getDb } from '$lib/server/db';
import { ValidationError } from '$lib/server/errors';
import * as observatory from '$lib/server/observatory';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireInstanceOwner(event);
	const db = getDb();
	const { records } = await observatory.contributedRecords(db);
	const seasons = [...new Set(records.map((r) => r.season))].sort().reverse();
	const counts = Object.fromEntries(
		seasons.map((s) => [
			s,
			{
				tours: records.filter((r) => r.season === s).length,
				structures: new Set(records.filter((r) => r.season === s).map((r) => r.contributor)).size
			}
		])
	);
	return { seasons, counts, releases: await observatory.listReleases(db) };
};

export const actions: Actions = {
	release: async (event) => {
		requireInstanceOwner(event);
		const values = formValues(await event.request.formData());
		try {
			const r = await observatory.createRelease(getDb(), values.period ?? '');
			return { action: 'release', ok: true, release: { period: r.period, version: r.version, id: r.id } };
		} catch (e) {
			if (e instanceof ValidationError) return invalid('release', values, e.issues);
			throw e;
		}
	}
};
