import { fail } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { formValues, toIssues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import { runAction } from '$lib/server/forms';
import * as tours from '$lib/server/tours';
import { AudienceForm } from '$lib/schemas/tour-forms';
import { AUDIENCE_MODES } from '$lib/engine/types';
import type { AudienceFigures } from '$lib/schemas/tour-file';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const tour = await tours.get(getDb(), m, event.params.tour).catch(rethrowAsHttp);
	return {
		dates: tour.document.dates
			.map((d, i) => ({
				id: d.id ?? `d${i + 1}`,
				venue: d.venue.name,
				start: d.start,
				attendance: d.attendance ?? null,
				capacity: d.capacity ?? null,
				audience: d.audience ?? null
			}))
			// in date order, like every list of the tour
			.sort((a, b) => a.start.localeCompare(b.start))
	};
};

export const actions: Actions = {
	save: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const dateId = values.dateId;
		const r = AudienceForm.safeParse(values);
		if (!r.success) return fail(400, { values, form: dateId, issues: toIssues(r.error) });
		const v = r.data as Record<string, unknown> & {
			territory: string;
			size: string;
			roundTripKm?: number;
			carOccupancy?: number;
			quality: AudienceFigures['quality'];
		};
		const shares: Record<string, number> = {};
		let total = 0;
		for (const mode of AUDIENCE_MODES) {
			const pct = v[`share_${mode}`] as number | undefined;
			if (pct !== undefined && pct > 0) {
				shares[mode] = pct / 100;
				total += pct;
			}
		}
		if (total > 100.0001)
			return fail(400, {
				values,
				form: dateId,
				issues: { shares: { key: 'tours.audience.sharesOver', params: { total: Math.round(total) } } }
			});
		return runAction(
			values,
			async () => {
				await tours.mutate(
					getDb(),
					m,
					event.params.tour,
					(doc) => {
						doc.dates.forEach((d, i) => {
							if ((d.id ?? `d${i + 1}`) !== dateId) return;
							const a: AudienceFigures = {
								...(d.audience?.distribution ? { distribution: d.audience.distribution } : {})
							};
							if (v.territory)
								a.archetype = {
									territory: v.territory as 'urban',
									...(v.size ? { size: v.size as 'small' } : {})
								};
							if (Object.keys(shares).length > 0) a.modalShares = shares;
							if (v.roundTripKm !== undefined) a.roundTripKm = v.roundTripKm;
							if (v.carOccupancy !== undefined) a.carOccupancy = v.carOccupancy;
							a.quality = v.quality;
							d.audience = a;
						});
					},
					{ expectedVersion: tours.versionOf(values) }
				);
				return { saved: dateId };
			},
			dateId
		);
	}
};
