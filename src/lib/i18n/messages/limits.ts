import { defineMessages } from '../define';

/**
 * Limits and refusals (issue 17, hardening): a tour's maximum size, upload sizes, rate limits,
 * malformed requests. The numbers come from LIMITS (src/lib/schemas/tour-file.ts) and
 * src/lib/server/limits.ts; the messages only name them.
 */
export default defineMessages({
	fr: {
		tooMany: {
			dates: 'Une tournée compte au plus {max} dates : retirez-en avant d’en ajouter.',
			legs: 'Une tournée compte au plus {max} trajets : retirez-en avant d’en ajouter.',
			team: 'Une équipe compte au plus {max} rôles.',
			travel: 'Un plan de voyage compte au plus {max} groupes.',
			freight: 'Une tournée compte au plus {max} entrées de fret.',
			freightLegs: 'Une entrée de fret compte au plus {max} trajets.',
			distances: 'Une tournée compte au plus {max} distances connues.',
			extras: 'Cette liste compte au plus {max} lignes.'
		},
		error: {
			tooLarge: 'Le fichier ou le formulaire envoyé dépasse la taille acceptée ({max}).',
			tooLargeHelp: 'Réduisez le fichier (par exemple, découpez-le en plusieurs envois) puis réessayez.',
			badRequest: 'La requête est mal formée : le formulaire n’a pas pu être lu.',
			rateLimited: 'Trop de requêtes en peu de temps. Réessayez dans {seconds} s.',
			busy: 'Le serveur est très occupé. Réessayez dans quelques secondes.',
			back: 'Revenir à la page précédente'
		},
		upload: {
			limit: 'Taille maximale : {max}.',
			tooBig: 'Le fichier dépasse {max}.',
			noScript: 'Envoyé sans JavaScript, le fichier fait au plus {max}.'
		}
	},
	en: {
		tooMany: {
			dates: 'A tour has at most {max} dates: remove some before adding more.',
			legs: 'A tour has at most {max} legs: remove some before adding more.',
			team: 'A team has at most {max} roles.',
			travel: 'A travel plan has at most {max} groups.',
			freight: 'A tour has at most {max} freight entries.',
			freightLegs: 'A freight entry has at most {max} legs.',
			distances: 'A tour has at most {max} known distances.',
			extras: 'This list has at most {max} lines.'
		},
		error: {
			tooLarge: 'The file or form you sent is larger than accepted ({max}).',
			tooLargeHelp: 'Make the file smaller (for instance, split it into several uploads) and try again.',
			badRequest: 'The request is malformed: the form could not be read.',
			rateLimited: 'Too many requests in a short time. Try again in {seconds} s.',
			busy: 'The server is very busy. Try again in a few seconds.',
			back: 'Back to the previous page'
		},
		upload: {
			limit: 'Maximum size: {max}.',
			tooBig: 'The file is larger than {max}.',
			noScript: 'Sent without JavaScript, the file may be up to {max}.'
		}
	}
});
