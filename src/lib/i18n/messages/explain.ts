import { defineMessages, type Params } from '../define';

// French: plural from 2 (0 and 1 are singular); English: singular for 1 only
const frPlural = (n: number | string, one: string, many: string) => (Number(n) >= 2 ? many : one);
const enPlural = (n: number | string, one: string, many: string) => (Number(n) === 1 ? one : many);

/**
 * « Comment est-ce calculé ? » rendered on demand (issue #21): the explanations are drawn when
 * opened, from the result the page already has; without JavaScript, a link reloads the page with
 * every explanation drawn on the server.
 */
export default defineMessages({
	fr: {
		noScript:
			'Sans JavaScript, les « Comment est-ce calculé ? » restent vides à l’ouverture et les longues listes s’arrêtent aux {rows} premières lignes.',
		showAll: 'Afficher la page complète, avec toutes les explications',
		moreRows: (p: Params) =>
			`${p.n} ${frPlural(p.n, 'autre ligne s’affiche', 'autres lignes s’affichent')} avec JavaScript.`
	},
	en: {
		noScript:
			'Without JavaScript, the “How is this computed?” panels stay empty when opened and long lists stop at their first {rows} rows.',
		showAll: 'Show the whole page, with every explanation',
		moreRows: (p: Params) => `${p.n} more ${enPlural(p.n, 'row shows', 'rows show')} with JavaScript.`
	}
});
