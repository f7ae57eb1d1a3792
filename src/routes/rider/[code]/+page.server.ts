// A host venue's page, without an account: the rider of its date, and a form to send its figures
// back (src/lib/server/riders.ts). The code in the address is the only key: an unknown, revoked or
// expired code gives 404, and nothing else of the company is reachable from here. Submissions are
// rate-limited per IP address.
import { error, fail } from '@sveltejs/kit';
import { formValues } from '$lib/server/auth/schemas';
import { RateLimiter } from '$lib/server/auth/rate-limit';
import { getDb } from '$lib/server/db';
import { runAction } from '$lib/server/forms';
import * as riders from '$lib/server/riders';
import type { Actions, PageServerLoad } from './$types';

/**
 * 20 submissions per address per 15 minutes: plenty for a venue, little for a flood. Counted in
 * the database (rate_limits), like every other limit, so that it holds across processes.
 */
const perIp = new RateLimiter(getDb, 'rider-ip', { max: 20, windowMs: 15 * 60 * 1000 });

export const load: PageServerLoad = async ({ params }) => {
	const v = await riders.venuePage(getDb(), params.code).catch(() => error(404, 'Not found'));
	return {
		...v,
		expiresAt: v.expiresAt.toISOString(),
		maxMb: Math.round((riders.maxReturnFileBytes() / 2 ** 20) * 10) / 10
	};
};

export const actions: Actions = {
	default: async (event) => {
		const ip = event.getClientAddress();
		const verdict = await perIp.check(ip);
		if (!verdict.allowed)
			return fail(429, {
				values: {},
				issues: {
					'': {
						key: 'rider.errors.rateLimited',
						params: { minutes: Math.max(1, Math.ceil(verdict.retryAfterMs / 60_000)) }
					}
				}
			});
		await perIp.hit(ip);
		const form = await event.request.formData().catch(() => error(400, 'Bad request'));
		const values = formValues(form);
		const file = form.get('file');
		const upload =
			file instanceof File && file.size > 0
				? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
				: null;
		const r = await runAction(values, () => riders.submitReturn(getDb(), event.params.code, values, upload));
		return r ?? { sent: true };
	}
};
