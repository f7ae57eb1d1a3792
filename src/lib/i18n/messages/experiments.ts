import { defineMessages, type Params } from '../define';

/**
 * Experiments and commitments: levers (their titles and texts live in
 * src/lib/experiments/levers.json), scenarios, the tour-order suggestion, commitments and their
 * export. Mode, category and freight-class labels come from the `engine` namespace.
 */
const plural = (one: string, other: string) => (p: Params) =>
	(Number(p.n) === 1 || Number(p.n) === 0 ? one : other).replace(/\{(\w+)\}/g, (_, k: string) =>
		String(p[k] ?? '')
	);

export default defineMessages({
	fr: {
		tab: 'Expérimentations',
		title: 'Expérimentations',
		intro:
			'Un scénario est une copie de ce diagnostic où l’on applique un ou plusieurs leviers. Le moteur de calcul le compare à la tournée telle qu’elle est : vous voyez ce que chaque levier économise avant de vous engager.',
		baselineUnavailable:
			'Cette tournée ne peut pas encore être calculée (voir l’onglet Résultats) : complétez-la avant de créer un scénario.',
		scope: { company: 'Émissions de la compagnie', audience: 'Mobilité des publics' },
		status: {
			proposed: 'Proposé',
			committed: 'Engagé',
			running: 'En cours',
			done: 'Mené à terme',
			abandoned: 'Abandonné'
		},
		catalogue: {
			title: 'Les leviers',
			intro:
				'Chaque levier modifie le diagnostic d’une façon précise ; l’économie est toujours calculée par le moteur, avec les mêmes facteurs que la tournée.',
			changes: 'Ce que ça change dans le diagnostic',
			why: 'Pourquoi ça compte',
			sources: 'Pour aller plus loin',
			audienceScope: 'Économie comptée dans la mobilité des publics, à part des émissions de la compagnie.'
		},
		scenarios: {
			title: 'Scénarios de cette tournée',
			empty: 'Aucun scénario pour l’instant.',
			name: 'Scénario',
			levers: 'Leviers',
			company: 'Compagnie',
			audience: 'Publics',
			saving: 'Économie',
			notComputable: 'non calculable',
			handEdited: 'modifié à la main'
		},
		create: {
			title: 'Créer un scénario',
			intro:
				'Cochez un ou plusieurs leviers et réglez-les ; ils s’appliquent dans l’ordre de la liste, chacun sur le résultat du précédent.',
			name: 'Nom du scénario',
			defaultName: 'Scénario {n}',
			levers: 'Leviers à appliquer',
			use: 'Appliquer ce levier',
			settings: 'Réglages',
			submit: 'Créer le scénario',
			orderNote: 'L’ordre de tournée se propose plus bas, à partir des fenêtres de dates.',
			readOnly:
				'Vous consultez cette tournée en lecture seule : la création de scénarios est réservée aux éditeurs.'
		},
		params: {
			train: {
				maxKm: 'Trajets de moins de (km)',
				maxKmHint:
					'Distance que parcourent aujourd’hui les avions ou les véhicules du trajet qui mène à la date.',
				replace: 'Modes remplacés',
				rail: 'Train'
			},
			'fewer-vehicles': {
				remove: 'Véhicules en moins par groupe',
				seats: 'Places par véhicule',
				seatsHint: 'Un groupe garde assez de véhicules pour asseoir tout le monde.',
				freight: 'Aussi un véhicule de fret en moins (quand il y en a plusieurs)'
			},
			'lighter-set': {
				massReductionPct: 'Masse en moins du fret partagé (%)',
				downsizeTo: 'Camions dédiés ramenés à',
				localDates: 'Dates où le matériel est trouvé sur place',
				localDatesHint: 'Les trajets de fret propres à ces dates disparaissent.'
			},
			'shared-freight': {
				freightId: 'Véhicule qui reste au garage',
				fromDate: 'De la date',
				toDate: 'À la date',
				tonnes: 'Masse transportée (t)',
				partner: 'Compagnie partenaire',
				mode: 'Transport partagé'
			},
			'co-routing': {
				returnHomeGapDays: 'Rentrer à la base seulement si l’écart atteint (jours)',
				returnHomeGapDaysHint: 'Vide : ne jamais rentrer entre deux dates.',
				addGapNights: 'Compter les nuits sur la route entre deux dates (hébergement et repas)'
			},
			'longer-runs': {
				maxKm: 'Lieux distants d’au plus (km à vol d’oiseau)',
				onlyOneOff: 'Seulement les dates isolées (une représentation)'
			},
			'audience-carpool': {
				mode: 'Solution',
				points: 'Points de pourcentage des spectateurs concernés',
				pointsHint: 'Pris sur la part venue en voiture.',
				territory: 'Dates concernées',
				carpoolOccupancy: 'Spectateurs par voiture en covoiturage'
			},
			vegetarian: {
				share: 'Part des repas végétariens (%)',
				type: 'Type de repas'
			},
			'local-technicians': {
				people: 'Personnes recrutées sur place',
				roomsPerNight: 'Chambres par nuit après le changement',
				roomsPerNightHint: 'Vide : en proportion des personnes qui voyagent encore.'
			}
		},
		options: {
			replace: { 'plane-and-road': 'Avion et route', plane: 'Avion seulement', road: 'Route seulement' },
			rail: { auto: 'Selon la distance (TER, TGV, international)' },
			downsizeTo: { none: 'Ne pas changer' },
			sharedMode: { road: 'Camion partagé (route)', rail: 'Ferroutage / train' },
			audienceMode: { carpool: 'Covoiturage', shuttle: 'Navette (car)' },
			territory: { all: 'Toutes les dates' },
			type: { vegetarian: 'Végétarien', vegan: 'Végétalien' },
			none: '—'
		},
		changes: {
			train:
				'Trajet {from} → {to} ({km} km) : {people} personne(s) en {mode}, à l’aller comme au retour de cette date.',
			trainLeg: 'Trajet {from} → {to} ({km} km) : {people} personne(s) en {mode}.',
			fewerVehicles: 'Plan de voyage, « {group} » : {from} → {to} véhicule(s) pour {people} personne(s).',
			fewerVehiclesAt: '{where}, « {group} » : {from} → {to} véhicule(s) pour {people} personne(s).',
			fewerFreightVehicles: 'Fret « {freight} » : {from} → {to} véhicule(s).',
			localTechnicians: '{people} personne(s) en moins dans {plans} plan(s) de voyage.',
			rooms: 'Chambres par nuit : {from} → {to}.',
			roomNightsAt: '{venue} : nuitées {from} → {to}.',
			coRouting: 'Plus de retour à la base entre {from} et {to} ({days} jours d’écart).',
			coRoutingNights: '{nights} nuit(s) sur la route ajoutées : {roomNights} nuitée(s), {meals} repas.',
			localSet: 'Fret « {freight} » : matériel trouvé sur place à {venue}.',
			freightRemoved: 'Fret « {freight} » : plus aucun trajet, retiré.',
			lighter: 'Fret « {freight} » : {from} t → {to} t.',
			downsize: 'Fret « {freight} » : {from} → {to}.',
			sharedFreight:
				'Fret « {freight} » de {from} à {to} : {legs} trajet(s) dans le camion de {partner}, {tonnes} t en tonne·km.',
			longerRun:
				'{from} rejoint la série de {into} ({km} km) : {performances} représentations au même endroit.',
			order: 'Nouvel ordre : {order}.',
			moved: '{venue} : {from} → {to}.',
			carpool: '{venue} : {points} points en covoiturage, {from} → {to} spectateurs par voiture.',
			shuttle: '{venue} : {points} points en navette (aller-retour moyen {km} km).',
			vegetarian: '{meals} repas deviennent {type} sur {dates} date(s) ({share} % visés).',
			manual: 'Document modifié à la main.',
			nothing: 'Ce levier n’a rien trouvé à changer sur cette tournée.'
		},
		scenario: {
			title: 'Scénario « {name} »',
			baseline: 'Tournée de référence',
			scenario: 'Scénario',
			change: 'Écart',
			relative: 'Écart relatif',
			saving: 'Économie',
			totals: 'Totaux',
			total: {
				company: 'Émissions de la compagnie',
				audience: 'Mobilité des publics (à part)',
				withAudience: 'Total avec les publics'
			},
			byCategory: 'Par poste',
			category: 'Poste',
			byDate: 'Par date',
			chart: 'Référence et scénario, par poste',
			chartLegendBaseline: 'Référence',
			chartLegendScenario: 'Scénario',
			onlyBaseline: 'seulement dans la référence',
			onlyScenario: 'seulement dans le scénario',
			headline: 'Ce scénario économise {kg} ({pct}) des émissions de la compagnie.',
			headlineMore: 'Ce scénario ajoute {kg} ({pct}) aux émissions de la compagnie.',
			headlineAudience: 'Mobilité des publics : {kg} ({pct}).',
			notComputable: 'Le scénario ne peut pas être calculé :',
			baselineNotComputable: 'La tournée de référence ne peut pas être calculée :',
			steps: 'Leviers appliqués',
			handEdited:
				'Le document de ce scénario a été modifié à la main après les leviers. Réappliquer les leviers repart de la tournée de référence et abandonne ces modifications.',
			reapply: 'Réappliquer les leviers à la tournée telle qu’elle est aujourd’hui',
			reapplied: 'Leviers réappliqués.',
			editSteps: 'Modifier les paramètres des leviers (JSON)',
			editStepsHint:
				'Une liste d’étapes { "lever": …, "params": { … } }, appliquées dans l’ordre à la tournée de référence.',
			editDocument: 'Modifier le document du scénario à la main (JSON)',
			editDocumentHint:
				'Le fichier de tournée complet (empreinte-tour@1), vérifié comme à l’import. La base de facteurs reste celle de la référence.',
			saveJson: 'Appliquer',
			jsonInvalid: 'Ce n’est pas du JSON valide : {message}',
			costs: {
				title: 'Coût et temps de trajet',
				intro:
					'Facultatif : pour décider, le budget et le temps comptent autant que le CO₂. Indiquez vos propres estimations.',
				baselineCostEur: 'Coût de la référence (€)',
				scenarioCostEur: 'Coût du scénario (€)',
				baselineHours: 'Temps de trajet de la référence (heures)',
				scenarioHours: 'Temps de trajet du scénario (heures)',
				notes: 'Notes',
				name: 'Nom du scénario',
				cost: 'Coût',
				hours: 'Temps de trajet',
				perTonne: '{eur} par tonne de CO₂e évitée'
			},
			delete: 'Supprimer ce scénario',
			confirmDelete: 'Supprimer ce scénario ? Les engagements liés le perdent.',
			back: 'Tous les scénarios de la tournée',
			saved: 'Enregistré.'
		},
		commit: {
			title: 'S’engager',
			intro:
				'Un engagement transforme ce scénario en promesse suivie : un objectif, une personne responsable, des dates, puis le résultat mesuré par le prochain diagnostic réel.',
			titleField: 'Intitulé',
			lever: 'Levier',
			targetKg: 'Économie promise (kg CO₂e)',
			targetHint: 'Proposée : l’économie estimée par ce scénario.',
			owner: 'Responsable',
			startsOn: 'Début',
			endsOn: 'Fin',
			submit: 'Créer l’engagement'
		},
		order: {
			title: 'Ordre de tournée',
			intro:
				'Pour une tournée en préparation dont les lieux ont des fenêtres de dates, Empreinte cherche l’ordre (et les jours) qui raccourcit l’itinéraire, retours à la base compris. La suggestion devient un scénario si vous l’acceptez : la tournée elle-même ne change pas.',
			draftOnly: 'La suggestion d’ordre concerne les tournées prévisionnelles ; celle-ci est un réalisé.',
			flexDays: 'Chaque date peut bouger de ± (jours)',
			flexHint: 'Sauf les dates dont vous donnez la fenêtre ci-dessous.',
			minGapDays: 'Jours au moins entre deux dates',
			minGapHint: '0 : on joue le jour du déplacement ; 1 : le lendemain.',
			windows: 'Fenêtres par date (facultatif)',
			earliest: 'Au plus tôt',
			latest: 'Au plus tard',
			suggest: 'Proposer un ordre',
			before: 'Calendrier actuel',
			after: 'Suggestion',
			km: 'Itinéraire (km à vol d’oiseau)',
			homeReturns: 'Retours à la base',
			late: 'Jours hors fenêtre',
			noBetter:
				'Aucun ordre plus court n’a été trouvé dans ces fenêtres : le calendrier actuel est déjà le meilleur que l’heuristique connaisse.',
			date: 'Date',
			from: 'Actuellement',
			to: 'Proposé',
			window: 'Fenêtre',
			accept: 'Accepter comme scénario',
			scenarioName: 'Ordre de tournée optimisé',
			method:
				'Méthode : plus proche voisin réalisable et tri par échéance, puis améliorations locales (2-opt, déplacement de 1 à 3 dates, échanges) jusqu’à ne plus rien gagner ; chaque ordre est daté au plus près du calendrier actuel. Calculé en {ms} ms.',
			changes: 'Le scénario calculé par le moteur :'
		},
		commitments: {
			title: 'Engagements',
			intro:
				'Toutes les expérimentations de la structure : ce qui a été promis, ce que le scénario estimait, ce que le diagnostic réel a mesuré.',
			empty:
				'Aucun engagement pour l’instant. Créez un scénario depuis l’onglet « Expérimentations » d’une tournée, puis engagez-vous.',
			export: 'Exporter en CSV',
			homeLink: 'Engagements et expérimentations',
			homeText: 'Ce que la structure s’est engagée à essayer, et ce que ça a donné.',
			tour: 'Tournée',
			lever: 'Levier',
			status: 'Statut',
			promised: 'Promis',
			estimated: 'Estimé',
			measured: 'Mesuré',
			shared: 'Partagé',
			sharedYes: 'partagé avec les réseaux',
			notYet: 'pas encore',
			notComputable: 'non calculable',
			noScenario: 'sans scénario'
		},
		commitment: {
			title: 'Engagement « {title} »',
			back: 'Tous les engagements',
			tour: 'Tournée de référence',
			scenario: 'Scénario',
			owner: 'Responsable',
			period: 'Période',
			scope: 'Compté dans',
			side: 'Promis, estimé, mesuré',
			promised: 'Promis',
			promisedHint: 'L’objectif que l’équipe s’est donné.',
			estimated: 'Estimé',
			estimatedHint: 'Référence − scénario, calculés aujourd’hui.',
			measured: 'Mesuré',
			measuredHint: 'Référence − diagnostic réel lié.',
			none: '—',
			noScenario: 'Pas de scénario lié.',
			noMeasure: 'Pas encore de diagnostic réel lié.',
			gap: 'Le mesuré s’écarte de l’estimé de {kg}.',
			explain: {
				title: 'D’où vient l’écart mesuré',
				total: 'Écart total entre la référence et le diagnostic réel : {kg}.',
				factor:
					'Dont {kg} dus au changement de base de facteurs ({a} → {b}) : même activité, autres facteurs.',
				activity: 'Dont {kg} dus à l’activité (ce qui a réellement été fait).',
				sameFactors:
					'Les deux diagnostics utilisent la même base de facteurs ({set}) : tout l’écart vient de l’activité.',
				noSplit:
					'La base du diagnostic réel ne couvre pas toute l’activité de la référence : pas de séparation facteurs / activité.',
				removed: 'Dates de la référence absentes du réel : {dates} ({kg}).',
				added: 'Dates ajoutées dans le réel : {dates} ({kg}).',
				common: 'Sur les dates communes aux deux : {kg}.',
				undated: 'Hors dates (nuits, repas ou fret non rattachés à une date) : {kg}.'
			},
			statusTitle: 'Statut et historique',
			current: 'Statut actuel : {status}',
			next: 'Passer à',
			reason: 'Raison',
			reasonHint: 'Obligatoire pour abandonner.',
			change: 'Changer le statut',
			final: 'Cet engagement est terminé : son historique ne change plus.',
			history: 'Historique',
			historyEntry: '{date} — {status}',
			measureTitle: 'Résultat mesuré',
			measureIntro:
				'Après la tournée, liez le diagnostic réel (un « réalisé ») : l’économie mesurée se calcule contre la tournée de référence.',
			measureTour: 'Diagnostic réel',
			noActuals:
				'La structure n’a pas encore de diagnostic réel. Depuis les résultats d’une tournée prévisionnelle, créez son réalisé.',
			link: 'Lier ce diagnostic',
			unlink: 'Délier',
			shareTitle: 'Partage avec les réseaux',
			shareText:
				'Avec votre accord, les référents des réseaux dont la structure est membre pourront voir cet engagement et son résultat.',
			shareOn: 'Partager avec mes réseaux',
			shareOff: 'Ne plus partager',
			sharedState: 'Partagé avec les réseaux.',
			notSharedState: 'Non partagé.',
			edit: 'Modifier l’engagement',
			delete: 'Supprimer cet engagement',
			confirmDelete: 'Supprimer cet engagement et son historique ?',
			saved: 'Enregistré.'
		},
		csv: {
			title: 'Intitulé',
			lever: 'Levier',
			production: 'Spectacle',
			season: 'Saison',
			status: 'Statut',
			statusSince: 'Statut depuis',
			owner: 'Responsable',
			startsOn: 'Début',
			endsOn: 'Fin',
			scope: 'Périmètre',
			promisedKg: 'Promis (kg CO2e)',
			estimatedKg: 'Estimé (kg CO2e)',
			measuredKg: 'Mesuré (kg CO2e)',
			measuredTour: 'Diagnostic réel',
			shared: 'Partagé avec les réseaux',
			history: 'Historique',
			yes: 'oui',
			no: 'non'
		},
		count: {
			scenarios: plural('{n} scénario', '{n} scénarios'),
			changes: plural('{n} changement', '{n} changements')
		},
		errors: {
			invalid: 'Valeur invalide.',
			kmInvalid: 'Indiquez une distance en km (nombre positif).',
			minAboveMax: 'Le minimum doit être inférieur au maximum.',
			countInvalid: 'Indiquez un nombre entier positif.',
			seatsInvalid: 'Entre 1 et 90 places.',
			freightInvalid: 'Choisissez un véhicule de fret de cette tournée.',
			fuelFreight:
				'Ce véhicule est compté au carburant consommé : ajustez les litres à la main dans le document du scénario.',
			dateInvalid: 'Choisissez une date de cette tournée.',
			rangeInvalid: 'La date de fin vient avant la date de début dans la tournée.',
			tonnesInvalid: 'Une masse en tonnes, plus de 0 et au plus 100.',
			tooLong: 'Ce texte est trop long.',
			gapInvalid: 'Un nombre de jours entre 1 et 365, ou vide.',
			flexInvalid: 'Un nombre de jours entre 0 et 366.',
			percentInvalid: 'Un pourcentage entre 0 et 100.',
			occupancyInvalid: 'Entre 1,5 et 9 personnes par voiture.',
			orderInvalid: 'L’ordre doit reprendre chaque date de la tournée une fois.',
			leverUnknown: 'Levier inconnu.',
			stepsInvalid: 'Une liste d’étapes { "lever", "params" } est attendue.',
			notComputable: 'La tournée doit pouvoir être calculée avant d’y appliquer un levier.',
			noLever: 'Cochez au moins un levier.',
			amountInvalid: 'Un nombre positif.',
			targetInvalid: 'Une économie en kg CO₂e (nombre positif).',
			endBeforeStart: 'La fin est avant le début.',
			statusInvalid: 'Choisissez un statut.',
			reasonRequired: 'Dites pourquoi l’engagement est abandonné.',
			transition: 'Ce changement de statut n’est pas possible depuis le statut actuel.',
			notAnActual: 'Choisissez un diagnostic réel (une tournée « réalisé »).',
			sameAsBaseline: 'C’est la tournée de référence elle-même.',
			jsonInvalid: 'Ce n’est pas du JSON valide.'
		}
	},
	en: {
		tab: 'Experiments',
		title: 'Experiments',
		intro:
			'A scenario is a copy of this diagnostic where one or more levers are applied. The engine compares it with the tour as it is: you see what each lever saves before you commit.',
		baselineUnavailable:
			'This tour cannot be computed yet (see the Results tab): complete it before creating a scenario.',
		scope: { company: 'Company emissions', audience: 'Audience mobility' },
		status: {
			proposed: 'Proposed',
			committed: 'Committed',
			running: 'Running',
			done: 'Done',
			abandoned: 'Abandoned'
		},
		catalogue: {
			title: 'Levers',
			intro:
				'Each lever changes the diagnostic in a precise way; the saving is always computed by the engine, with the same factors as the tour.',
			changes: 'What it changes in the diagnostic',
			why: 'Why it matters',
			sources: 'Further reading',
			audienceScope: 'Saving counted in audience mobility, apart from the company’s emissions.'
		},
		scenarios: {
			title: 'Scenarios of this tour',
			empty: 'No scenario yet.',
			name: 'Scenario',
			levers: 'Levers',
			company: 'Company',
			audience: 'Audience',
			saving: 'Saving',
			notComputable: 'cannot be computed',
			handEdited: 'edited by hand'
		},
		create: {
			title: 'Create a scenario',
			intro:
				'Tick one or more levers and set them; they apply in the order of the list, each on the result of the one before.',
			name: 'Scenario name',
			defaultName: 'Scenario {n}',
			levers: 'Levers to apply',
			use: 'Apply this lever',
			settings: 'Settings',
			submit: 'Create the scenario',
			orderNote: 'The tour order is suggested further down, from the date windows.',
			readOnly: 'You are viewing this tour read-only: creating scenarios is for editors.'
		},
		params: {
			train: {
				maxKm: 'Legs shorter than (km)',
				maxKmHint: 'Distance the planes or vehicles of the leg that reaches the date travel today.',
				replace: 'Modes replaced',
				rail: 'Train'
			},
			'fewer-vehicles': {
				remove: 'Vehicles fewer per group',
				seats: 'Seats per vehicle',
				seatsHint: 'A group keeps enough vehicles to seat everyone.',
				freight: 'Also one freight vehicle fewer (where there are several)'
			},
			'lighter-set': {
				massReductionPct: 'Mass removed from shared freight (%)',
				downsizeTo: 'Dedicated trucks brought down to',
				localDates: 'Dates where the equipment is found locally',
				localDatesHint: 'The freight legs specific to those dates are dropped.'
			},
			'shared-freight': {
				freightId: 'Vehicle that stays home',
				fromDate: 'From date',
				toDate: 'To date',
				tonnes: 'Mass carried (t)',
				partner: 'Partner company',
				mode: 'Shared transport'
			},
			'co-routing': {
				returnHomeGapDays: 'Go home only when the gap reaches (days)',
				returnHomeGapDaysHint: 'Blank: never go home between two dates.',
				addGapNights: 'Count the nights on the road between dates (accommodation and meals)'
			},
			'longer-runs': {
				maxKm: 'Venues at most (km as the crow flies) apart',
				onlyOneOff: 'Only one-off dates (a single performance)'
			},
			'audience-carpool': {
				mode: 'Solution',
				points: 'Percentage points of spectators concerned',
				pointsHint: 'Taken from the share who came by car.',
				territory: 'Dates concerned',
				carpoolOccupancy: 'Spectators per carpooled car'
			},
			vegetarian: {
				share: 'Share of vegetarian meals (%)',
				type: 'Meal type'
			},
			'local-technicians': {
				people: 'People hired locally',
				roomsPerNight: 'Rooms per night after the change',
				roomsPerNightHint: 'Blank: in proportion to the people still travelling.'
			}
		},
		options: {
			replace: { 'plane-and-road': 'Plane and road', plane: 'Plane only', road: 'Road only' },
			rail: { auto: 'By distance (TER, TGV, international)' },
			downsizeTo: { none: 'Do not change' },
			sharedMode: { road: 'Shared truck (road)', rail: 'Rail freight' },
			audienceMode: { carpool: 'Carpooling', shuttle: 'Shuttle (coach)' },
			territory: { all: 'All dates' },
			type: { vegetarian: 'Vegetarian', vegan: 'Vegan' },
			none: '—'
		},
		changes: {
			train: 'Leg {from} → {to} ({km} km): {people} person(s) by {mode}, to and from this date.',
			trainLeg: 'Leg {from} → {to} ({km} km): {people} person(s) by {mode}.',
			fewerVehicles: 'Travel plan, “{group}”: {from} → {to} vehicle(s) for {people} person(s).',
			fewerVehiclesAt: '{where}, “{group}”: {from} → {to} vehicle(s) for {people} person(s).',
			fewerFreightVehicles: 'Freight “{freight}”: {from} → {to} vehicle(s).',
			localTechnicians: '{people} person(s) fewer in {plans} travel plan(s).',
			rooms: 'Rooms per night: {from} → {to}.',
			roomNightsAt: '{venue}: room-nights {from} → {to}.',
			coRouting: 'No more return home between {from} and {to} ({days} days apart).',
			coRoutingNights: '{nights} night(s) on the road added: {roomNights} room-night(s), {meals} meal(s).',
			localSet: 'Freight “{freight}”: equipment found locally at {venue}.',
			freightRemoved: 'Freight “{freight}”: no leg left, removed.',
			lighter: 'Freight “{freight}”: {from} t → {to} t.',
			downsize: 'Freight “{freight}”: {from} → {to}.',
			sharedFreight:
				'Freight “{freight}” from {from} to {to}: {legs} leg(s) in {partner}’s truck, {tonnes} t in tonne·km.',
			longerRun: '{from} joins the run at {into} ({km} km): {performances} performances in one place.',
			order: 'New order: {order}.',
			moved: '{venue}: {from} → {to}.',
			carpool: '{venue}: {points} points carpooling, {from} → {to} spectators per car.',
			shuttle: '{venue}: {points} points by shuttle (mean round trip {km} km).',
			vegetarian: '{meals} meals become {type} over {dates} date(s) ({share} % aimed at).',
			manual: 'Document edited by hand.',
			nothing: 'This lever found nothing to change on this tour.'
		},
		scenario: {
			title: 'Scenario “{name}”',
			baseline: 'Baseline tour',
			scenario: 'Scenario',
			change: 'Change',
			relative: 'Relative change',
			saving: 'Saving',
			totals: 'Totals',
			total: {
				company: 'Company emissions',
				audience: 'Audience mobility (apart)',
				withAudience: 'Total with audience'
			},
			byCategory: 'By category',
			category: 'Category',
			byDate: 'By date',
			chart: 'Baseline and scenario, by category',
			chartLegendBaseline: 'Baseline',
			chartLegendScenario: 'Scenario',
			onlyBaseline: 'only in the baseline',
			onlyScenario: 'only in the scenario',
			headline: 'This scenario saves {kg} ({pct}) of the company’s emissions.',
			headlineMore: 'This scenario adds {kg} ({pct}) to the company’s emissions.',
			headlineAudience: 'Audience mobility: {kg} ({pct}).',
			notComputable: 'The scenario cannot be computed:',
			baselineNotComputable: 'The baseline tour cannot be computed:',
			steps: 'Levers applied',
			handEdited:
				'This scenario’s document was edited by hand after the levers. Re-applying the levers starts again from the baseline tour and drops those edits.',
			reapply: 'Re-apply the levers to the tour as it is today',
			reapplied: 'Levers re-applied.',
			editSteps: 'Edit the levers’ parameters (JSON)',
			editStepsHint:
				'A list of steps { "lever": …, "params": { … } }, applied in order to the baseline tour.',
			editDocument: 'Edit the scenario’s document by hand (JSON)',
			editDocumentHint:
				'The whole tour file (empreinte-tour@1), checked as on import. The factor set stays the baseline’s.',
			saveJson: 'Apply',
			jsonInvalid: 'This is not valid JSON: {message}',
			costs: {
				title: 'Cost and travel time',
				intro: 'Optional: to decide, budget and time count as much as CO₂. Enter your own estimates.',
				baselineCostEur: 'Baseline cost (€)',
				scenarioCostEur: 'Scenario cost (€)',
				baselineHours: 'Baseline travel time (hours)',
				scenarioHours: 'Scenario travel time (hours)',
				notes: 'Notes',
				name: 'Scenario name',
				cost: 'Cost',
				hours: 'Travel time',
				perTonne: '{eur} per tonne of CO₂e avoided'
			},
			delete: 'Delete this scenario',
			confirmDelete: 'Delete this scenario? Linked commitments lose it.',
			back: 'All scenarios of the tour',
			saved: 'Saved.'
		},
		commit: {
			title: 'Commit',
			intro:
				'A commitment turns this scenario into a followed promise: a target, a person in charge, dates, then the result measured by the next real diagnostic.',
			titleField: 'Title',
			lever: 'Lever',
			targetKg: 'Promised saving (kg CO₂e)',
			targetHint: 'Suggested: the saving this scenario estimates.',
			owner: 'Person in charge',
			startsOn: 'Start',
			endsOn: 'End',
			submit: 'Create the commitment'
		},
		order: {
			title: 'Tour order',
			intro:
				'For a tour in preparation whose venues have date windows, Empreinte looks for the order (and days) that shortens the route, returns home included. If you accept it, the suggestion becomes a scenario: the tour itself does not change.',
			draftOnly: 'The order suggestion is for forecast tours; this one is an actual.',
			flexDays: 'Each date may move by ± (days)',
			flexHint: 'Except the dates whose window you give below.',
			minGapDays: 'Days at least between two dates',
			minGapHint: '0: playing on the day of the move; 1: the next day.',
			windows: 'Windows per date (optional)',
			earliest: 'Earliest',
			latest: 'Latest',
			suggest: 'Suggest an order',
			before: 'Current calendar',
			after: 'Suggestion',
			km: 'Route (km as the crow flies)',
			homeReturns: 'Returns home',
			late: 'Days outside windows',
			noBetter:
				'No shorter order was found within these windows: the current calendar is already the best the heuristic knows.',
			date: 'Date',
			from: 'Currently',
			to: 'Suggested',
			window: 'Window',
			accept: 'Accept as a scenario',
			scenarioName: 'Optimised tour order',
			method:
				'Method: feasible nearest neighbour and earliest deadline first, then local improvements (2-opt, moving 1 to 3 dates, swaps) until nothing more is gained; each order is dated as close to the current calendar as it allows. Computed in {ms} ms.',
			changes: 'The scenario as the engine computes it:'
		},
		commitments: {
			title: 'Commitments',
			intro:
				'All the organisation’s experiments: what was promised, what the scenario estimated, what the real diagnostic measured.',
			empty: 'No commitment yet. Create a scenario from a tour’s “Experiments” tab, then commit.',
			export: 'Export as CSV',
			homeLink: 'Commitments and experiments',
			homeText: 'What the organisation committed to try, and how it went.',
			tour: 'Tour',
			lever: 'Lever',
			status: 'Status',
			promised: 'Promised',
			estimated: 'Estimated',
			measured: 'Measured',
			shared: 'Shared',
			sharedYes: 'shared with networks',
			notYet: 'not yet',
			notComputable: 'cannot be computed',
			noScenario: 'no scenario'
		},
		commitment: {
			title: 'Commitment “{title}”',
			back: 'All commitments',
			tour: 'Baseline tour',
			scenario: 'Scenario',
			owner: 'Person in charge',
			period: 'Period',
			scope: 'Counted in',
			side: 'Promised, estimated, measured',
			promised: 'Promised',
			promisedHint: 'The target the team set itself.',
			estimated: 'Estimated',
			estimatedHint: 'Baseline − scenario, computed today.',
			measured: 'Measured',
			measuredHint: 'Baseline − linked real diagnostic.',
			none: '—',
			noScenario: 'No linked scenario.',
			noMeasure: 'No real diagnostic linked yet.',
			gap: 'The measured result differs from the estimate by {kg}.',
			explain: {
				title: 'Where the measured difference comes from',
				total: 'Total difference between the baseline and the real diagnostic: {kg}.',
				factor: 'Of which {kg} from the change of factor set ({a} → {b}): same activity, other factors.',
				activity: 'Of which {kg} from activity (what was actually done).',
				sameFactors:
					'Both diagnostics use the same factor set ({set}): the whole difference comes from activity.',
				noSplit:
					'The real diagnostic’s set does not cover all of the baseline’s activity: no factor / activity split.',
				removed: 'Baseline dates missing from the real tour: {dates} ({kg}).',
				added: 'Dates added in the real tour: {dates} ({kg}).',
				common: 'On the dates both share: {kg}.',
				undated: 'Not tied to a date (nights, meals or freight without a date): {kg}.'
			},
			statusTitle: 'Status and history',
			current: 'Current status: {status}',
			next: 'Move to',
			reason: 'Reason',
			reasonHint: 'Required to abandon.',
			change: 'Change the status',
			final: 'This commitment is over: its history no longer changes.',
			history: 'History',
			historyEntry: '{date} — {status}',
			measureTitle: 'Measured result',
			measureIntro:
				'After the tour, link the real diagnostic (an “actual”): the measured saving is computed against the baseline tour.',
			measureTour: 'Real diagnostic',
			noActuals:
				'The organisation has no real diagnostic yet. From a forecast tour’s results, create its actual.',
			link: 'Link this diagnostic',
			unlink: 'Unlink',
			shareTitle: 'Sharing with networks',
			shareText:
				'With your consent, the referents of the networks the organisation belongs to will be able to see this commitment and its result.',
			shareOn: 'Share with my networks',
			shareOff: 'Stop sharing',
			sharedState: 'Shared with networks.',
			notSharedState: 'Not shared.',
			edit: 'Edit the commitment',
			delete: 'Delete this commitment',
			confirmDelete: 'Delete this commitment and its history?',
			saved: 'Saved.'
		},
		csv: {
			title: 'Title',
			lever: 'Lever',
			production: 'Production',
			season: 'Season',
			status: 'Status',
			statusSince: 'Status since',
			owner: 'Person in charge',
			startsOn: 'Start',
			endsOn: 'End',
			scope: 'Scope',
			promisedKg: 'Promised (kg CO2e)',
			estimatedKg: 'Estimated (kg CO2e)',
			measuredKg: 'Measured (kg CO2e)',
			measuredTour: 'Real diagnostic',
			shared: 'Shared with networks',
			history: 'History',
			yes: 'yes',
			no: 'no'
		},
		count: {
			scenarios: plural('{n} scenario', '{n} scenarios'),
			changes: plural('{n} change', '{n} changes')
		},
		errors: {
			invalid: 'Invalid value.',
			kmInvalid: 'Enter a distance in km (a positive number).',
			minAboveMax: 'The minimum must be below the maximum.',
			countInvalid: 'Enter a positive whole number.',
			seatsInvalid: 'Between 1 and 90 seats.',
			freightInvalid: 'Choose a freight vehicle of this tour.',
			fuelFreight:
				'This vehicle is counted by fuel bought: adjust the litres by hand in the scenario’s document.',
			dateInvalid: 'Choose a date of this tour.',
			rangeInvalid: 'The end date comes before the start date in the tour.',
			tonnesInvalid: 'A mass in tonnes, above 0 and at most 100.',
			tooLong: 'This text is too long.',
			gapInvalid: 'A number of days between 1 and 365, or blank.',
			flexInvalid: 'A number of days between 0 and 366.',
			percentInvalid: 'A percentage between 0 and 100.',
			occupancyInvalid: 'Between 1.5 and 9 people per car.',
			orderInvalid: 'The order must list every date of the tour once.',
			leverUnknown: 'Unknown lever.',
			stepsInvalid: 'A list of steps { "lever", "params" } is expected.',
			notComputable: 'The tour must be computable before a lever is applied to it.',
			noLever: 'Tick at least one lever.',
			amountInvalid: 'A positive number.',
			targetInvalid: 'A saving in kg CO₂e (a positive number).',
			endBeforeStart: 'The end is before the start.',
			statusInvalid: 'Choose a status.',
			reasonRequired: 'Say why the commitment is abandoned.',
			transition: 'This status change is not possible from the current status.',
			notAnActual: 'Choose a real diagnostic (an “actual” tour).',
			sameAsBaseline: 'This is the baseline tour itself.',
			jsonInvalid: 'This is not valid JSON.'
		}
	}
});
