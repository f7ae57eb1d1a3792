import { fail, redirect } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp, roleAtLeast } from '$lib/server/auth/guards';
import { formValues, toIssues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import { runAction } from '$lib/server/forms';
import { getGazetteer, type Place } from '$lib/server/geo';
import { densityTerritory } from '$lib/geo/territory';
import { formatMegabytes, limits } from '$lib/server/limits';
import { previewDatesCsv } from '$lib/server/imports/dates-csv';
import { resolvePlaceField } from '$lib/server/place-field';
import * as tours from '$lib/server/tours';
import { NotFoundError } from '$lib/server/errors';
import { dateWarning } from '$lib/server/tour-editing';
import { DateForm } from '$lib/schemas/tour-forms';
import { TourDate, type TourFile } from '$lib/schemas/tour-file';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

/** Stable ids: other parts of the tour (legs, freight) refer to a date by id. */
function newDateId(doc: TourFile): string {
	const used = new Set(doc.dates.map((d, i) => d.id ?? `d${i + 1}`));
	let id: string;
	do id = `d-${crypto.randomUUID().slice(0, 6)}`;
	while (used.has(id));
	return id;
}

/**
 * What refers to a date by id lets go of it when it goes: legs and freight legs lose the reference
 * (not their data); a role present at some dates only is no longer present at that one.
 */
function forgetDate(doc: TourFile, id: string): void {
	for (const l of doc.legs) if (l.date === id) delete l.date;
	for (const f of doc.freight) for (const l of f.legs) if (l.date === id) delete l.date;
	for (const r of doc.team) if (r.dates) r.dates = r.dates.filter((d) => d !== id);
}

/** Gives every date its implicit id (d1, d2…) explicitly, so deleting one never renumbers others. */
function pinIds(doc: TourFile): void {
	doc.dates.forEach((d, i) => (d.id ??= `d${i + 1}`));
}

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const db = getDb();
	const tour = await tours.get(db, m, event.params.tour).catch(rethrowAsHttp);
	const gaz = getGazetteer();
	const dates = tour.document.dates
		.map((d, i) => {
			const place = typeof d.venue.place === 'string' ? gaz.get(d.venue.place) : null;
			return {
				id: d.id ?? `d${i + 1}`,
				venue: d.venue.name,
				placeId: typeof d.venue.place === 'string' ? d.venue.place : '',
				placeLabel: place?.label ?? (typeof d.venue.place === 'string' ? d.venue.place : d.venue.place.name),
				start: d.start,
				end: d.end ?? d.start,
				performances: d.performances,
				attendance: d.attendance ?? null,
				capacity: d.capacity ?? null,
				territory: d.audience?.archetype?.territory ?? '',
				// what the commune's density suggests, shown beside the territory field
				suggested: place ? (densityTerritory(place) ?? null) : null,
				town: place?.name ?? '',
				warning: dateWarning(d.start, d.end ?? d.start, tour.season, tour.phase)
			};
		})
		.sort((a, b) => a.start.localeCompare(b.start));
	const venues = roleAtLeast(m, 'editor') ? await tours.listVenues(db, m) : [];
	const editId = event.url.searchParams.get('edit');
	return {
		dates,
		venues: venues.map((v) => ({
			id: v.id,
			name: v.name,
			placeId: v.placeId,
			placeLabel: v.placeLabel,
			capacity: v.capacity,
			territory: v.territory
		})),
		editing: dates.find((d) => d.id === editId) ?? null,
		season: tour.season,
		saved: event.url.searchParams.get('saved') === '1',
		duplicated: event.url.searchParams.get('duplicated') === '1'
	};
};

/** The territory chosen, else the one the commune's density gives (none abroad). */
function territoryOf(v: DateForm, place: Place): DateForm['territory'] {
	return v.territory || densityTerritory(place)?.territory || v.territory;
}

function toDate(v: DateForm, place: Place, previous?: TourDate): TourDate {
	const placeId = place.id;
	const territory = territoryOf(v, place);
	const date: TourDate = {
		...(previous ?? {}),
		venue: { name: v.venueName, place: placeId },
		start: v.start,
		end: v.end || v.start,
		performances: v.performances ?? 1
	};
	if (v.attendance !== undefined) date.attendance = v.attendance;
	else delete date.attendance;
	if (v.capacity !== undefined) date.capacity = v.capacity;
	else delete date.capacity;
	if (territory)
		date.audience = {
			...(date.audience ?? {}),
			archetype: { ...(date.audience?.archetype ?? {}), territory }
		};
	return date;
}

async function saveDate(event: Parameters<Actions[string]>[0], editId: string | null) {
	const m = await requireMembership(event, 'editor');
	const values = formValues(await event.request.formData());
	if (values.knownVenue) {
		// a venue the organisation used before: its name and town come from the remembered venue
		const known = (await tours.listVenues(getDb(), m)).find((v) => v.id === values.knownVenue);
		if (known) {
			values.venueName = known.name;
			values.townId = known.placeId;
			if (!values.capacity && known.capacity !== null) values.capacity = String(known.capacity);
			if (!values.territory && known.territory) values.territory = known.territory;
		}
	}
	const place = resolvePlaceField(values, 'town', event.locals.locale);
	const form = editId ? 'edit' : 'add';
	const parsed = DateForm.safeParse(values);
	const issues = parsed.success ? {} : toIssues(parsed.error);
	if (!place.ok) issues.town = place.issue;
	if (!parsed.success || !place.ok) {
		return fail(400, { values, form, issues, candidates: place.ok ? [] : place.candidates });
	}
	const v = parsed.data;
	const db = getDb();
	const result = await runAction(
		values,
		() =>
			tours.mutate(
				db,
				m,
				event.params.tour,
				(doc) => {
					pinIds(doc);
					if (editId) {
						const i = doc.dates.findIndex((d) => d.id === editId);
						if (i < 0) throw new Error('date not found');
						doc.dates[i] = { ...toDate(v, place.place, doc.dates[i]), id: editId };
					} else {
						doc.dates.push({ ...toDate(v, place.place), id: newDateId(doc) });
					}
				},
				{ expectedVersion: editId ? tours.versionOf(values) : null }
			),
		form
	);
	if (!('document' in result)) return result;
	await tours.rememberVenue(db, m, {
		name: v.venueName,
		placeId: place.place.id,
		placeLabel: place.place.label,
		capacity: v.capacity ?? null,
		territory: territoryOf(v, place.place) || null
	});
	// an edit closes its form: back to the list
	if (editId) redirect(303, `${event.url.pathname}?saved=1`);
	return { saved: form };
}

const CommitRows = z.array(TourDate).min(1).max(2000);

export const actions: Actions = {
	add: (event) => saveDate(event, null),
	edit: async (event) => {
		await requireMembership(event, 'editor');
		const id = event.url.searchParams.get('edit');
		if (!id) return fail(400, { values: {}, form: 'edit' });
		return saveDate(event, id);
	},
	/** A copy of a date (a new id), opened in the edit form to change what differs. */
	duplicate: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		let copyId = '';
		const result = await runAction(
			values,
			() =>
				// appending a copy cannot undo anyone's change: no version check
				tours.mutate(getDb(), m, event.params.tour, (doc) => {
					pinIds(doc);
					const i = doc.dates.findIndex((d) => d.id === values.id);
					if (i < 0) throw new NotFoundError();
					copyId = newDateId(doc);
					const copy = { ...structuredClone(doc.dates[i]), id: copyId };
					// what belongs to the gap before the original does not belong to the copy
					delete copy.gapRoomNights;
					delete copy.gapRoomNightsQuality;
					delete copy.gapCountry;
					delete copy.gapMeals;
					doc.dates.splice(i + 1, 0, copy);
					for (const r of doc.team) if (r.dates?.includes(values.id)) r.dates.push(copyId);
				}),
			'dates'
		);
		if (!('document' in result)) return result;
		redirect(303, `${event.url.pathname}?edit=${copyId}&duplicated=1#date-form`);
	},
	remove: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const id = values.id ?? '';
		const result = await runAction(
			values,
			() =>
				tours.mutate(
					getDb(),
					m,
					event.params.tour,
					(doc) => {
						pinIds(doc);
						doc.dates = doc.dates.filter((d) => d.id !== id);
						forgetDate(doc, id);
					},
					{ expectedVersion: tours.versionOf(values) }
				),
			'dates'
		);
		if (!('document' in result)) return result;
		return { removed: true };
	},
	/** Reads the CSV and shows every row with its problems; saves nothing. */
	preview: async (event) => {
		await requireMembership(event, 'editor');
		const form = await event.request.formData();
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { form: 'csv', values: {}, issues: { file: { key: 'common.form.required' } } });
		}
		const max = limits().upload.datesCsv;
		if (file.size > max)
			return fail(400, {
				form: 'csv',
				values: {},
				issues: {
					file: { key: 'tours.csv.tooBig', params: { max: formatMegabytes(max, event.locals.locale) } }
				}
			});
		const preview = previewDatesCsv(new Uint8Array(await file.arrayBuffer()));
		return {
			form: 'csv',
			preview,
			fileName: file.name,
			mode: form.get('mode') === 'replace' ? 'replace' : 'append'
		};
	},
	/** Commits previewed rows, all in one update, or nothing. */
	commit: async (event) => {
		const m = await requireMembership(event, 'editor');
		const form = await event.request.formData();
		let rows: unknown;
		try {
			rows = JSON.parse(String(form.get('rows') ?? ''));
		} catch {
			rows = null;
		}
		const parsed = CommitRows.safeParse(rows);
		if (!parsed.success)
			return fail(400, { form: 'csv', values: {}, issues: { file: { key: 'tours.csv.stale' } } });
		const replace = form.get('mode') === 'replace';
		const result = await runAction(
			{},
			() =>
				tours.mutate(
					getDb(),
					m,
					event.params.tour,
					(doc) => {
						pinIds(doc);
						if (replace) {
							for (const d of doc.dates) forgetDate(doc, d.id as string);
							doc.dates = [];
						}
						for (const d of parsed.data) doc.dates.push({ ...d, id: newDateId(doc) });
					}, // replacing the dates must not erase dates someone added meanwhile; appending cannot conflict
					{
						expectedVersion: replace
							? tours.versionOf({ _version: String(form.get('_version') ?? '') })
							: null
					}
				),
			'csv'
		);
		if (!('document' in result)) return result;
		// the venues of the file are offered in « Lieu déjà utilisé » next time, like those typed in
		const gaz = getGazetteer();
		for (const d of parsed.data) {
			if (typeof d.venue.place !== 'string') continue;
			await tours.rememberVenue(getDb(), m, {
				name: d.venue.name,
				placeId: d.venue.place,
				placeLabel: gaz.get(d.venue.place)?.label ?? d.venue.place,
				capacity: d.capacity ?? null,
				territory: d.audience?.archetype?.territory ?? null
			});
		}
		return { imported: parsed.data.length };
	}
};
