/** The tour editor (issue 16) and its protection against lost updates (issue 17). */
import { defineMessages, type Params } from '../define';

const plural = (one: string, other: string) => (p: Params) =>
	(Math.abs(Number(p.n)) < 2 ? one : other).replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ''));

export default defineMessages({
	fr: {
		stale: {
			title: 'Modification refusée',
			body: 'Cette tournée a été modifiée par {by} à {at} : rechargez la page pour voir ses changements, puis refaites le vôtre.',
			someone: 'une autre personne',
			reload: 'Recharger la page'
		}
	},
	en: {
		stale: {
			title: 'Change refused',
			body: 'This tour was changed by {by} at {at}: reload the page to see their changes, then make yours again.',
			someone: 'someone else',
			reload: 'Reload the page'
		}
	}
});

export { plural };
