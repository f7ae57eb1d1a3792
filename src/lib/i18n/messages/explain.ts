import { defineMessages } from '../define';

/**
 * « Comment est-ce calculé ? » rendered on demand (issue #21): the explanations are drawn when
 * opened, from the result the page already has; without JavaScript, a link reloads the page with
 * every explanation drawn on the server.
 */
export default defineMessages({
	fr: {
		noScript: 'Sans JavaScript, les « Comment est-ce calculé ? » restent vides à l’ouverture.',
		showAll: 'Afficher la page avec toutes les explications'
	},
	en: {
		noScript: 'Without JavaScript, the “How is this computed?” panels stay empty when opened.',
		showAll: 'Show the page with every explanation'
	}
});
