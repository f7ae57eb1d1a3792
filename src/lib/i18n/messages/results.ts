import { defineMessages, type Params } from '../define';

/**
 * Results, CSV export, printable report and comparisons of a tour. Category, mode, boundary,
 * quality and indicator labels live in `engine` (engine.category.travel…) and are reused from there.
 */
const frPlural = (n: number | string, one: string, many: string) => (Number(n) >= 2 ? many : one);
const enPlural = (n: number | string, one: string, many: string) => (Number(n) === 1 ? one : many);
/** A figure already formatted for reading (« 1 234,5 », « 144 ») back to a number, for its plural. */
const valueOf = (v: unknown) =>
	Number(
		String(v)
			.replace(/[\s\u00a0\u202f]/g, '')
			.replace(',', '.')
	);
/** `{v} nuitée` / `{v} nuitées` from a formatted figure: « 1 nuitée », « 144 nuitées », « 1,5 nuitée ». */
const frV = (one: string, many: string) => (p: Params) =>
	`${p.v} ${Math.abs(valueOf(p.v)) >= 2 ? many : one}`;
const enV = (one: string, many: string) => (p: Params) => `${p.v} ${valueOf(p.v) === 1 ? one : many}`;

export default defineMessages({
	fr: {
		title: 'Résultats de la tournée',
		pageTitle: 'Résultats · {production} · {season} · Empreinte',
		phase: {
			forecastNote: 'Prévisionnel : ce diagnostic décrit la tournée telle qu’elle est prévue.',
			actualNote: 'Réalisé : ce diagnostic décrit la tournée telle qu’elle s’est passée.',
			seeActual: 'Voir le réalisé',
			seeForecast: 'Voir le prévisionnel',
			compare: 'Comparer prévisionnel et réalisé',
			makeActual: 'La tournée est passée : créer le réalisé',
			makeActualHint:
				'Une copie liée à ce prévisionnel, que vous corrigez ensuite avec ce qui s’est vraiment passé.',
			makeActualFailed: 'Le réalisé n’a pas pu être créé à partir de ce diagnostic.'
		},
		problems: {
			title: 'Le calcul n’a pas pu être fait',
			intro: 'Rien n’est perdu : corrigez ces points, le résultat apparaîtra ici.',
			browser: 'Le recalcul dans le navigateur a échoué ; rechargez la page.',
			codes: {
				tour_unknown_place:
					'Un lieu n’est pas reconnu : choisissez-le à nouveau dans la liste des communes et villes.',
				tour_unknown_factor_set: 'La base de facteurs de cette tournée n’existe pas dans cette installation.',
				engine_factor_missing:
					'La base de facteurs choisie n’a pas de facteur pour une activité saisie (par exemple un mode de transport).',
				engine_invalid_input: 'Une donnée saisie n’est pas utilisable.',
				engine_no_route: 'Le calcul automatique du trajet est désactivé et aucun trajet n’est saisi.',
				engine_unit_mismatch: 'Un facteur n’est pas dans l’unité attendue par le calcul.',
				other: 'Une donnée de la tournée est invalide.'
			}
		},
		downloads: {
			title: 'Exporter et comparer',
			csv: 'Télécharger toutes les lignes (CSV)',
			report: 'Rapport imprimable',
			compare: 'Comparer'
		},
		headline: {
			title: 'En bref',
			companyHint: 'Déplacements de l’équipe, transport du décor et du matériel, hébergement et repas.',
			companyFormula: 'Somme des lignes de la compagnie : déplacements + fret + hébergement + repas',
			audienceFormula:
				'Somme, date par date, de fréquentation × parts modales × distance aller-retour × facteur',
			totalsCaption: 'Totaux sans et avec la mobilité des publics',
			figure: 'Total',
			range: 'Intervalle à 95 %',
			withAudienceFormula: '{company} (compagnie) + {audience} (publics) = {total}',
			howTotals: 'Comment ces totaux sont-ils calculés ?',
			exact: 'Valeur exacte',
			rangeNote:
				'L’intervalle vient de l’incertitude publiée des facteurs et de la qualité de chaque donnée (mesurée, estimée, par défaut).'
		},
		indicators: {
			perDateFormula: (p: Params) => `${p.kg} ÷ ${p.n} ${frPlural(p.n, 'date', 'dates')}`,
			perPerformanceFormula: (p: Params) =>
				`${p.kg} ÷ ${p.n} ${frPlural(p.n, 'représentation', 'représentations')}`,
			perSpectatorFormula: (p: Params) => `${p.kg} ÷ ${p.n} ${frPlural(p.n, 'spectateur', 'spectateurs')}`,
			perPersonKmFormula: '{kg} (déplacements de l’équipe) ÷ {n} personnes·km',
			audiencePerSpectatorFormula: '{kg} (mobilité des publics) ÷ {n} spectateurs',
			oneOffOf: (p: Params) => `${p.n} ${frPlural(p.n, 'date', 'dates')} sur ${p.total}`,
			oneOffFormula: (p: Params) =>
				`${p.n} ${frPlural(p.n, 'date', 'dates')} à une seule représentation ÷ ${p.total} ${frPlural(p.total, 'date', 'dates')} : ${p.list}`,
			counts: (p: Params) =>
				`${p.dates} ${frPlural(p.dates, 'date', 'dates')}, ${p.performances} ${frPlural(p.performances, 'représentation', 'représentations')}, ${p.spectators} ${frPlural(valueOf(p.spectators), 'spectateur', 'spectateurs')}, ${p.personKm} ${frPlural(valueOf(p.personKm), 'personne·km', 'personnes·km')}.`
		},
		provenance: {
			title: 'Méthode utilisée',
			set: 'Base de facteurs',
			defaults: 'Valeurs par défaut',
			noDefaults: 'Aucune : chaque ligne repose sur vos données.',
			defaultsUsed: (p: Params) =>
				`${p.n} ${frPlural(p.n, 'ligne repose', 'lignes reposent')} sur des valeurs par défaut documentées (${p.kg}, ${p.pct} du total avec les publics).`,
			uncertainty: 'Incertitude',
			engine: 'Calcul',
			sources: 'Sources',
			licence: 'Licence : {licence}',
			version: 'version {version}',
			licences: {
				ogl: 'Licence : Open Government Licence v3.0 (réutilisation libre en citant la source).',
				mit: 'Licence : MIT (réutilisation libre en citant la source).',
				official: 'Texte officiel (Journal officiel) : réutilisation libre.',
				ademe: 'Données ouvertes publiées par l’ADEME : réutilisation en citant la source.',
				unknown: 'Conditions de réutilisation : celles de la source.'
			}
		},
		boundaryForm: {
			legend: 'Périmètre du calcul',
			intro:
				'Par défaut, chaque facteur compte tout ce que sa source publie. Décochez une composante pour voir le résultat sans elle.',
			construction: 'Construction des véhicules',
			constructionHint: 'Fabrication, entretien et fin de vie des trains, cars, voitures et avions.',
			nonCO2: 'Effets hors CO₂ des vols',
			nonCO2Hint: 'Traînées de condensation et autres effets de l’avion en altitude.',
			wtt: 'Amont des carburants',
			wttHint: 'Extraction, raffinage et transport du carburant, quand la source le publie à part (DESNZ).',
			apply: 'Recalculer',
			reset: 'Revenir au périmètre de la tournée',
			live: 'Recalculé dans votre navigateur ({boundary}) : compagnie {kg}.'
		},
		notices: {
			title: 'À compléter ou à vérifier',
			allGood: 'Rien ne manque : toutes les rubriques de la tournée sont renseignées.',
			fix: 'Compléter dans l’onglet « {tab} »'
		},
		gaps: {
			noDates: 'Ajoutez les dates de la tournée : lieux, jours, nombre de représentations et fréquentation.',
			noTeam: 'Indiquez qui part en tournée (artistes, technique, production) et combien de personnes.',
			noTravel:
				'Ajoutez le plan de déplacement de l’équipe (mode, véhicules, occupants) : sans lui, les trajets de l’équipe ne sont pas comptés.',
			noFreight:
				'Aucun transport de décor ni de matériel n’est saisi. Si un camion ou un utilitaire transporte un décor, des instruments ou du matériel, ajoutez-le.',
			noAccommodation:
				'Aucune nuit d’hôtel n’est saisie : indiquez le nombre de chambres par nuit passée en tournée.',
			noMeals: 'Aucun repas n’est saisi : indiquez le nombre de repas par personne et par jour de tournée.',
			noAudience: (p: Params) =>
				`${p.n} ${frPlural(p.n, 'date n’a', 'dates n’ont')} aucune donnée de public : ${frPlural(p.n, 'sa', 'leur')} mobilité des publics n’est pas calculée. Indiquez au moins le type de lieu (urbain, périurbain, rural).`,
			defaults: (p: Params) =>
				`${p.n} ${frPlural(p.n, 'ligne repose', 'lignes reposent')} sur des valeurs par défaut (${p.kg}) : remplacez-les par vos chiffres (enquête de public, billetterie) pour un résultat plus sûr.`
		},
		weighs: {
			title: 'Ce qui pèse le plus',
			nothing: 'Rien à classer pour l’instant.',
			category: '{category} : {pct} des émissions de la compagnie ({kg}).',
			family: (p: Params) =>
				`${frPlural(p.n, 'Le trajet', `Les ${p.n} trajets`)} ${p.family} ${frPlural(p.n, 'représente', 'représentent')} ${p.pct} des déplacements de l’équipe (${p.kg}).`,
			familyOnly: (p: Params) =>
				`L’équipe voyage ${p.family} sur ${p.n} ${frPlural(p.n, 'trajet', 'trajets')} : ${p.kg} en tout.`,
			by: {
				rail: 'en train',
				road: 'par la route',
				coach: 'en autocar',
				air: 'en avion',
				sea: 'en bateau',
				urban: 'en transports urbains',
				soft: 'à pied ou à vélo'
			},
			leg: 'Le trajet le plus lourd : {from} → {to}, {kg} ({pct} des émissions de la compagnie).',
			legWho: 'Le trajet le plus lourd : {who}, {from} → {to}, {kg} ({pct} des émissions de la compagnie).',
			whoTeam: 'l’équipe ({mode})',
			whoFreight: 'le fret : {what}',
			whoFuel: 'carburant du véhicule',
			whoShared: {
				road: 'envoi par la route',
				rail: 'envoi par le train',
				air: 'envoi par avion',
				sea: 'envoi par bateau'
			},
			date: 'La date la plus lourde : {venue}, {date} — {kg} ({pct} des émissions de la compagnie).',
			oneOff: (p: Params) =>
				`${p.n} ${frPlural(p.n, 'date', 'dates')} sur ${p.total} ${frPlural(p.n, 'est une date unique', 'sont des dates uniques')} (une seule représentation) : allonger les séries réduit les trajets par représentation.`,
			audience:
				'La mobilité des publics ({kg}) pèse {ratio} fois les émissions de la compagnie ; elle est comptée à part.'
		},
		charts: {
			title: 'En graphiques',
			empty: 'Rien à afficher.',
			data: 'Voir les données du graphique',
			category: 'Émissions de la compagnie par poste',
			categoryCaption: 'Sans la mobilité des publics, présentée à part.',
			mode: 'Déplacements et fret de la compagnie par mode',
			modeCaption: 'Véhicules de l’équipe et du décor.',
			date: 'Émissions de la compagnie par date, dans l’ordre de la tournée',
			dateCaption: 'Chaque trajet est compté avec la date vers laquelle il mène (ou dont il revient).',
			audienceMode: 'Mobilité des publics par mode',
			categoryFormula: 'Chaque barre : somme des lignes de calcul du poste (quantité × facteur).',
			modeFormula: 'Chaque barre : somme des lignes de calcul faites avec ce mode ou ce véhicule.',
			dateFormula: 'Chaque barre : somme des lignes de calcul rattachées à la date, par poste.',
			audienceFormula:
				'Chaque barre : fréquentation × part du mode × distance aller-retour × facteur, sur toutes les dates.',
			outsideDates: 'Hors dates'
		},
		route: {
			title: 'Le trajet de la tournée',
			caption:
				'Carte schématique (projection équirectangulaire, sans fond de carte) : la base, les lieux numérotés dans l’ordre des dates et les trajets colorés par mode.',
			empty: 'Ajoutez des dates pour voir le trajet.',
			desc: '{n} lieux et {legs} trajets.',
			home: 'Base : {name}',
			homeMark: 'Base de la compagnie',
			legend: 'Légende de la carte',
			noTeamTravel: 'Fret seul (pas de déplacement de l’équipe)',
			stops: 'Étapes de la tournée, dans l’ordre'
		},
		tables: {
			title: 'En tableaux',
			total: 'Total',
			categoryCaption: 'Émissions par poste',
			shareOfCompany: 'Part de la compagnie',
			dateCaption: 'Émissions par date (kg CO₂e), compagnie et publics à part',
			audienceDefault: 'Mobilité des publics estimée avec des valeurs par défaut.',
			legCaption: 'Émissions par trajet (équipe et fret)',
			userDistance: 'distance saisie',
			detour: 'vol d’oiseau {rule}',
			greatCircle: 'à vol d’oiseau : {km}'
		},
		lines: {
			title: 'Toutes les lignes de calcul',
			intro:
				'Chaque chiffre ci-dessus est une somme de ces lignes : quantités × facteur, avec la source du facteur.',
			summary: (p: Params) => `Voir les ${p.n} ${frPlural(p.n, 'ligne', 'lignes')} de calcul`
		},
		how: {
			summary: 'Comment est-ce calculé ?',
			summaryCompany: 'Comment est-ce calculé ? (compagnie)',
			summaryAudience: 'Comment est-ce calculé ? (publics)',
			none: 'Aucune ligne : rien n’est compté ici.',
			sumOf: (p: Params) => `Somme de ${p.n} ${frPlural(p.n, 'ligne', 'lignes')} de calcul : ${p.kg}.`,
			byFactor: 'Lignes regroupées par facteur',
			groupLines: (p: Params) => `${p.n} ${frPlural(p.n, 'ligne', 'lignes')}`,
			groupedNote:
				'Quantité × facteur retenu = émissions, ligne par ligne ; ici les lignes d’un même facteur sont additionnées.',
			seeAll: (p: Params) => `Voir le détail des ${p.n} lignes`,
			seeCompany: 'Voir les lignes du total de la compagnie',
			seeAudience: 'Voir les lignes de la mobilité des publics',
			seeTravel: 'Voir les lignes des déplacements de l’équipe',
			seeCategoryTable: 'Voir le détail de chaque poste',
			seeDateTable: 'Voir le détail de chaque date',
			seeAllLines: 'Voir toutes les lignes de calcul',
			quantities: 'Quantités :',
			formula: 'Formule :',
			quality: 'Donnée {quality}',
			default: 'valeur par défaut',
			source: 'saisie : {path}'
		},
		factor: {
			key: 'Activité',
			table: 'Base',
			sourceId: 'identifiant source',
			published: 'Valeur publiée',
			value: 'Valeur retenue',
			wtt: '+ amont {key} : {value}',
			components: 'Composantes',
			noComponents: 'non détaillées par la source : valeur totale publiée',
			included: 'Composantes incluses',
			excluded: 'Composantes exclues',
			notSeparable: 'Non séparables (restent comptées)',
			uncertainty: 'Incertitude'
		},
		csv: {
			notComputed: 'Cette tournée ne peut pas encore être calculée : voir la page des résultats.',
			yes: 'oui',
			no: 'non',
			phase: { forecast: 'previsionnel', actual: 'realise' },
			columns: {
				id: 'identifiant',
				scope: 'compagnie ou publics',
				category: 'poste',
				mode: 'mode (clé)',
				what: 'nature',
				label: 'libellé',
				date: 'date (identifiant)',
				venue: 'lieu',
				start: 'début',
				leg: 'trajet',
				quantity: 'quantité',
				unit: 'unité',
				activity: 'activité',
				factorKey: 'clé du facteur',
				factorSet: 'base de facteurs',
				table: 'table (version)',
				sourceId: 'identifiant source',
				sourceLabel: 'libellé source',
				published: 'valeur publiée (kg CO2e/unité)',
				value: 'valeur retenue (kg CO2e/unité)',
				wttKey: 'amont (clé)',
				wttValue: 'amont (valeur)',
				included: 'composantes incluses',
				excluded: 'composantes exclues',
				notSeparable: 'composantes non séparables',
				uncertaintyPct: 'incertitude (%)',
				quality: 'qualité de la donnée',
				isDefault: 'valeur par défaut',
				kgCO2e: 'kg CO2e',
				low: 'kg CO2e bas (2,5 %)',
				high: 'kg CO2e haut (97,5 %)',
				formula: 'formule',
				source: 'saisie (chemin JSON)',
				flags: 'remarques'
			}
		},
		report: {
			pageTitle: 'Rapport · {production} · {season} · Empreinte',
			kicker: 'Bilan carbone de la tournée',
			company: 'Compagnie',
			season: 'Saison',
			phase: 'Diagnostic',
			phases: {
				forecast: 'prévisionnel (avant la tournée)',
				actual: 'réalisé (après la tournée)'
			},
			print: 'Imprimer / enregistrer en PDF',
			printHint: 'Choisissez « Enregistrer au format PDF » comme imprimante pour obtenir un document A4.',
			factorsCaption: 'Facteurs d’émission utilisés',
			activity: 'Activité',
			factor: 'Base · facteur · identifiant source',
			lines: 'Lignes',
			methodTitle: 'Méthode et sources',
			method: {
				intro:
					'Chaque ligne de calcul multiplie une quantité (personnes × km, véhicules × km, tonnes × km, nuitées, repas, spectateurs × km) par un facteur d’émission publié, pris dans une base datée et versionnée.',
				travel:
					'Déplacements de l’équipe : personnes × distance × facteur par passager·km (train, car, avion, bateau), ou véhicules × distance × facteur par véhicule·km (voiture, van, minibus), partagé entre les occupants.',
				freight:
					'Transport du décor et du matériel : véhicule·km × facteur selon la catégorie de véhicule et son chargement, tonne·km pour le fret partagé, ou litres de carburant × facteur quand la consommation est connue.',
				accommodation: 'Hébergement : nuitées × facteur hôtelier du pays.',
				meal: 'Repas : nombre de repas × facteur selon le type de repas.',
				audience:
					'Mobilité des publics, présentée à part : fréquentation × parts modales × distance aller-retour × facteur, avec le remplissage des voitures ; à défaut de données du lieu, valeurs documentées par type de lieu.',
				route:
					'Trajets : déduits de l’ordre des dates (base → lieu → lieu → base), distances à vol d’oiseau corrigées d’un coefficient de détour par mode, sauf distance saisie : route et car × 1,4 sur les 10 premiers km puis × 1,2 (ajusté sur des distances routières publiées entre villes françaises), train × 1,2, avion + 95 km avec les facteurs ADEME. Dans une même commune, la distance moyenne d’un domicile au centre, 2/3 × √(surface / π), remplace le vol d’oiseau.',
				uncertainty:
					'Incertitude : l’intervalle à 95 % combine l’incertitude publiée des facteurs et la qualité de chaque donnée (mesurée, estimée, par défaut).'
			},
			setRules: 'Règles de choix de la base de facteurs',
			generated:
				'Rapport généré le {date} par Empreinte — moteur de calcul {engine}, base de facteurs {set}.',
			reproduce:
				'Le diagnostic est épinglé à cette version de la base de facteurs : le même calcul redonne les mêmes chiffres.'
		},
		compare: {
			pageTitle: 'Comparer · {production} · {season} · Empreinte',
			title: 'Comparer',
			intro:
				'Deux comparaisons : le prévisionnel face au réalisé, et la même tournée recalculée avec une autre base de facteurs. L’écart est séparé en ce qui vient des facteurs d’émission et ce qui vient des données d’activité (dates, trajets, véhicules, publics).',
			phasesTitle: 'Prévisionnel et réalisé',
			noActual:
				'Il n’y a pas encore de réalisé pour cette tournée. Après la tournée, créez-le : c’est une copie liée de ce prévisionnel, que vous corrigez ensuite avec ce qui s’est vraiment passé (dates annulées, fréquentation comptée, véhicules réellement utilisés). La comparaison apparaîtra ici.',
			noForecast: 'Ce réalisé n’est lié à aucun prévisionnel : il n’y a rien à comparer ici.',
			phasesProblem: 'L’un des deux diagnostics ne peut pas encore être calculé.',
			forecast: 'Prévisionnel',
			actual: 'Réalisé',
			phasesSentence:
				'Le réalisé émet {change} ({pct}) par rapport au prévisionnel (émissions de la compagnie).',
			setsSentence:
				'Avec {b}, la tournée émettrait {change} ({pct}) par rapport à {a} (émissions de la compagnie).',
			audienceLine: 'Mobilité des publics, comptée à part : {change} ({pct}).',
			pinnedSet: 'Base de la tournée',
			otherSet: 'Autre base',
			setsLegend: 'Base de la tournée : {a} ; autre base : {b}.',
			splitSentence: 'Dont {factors} dus aux facteurs d’émission et {activity} dus aux données d’activité.',
			sameSet:
				'Les deux diagnostics utilisent la même base de facteurs ({set}) : tout l’écart vient des données d’activité.',
			twoSets:
				'Bases de facteurs : {a} pour le prévisionnel, {b} pour le réalisé ; la part « facteurs » est l’écart du prévisionnel recalculé avec la base du réalisé.',
			noSplit:
				'L’écart ne peut pas être séparé : la base de facteurs du second diagnostic n’a pas de facteur pour une activité du premier.',
			totalsCaption: 'Totaux',
			categoryCaption: 'Par poste',
			dateCaption: 'Par date (émissions de la compagnie)',
			method:
				'Méthode : part « facteurs » = activité du premier diagnostic avec les facteurs du second, moins le premier ; part « activité » = le second moins ce calcul croisé. Les deux parts s’additionnent exactement à l’écart.',
			setsTitle: 'Recalculer avec une autre base de facteurs',
			setsIntro:
				'La tournée reste calculée avec sa base épinglée ({set}). Choisissez une autre base pour voir ce que changeraient d’autres facteurs, à activité identique.',
			setLabel: 'Base de facteurs à comparer',
			pinned: 'base de la tournée',
			recompute: 'Recalculer et comparer',
			unknownSet: 'La base « {set} » n’existe pas.',
			selfProblem: 'Cette tournée ne peut pas encore être calculée.',
			seeResults: 'Voir les résultats',
			setProblem:
				'Avec la base {set}, la tournée ne peut pas être calculée : cette base n’a pas de facteur pour certaines activités saisies.',
			sameActivity: 'Mêmes données d’activité des deux côtés : tout l’écart vient des facteurs.',
			factorsCaption: 'Facteurs qui changent, du plus lourd au plus léger',
			kgA: 'kg CO₂e avant',
			kgB: 'kg CO₂e après',
			noFactorChange: 'Aucun facteur utilisé par cette tournée ne change entre ces deux bases.',
			change: 'Écart',
			relative: 'Écart (%)',
			factorEffect: 'dû aux facteurs',
			activityEffect: 'dû à l’activité',
			apart: 'à part',
			onlyIn: 'seulement dans le {side}'
		},
		units: {
			per: 'kg CO₂e par {unit}',
			passenger: { km: 'passager·km' },
			vehicle: { km: 'véhicule·km' },
			tonne: { km: 'tonne·km' },
			room: { night: 'nuitée' },
			person: { night: 'personne·nuit' },
			meal: 'repas',
			litre: 'litre',
			kWh: 'kWh'
		},
		quantities: {
			people: '{v} pers.',
			vehicles: frV('véhicule', 'véhicules'),
			occupants: frV('occupant', 'occupants'),
			distanceKm: 'distance {v}',
			greatCircleKm: 'à vol d’oiseau {v}',
			tonnes: '{v} t',
			litres: '{v} L',
			roomNights: frV('nuitée', 'nuitées'),
			meals: '{v} repas',
			spectators: frV('spectateur', 'spectateurs'),
			share: 'part {v}',
			occupancy: '{v} pers. par voiture'
		}
	},
	en: {
		title: 'Tour results',
		pageTitle: 'Results · {production} · {season} · Empreinte',
		phase: {
			forecastNote: 'Forecast: this diagnostic describes the tour as planned.',
			actualNote: 'Actual: this diagnostic describes the tour as it happened.',
			seeActual: 'See the actual',
			seeForecast: 'See the forecast',
			compare: 'Compare forecast and actual',
			makeActual: 'The tour is over: create the actual',
			makeActualHint: 'A copy linked to this forecast, which you then correct with what really happened.',
			makeActualFailed: 'The actual could not be created from this diagnostic.'
		},
		problems: {
			title: 'The calculation could not be done',
			intro: 'Nothing is lost: fix these points and the result will show here.',
			browser: 'Recomputing in the browser failed; reload the page.',
			codes: {
				tour_unknown_place: 'A place is not recognised: choose it again from the list of towns and cities.',
				tour_unknown_factor_set: 'This tour’s factor set does not exist in this installation.',
				engine_factor_missing:
					'The chosen factor set has no factor for an activity entered (a transport mode, say).',
				engine_invalid_input: 'An input cannot be used.',
				engine_no_route: 'Automatic route building is off and no leg is entered.',
				engine_unit_mismatch: 'A factor is not in the unit the calculation expects.',
				other: 'Some of the tour’s data is invalid.'
			}
		},
		downloads: {
			title: 'Export and compare',
			csv: 'Download every line (CSV)',
			report: 'Printable report',
			compare: 'Compare'
		},
		headline: {
			title: 'At a glance',
			companyHint: 'Team travel, set and equipment freight, accommodation and meals.',
			companyFormula: 'Sum of the company’s lines: travel + freight + accommodation + meals',
			audienceFormula: 'Sum, date by date, of attendance × modal shares × round-trip distance × factor',
			totalsCaption: 'Totals without and with audience mobility',
			figure: 'Total',
			range: '95 % range',
			withAudienceFormula: '{company} (company) + {audience} (audiences) = {total}',
			howTotals: 'How are these totals computed?',
			exact: 'Exact value',
			rangeNote:
				'The range comes from the factors’ published uncertainty and the quality of each input (measured, estimated, default).'
		},
		indicators: {
			perDateFormula: (p: Params) => `${p.kg} ÷ ${p.n} ${enPlural(p.n, 'date', 'dates')}`,
			perPerformanceFormula: (p: Params) =>
				`${p.kg} ÷ ${p.n} ${enPlural(p.n, 'performance', 'performances')}`,
			perSpectatorFormula: (p: Params) => `${p.kg} ÷ ${p.n} ${enPlural(p.n, 'spectator', 'spectators')}`,
			perPersonKmFormula: '{kg} (team travel) ÷ {n} person·km',
			audiencePerSpectatorFormula: '{kg} (audience mobility) ÷ {n} spectators',
			oneOffOf: (p: Params) => `${p.n} of ${p.total} ${enPlural(p.total, 'date', 'dates')}`,
			oneOffFormula: (p: Params) =>
				`${p.n} ${enPlural(p.n, 'date', 'dates')} with a single performance ÷ ${p.total} ${enPlural(p.total, 'date', 'dates')}: ${p.list}`,
			counts: (p: Params) =>
				`${p.dates} ${enPlural(p.dates, 'date', 'dates')}, ${p.performances} ${enPlural(p.performances, 'performance', 'performances')}, ${p.spectators} ${enPlural(valueOf(p.spectators), 'spectator', 'spectators')}, ${p.personKm} person·km.`
		},
		provenance: {
			title: 'Method used',
			set: 'Factor set',
			defaults: 'Default values',
			noDefaults: 'None: every line rests on your data.',
			defaultsUsed: (p: Params) =>
				`${p.n} ${enPlural(p.n, 'line rests', 'lines rest')} on documented default values (${p.kg}, ${p.pct} of the total with audiences).`,
			uncertainty: 'Uncertainty',
			engine: 'Calculation',
			sources: 'Sources',
			licence: 'Licence: {licence}',
			version: 'version {version}',
			licences: {
				ogl: 'Licence: Open Government Licence v3.0 (free reuse with attribution).',
				mit: 'Licence: MIT (free reuse with attribution).',
				official: 'Official text (Journal officiel): free reuse.',
				ademe: 'Open data published by ADEME: reuse with attribution.',
				unknown: 'Reuse terms: those of the source.'
			}
		},
		boundaryForm: {
			legend: 'Calculation boundary',
			intro:
				'By default each factor counts everything its source publishes. Untick a component to see the result without it.',
			construction: 'Vehicle construction',
			constructionHint: 'Manufacturing, maintenance and end of life of trains, coaches, cars and planes.',
			nonCO2: 'Non-CO₂ effects of flights',
			nonCO2Hint: 'Contrails and other effects of planes at altitude.',
			wtt: 'Fuel upstream',
			wttHint: 'Extraction, refining and transport of fuel, where the source publishes it apart (DESNZ).',
			apply: 'Recompute',
			reset: 'Back to the tour’s boundary',
			live: 'Recomputed in your browser ({boundary}): company {kg}.'
		},
		notices: {
			title: 'To complete or check',
			allGood: 'Nothing is missing: every part of the tour is filled in.',
			fix: 'Complete in the “{tab}” tab'
		},
		gaps: {
			noDates: 'Add the tour’s dates: venues, days, number of performances and attendance.',
			noTeam: 'Say who goes on tour (artists, crew, production) and how many people.',
			noTravel:
				'Add the team’s travel plan (mode, vehicles, occupants): without it, the team’s legs are not counted.',
			noFreight:
				'No set or equipment freight is entered. If a truck or a van carries a set, instruments or equipment, add it.',
			noAccommodation: 'No hotel night is entered: give the number of rooms per night on tour.',
			noMeals: 'No meal is entered: give the number of meals per person per day on tour.',
			noAudience: (p: Params) =>
				`${p.n} ${enPlural(p.n, 'date has', 'dates have')} no audience data: ${enPlural(p.n, 'its', 'their')} audience mobility is not computed. Give at least the kind of venue (urban, peri-urban, rural).`,
			defaults: (p: Params) =>
				`${p.n} ${enPlural(p.n, 'line rests', 'lines rest')} on default values (${p.kg}): replace them with your own figures (audience survey, ticketing) for a firmer result.`
		},
		weighs: {
			title: 'What weighs most',
			nothing: 'Nothing to rank yet.',
			category: '{category}: {pct} of the company’s emissions ({kg}).',
			family: (p: Params) =>
				`${enPlural(p.n, 'The leg', `The ${p.n} legs`)} ${p.family} ${enPlural(p.n, 'is', 'are')} ${p.pct} of the team’s travel (${p.kg}).`,
			familyOnly: (p: Params) =>
				`The team travels ${p.family} on ${p.n} ${enPlural(p.n, 'leg', 'legs')}: ${p.kg} in all.`,
			by: {
				rail: 'by rail',
				road: 'by road',
				coach: 'by coach',
				air: 'by air',
				sea: 'by sea',
				urban: 'by urban transport',
				soft: 'on foot or by bike'
			},
			leg: 'The heaviest leg: {from} → {to}, {kg} ({pct} of the company’s emissions).',
			legWho: 'The heaviest leg: {who}, {from} → {to}, {kg} ({pct} of the company’s emissions).',
			whoTeam: 'the team ({mode})',
			whoFreight: 'freight: {what}',
			whoFuel: 'vehicle fuel',
			whoShared: {
				road: 'shipped by road',
				rail: 'shipped by rail',
				air: 'shipped by air',
				sea: 'shipped by sea'
			},
			date: 'The heaviest date: {venue}, {date} — {kg} ({pct} of the company’s emissions).',
			oneOff: (p: Params) =>
				`${p.n} of ${p.total} dates ${enPlural(p.n, 'is a one-off', 'are one-offs')} (a single performance): longer runs cut the travel per performance.`,
			audience: 'Audience mobility ({kg}) weighs {ratio} times the company’s emissions; it is counted apart.'
		},
		charts: {
			title: 'In charts',
			empty: 'Nothing to show.',
			data: 'See the chart’s data',
			category: 'Company emissions by category',
			categoryCaption: 'Without audience mobility, shown apart.',
			mode: 'Company travel and freight by mode',
			modeCaption: 'Team and set vehicles.',
			date: 'Company emissions by date, in tour order',
			dateCaption: 'Each leg is counted with the date it leads to (or comes back from).',
			audienceMode: 'Audience mobility by mode',
			categoryFormula: 'Each bar: the sum of the category’s calculation lines (quantity × factor).',
			modeFormula: 'Each bar: the sum of the calculation lines made with this mode or vehicle.',
			dateFormula: 'Each bar: the sum of the calculation lines tied to the date, by category.',
			audienceFormula:
				'Each bar: attendance × the mode’s share × round-trip distance × factor, over every date.',
			outsideDates: 'Not tied to a date'
		},
		route: {
			title: 'The tour’s route',
			caption:
				'Schematic map (equirectangular projection, no background map): the home base, venues numbered in date order and legs coloured by mode.',
			empty: 'Add dates to see the route.',
			desc: '{n} places and {legs} legs.',
			home: 'Base: {name}',
			homeMark: 'Company home base',
			legend: 'Map legend',
			noTeamTravel: 'Freight only (no team travel)',
			stops: 'Tour stops, in order'
		},
		tables: {
			title: 'In tables',
			total: 'Total',
			categoryCaption: 'Emissions by category',
			shareOfCompany: 'Share of company',
			dateCaption: 'Emissions by date (kg CO₂e), company and audiences apart',
			audienceDefault: 'Audience mobility estimated with default values.',
			legCaption: 'Emissions by leg (team and freight)',
			userDistance: 'distance entered',
			detour: 'great circle {rule}',
			greatCircle: 'great circle: {km}'
		},
		lines: {
			title: 'Every calculation line',
			intro: 'Each figure above is a sum of these lines: quantities × factor, with the factor’s source.',
			summary: (p: Params) => `See the ${p.n} calculation ${enPlural(p.n, 'line', 'lines')}`
		},
		how: {
			summary: 'How is this computed?',
			summaryCompany: 'How is this computed? (company)',
			summaryAudience: 'How is this computed? (audiences)',
			none: 'No line: nothing is counted here.',
			sumOf: (p: Params) => `Sum of ${p.n} calculation ${enPlural(p.n, 'line', 'lines')}: ${p.kg}.`,
			byFactor: 'Lines grouped by factor',
			groupLines: (p: Params) => `${p.n} ${enPlural(p.n, 'line', 'lines')}`,
			groupedNote:
				'Quantity × factor used = emissions, line by line; here the lines of one factor are added up.',
			seeAll: (p: Params) => `See the ${p.n} lines in detail`,
			seeCompany: 'See the lines of the company total',
			seeAudience: 'See the lines of audience mobility',
			seeTravel: 'See the lines of team travel',
			seeCategoryTable: 'See the detail of each category',
			seeDateTable: 'See the detail of each date',
			seeAllLines: 'See every calculation line',
			quantities: 'Quantities:',
			formula: 'Formula:',
			quality: 'Input {quality}',
			default: 'default value',
			source: 'entered at: {path}'
		},
		factor: {
			key: 'Activity',
			table: 'Table',
			sourceId: 'source id',
			published: 'Published value',
			value: 'Value used',
			wtt: '+ upstream {key}: {value}',
			components: 'Components',
			noComponents: 'not detailed by the source: published total',
			included: 'Components included',
			excluded: 'Components excluded',
			notSeparable: 'Not separable (still counted)',
			uncertainty: 'Uncertainty'
		},
		csv: {
			notComputed: 'This tour cannot be computed yet: see the results page.',
			yes: 'yes',
			no: 'no',
			phase: { forecast: 'forecast', actual: 'actual' },
			columns: {
				id: 'id',
				scope: 'company or audience',
				category: 'category',
				mode: 'mode (key)',
				what: 'what',
				label: 'label',
				date: 'date (id)',
				venue: 'venue',
				start: 'start',
				leg: 'leg',
				quantity: 'quantity',
				unit: 'unit',
				activity: 'activity',
				factorKey: 'factor key',
				factorSet: 'factor set',
				table: 'table (version)',
				sourceId: 'source id',
				sourceLabel: 'source label',
				published: 'published value (kg CO2e/unit)',
				value: 'value used (kg CO2e/unit)',
				wttKey: 'upstream (key)',
				wttValue: 'upstream (value)',
				included: 'components included',
				excluded: 'components excluded',
				notSeparable: 'components not separable',
				uncertaintyPct: 'uncertainty (%)',
				quality: 'input quality',
				isDefault: 'default value',
				kgCO2e: 'kg CO2e',
				low: 'kg CO2e low (2.5 %)',
				high: 'kg CO2e high (97.5 %)',
				formula: 'formula',
				source: 'input (JSON path)',
				flags: 'notes'
			}
		},
		report: {
			pageTitle: 'Report · {production} · {season} · Empreinte',
			kicker: 'Tour carbon footprint',
			company: 'Company',
			season: 'Season',
			phase: 'Diagnostic',
			phases: {
				forecast: 'forecast (before the tour)',
				actual: 'actual (after the tour)'
			},
			print: 'Print / save as PDF',
			printHint: 'Choose “Save as PDF” as the printer to get an A4 document.',
			factorsCaption: 'Emission factors used',
			activity: 'Activity',
			factor: 'Table · factor · source id',
			lines: 'Lines',
			methodTitle: 'Method and sources',
			method: {
				intro:
					'Each calculation line multiplies a quantity (people × km, vehicles × km, tonnes × km, room-nights, meals, spectators × km) by a published emission factor, taken from a dated, versioned table.',
				travel:
					'Team travel: people × distance × factor per passenger·km (rail, coach, plane, ferry), or vehicles × distance × factor per vehicle·km (car, van, minibus), shared among the occupants.',
				freight:
					'Set and equipment freight: vehicle·km × factor by vehicle class and load, tonne·km for shared freight, or fuel litres × fuel factor when consumption is known.',
				accommodation: 'Accommodation: room-nights × the country’s hotel factor.',
				meal: 'Meals: number of meals × factor by type of meal.',
				audience:
					'Audience mobility, reported apart: attendance × modal shares × round-trip distance × factor, with car occupancy; without the venue’s own figures, documented defaults by venue archetype.',
				route:
					'Legs: derived from the order of the dates (base → venue → venue → base), great-circle distances with a detour coefficient by mode, unless a distance was entered: road and coach × 1.4 on the first 10 km, then × 1.2 (fitted on published road distances between French cities), rail × 1.2, plane + 95 km with ADEME factors. Within one town, the mean distance from a home to its centre, 2/3 × √(area / π), stands for the great-circle distance.',
				uncertainty:
					'Uncertainty: the 95 % range combines the factors’ published uncertainty and the quality of each input (measured, estimated, default).'
			},
			setRules: 'How the factor set chooses its factors',
			generated: 'Report generated on {date} by Empreinte — calculation engine {engine}, factor set {set}.',
			reproduce:
				'The diagnostic is pinned to this factor set version: the same calculation gives the same figures.'
		},
		compare: {
			pageTitle: 'Compare · {production} · {season} · Empreinte',
			title: 'Compare',
			intro:
				'Two comparisons: the forecast against the actual, and the same tour recomputed under another factor set. The change is split into what comes from the emission factors and what comes from the activity data (dates, legs, vehicles, audiences).',
			phasesTitle: 'Forecast and actual',
			noActual:
				'There is no actual for this tour yet. After the tour, create it: a copy linked to this forecast, which you then correct with what really happened (cancelled dates, counted attendance, vehicles actually used). The comparison will show here.',
			noForecast: 'This actual is not linked to a forecast: there is nothing to compare here.',
			phasesProblem: 'One of the two diagnostics cannot be computed yet.',
			forecast: 'Forecast',
			actual: 'Actual',
			phasesSentence: 'The actual emits {change} ({pct}) compared with the forecast (company emissions).',
			setsSentence: 'Under {b}, the tour would emit {change} ({pct}) compared with {a} (company emissions).',
			audienceLine: 'Audience mobility, counted apart: {change} ({pct}).',
			pinnedSet: 'The tour’s set',
			otherSet: 'Other set',
			setsLegend: 'The tour’s set: {a}; other set: {b}.',
			splitSentence: 'Of which {factors} from the emission factors and {activity} from the activity data.',
			sameSet:
				'Both diagnostics use the same factor set ({set}): the whole change comes from the activity data.',
			twoSets:
				'Factor sets: {a} for the forecast, {b} for the actual; the “factors” part is the change of the forecast recomputed under the actual’s set.',
			noSplit:
				'The change cannot be split: the second diagnostic’s factor set has no factor for an activity of the first.',
			totalsCaption: 'Totals',
			categoryCaption: 'By category',
			dateCaption: 'By date (company emissions)',
			method:
				'Method: “factors” part = the first diagnostic’s activity under the second’s factors, minus the first; “activity” part = the second minus that cross computation. The two parts add up to the change exactly.',
			setsTitle: 'Recompute under another factor set',
			setsIntro:
				'The tour stays computed under its pinned set ({set}). Choose another set to see what other factors would change, with the same activity.',
			setLabel: 'Factor set to compare',
			pinned: 'the tour’s set',
			recompute: 'Recompute and compare',
			unknownSet: 'The set “{set}” does not exist.',
			selfProblem: 'This tour cannot be computed yet.',
			seeResults: 'See the results',
			setProblem:
				'Under the set {set}, the tour cannot be computed: this set has no factor for some activities entered.',
			sameActivity: 'The same activity data on both sides: the whole change comes from the factors.',
			factorsCaption: 'Factors that change, heaviest first',
			kgA: 'kg CO₂e before',
			kgB: 'kg CO₂e after',
			noFactorChange: 'No factor this tour uses changes between these two sets.',
			change: 'Change',
			relative: 'Change (%)',
			factorEffect: 'from factors',
			activityEffect: 'from activity',
			apart: 'apart',
			onlyIn: 'only in the {side}'
		},
		units: {
			per: 'kg CO₂e per {unit}',
			passenger: { km: 'passenger·km' },
			vehicle: { km: 'vehicle·km' },
			tonne: { km: 'tonne·km' },
			room: { night: 'room-night' },
			person: { night: 'person-night' },
			meal: 'meal',
			litre: 'litre',
			kWh: 'kWh'
		},
		quantities: {
			people: '{v} people',
			vehicles: enV('vehicle', 'vehicles'),
			occupants: enV('occupant', 'occupants'),
			distanceKm: 'distance {v}',
			greatCircleKm: 'great circle {v}',
			tonnes: '{v} t',
			litres: '{v} L',
			roomNights: enV('room-night', 'room-nights'),
			meals: enV('meal', 'meals'),
			spectators: enV('spectator', 'spectators'),
			share: 'share {v}',
			occupancy: '{v} people per car'
		}
	}
});
