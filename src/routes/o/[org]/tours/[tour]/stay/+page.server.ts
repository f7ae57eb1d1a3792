import { fail } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { formValues, toIssues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import { runAction } from '$lib/server/forms';
import * as tours from '$lib/server/tours';
import { StayForm } from '$lib/schemas/tour-forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const tour = await tours.get(getDb(), m, event.params.tour).catch(rethrowAsHttp);
	const doc = tour.document;
	return {
		accommodation: doc.accommodation,
		meals: doc.meals,
		dates: doc.dates.map((d, i) => ({
			id: d.id ?? `d${i + 1}`,
			venue: d.venue.name,
			start: d.start,
			end: d.end ?? d.start,
			roomNights: d.roomNights ?? null
		}))
	};
};

export const actions: Actions = {
	save: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const r = StayForm.safeParse(values);
		if (!r.success) return fail(400, { values, form: 'stay', issues: toIssues(r.error) });
		const v = r.data;
		return runAction(
			values,
			async () => {
				await tours.mutate(getDb(), m, event.params.tour, (doc) => {
					doc.accommodation.roomsPerNight = v.roomsPerNight;
					if (v.lodging === 'hotel') delete doc.accommodation.type;
					else doc.accommodation.type = v.lodging;
					doc.accommodation.quality = v.roomsQuality;
					doc.meals.perPersonPerDay = v.mealsPerPersonPerDay;
					doc.meals.type = v.mealType;
					doc.meals.quality = v.mealsQuality;
					// per-date room-nights: a number replaces the automatic rule for that date, empty restores it
					doc.dates.forEach((d, i) => {
						const key = `roomNights_${d.id ?? `d${i + 1}`}`;
						if (!(key in values)) return;
						const raw = values[key].trim().replace(',', '.');
						if (raw === '') delete d.roomNights;
						else d.roomNights = Number(raw);
					});
				});
				return { saved: true };
			},
			'stay'
		);
	}
};
