import { defineMessages } from '../define';

/** The quick estimate (« première estimation »): the one-page form, its result, keeping it. */
export default defineMessages({
	fr: {
		title: 'Première estimation',
		pageTitle: 'Première estimation d’une tournée',
		lead: 'Une dizaine de questions, cinq minutes : une première estimation de l’empreinte carbone d’une tournée, avec sa fourchette et les trois postes sur lesquels agir d’abord. Rien à installer, pas besoin de compte.',
		how: 'Vos réponses deviennent une vraie tournée, calculée comme les autres avec les facteurs d’émission publiés. Ce que vous ne savez pas est rempli par des valeurs par défaut, signalées comme telles : vous les remplacerez une à une dans l’éditeur complet.',
		fromOrg: 'L’estimation devient un spectacle et sa tournée dans « {org} ».',
		sections: {
			show: 'Le spectacle',
			tour: 'La tournée',
			team: 'L’équipe et le décor',
			stay: 'Nuits et repas',
			audience: 'Les publics'
		},
		fields: {
			title: 'Nom du spectacle',
			titleHint: 'Ex. : « Le Vent Tourne ».',
			discipline: 'Discipline',
			season: 'Saison',
			seasonHint: 'Ex. : 2026 ou 2026-2027.',
			home: 'Commune de votre base',
			homeHint: 'D’où l’équipe part et où elle revient. Ex. : Toulouse.',
			towns: 'Villes de la tournée, dans l’ordre',
			townsHint:
				'Une ville par ligne (vous pouvez coller une colonne d’Excel). Si un nom est ambigu, ajoutez le département ou le pays entre parenthèses : « Valence (26) », « Mons (BE) ».',
			firstDate: 'Première date (facultatif)',
			firstDateHint: 'Sinon, le 1er octobre de la saison.',
			performances: 'Nombre de représentations',
			performancesHint: 'Toutes dates confondues. Ex. : 24.',
			oneOffPct: 'Part des dates uniques (%)',
			oneOffPctHint: 'Les dates avec une seule représentation dans le lieu. Ex. : 50. Laissez vide : 50 %.',
			returns: 'Entre deux dates, l’équipe…',
			returnsEach: 'rentre à la base',
			returnsChain: 'enchaîne sans rentrer',
			team: 'Personnes en tournée',
			teamHint: 'Artistes, technicien·nes, administration. Ex. : 6.',
			mode: 'L’équipe voyage surtout…',
			modes: {
				car: 'en voiture',
				van: 'en fourgon 9 places',
				minibus: 'en minibus',
				train: 'en train',
				plane: 'en avion'
			},
			set: 'Décor et matériel',
			sets: {
				none: 'tiennent dans les véhicules de l’équipe',
				van: 'un utilitaire (moins de 3,5 t)',
				truck: 'un camion d’environ 20 m³',
				'large-truck': 'un porteur de 12 à 19 t',
				semi: 'un semi-remorque'
			},
			nights: 'Nuits d’hôtel',
			nightsEvery: 'une chambre par personne chaque nuit hors de chez soi',
			nightsCount: 'je connais le nombre de nuitées',
			nightsCountLabel: 'Nombre de nuitées (chambres × nuits)',
			nightsCountHint: 'D’après vos notes de frais ou vos réservations. Ex. : 96.',
			mealsPerDay: 'Repas par personne et par jour',
			mealsPerDayHint: 'Laissez vide : 2 (midi et soir).',
			audience: 'Spectateurs au total (facultatif)',
			audienceHint: 'La fréquentation de toute la tournée. Ex. : 3 500.',
			territory: 'Les lieux sont plutôt…',
			territories: {
				urban: 'en ville',
				'peri-urban': 'en périphérie des villes',
				rural: 'à la campagne',
				unknown: 'je ne sais pas'
			},
			submit: 'Voir l’estimation'
		},
		candidates: 'Lignes à préciser :',
		candidateLine: 'ligne {line} « {text} » : {candidates}',
		result: {
			title: 'Première estimation : {title}',
			notice:
				'Cette estimation repose sur vos réponses et sur des valeurs par défaut. Sa fourchette est large : c’est normal, elle sert à savoir par où commencer.',
			expires: 'Cette page reste accessible jusqu’au {date} à cette adresse ; gardez-la pour la préciser.',
			priorities: 'Par où commencer',
			prioritiesIntro: 'Les trois postes qui pèsent le plus dans cette tournée :',
			priority: '{category} : {kg}, soit {pct} des émissions de la compagnie.',
			priorityAudience:
				'{category} : {kg}, l’équivalent de {pct} des émissions de la compagnie (comptée à part).',
			advice: {
				travel:
					'Piste : le train pour les trajets de moins de 700 km environ, et des véhicules moins nombreux et mieux remplis.',
				freight:
					'Piste : alléger le décor, utiliser le matériel des lieux d’accueil, mutualiser le transport avec une autre équipe.',
				accommodation:
					'Piste : enchaîner les dates proches pour éviter les allers-retours, et des hébergements sobres.',
				meal: 'Piste : des repas végétariens, au moins une partie du temps.',
				audience:
					'Piste : avec les lieux, le covoiturage et les transports en commun pour venir au spectacle (une demande de la fiche technique verte).'
			},
			assumptions: 'Ce que l’outil a supposé',
			assumption: {
				dates:
					'Une date par ville, dans l’ordre donné ; un calendrier modèle à partir du {first} (remplacez-le par vos vraies dates).',
				vehicles: '{vehicles} véhicule(s) pour {team} personnes ({seats} places par véhicule).',
				train:
					'Le train choisi trajet par trajet : TER sous 200 km, TGV au-delà, train international hors de France.',
				plane: 'Toute l’équipe en avion sur chaque trajet.',
				rooms: 'Une chambre par personne pour chaque jour de date.',
				roomsCount: 'Les nuitées réparties entre les dates selon leur durée.',
				meals: '{meals} repas par personne et par jour de date.',
				audience: 'Les publics estimés avec les valeurs documentées des lieux « {territory} ».',
				noAudience: 'Sans fréquentation, la mobilité des publics n’est pas estimée.'
			},
			next: 'Et ensuite ?',
			download: 'Télécharger le fichier de tournée (JSON)',
			print: 'Imprimer ou enregistrer en PDF',
			edit: 'Modifier mes réponses',
			keep: 'Garder cette estimation',
			keepHint:
				'Elle devient un spectacle et sa tournée dans votre structure ; vous la préciserez dans l’éditeur complet.',
			keepOrg: 'Dans la structure',
			keepSubmit: 'Garder dans cette structure',
			keepNoOrg: 'Créez d’abord une structure (compagnie ou lieu) pour y garder l’estimation.',
			keepSignup: 'Créer un compte pour la garder',
			keepLogin: 'J’ai déjà un compte',
			method: 'Comment est-ce calculé ?'
		},
		orgLink: 'Première estimation en cinq minutes',
		orgLinkHint: 'Dix questions pour une première idée, à préciser ensuite.',
		homeLink: 'Faire une première estimation',
		errors: {
			tooLong: 'Trop long.',
			season: 'Une année (2026) ou une saison (2026-2027).',
			date: 'Une date valide, par exemple 2026-10-01.',
			townsEmpty: 'Indiquez au moins une ville.',
			townsTooMany: 'Au plus 200 villes pour une estimation rapide.',
			townNotFound: 'Ligne {line} : « {text} » est introuvable.',
			townAmbiguous: 'Ligne {line} : « {text} » désigne plusieurs lieux ; précisez-le (voir ci-dessous).',
			performances: 'Un nombre entier de représentations, entre 1 et 5 000.',
			performancesBelowTowns: 'Au moins une représentation par ville ({towns}).',
			percent: 'Un pourcentage entre 0 et 100.',
			team: 'Un nombre de personnes entre 1 et 300.',
			choice: 'Choisissez une des réponses proposées.',
			count: 'Un nombre entier positif.',
			meals: 'Entre 0 et 5 repas par jour.',
			orgInvalid: 'Choisissez une de vos structures.'
		}
	},
	en: {
		title: 'First estimate',
		pageTitle: 'First estimate of a tour',
		lead: 'About ten questions, five minutes: a first estimate of a tour’s carbon footprint, with its range and the three items to act on first. Nothing to install, no account needed.',
		how: 'Your answers become a real tour, computed like any other with the published emission factors. What you do not know is filled with default values, flagged as such: you will replace them one by one in the full editor.',
		fromOrg: 'The estimate becomes a production and its tour in “{org}”.',
		sections: {
			show: 'The production',
			tour: 'The tour',
			team: 'Team and set',
			stay: 'Nights and meals',
			audience: 'Audiences'
		},
		fields: {
			title: 'Production title',
			titleHint: 'E.g. “Le Vent Tourne”.',
			discipline: 'Discipline',
			season: 'Season',
			seasonHint: 'E.g. 2026 or 2026-2027.',
			home: 'Your home town',
			homeHint: 'Where the team leaves from and comes back to. E.g. Toulouse.',
			towns: 'Towns of the tour, in order',
			townsHint:
				'One town per line (you can paste a spreadsheet column). If a name is ambiguous, add the département or country in brackets: “Valence (26)”, “Mons (BE)”.',
			firstDate: 'First date (optional)',
			firstDateHint: 'Otherwise, 1 October of the season.',
			performances: 'Number of performances',
			performancesHint: 'All dates together. E.g. 24.',
			oneOffPct: 'Share of one-off dates (%)',
			oneOffPctHint: 'Dates with a single performance at the venue. E.g. 50. Blank: 50 %.',
			returns: 'Between two dates, the team…',
			returnsEach: 'goes back home',
			returnsChain: 'goes straight on',
			team: 'People on tour',
			teamHint: 'Artists, technicians, administration. E.g. 6.',
			mode: 'The team mostly travels…',
			modes: {
				car: 'by car',
				van: 'by 9-seat van',
				minibus: 'by minibus',
				train: 'by train',
				plane: 'by plane'
			},
			set: 'Set and equipment',
			sets: {
				none: 'fit in the team’s vehicles',
				van: 'a van (under 3.5 t)',
				truck: 'a truck of about 20 m³',
				'large-truck': 'a 12–19 t rigid truck',
				semi: 'an articulated lorry'
			},
			nights: 'Hotel nights',
			nightsEvery: 'one room per person every night away from home',
			nightsCount: 'I know the number of room-nights',
			nightsCountLabel: 'Room-nights (rooms × nights)',
			nightsCountHint: 'From your expense claims or bookings. E.g. 96.',
			mealsPerDay: 'Meals per person per day',
			mealsPerDayHint: 'Blank: 2 (lunch and dinner).',
			audience: 'Spectators in all (optional)',
			audienceHint: 'The attendance of the whole tour. E.g. 3,500.',
			territory: 'Venues are mostly…',
			territories: {
				urban: 'in town',
				'peri-urban': 'on the outskirts of towns',
				rural: 'in the countryside',
				unknown: 'I don’t know'
			},
			submit: 'See the estimate'
		},
		candidates: 'Lines to make precise:',
		candidateLine: 'line {line} “{text}”: {candidates}',
		result: {
			title: 'First estimate: {title}',
			notice:
				'This estimate rests on your answers and on default values. Its range is wide: that is expected, it is there to tell where to start.',
			expires: 'This page stays available until {date} at this address; keep it to refine the estimate.',
			priorities: 'Where to start',
			prioritiesIntro: 'The three items that weigh most in this tour:',
			priority: '{category}: {kg}, {pct} of the company’s emissions.',
			priorityAudience:
				'{category}: {kg}, the equivalent of {pct} of the company’s emissions (counted apart).',
			advice: {
				travel: 'Idea: the train for trips under about 700 km, and fewer, fuller vehicles.',
				freight: 'Idea: a lighter set, the host venues’ own equipment, freight shared with another team.',
				accommodation: 'Idea: chain nearby dates to avoid back-and-forth, and simple accommodation.',
				meal: 'Idea: vegetarian meals, at least part of the time.',
				audience:
					'Idea: with the venues, carpooling and public transport to come to the show (a request of the green rider).'
			},
			assumptions: 'What the tool assumed',
			assumption: {
				dates:
					'One date per town, in the order given; a model calendar from {first} (replace it with your real dates).',
				vehicles: '{vehicles} vehicle(s) for {team} people ({seats} seats per vehicle).',
				train:
					'The train chosen leg by leg: regional under 200 km, high-speed beyond, international rail abroad.',
				plane: 'The whole team by plane on every leg.',
				rooms: 'One room per person for each day of a date.',
				roomsCount: 'The room-nights spread over the dates by their length.',
				meals: '{meals} meals per person per day of a date.',
				audience: 'Audiences estimated with the documented values of “{territory}” venues.',
				noAudience: 'Without attendance, audience travel is not estimated.'
			},
			next: 'What next?',
			download: 'Download the tour file (JSON)',
			print: 'Print or save as PDF',
			edit: 'Change my answers',
			keep: 'Keep this estimate',
			keepHint:
				'It becomes a production and its tour in your organisation; you will refine it in the full editor.',
			keepOrg: 'In the organisation',
			keepSubmit: 'Keep in this organisation',
			keepNoOrg: 'First create an organisation (company or venue) to keep the estimate in.',
			keepSignup: 'Create an account to keep it',
			keepLogin: 'I already have an account',
			method: 'How is it computed?'
		},
		orgLink: 'First estimate in five minutes',
		orgLinkHint: 'Ten questions for a first idea, to refine later.',
		homeLink: 'Make a first estimate',
		errors: {
			tooLong: 'Too long.',
			season: 'A year (2026) or a season (2026-2027).',
			date: 'A valid date, for example 2026-10-01.',
			townsEmpty: 'Give at least one town.',
			townsTooMany: 'At most 200 towns for a quick estimate.',
			townNotFound: 'Line {line}: “{text}” was not found.',
			townAmbiguous: 'Line {line}: “{text}” names several places; make it precise (see below).',
			performances: 'A whole number of performances, from 1 to 5,000.',
			performancesBelowTowns: 'At least one performance per town ({towns}).',
			percent: 'A percentage from 0 to 100.',
			team: 'A number of people from 1 to 300.',
			choice: 'Choose one of the answers offered.',
			count: 'A whole, positive number.',
			meals: 'From 0 to 5 meals a day.',
			orgInvalid: 'Choose one of your organisations.'
		}
	}
});
