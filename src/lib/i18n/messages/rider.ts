import { defineMessages } from '../define';

/**
 * The green rider (« fiche technique verte ») and the host venue's page. The clause texts are our own
 * wording; the ideas they carry are credited by name on the page (Theatre Green Book, ARVIVA,
 * Théâtre de Rungis / SNSP).
 */
export default defineMessages({
	fr: {
		title: 'Fiche technique verte',
		tab: 'Fiche verte',
		pageTitle: 'Fiche technique verte · {production} {season}',
		lead: 'Une fiche à joindre au contrat de cession : ce que votre équipe s’engage à faire, ce qu’elle demande au lieu d’accueil, et les chiffres qu’elle lui demande en retour. Les demandes sont classées selon ce qu’elles éviteraient sur cette tournée, calculé avec le moteur.',
		scope: 'Pour',
		wholeTour: 'toute la tournée',
		show: 'Afficher',
		language: 'Langue de la fiche',
		forDate: '{venue}, {date}',
		commitments: 'Ce que nous nous engageons à faire',
		requests: 'Ce que nous demandons au lieu d’accueil',
		dataBack: 'Les chiffres que nous vous demandons en retour',
		include: 'Inclure',
		tag: 'Nature',
		tags: { incentive: 'incitatif', contractual: 'contractuel' },
		text: 'Texte (laissez vide pour le texte proposé)',
		saving: 'Évite environ {kg} sur {scope} ({share}).',
		savingScope: { date: 'cette date', tour: 'la tournée' },
		savingAudience: 'Évite environ {kg} de mobilité des publics sur {scope}.',
		notQuantified: 'Non chiffré : le moteur ne compte pas les trajets sur place.',
		notApplicable: 'Sans objet pour cette tournée (rien à éviter d’après le calcul).',
		assumption: {
			equipment:
				'Hypothèse : avec le matériel du lieu, le véhicule du décor ne fait pas le trajet de cette date (de toutes les dates pour la tournée).',
			trainArrival:
				'Hypothèse : l’équipe vient en train sur les trajets de moins de 1 000 km (TER, TGV ou train international selon la distance).',
			localCrew:
				'Hypothèse : une personne de l’équipe est remplacée par un·e technicien·ne du lieu, qui ne voyage pas.',
			vegetarian: 'Hypothèse : tous les repas de l’équipe servis par le lieu sont végétariens.',
			audienceCarpool:
				'Hypothèse : 15 % des spectateurs passent de la voiture au covoiturage, à 3 par voiture.',
			walkableLodging: 'Les trajets sur place (hôtel, lieu, gare) ne sont pas comptés par le moteur.'
		},
		save: 'Enregistrer mes choix',
		saved: 'Vos choix sont enregistrés.',
		readOnly: 'Lecture seule : seuls les membres éditeurs modifient la fiche.',
		print: 'Imprimer ou enregistrer en PDF',
		preview: 'La fiche, telle que le lieu la lira',
		credits:
			'Idées reprises, avec nos propres mots, du Theatre Green Book (fiches techniques vertes de tournée, partage d’informations entre lieux), des clauses de contrats d’ARVIVA (hébergement accessible à pied, repas végétariens) et du Théâtre de Rungis / SNSP (clause de transport bas carbone incitative, covoiturage proposé au public).',
		clauses: {
			requests: {
				equipment:
					'Nous envoyer dès que possible la liste du matériel technique disponible sur place (son, lumière, plateau), pour que le décor voyage plus léger ; nous aider à louer sur place ce qui manque.',
				trainArrival:
					'Nous permettre d’arriver en train : horaires de montage compatibles avec les trains et un trajet organisé de la gare au lieu (navette, prêt de véhicule ou indications).',
				localCrew:
					'Mettre à disposition au moins un·e technicien·ne de votre équipe ou de la région pour le montage et le démontage.',
				vegetarian: 'Servir à l’équipe des repas végétariens, de saison et sans emballages jetables.',
				audienceCarpool:
					'Informer le public des moyens de venir sans voiture individuelle : transports en commun, horaires, covoiturage, avec les billets et sur votre site.',
				walkableLodging:
					'Proposer un hébergement accessible à pied ou en transports en commun depuis le lieu et, si possible, depuis la gare.'
			},
			commitments: {
				shareResults:
					'Vous transmettre le bilan carbone de notre date chez vous, calculé avec les mêmes méthodes publiques.',
				railFirst:
					'Privilégier le train pour l’équipe chaque fois que le trajet et les horaires le permettent.',
				lightSet:
					'Concevoir et adapter notre décor pour qu’il voyage léger et se monte avec du matériel d’accueil.',
				noSingleUse: 'Éviter les bouteilles et la vaisselle jetables en loge et en tournée.'
			},
			dataBack: {
				attendance: 'La fréquentation de chaque représentation.',
				audienceSurvey:
					'Les résultats de votre enquête auprès du public (modes de transport, distances) ou un export de billetterie avec les codes postaux.',
				meals: 'Le nombre de repas servis à l’équipe, dont les repas végétariens.',
				localCrew: 'Le nombre de technicien·nes recruté·es sur place.'
			}
		},
		links: {
			title: 'Liens pour les lieux d’accueil',
			intro:
				'Chaque lieu reçoit un lien sans compte, valable pour sa date : il y lit la fiche et nous renvoie ses chiffres. Le lien ne donne accès à rien d’autre de votre structure ; vous pouvez le révoquer à tout moment.',
			create: 'Créer un lien pour cette date',
			created: 'Voici le lien à envoyer au lieu. Copiez-le maintenant : il ne sera plus affiché.',
			none: 'Aucun lien pour l’instant.',
			active: 'actif jusqu’au {date}',
			revoked: 'révoqué',
			expired: 'expiré',
			revoke: 'Révoquer',
			revokeLabel: 'Révoquer le lien créé le {date}',
			date: 'Date'
		},
		returns: {
			title: 'Chiffres reçus des lieux',
			none: 'Aucun retour pour l’instant.',
			received: 'Reçu le {date}',
			status: { pending: 'à examiner', accepted: 'accepté', rejected: 'refusé' },
			accept: 'Accepter dans la date',
			acceptHint: 'Les chiffres remplacent ceux de la date, avec la qualité « mesuré ».',
			reject: 'Refuser',
			importFile: 'Importer le fichier « {name} » dans les publics',
			kind: 'Type de fichier',
			accepted: 'Chiffres acceptés : la date est mise à jour.',
			rejected: 'Retour refusé : la tournée ne change pas.'
		},
		venue: {
			pageTitle: 'Fiche technique verte · {company}',
			title: 'Fiche technique verte de {company}',
			subtitle: '« {production} » · {venue}, {dates}',
			intro:
				'L’équipe de {company} vous adresse cette fiche et vous demande quelques chiffres après la date. Pas besoin de compte ; vos chiffres ne sont transmis qu’à cette équipe.',
			form: 'Vos chiffres',
			formIntro: 'Remplissez ce que vous savez ; tout est facultatif.',
			contact: 'Votre nom et votre fonction',
			attendance: 'Fréquentation (toutes représentations de la date)',
			shares: 'Votre enquête auprès du public : part des spectateurs par mode (%)',
			sharesHint: 'D’après votre propre enquête. Avec une distance moyenne aller-retour.',
			mode: {
				car: 'Voiture',
				bus: 'Bus',
				tram: 'Tramway',
				rail: 'Train (TER)',
				walk: 'À pied',
				bike: 'Vélo'
			},
			roundTripKm: 'Distance moyenne aller-retour (km)',
			carOccupancy: 'Personnes par voiture',
			mealsVegetarian: 'Repas végétariens servis à l’équipe',
			mealsOther: 'Autres repas servis à l’équipe',
			localCrew: 'Technicien·nes recruté·es sur place',
			file: 'Ou votre fichier d’enquête ou de billetterie (CSV)',
			fileHint:
				'Au plus {mb} Mo. L’équipe l’importera : seuls les codes postaux, modes et nombres de personnes sont gardés.',
			comment: 'Un commentaire',
			submit: 'Envoyer à {company}',
			thanks: 'Merci ! Vos chiffres ont été transmis à {company}.',
			sentBefore:
				'Vous avez déjà envoyé {n} retour(s) par ce lien ; un nouvel envoi s’ajoute aux précédents.',
			validUntil: 'Lien valable jusqu’au {date}.'
		},
		errors: {
			tooLong: 'Trop long.',
			number: 'Un nombre positif.',
			percent: 'Un pourcentage entre 0 et 100.',
			occupancy: 'Entre 1 et 9 personnes par voiture.',
			sharesSum: 'Les parts font {sum} %, plus de 100 %.',
			distanceNeeded: 'Avec les parts par mode, indiquez la distance moyenne aller-retour.',
			empty: 'Indiquez au moins un chiffre, un fichier ou un commentaire.',
			fileTooBig: 'Le fichier dépasse {mb} Mo.',
			date: 'Cette date n’existe pas dans la tournée.',
			decided: 'Ce retour a déjà été traité.',
			rateLimited: 'Trop d’envois depuis votre adresse : réessayez dans {minutes} minutes.'
		}
	},
	en: {
		title: 'Green rider',
		tab: 'Green rider',
		pageTitle: 'Green rider · {production} {season}',
		lead: 'A rider to attach to the performance contract: what your team commits to, what it asks of the host venue, and the figures it asks the venue to send back. Requests are ranked by what they would avoid on this tour, computed with the engine.',
		scope: 'For',
		wholeTour: 'the whole tour',
		show: 'Show',
		language: 'Rider language',
		forDate: '{venue}, {date}',
		commitments: 'What we commit to',
		requests: 'What we ask of the host venue',
		dataBack: 'The figures we ask you to send back',
		include: 'Include',
		tag: 'Kind',
		tags: { incentive: 'incentive', contractual: 'contractual' },
		text: 'Text (leave blank for the proposed text)',
		saving: 'Avoids about {kg} on {scope} ({share}).',
		savingScope: { date: 'this date', tour: 'the tour' },
		savingAudience: 'Avoids about {kg} of audience travel on {scope}.',
		notQuantified: 'Not quantified: the engine does not count local trips.',
		notApplicable: 'Does not apply to this tour (nothing to avoid according to the computation).',
		assumption: {
			equipment:
				'Assumption: with the venue’s equipment, the set’s vehicle does not drive to this date (to any date, for the whole tour).',
			trainArrival:
				'Assumption: the team comes by train on trips under 1,000 km (regional, high-speed or international rail by distance).',
			localCrew:
				'Assumption: one team member is replaced by a technician from the venue, who does not travel.',
			vegetarian: 'Assumption: every team meal served by the venue is vegetarian.',
			audienceCarpool: 'Assumption: 15 % of spectators move from driving to carpooling, 3 per car.',
			walkableLodging: 'Local trips (hotel, venue, station) are not counted by the engine.'
		},
		save: 'Save my choices',
		saved: 'Your choices are saved.',
		readOnly: 'Read only: only editors change the rider.',
		print: 'Print or save as PDF',
		preview: 'The rider, as the venue will read it',
		credits:
			'Ideas taken, in our own words, from the Theatre Green Book (green touring riders, information sharing between venues), ARVIVA’s contract clauses (accommodation reachable on foot, vegetarian meals) and Théâtre de Rungis / SNSP (an incentive low-carbon transport clause, carpooling offered to the audience).',
		clauses: {
			requests: {
				equipment:
					'Send us as early as possible the list of technical equipment available on site (sound, lighting, stage), so that the set travels lighter; help us hire locally what is missing.',
				trainArrival:
					'Make it possible for us to arrive by train: get-in times that fit the trains and a way from the station to the venue (shuttle, loan of a vehicle or directions).',
				localCrew: 'Provide at least one technician from your team or the area for the get-in and get-out.',
				vegetarian: 'Serve the team vegetarian, seasonal meals without disposable packaging.',
				audienceCarpool:
					'Tell the audience how to come without a car of their own: public transport, times, carpooling, with the tickets and on your website.',
				walkableLodging:
					'Offer accommodation reachable on foot or by public transport from the venue and, if possible, from the station.'
			},
			commitments: {
				shareResults:
					'Send you the carbon footprint of our date at your venue, computed with the same public methods.',
				railFirst: 'Prefer the train for the team whenever the journey and times allow.',
				lightSet:
					'Design and adapt our set so that it travels light and is rigged with the venue’s equipment.',
				noSingleUse: 'Avoid disposable bottles and tableware backstage and on tour.'
			},
			dataBack: {
				attendance: 'The attendance of each performance.',
				audienceSurvey:
					'The results of your audience survey (travel modes, distances) or a ticketing export with postcodes.',
				meals: 'The number of meals served to the team, vegetarian ones included.',
				localCrew: 'The number of technicians hired locally.'
			}
		},
		links: {
			title: 'Links for host venues',
			intro:
				'Each venue receives a link without an account, valid for its date: it reads the rider there and sends its figures back. The link opens nothing else of your organisation; you can revoke it at any time.',
			create: 'Create a link for this date',
			created: 'Here is the link to send to the venue. Copy it now: it will not be shown again.',
			none: 'No link yet.',
			active: 'active until {date}',
			revoked: 'revoked',
			expired: 'expired',
			revoke: 'Revoke',
			revokeLabel: 'Revoke the link created on {date}',
			date: 'Date'
		},
		returns: {
			title: 'Figures received from venues',
			none: 'Nothing received yet.',
			received: 'Received on {date}',
			status: { pending: 'to review', accepted: 'accepted', rejected: 'rejected' },
			accept: 'Accept into the date',
			acceptHint: 'The figures replace the date’s, with quality “measured”.',
			reject: 'Reject',
			importFile: 'Import the file “{name}” into audiences',
			kind: 'Kind of file',
			accepted: 'Figures accepted: the date is updated.',
			rejected: 'Return rejected: the tour does not change.'
		},
		venue: {
			pageTitle: 'Green rider · {company}',
			title: 'Green rider of {company}',
			subtitle: '“{production}” · {venue}, {dates}',
			intro:
				'The team of {company} sends you this rider and asks for a few figures after the date. No account needed; your figures go to this team only.',
			form: 'Your figures',
			formIntro: 'Fill in what you know; everything is optional.',
			contact: 'Your name and role',
			attendance: 'Attendance (all performances of the date)',
			shares: 'Your audience survey: share of spectators by mode (%)',
			sharesHint: 'From your own survey. With a mean round-trip distance.',
			mode: {
				car: 'Car',
				bus: 'Bus',
				tram: 'Tram',
				rail: 'Train (regional)',
				walk: 'On foot',
				bike: 'Bicycle'
			},
			roundTripKm: 'Mean round-trip distance (km)',
			carOccupancy: 'People per car',
			mealsVegetarian: 'Vegetarian meals served to the team',
			mealsOther: 'Other meals served to the team',
			localCrew: 'Technicians hired locally',
			file: 'Or your survey or ticketing file (CSV)',
			fileHint: 'At most {mb} MB. The team will import it: only postcodes, modes and party sizes are kept.',
			comment: 'A comment',
			submit: 'Send to {company}',
			thanks: 'Thank you! Your figures were sent to {company}.',
			sentBefore: 'You already sent {n} return(s) through this link; a new one is added to them.',
			validUntil: 'Link valid until {date}.'
		},
		errors: {
			tooLong: 'Too long.',
			number: 'A positive number.',
			percent: 'A percentage from 0 to 100.',
			occupancy: 'From 1 to 9 people per car.',
			sharesSum: 'The shares add up to {sum} %, more than 100 %.',
			distanceNeeded: 'With shares by mode, give the mean round-trip distance.',
			empty: 'Give at least one figure, a file or a comment.',
			fileTooBig: 'The file is larger than {mb} MB.',
			date: 'This date does not exist in the tour.',
			decided: 'This return was already handled.',
			rateLimited: 'Too many submissions from your address: try again in {minutes} minutes.'
		}
	}
});
