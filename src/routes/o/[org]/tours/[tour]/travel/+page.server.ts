import { fail } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { formValues, toIssues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import { diagnose } from '$lib/server/diagnostics';
import { runAction } from '$lib/server/forms';
import { getGazetteer } from '$lib/server/geo';
import {
	bulkSetMode,
	distanceKey,
	editLegs,
	groupFromForm,
	judgedKm,
	legPlan,
	teamSize
} from '$lib/server/tour-editing';
import * as tours from '$lib/server/tours';
import { BulkTravelForm, LegsForm, TeamForm, TravelGroupForm } from '$lib/schemas/tour-forms';
import type { TourFile } from '$lib/schemas/tour-file';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function pinIds(doc: TourFile): void {
	doc.dates.forEach((d, i) => (d.id ??= `d${i + 1}`));
}

function legView(doc: TourFile) {
	const d = diagnose(doc);
	if (!d.ok) return { legs: [], problems: d.problems };
	const gaz = getGazetteer();
	// people on each leg and the modes they use, as the engine counted them
	const onLeg = new Map<string, { modes: Set<string>; people: number }>();
	for (const l of d.result.lines) {
		if (l.category !== 'travel' || !l.legId) continue;
		const x = onLeg.get(l.legId) ?? { modes: new Set<string>(), people: 0 };
		x.modes.add(l.mode ?? '');
		x.people += l.quantities.people ?? l.quantities.occupants ?? 0;
		onLeg.set(l.legId, x);
	}
	return {
		legs: d.result.byLeg.map((l) => ({
			id: l.id,
			kind: l.kind,
			fromId: l.fromId,
			fromName: gaz.get(l.fromId)?.label ?? l.fromName,
			toId: l.toId,
			toName: gaz.get(l.toId)?.label ?? l.toName,
			dateId: l.dateId,
			greatCircleKm: l.greatCircleKm,
			distances: l.distances,
			km: judgedKm(l),
			kgCO2e: l.kgCO2e,
			modes: [...(onLeg.get(l.id)?.modes ?? [])],
			people: onLeg.get(l.id)?.people ?? 0,
			own: legPlan(doc, l) !== doc.travel
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
		team: doc.team.map((r) => ({ role: r.role, count: r.count, dates: r.dates ?? null })),
		teamSize: teamSize(doc),
		plan: doc.travel,
		returnHomeGapDays: doc.route.returnHomeGapDays,
		dates: doc.dates
			.map((d) => ({
				id: d.id as string,
				venue: d.venue.name,
				start: d.start,
				end: d.end ?? d.start,
				travel: d.travel ?? null
			}))
			.sort((a, b) => a.start.localeCompare(b.start)),
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
				return tours.mutate(
					getDb(),
					m,
					event.params.tour,
					(doc) => {
						pinIds(doc);
						changed = bulkSetMode(doc, view.legs, {
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
	removeDistance: (event) =>
		edit(event, 'distance', (doc, values) => {
			// by the row's own key (from, to, mode), never by position: a list that changed since the
			// page was drawn cannot make this delete another row
			doc.distances = doc.distances.filter((o) => distanceKey(o) !== values.key);
		}),
	/** The presence grid: which roles are at which dates (« toutes les dates » by default). */
	setPresence: async (event) => {
		const m = await requireMembership(event, 'editor');
		const data = await event.request.formData();
		const values = formValues(data);
		const all = new Set(data.getAll('all').map(String));
		const cells = new Set(data.getAll('at').map(String));
		return runAction(
			values,
			async () => {
				await tours.mutate(
					getDb(),
					m,
					event.params.tour,
					(doc) => {
						pinIds(doc);
						for (const r of doc.team) {
							if (all.has(r.role)) {
								delete r.dates;
								continue;
							}
							r.dates = doc.dates.map((d) => d.id as string).filter((id) => cells.has(`${r.role}|${id}`));
						}
					},
					{ expectedVersion: tours.versionOf(values) }
				);
				return { saved: 'presence' };
			},
			'presence'
		);
	},
	/** The legs table's bulk bar: mode, figures, distance or reset, for the legs ticked. */
	editLegs: async (event) => {
		const m = await requireMembership(event, 'editor');
		const data = await event.request.formData();
		const values = formValues(data);
		const ids = data.getAll('leg').map(String);
		const v = check(LegsForm, values);
		if (!v.ok) return fail(400, { values, form: 'legs', issues: v.issues });
		if (ids.length === 0)
			return fail(400, { values, form: 'legs', issues: { leg: { key: 'editor.legs.noneSelected' } } });
		const reset = values.intent === 'reset';
		const nothing =
			!v.data.mode && v.data.count === undefined && v.data.occupants === undefined && v.data.km === undefined;
		if (!reset && nothing)
			return fail(400, { values, form: 'legs', issues: { mode: { key: 'editor.legs.nothingToDo' } } });
		let changed = 0;
		const result = await runAction(
			values,
			async () => {
				const tour = await tours.get(getDb(), m, event.params.tour);
				const view = legView(tour.document);
				return tours.mutate(
					getDb(),
					m,
					event.params.tour,
					(doc) => {
						pinIds(doc);
						changed = editLegs(doc, view.legs, ids, {
							mode: v.data.mode,
							count: v.data.count,
							occupants: v.data.occupants,
							km: v.data.km,
							reset
						});
					},
					{ expectedVersion: tours.versionOf(values) }
				);
			},
			'legs'
		);
		if (!('document' in result)) return result;
		return { saved: 'legs', changed };
	},
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
