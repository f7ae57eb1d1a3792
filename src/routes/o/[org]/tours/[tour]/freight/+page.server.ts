import { fail } from '@sveltejs/kit';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { formValues, toIssues } from '$lib/server/auth/schemas';
import { getDb } from '$lib/server/db';
import { runAction } from '$lib/server/forms';
import * as tours from '$lib/server/tours';
import { FreightSharedForm, FreightVehicleForm } from '$lib/schemas/tour-forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const m = await requireMembership(event);
	const tour = await tours.get(getDb(), m, event.params.tour).catch(rethrowAsHttp);
	return { freight: tour.document.freight };
};

const newId = () => `f-${crypto.randomUUID().slice(0, 6)}`;

export const actions: Actions = {
	addVehicle: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const r = FreightVehicleForm.safeParse(values);
		if (!r.success) return fail(400, { values, form: 'vehicle', issues: toIssues(r.error) });
		const v = r.data;
		return runAction(
			values,
			async () => {
				await tours.mutate(getDb(), m, event.params.tour, (doc) => {
					doc.freight.push({
						kind: 'vehicle',
						id: newId(),
						...(v.label ? { label: v.label } : {}),
						class: v.class,
						load: v.load,
						vehicles: v.vehicles ?? 1,
						followTour: values.followTour === 'on',
						legs: [],
						emptyReturn: false,
						...(v.fuelLitres !== undefined && v.fuelLitres > 0
							? { fuel: { type: v.fuelType, litres: v.fuelLitres, quality: 'measured' as const } }
							: {}),
						quality: v.quality
					});
				});
				return { saved: 'vehicle' };
			},
			'vehicle'
		);
	},
	addShared: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const r = FreightSharedForm.safeParse(values);
		if (!r.success) return fail(400, { values, form: 'shared', issues: toIssues(r.error) });
		const v = r.data;
		return runAction(
			values,
			async () => {
				await tours.mutate(getDb(), m, event.params.tour, (doc) => {
					doc.freight.push({
						kind: 'shared',
						id: newId(),
						...(v.label ? { label: v.label } : {}),
						mode: v.mode,
						tonnes: v.tonnes as number,
						followTour: true,
						legs: [],
						quality: v.quality
					});
				});
				return { saved: 'shared' };
			},
			'shared'
		);
	},
	remove: async (event) => {
		const m = await requireMembership(event, 'editor');
		const values = formValues(await event.request.formData());
		const id = values.id ?? '';
		return runAction(
			values,
			async () => {
				await tours.mutate(
					getDb(),
					m,
					event.params.tour,
					(doc) => {
						doc.freight = doc.freight.filter((f) => f.id !== id);
					},
					{ expectedVersion: tours.versionOf(values) }
				);
				return { saved: 'removed' };
			},
			'freight'
		);
	}
};
