// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '$lib/i18n';
import type { Session, SessionUser } from '$lib/server/auth/types';

declare global {
	namespace App {
		interface Error {
			message: string;
			errorId?: string;
		}
		interface Locals {
			locale: Locale;
			/** set by the session hook; null when not logged in */
			user: SessionUser | null;
			session: Session | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
