import { fail } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { formValues, toIssues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import { diagnose } from '$lib/server/diagnostics';
import { runAction } from '$lib/server/forms';
import { getGazetteer } from '$lib/server/geo';
import { bulkSetMode, distanceKey, groupFromForm, teamSize } from '$lib/server/tour-editing';
import * as tours from '$lib/server/tours';
import { BulkTravelForm, DistanceForm, TeamForm, TravelGroupForm } from '$lib/schemas/tour-forms';
import type { TourFile } from '$lib/schemas/tour-file';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function pinIds(doc: TourFile): void {
	doc.dates.forEach((d, i) => (d.id ??= `d${i + 1}`));
}

function legView(doc: TourFile) {
	const d = diagnose(doc);
	if (!d.ok) return { legs: [], problems: d.problems };
	return {
		legs: d.result.byLeg.map((l) => ({
			id: l.id,
			kind: l.kind,
			fromId: l.fromId,
			fromName: l.fromName,
			toId: l.toId,
			toName: l.toName,
			dateId: l.dateId,
			greatCircleKm: l.greatCircleKm,
			distances: l.distances,
			kgCO2e: l.kgCO2e
		})),
		problems: []
	};
}

function placeName(ref: TourFile['distances'][number]['from']): string {
	if (typeof ref !== 'string') return ref.name;
	return getGazetteer().get(ref)?.name ?? ref;
}

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const tour = await tours.get(getDb(), m, event.params.tour).catch(rethrowAsHttp);
	const doc = tour.document;
	pinIds(doc);
	return {
		team: doc.team,
		teamSize: teamSize(doc),
		plan: doc.travel,
		returnHomeGapDays: doc.route.returnHomeGapDays,
		dates: doc.dates.map((d) => ({
			id: d.id as string,
			venue: d.venue.name,
			start: d.start,
			travel: d.travel ?? null
		})),
		distances: doc.distances.map((o) => ({
			key: distanceKey(o),
			from: placeName(o.from),
			to: placeName(o.to),
			km: o.km,
			mode: o.mode ?? null
		})),
		...legView(doc)
	};
};

type Event = RequestEvent;

async function edit(
	event: Event,
	form: string,
	change: (doc: TourFile, values: Record<string, string>) => Record<string, unknown> | void
) {
	const m = await requireMembership(event, 'editor');
	const values = formValues(await event.request.formData());
	let failure: ReturnType<typeof fail> | null = null;
	const result = await runAction(
		values,
		() =>
			tours.mutate(
				getDb(),
				m,
				event.params.tour,
				(doc) => {
					pinIds(doc);
					const r = change(doc, values);
					if (r && 'issues' in r) failure = fail(400, { values, form, issues: r.issues });
				},
				{ expectedVersion: tours.versionOf(values) }
			),
		form
	);
	// a form problem found inside the change: the mutation above threw nothing but we must not save
	if (failure) return failure;
	if (!('document' in result)) return result;
	return { saved: form };
}

/** Validates a form before any change; returns issues or the data. */
function check<T>(
	schema: {
		safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError };
	},
	values: Record<string, string>
) {
	const r = schema.safeParse(values);
	return r.success ? { ok: true as const, data: r.data } : { ok: false as const, issues: toIssues(r.error) };
}

export const actions: Actions = {
	addRole: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const v = check(TeamForm, values);
		if (!v.ok) return fail(400, { values, form: 'team', issues: v.issues });
		return runAction(
			values,
			async () => {
				await tours.mutate(
					getDb(),
					m,
					event.params.tour,
					(doc) => {
						const same = doc.team.find((t) => t.role.toLowerCase() === v.data.role.toLowerCase());
						if (same) same.count = v.data.count as number;
						else doc.team.push({ role: v.data.role, count: v.data.count as number });
					},
					{ expectedVersion: tours.versionOf(values) }
				);
				return { saved: 'team' };
			},
			'team'
		);
	},
	removeRole: (event) =>
		edit(event, 'team', (doc, values) => {
			doc.team = doc.team.filter((t) => t.role !== values.role);
		}),
	addGroup: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const v = check(TravelGroupForm, values);
		if (!v.ok) return fail(400, { values, form: 'plan', issues: v.issues });
		return runAction(
			values,
			async () => {
				await tours.mutate(getDb(), m, event.params.tour, (doc) => {
					const id = `g-${crypto.randomUUID().slice(0, 6)}`;
					doc.travel.push(groupFromForm(id, v.data, teamSize(doc)));
				});
				return { saved: 'plan' };
			},
			'plan'
		);
	},
	removeGroup: (event) =>
		edit(event, 'plan', (doc, values) => {
			doc.travel = doc.travel.filter((g) => g.id !== values.id);
		}),
	/** How the team reaches one date (and leaves it): replaces the plan for that date's legs. */
	setDateTravel: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const v = check(TravelGroupForm, values);
		if (!v.ok) return fail(400, { values, form: `leg-${values.dateId}`, issues: v.issues });
		return runAction(
			values,
			async () => {
				await tours.mutate(
					getDb(),
					m,
					event.params.tour,
					(doc) => {
						pinIds(doc);
						const date = doc.dates.find((d) => d.id === values.dateId);
						if (!date) return;
						date.travel = [groupFromForm(`leg-${date.id}`, v.data, teamSize(doc))];
					},
					{ expectedVersion: tours.versionOf(values) }
				);
				return { saved: 'legs' };
			},
			`leg-${values.dateId}`
		);
	},
	resetDateTravel: (event) =>
		edit(event, 'legs', (doc, values) => {
			const date = doc.dates.find((d) => d.id === values.dateId);
			if (date) delete date.travel;
		}),
	bulk: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const v = check(BulkTravelForm, values);
		if (!v.ok) return fail(400, { values, form: 'bulk', issues: v.issues });
		let changed = 0;
		const result = await runAction(
			values,
			async () => {
				const tour = await tours.get(getDb(), m, event.params.tour);
				const view = legView(tour.document);
				// the distance a leg is judged by: the road/rail distance it has, else great-circle
				const legs = view.legs.map((l) => ({
					dateId: l.dateId,
					kind: l.kind,
					km: Math.max(l.greatCircleKm, ...l.distances.map((x) => x.km))
				}));
				return tours.mutate(
					getDb(),
					m,
					event.params.tour,
					(doc) => {
						pinIds(doc);
						changed = bulkSetMode(doc, legs, {
							maxKm: v.data.maxKm as number,
							minKm: v.data.minKm,
							mode: v.data.mode
						});
					},
					{ expectedVersion: tours.versionOf(values) }
				);
			},
			'bulk'
		);
		if (!('document' in result)) return result;
		return { saved: 'bulk', changed };
	},
	setDistance: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const v = check(DistanceForm, values);
		if (!v.ok || v.data.km === undefined) {
			return fail(400, {
				values,
				form: `dist-${values.from}-${values.to}`,
				issues: v.ok ? { km: { key: 'common.form.required' } } : v.issues
			});
		}
		return runAction(
			values,
			async () => {
				await tours.mutate(
					getDb(),
					m,
					event.params.tour,
					(doc) => {
						const same = (o: TourFile['distances'][number]) =>
							((o.from === v.data.from && o.to === v.data.to) ||
								(o.from === v.data.to && o.to === v.data.from)) &&
							(o.mode ?? null) === v.data.family;
						doc.distances = doc.distances.filter((o) => !same(o));
						doc.distances.push({
							from: v.data.from,
							to: v.data.to,
							km: v.data.km as number,
							mode: v.data.family,
							quality: 'measured'
						});
					},
					{ expectedVersion: tours.versionOf(values) }
				);
				return { saved: 'distance' };
			},
			`dist-${values.from}-${values.to}`
		);
	},
	removeDistance: (event) =>
		edit(event, 'distance', (doc, values) => {
			// by the row's own key (from, to, mode), never by position: a list that changed since the
			// page was drawn cannot make this delete another row
			doc.distances = doc.distances.filter((o) => distanceKey(o) !== values.key);
		}),
	setGap: (event) =>
		edit(event, 'gap', (doc, values) => {
			const raw = (values.returnHomeGapDays ?? '').trim();
			if (raw === '') doc.route.returnHomeGapDays = null;
			else {
				const n = Number(raw);
				if (!Number.isInteger(n) || n < 1 || n > 365)
					return { issues: { returnHomeGapDays: { key: 'tours.errors.gapInvalid' } } };
				doc.route.returnHomeGapDays = n;
			}
		})
};
