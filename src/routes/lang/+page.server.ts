import { redirect } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

/** Only same-site paths: never redirect to another origin from a form field. */
function safePath(v: FormDataEntryValue | null): string {
	const s = typeof v === 'string' ? v : '/';
	return s.startsWith('/') && !s.startsWith('//') && !s.startsWith('/\\') ? s : '/';
}

export const load: PageServerLoad = () => {
	redirect(303, '/');
};

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const locale = form.get('locale');
		if (isLocale(locale)) {
			cookies.set(LOCALE_COOKIE, locale, {
				path: '/',
				maxAge: 60 * 60 * 24 * 365,
				httpOnly: false,
				sameSite: 'lax',
				secure: url.protocol === 'https:'
			});
		}
		redirect(303, safePath(form.get('redirectTo')));
	}
};
