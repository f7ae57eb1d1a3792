import { fail } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { formValues, toIssues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import { diagnose } from '$lib/server/diagnostics';
import { runAction } from '$lib/server/forms';
import { stayRows, mixFromPercents } from '$lib/server/tour-editing';
import * as tours from '$lib/server/tours';
import { StayForm } from '$lib/schemas/tour-forms';
import { MEAL_TYPES } from '$lib/engine/types';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const tour = await tours.get(getDb(), m, event.params.tour).catch(rethrowAsHttp);
	const doc = tour.document;
	const d = diagnose(doc);
	const dates = doc.dates
		.map((x, i) => ({
			id: x.id ?? `d${i + 1}`,
			venue: x.venue.name,
			start: x.start,
			end: x.end ?? x.start,
			roomNights: x.roomNights ?? null,
			gapRoomNights: x.gapRoomNights ?? null,
			gapCountry: x.gapCountry ?? null,
			mealMix: x.mealMix ?? null
		}))
		.sort((a, b) => a.start.localeCompare(b.start));
	return {
		accommodation: doc.accommodation,
		meals: doc.meals,
		dates,
		// what the engine counted, date by date and gap by gap (empty while the tour cannot compute)
		rows: d.ok ? stayRows(d.result, d.input) : []
	};
};

/** `12`, `12,5`, `` → number | null | undefined (undefined: not a number). */
function numberOrEmpty(raw: string | undefined): number | null | undefined {
	const s = (raw ?? '').trim().replace(',', '.');
	if (s === '') return null;
	const n = Number(s);
	return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export const actions: Actions = {
	save: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const r = StayForm.safeParse(values);
		const issues: Record<string, { key: string }> = r.success ? {} : toIssues(r.error);
		for (const [k, raw] of Object.entries(values)) {
			if (/^(roomNights|gapRoomNights)_/.test(k) && numberOrEmpty(raw) === undefined)
				issues[k] = { key: 'tours.errors.countInvalid' };
			if (/^gapCountry_/.test(k) && raw.trim() !== '' && !/^[A-Za-z]{2}$/.test(raw.trim()))
				issues[k] = { key: 'editor.stay.countryInvalid' };
		}
		if (!r.success || Object.keys(issues).length > 0) return fail(400, { values, form: 'stay', issues });
		const v = r.data;
		return runAction(
			values,
			async () => {
				await tours.mutate(
					getDb(),
					m,
					event.params.tour,
					(doc) => {
						doc.accommodation.roomsPerNight = v.roomsPerNight;
						if (v.lodging === 'hotel') delete doc.accommodation.type;
						else doc.accommodation.type = v.lodging;
						doc.accommodation.quality = v.roomsQuality;
						doc.meals.perPersonPerDay = v.mealsPerPersonPerDay;
						doc.meals.type = v.mealType;
						doc.meals.quality = v.mealsQuality;
						// per date and per gap: a number replaces the automatic rule, empty restores it;
						// a field the page did not show is left as it is
						doc.dates.forEach((d, i) => {
							const id = d.id ?? `d${i + 1}`;
							const set = (key: string, apply: (n: number | null) => void) => {
								if (key in values) apply(numberOrEmpty(values[key]) ?? null);
							};
							set(`roomNights_${id}`, (n) => {
								if (n === null) delete d.roomNights;
								else d.roomNights = n;
							});
							set(`gapRoomNights_${id}`, (n) => {
								if (n === null) delete d.gapRoomNights;
								else d.gapRoomNights = n;
							});
							const cc = values[`gapCountry_${id}`];
							if (cc !== undefined) {
								if (cc.trim() === '') delete d.gapCountry;
								else d.gapCountry = cc.trim().toUpperCase();
							}
						});
					},
					{ expectedVersion: tours.versionOf(values) }
				);
				return { saved: 'stay' };
			},
			'stay'
		);
	},
	/** The meal mix, for the tour and for the dates that differ (percentages by type). */
	saveMix: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const read = (prefix: string) =>
			mixFromPercents(Object.fromEntries(MEAL_TYPES.map((type) => [type, values[`${prefix}_${type}`]])));
		const tourMix = read('mix_tour');
		const issues: Record<string, { key: string; params?: Record<string, number> }> = {};
		if (!tourMix.ok) issues.mix_tour = { key: tourMix.key, params: tourMix.params };
		const dateIds = Object.keys(values)
			.map((k) => /^mix_d:(.+)_[a-z_]+$/.exec(k)?.[1])
			.filter((x): x is string => !!x);
		const byDate = new Map<string, ReturnType<typeof read>>();
		for (const id of new Set(dateIds)) {
			const r = read(`mix_d:${id}`);
			byDate.set(id, r);
			if (!r.ok) issues[`mix_d:${id}`] = { key: r.key, params: r.params };
		}
		if (Object.keys(issues).length > 0) return fail(400, { values, form: 'mix', issues });
		return runAction(
			values,
			async () => {
				await tours.mutate(
					getDb(),
					m,
					event.params.tour,
					(doc) => {
						if (tourMix.ok) {
							if (tourMix.mix) doc.meals.mix = tourMix.mix;
							else delete doc.meals.mix;
						}
						doc.dates.forEach((d, i) => {
							const r = byDate.get(d.id ?? `d${i + 1}`);
							if (!r?.ok) return;
							if (r.mix) d.mealMix = r.mix;
							else delete d.mealMix;
						});
					},
					{ expectedVersion: tours.versionOf(values) }
				);
				return { saved: 'mix' };
			},
			'mix'
		);
	}
};
