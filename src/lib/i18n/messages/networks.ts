import { defineMessages, type Params } from '../define';

/**
 * Networks (issue 11): the referent's dashboard, members, exports and report; the member's side
 * (joining, consent, own position, reviews, leaving). Category labels come from `engine`,
 * disciplines from `tours`, commitment statuses from `experiments`.
 */
const plural = (one: string, other: string) => (p: Params) =>
	(Number(p.n) <= 1 ? one : other).replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ''));

export default defineMessages({
	fr: {
		nav: {
			dashboard: 'Tableau de bord du réseau',
			members: 'Membres du réseau',
			networks: 'Réseaux'
		},
		secret: {
			frequency: 'secret (moins de 3 structures)',
			dominance: 'secret (une structure > 85 %)',
			secondary: 'secret (secret secondaire)'
		},
		none: '—',
		rules: {
			title: 'Règle de diffusion',
			text: 'Aucun chiffre n’est construit à partir de moins de 3 structures membres, ni quand une structure représente plus de 85 % du total ; d’autres cases sont masquées quand un chiffre secret pourrait être recalculé à partir des totaux (secret secondaire). Médiane et quartiles à partir de 5 structures ; jamais de minimum ni de maximum. Une combinaison de filtres qui isolerait une structure est refusée. Le serveur applique ces règles à la page, aux exports et à l’API.',
			source:
				'Règles du secret statistique des entreprises (Insee) : fréquence (3 unités) et dominance (85 %).'
		},
		dims: {
			discipline: 'Discipline',
			kind: 'Type de structure',
			region: 'Région du siège',
			department: 'Département du siège',
			scope: 'Périmètre de la tournée',
			season: 'Saison',
			phase: 'Prévisionnel ou réalisé',
			reviewed: 'Vérification'
		},
		scope: { regional: 'Régionale', national: 'Nationale', international: 'Internationale' },
		phase: { forecast: 'Prévisionnel', actual: 'Réalisé' },
		reviewed: { yes: 'Tournées vérifiées seulement', no: 'Tournées non vérifiées' },
		kind: { company: 'Compagnies', venue: 'Lieux' },
		tiers: {
			counted: 'Compté seulement',
			visible: 'Visible par les référent·es',
			publishable: 'Cas publiable'
		},
		tierText: {
			counted:
				'Vos tournées partagées comptent dans les chiffres d’ensemble du réseau, jamais sous votre nom. Les référent·es ne voient ni vos tournées ni vos chiffres.',
			visible:
				'En plus : les référent·es peuvent ouvrir, en lecture seule, les tournées que vous partagez ci-dessous, pour vous accompagner. Rien d’autre de votre structure.',
			publishable:
				'En plus : vos expérimentations que vous avez choisi de partager avec vos réseaux peuvent être citées sous votre nom dans les rapports du réseau.'
		},
		dashboard: {
			title: 'Tableau de bord',
			kicker: 'Réseau',
			intro:
				'Les chiffres des structures membres qui ont choisi de partager leurs tournées. Aucune structure n’y est classée ni jugée sur ses émissions.',
			filters: 'Filtres',
			all: 'Tous',
			apply: 'Filtrer',
			reset: 'Effacer les filtres',
			maxFilters:
				'Au plus deux filtres à la fois : chaque filtre de plus multiplie les façons d’isoler une structure.',
			refused: {
				isolates:
					'Cette combinaison de filtres isolerait une structure (on pourrait retrouver ses chiffres en comparant avec une vue plus large) : elle est refusée. Retirez un filtre ou choisissez-en un plus large.',
				tooManyFilters: 'Au plus deux filtres à la fois : retirez-en un.',
				unknownFilter: 'Filtre inconnu.'
			},
			panel: 'Le panel',
			members: 'Structures membres',
			sharing: 'Structures qui partagent au moins une tournée',
			tours: 'Tournées partagées',
			bySeason: 'Tournées partagées par saison',
			season: 'Saison',
			membersCol: 'Structures',
			toursCol: 'Tournées',
			totals: 'Émissions des tournées partagées',
			company: 'Émissions des équipes (déplacements, fret, hébergement, repas)',
			audience: 'Mobilité des publics, comptée à part',
			dedup: (p: Params) =>
				`Doubles comptes : ${p.n} soirée(s) déclarée(s) à la fois par une compagnie et par un lieu du réseau, comptée(s) une seule fois — ${p.venue} avec l’enquête du lieu, ${p.company} avec le chiffre de la compagnie.`,
			byCategory: 'Par poste',
			category: 'Poste',
			emissions: 'Émissions',
			total: 'Total',
			chartNote: 'Graphique : les mêmes valeurs que le tableau.',
			indicators: 'Indicateurs normalisés',
			indicatorsIntro:
				'« Ensemble » : total des tournées partagées divisé par le total des dates, représentations… Médiane et quartiles : la répartition des structures, chacune prise sur ses propres tournées.',
			indicator: 'Indicateur',
			pooled: 'Ensemble',
			q1: '1er quartile',
			median: 'Médiane',
			q3: '3e quartile',
			indicatorNames: {
				perDate: 'kg CO₂e par date',
				perPerformance: 'kg CO₂e par représentation',
				perSpectator: 'kg CO₂e par spectateur',
				perPersonKm: 'kg CO₂e par personne·km (déplacements de l’équipe)',
				perTonneKm: 'kg CO₂e par tonne·km (fret partagé, quand le tonnage est connu)',
				audiencePerSpectator: 'Mobilité des publics, kg CO₂e par spectateur',
				oneOffShare: 'Part des dates uniques (une seule représentation)',
				audienceShare: 'Part des publics dans le total équipe + publics'
			},
			quality: 'Qualité des données',
			qualityIntro: 'Part des lignes de calcul dont la donnée est mesurée, estimée ou une valeur par défaut.',
			measured: 'Mesurée',
			estimated: 'Estimée',
			default: 'Par défaut',
			trend: 'Évolution à panel constant',
			trendIntro:
				'Seules les structures présentes les deux saisons comptent. La part due aux changements de facteurs d’émission est séparée de celle due à l’activité.',
			from: 'De',
			to: 'À',
			panelMembers: 'Structures du panel',
			fromKg: 'Émissions, 1re saison',
			toKg: 'Émissions, 2e saison',
			factorPart: 'Dont changement de facteurs',
			activityPart: 'Dont changement d’activité',
			noTrend: 'Pas d’évolution à montrer : il faut au moins deux saisons (et pas de filtre par saison).',
			trendRefused: 'Une partie de l’évolution est masquée : son panel isolerait une structure.',
			experiments: 'Expérimentations du réseau',
			lever: 'Levier',
			promised: 'Économies promises',
			cases: 'Cas publiables',
			casesIntro:
				'Cités avec l’accord de la structure (niveau « cas publiable » et expérimentation partagée).',
			noCases: 'Aucun cas publiable pour l’instant.',
			noExperiments: 'Aucune expérimentation sur les tournées partagées.',
			exports: 'Exporter (mêmes règles de diffusion, chaque export est journalisé)',
			csvFr: 'CSV (Excel français : « ; » et virgule décimale)',
			csvStd: 'CSV standard',
			json: 'JSON',
			reportFr: 'Rapport pour les financeurs (français)',
			reportEn: 'Rapport pour les financeurs (anglais)',
			exportLog: 'Journal des exports',
			visibleTours: 'Tournées ouvertes aux référent·es',
			visibleIntro:
				'Les structures qui l’ont choisi vous ouvrent ces tournées, en lecture seule, pour les accompagner.',
			noVisible: 'Aucune structure n’a ouvert de tournée aux référent·es.',
			production: 'Spectacle',
			member: 'Structure',
			verified: 'vérifiée',
			noData: 'Aucune tournée partagée pour l’instant : invitez des structures depuis « Membres du réseau ».',
			notANetwork: 'Cette page est celle d’un réseau.'
		},
		members: {
			title: 'Membres du réseau',
			intro:
				'Compagnies et lieux membres du réseau, et ce que chacun a choisi de partager. Les membres de votre structure « réseau » (onglet Membres) sont ses référent·es.',
			caption: 'Structures membres de {network}',
			name: 'Structure',
			kind: 'Type',
			tier: 'Partage',
			since: 'Membre depuis',
			sharedTours: 'Tournées ouvertes',
			none: 'Aucune structure membre pour l’instant.',
			invite: {
				title: 'Inviter une structure',
				intro:
					'Un lien d’invitation, à usage unique, valable {days} jours. Une personne propriétaire de la compagnie ou du lieu l’accepte.',
				label: 'Pour qui ? (facultatif, pour vous y retrouver)',
				submit: 'Créer un lien d’invitation',
				created: 'Lien créé. Copiez-le maintenant : il ne sera plus affiché.',
				link: 'Lien',
				expires: 'Valable jusqu’au {date}.'
			},
			pending: {
				title: 'Invitations en attente',
				none: 'Aucune invitation en attente.',
				created: 'Créée le',
				expires: 'Expire le',
				revoke: 'Retirer',
				revokeLabel: 'Retirer l’invitation {label} du {date}',
				revoked: 'Invitation retirée.'
			},
			requests: {
				title: 'Demandes d’adhésion',
				none: 'Aucune demande en attente.',
				accept: 'Accepter',
				refuse: 'Refuser',
				acceptLabel: 'Accepter la demande de {name}',
				refuseLabel: 'Refuser la demande de {name}',
				decided: 'Demande traitée.'
			},
			actions: 'Actions'
		},
		tour: {
			title: '{production} — saison {season}',
			readOnly:
				'Lecture seule : {member} a ouvert cette tournée aux référent·es du réseau pour être accompagnée.',
			member: 'Structure',
			phase: 'Prévisionnel ou réalisé',
			totals: 'Résultats',
			notComputable: 'Cette tournée ne peut pas être calculée pour l’instant.',
			dates: 'Dates',
			venue: 'Lieu',
			start: 'Début',
			performances: 'Représentations',
			company: 'Équipe',
			audience: 'Publics',
			defaults: 'Données par défaut',
			defaultsIntro:
				'Ces lignes reposent sur des valeurs par défaut : ce qu’une demande de complément listera.',
			noDefaults: 'Aucune donnée par défaut.',
			review: {
				title: 'Vérification',
				status: 'Décision',
				verified: 'Vérifiée',
				changes_requested: 'À compléter',
				note: 'Note pour la structure',
				submit: 'Enregistrer',
				saved: 'Vérification enregistrée : la structure la voit sur sa page réseau.',
				history: 'Historique',
				none: 'Pas encore vérifiée.'
			}
		},
		report: {
			title: 'Rapport du réseau {network}',
			kicker: 'Rapport pour les financeurs',
			generated: 'Établi le {date} à partir des tournées partagées par les structures membres.',
			filters: 'Filtres',
			noFilters: 'Aucun (tout le réseau)',
			print: 'Imprimer ou enregistrer en PDF',
			printHint: 'Format A4.',
			notJudged:
				'Les structures ne sont ni classées ni jugées sur leurs émissions : ce rapport décrit le réseau dans son ensemble.'
		},
		exportsLog: {
			title: 'Journal des exports',
			intro:
				'Chaque export (CSV, JSON, rapport) : qui, quand, avec quels filtres. Visible par les propriétaires du réseau.',
			who: 'Qui',
			when: 'Quand',
			format: 'Format',
			filters: 'Filtres',
			none: 'Aucun export pour l’instant.',
			anonymous: 'visiteur de la démo'
		},
		member: {
			title: 'Réseaux',
			intro:
				'Les réseaux dont votre structure est membre. Vous choisissez, réseau par réseau, ce que vous partagez, et vous pouvez le changer ou partir à tout moment.',
			caption: 'Réseaux de {org}',
			network: 'Réseau',
			status: 'État',
			active: 'Membre',
			left: 'Partie le {date}',
			none: 'Votre structure n’est membre d’aucun réseau.',
			requests: 'Demandes envoyées',
			requestPending: 'En attente de réponse depuis le {date}',
			join: {
				title: 'Rejoindre avec un code d’invitation',
				intro: 'Un·e référent·e vous a envoyé un lien ou un code.',
				code: 'Code d’invitation',
				submit: 'Rejoindre',
				done: 'Votre structure a rejoint {network}. Choisissez maintenant ce que vous partagez.'
			},
			request: {
				title: 'Demander à rejoindre un réseau',
				intro: 'L’adresse du réseau (par exemple …/o/mon-reseau) ; un·e référent·e acceptera ou refusera.',
				network: 'Adresse du réseau',
				submit: 'Envoyer la demande',
				sent: 'Demande envoyée à {network}.'
			},
			ownersOnly:
				'Seules les personnes propriétaires de la structure peuvent rejoindre un réseau ou changer ce qui est partagé.'
		},
		consent: {
			title: 'Ce que vous partagez avec {network}',
			sees: 'Ce que les référent·es verront',
			seesText:
				'Selon le niveau choisi : vos tournées partagées comptent dans les chiffres d’ensemble (jamais à votre nom) ; au niveau « visible », ils et elles peuvent ouvrir ces tournées en lecture seule ; au niveau « cas publiable », vos expérimentations partagées peuvent être citées.',
			notSees: 'Ce qu’ils et elles ne verront jamais',
			notSeesText:
				'Vos tournées non partagées, vos scénarios, vos membres, et vos chiffres au niveau « compté seulement ». Aucun chiffre n’est publié à partir de moins de 3 structures.',
			notJudged:
				'Votre structure ne sera ni classée ni jugée sur ses émissions : le réseau s’en sert pour accompagner ses membres et rendre compte de l’ensemble.',
			tier: 'Niveau de partage',
			which: 'Quelles tournées',
			seasons: 'Toutes les tournées de ces saisons',
			phases: 'Prévisionnels et réalisés',
			tours: 'Ou tournée par tournée',
			noTours: 'Votre structure n’a pas encore de tournée.',
			shared: 'partagée',
			submit: 'Enregistrer mon choix',
			saved: 'Choix enregistré : il s’applique dès maintenant.',
			current: 'Actuellement : {tier}, {n} tournée(s) partagée(s).',
			history: 'Historique des choix',
			event: { joined: 'Adhésion', consent: 'Choix de partage', left: 'Départ' },
			at: 'Date',
			by: 'Par',
			what: 'Choix',
			selectionText: (p: Params) =>
				`${p.tier} · saisons : ${p.seasons || 'aucune'} · ${p.tours} tournée(s) choisie(s) une à une`
		},
		position: {
			title: 'Votre position dans le réseau',
			intro:
				'Vos indicateurs, sur vos tournées partagées, à côté de la médiane et des quartiles du réseau. Vous ne voyez jamais le nom ni les chiffres d’une autre structure.',
			own: 'Vous',
			notEnough: 'secret (moins de 5 structures)',
			none: 'Partagez au moins une tournée pour voir votre position.'
		},
		reviews: {
			title: 'Vérifications des référent·es',
			onTour: 'Vérifications de cette tournée par vos réseaux',
			none: 'Aucune vérification pour l’instant.',
			missing: 'Données à compléter',
			tour: 'Tournée'
		},
		leave: {
			title: 'Quitter le réseau',
			text: 'Tous vos partages avec ce réseau s’arrêtent immédiatement : vos tournées ne comptent plus dans ses chiffres. Pour revenir, il faudra une nouvelle invitation.',
			submit: 'Quitter {network}',
			left: 'Vous avez quitté ce réseau le {date} ; plus rien n’y est partagé.'
		},
		joinPage: {
			title: 'Invitation à rejoindre un réseau',
			intro: 'Le réseau {network} invite une structure à le rejoindre.',
			org: 'Structure qui rejoint le réseau',
			submit: 'Rejoindre {network}',
			none: 'Il faut être propriétaire d’une compagnie ou d’un lieu pour accepter : créez d’abord votre structure.',
			invalid:
				'Ce lien d’invitation n’est pas valide : il a peut-être expiré ou déjà servi. Demandez-en un nouveau.',
			after: 'Vous choisirez ensuite ce que vous partagez ; par défaut, rien.'
		},
		errors: {
			alreadyMember: 'Votre structure est déjà membre de ce réseau.',
			alreadyRequested: 'Une demande est déjà en attente pour ce réseau.',
			noSuchNetwork: 'Aucun réseau à cette adresse.',
			invalidCode: 'Ce code n’est pas valide : il a peut-être expiré ou déjà servi.',
			tierRequired: 'Choisissez un niveau de partage.',
			tooLong: 'Texte trop long.'
		},
		demo: {
			link: 'Explorer un réseau de démonstration',
			text: 'Le tableau de bord d’un·e référent·e : une agence régionale fictive et ses 15 structures membres.'
		},
		count: plural('{n} tournée', '{n} tournées')
	},
	en: {
		nav: {
			dashboard: 'Network dashboard',
			members: 'Network members',
			networks: 'Networks'
		},
		secret: {
			frequency: 'secret (fewer than 3 organisations)',
			dominance: 'secret (one organisation > 85%)',
			secondary: 'secret (secondary suppression)'
		},
		none: '—',
		rules: {
			title: 'Disclosure rule',
			text: 'No figure is built from fewer than 3 member organisations, nor where one organisation makes more than 85% of the total; further cells are hidden when a secret figure could be recomputed from the totals (secondary suppression). Median and quartiles from 5 organisations; never a minimum or a maximum. A filter combination that would isolate an organisation is refused. The server applies these rules to the page, the exports and the API.',
			source: 'Rules of French business statistical secrecy (Insee): frequency (3 units) and dominance (85%).'
		},
		dims: {
			discipline: 'Discipline',
			kind: 'Kind of organisation',
			region: 'Home region',
			department: 'Home department',
			scope: 'Tour scope',
			season: 'Season',
			phase: 'Forecast or actual',
			reviewed: 'Review'
		},
		scope: { regional: 'Regional', national: 'National', international: 'International' },
		phase: { forecast: 'Forecast', actual: 'Actual' },
		reviewed: { yes: 'Reviewed tours only', no: 'Tours not reviewed' },
		kind: { company: 'Companies', venue: 'Venues' },
		tiers: {
			counted: 'Counted only',
			visible: 'Visible to the referents',
			publishable: 'Publishable case'
		},
		tierText: {
			counted:
				'Your shared tours count in the network’s overall figures, never under your name. The referents see neither your tours nor your figures.',
			visible:
				'Also: the referents may open the tours you share below, read-only, to support you. Nothing else of your organisation.',
			publishable:
				'Also: the experiments you chose to share with your networks may be cited under your name in the network’s reports.'
		},
		dashboard: {
			title: 'Dashboard',
			kicker: 'Network',
			intro:
				'Figures of the member organisations that chose to share their tours. No organisation is ranked or judged on its emissions.',
			filters: 'Filters',
			all: 'All',
			apply: 'Filter',
			reset: 'Clear filters',
			maxFilters:
				'At most two filters at once: each further filter multiplies the ways to isolate an organisation.',
			refused: {
				isolates:
					'This filter combination would isolate an organisation (its figures could be recovered by comparing with a wider view): it is refused. Remove a filter or choose a wider one.',
				tooManyFilters: 'At most two filters at once: remove one.',
				unknownFilter: 'Unknown filter.'
			},
			panel: 'The panel',
			members: 'Member organisations',
			sharing: 'Organisations sharing at least one tour',
			tours: 'Shared tours',
			bySeason: 'Shared tours by season',
			season: 'Season',
			membersCol: 'Organisations',
			toursCol: 'Tours',
			totals: 'Emissions of the shared tours',
			company: 'Teams’ emissions (travel, freight, accommodation, meals)',
			audience: 'Audience travel, counted apart',
			dedup: (p: Params) =>
				`Double counting: ${p.n} evening(s) reported both by a company and by a venue of the network, counted once — ${p.venue} with the venue’s survey, ${p.company} with the company’s figure.`,
			byCategory: 'By category',
			category: 'Category',
			emissions: 'Emissions',
			total: 'Total',
			chartNote: 'Chart: the same values as the table.',
			indicators: 'Normalised indicators',
			indicatorsIntro:
				'“Overall”: the shared tours’ total divided by the total of dates, performances… Median and quartiles: the spread of organisations, each over its own tours.',
			indicator: 'Indicator',
			pooled: 'Overall',
			q1: '1st quartile',
			median: 'Median',
			q3: '3rd quartile',
			indicatorNames: {
				perDate: 'kg CO₂e per date',
				perPerformance: 'kg CO₂e per performance',
				perSpectator: 'kg CO₂e per spectator',
				perPersonKm: 'kg CO₂e per person·km (team travel)',
				perTonneKm: 'kg CO₂e per tonne·km (shared freight, where the tonnage is known)',
				audiencePerSpectator: 'Audience travel, kg CO₂e per spectator',
				oneOffShare: 'Share of one-off dates (a single performance)',
				audienceShare: 'Audience share of team + audience'
			},
			quality: 'Data quality',
			qualityIntro: 'Share of calculation lines whose data is measured, estimated or a default value.',
			measured: 'Measured',
			estimated: 'Estimated',
			default: 'Default',
			trend: 'Trend on a constant panel',
			trendIntro:
				'Only organisations present in both seasons count. The part due to emission-factor changes is shown apart from the part due to activity.',
			from: 'From',
			to: 'To',
			panelMembers: 'Organisations in the panel',
			fromKg: 'Emissions, 1st season',
			toKg: 'Emissions, 2nd season',
			factorPart: 'Of which factor changes',
			activityPart: 'Of which activity changes',
			noTrend: 'No trend to show: it takes at least two seasons (and no season filter).',
			trendRefused: 'Part of the trend is hidden: its panel would isolate an organisation.',
			experiments: 'Experiments across the network',
			lever: 'Lever',
			promised: 'Promised savings',
			cases: 'Publishable cases',
			casesIntro: 'Cited with the organisation’s consent (“publishable case” tier and experiment shared).',
			noCases: 'No publishable case yet.',
			noExperiments: 'No experiment on the shared tours.',
			exports: 'Export (same disclosure rules; every export is logged)',
			csvFr: 'CSV (French Excel: “;” and decimal comma)',
			csvStd: 'Standard CSV',
			json: 'JSON',
			reportFr: 'Funders’ report (French)',
			reportEn: 'Funders’ report (English)',
			exportLog: 'Export log',
			visibleTours: 'Tours opened to the referents',
			visibleIntro:
				'Organisations that chose so open these tours to you, read-only, so that you can support them.',
			noVisible: 'No organisation has opened a tour to the referents.',
			production: 'Production',
			member: 'Organisation',
			verified: 'reviewed',
			noData: 'No shared tour yet: invite organisations from “Network members”.',
			notANetwork: 'This page belongs to a network.'
		},
		members: {
			title: 'Network members',
			intro:
				'Companies and venues that are members of the network, and what each chose to share. The members of your network organisation (Members tab) are its referents.',
			caption: 'Member organisations of {network}',
			name: 'Organisation',
			kind: 'Kind',
			tier: 'Sharing',
			since: 'Member since',
			sharedTours: 'Opened tours',
			none: 'No member organisation yet.',
			invite: {
				title: 'Invite an organisation',
				intro:
					'A single-use invitation link, valid for {days} days. An owner of the company or venue accepts it.',
				label: 'For whom? (optional, to find your way)',
				submit: 'Create an invitation link',
				created: 'Link created. Copy it now: it will not be shown again.',
				link: 'Link',
				expires: 'Valid until {date}.'
			},
			pending: {
				title: 'Pending invitations',
				none: 'No pending invitation.',
				created: 'Created',
				expires: 'Expires',
				revoke: 'Withdraw',
				revokeLabel: 'Withdraw the invitation {label} of {date}',
				revoked: 'Invitation withdrawn.'
			},
			requests: {
				title: 'Requests to join',
				none: 'No pending request.',
				accept: 'Accept',
				refuse: 'Refuse',
				acceptLabel: 'Accept the request of {name}',
				refuseLabel: 'Refuse the request of {name}',
				decided: 'Request handled.'
			},
			actions: 'Actions'
		},
		tour: {
			title: '{production} — season {season}',
			readOnly: 'Read-only: {member} opened this tour to the network’s referents to be supported.',
			member: 'Organisation',
			phase: 'Forecast or actual',
			totals: 'Results',
			notComputable: 'This tour cannot be computed yet.',
			dates: 'Dates',
			venue: 'Venue',
			start: 'Start',
			performances: 'Performances',
			company: 'Team',
			audience: 'Audience',
			defaults: 'Default data',
			defaultsIntro: 'These lines rest on default values: what a request to complete will list.',
			noDefaults: 'No default data.',
			review: {
				title: 'Review',
				status: 'Decision',
				verified: 'Reviewed',
				changes_requested: 'To complete',
				note: 'Note for the organisation',
				submit: 'Save',
				saved: 'Review saved: the organisation sees it on its network page.',
				history: 'History',
				none: 'Not reviewed yet.'
			}
		},
		report: {
			title: 'Report of the network {network}',
			kicker: 'Report for funders',
			generated: 'Made on {date} from the tours shared by the member organisations.',
			filters: 'Filters',
			noFilters: 'None (the whole network)',
			print: 'Print or save as PDF',
			printHint: 'A4 format.',
			notJudged:
				'Organisations are neither ranked nor judged on their emissions: this report describes the network as a whole.'
		},
		exportsLog: {
			title: 'Export log',
			intro:
				'Every export (CSV, JSON, report): who, when, with which filters. Visible to the network’s owners.',
			who: 'Who',
			when: 'When',
			format: 'Format',
			filters: 'Filters',
			none: 'No export yet.',
			anonymous: 'demo visitor'
		},
		member: {
			title: 'Networks',
			intro:
				'The networks your organisation is a member of. You choose, network by network, what you share, and you can change it or leave at any time.',
			caption: 'Networks of {org}',
			network: 'Network',
			status: 'Status',
			active: 'Member',
			left: 'Left on {date}',
			none: 'Your organisation is not a member of any network.',
			requests: 'Requests sent',
			requestPending: 'Awaiting an answer since {date}',
			join: {
				title: 'Join with an invitation code',
				intro: 'A referent sent you a link or a code.',
				code: 'Invitation code',
				submit: 'Join',
				done: 'Your organisation joined {network}. Now choose what you share.'
			},
			request: {
				title: 'Ask to join a network',
				intro: 'The network’s address (for example …/o/my-network); a referent will accept or refuse.',
				network: 'Network address',
				submit: 'Send the request',
				sent: 'Request sent to {network}.'
			},
			ownersOnly: 'Only owners of the organisation can join a network or change what is shared.'
		},
		consent: {
			title: 'What you share with {network}',
			sees: 'What the referents will see',
			seesText:
				'Depending on the tier: your shared tours count in the overall figures (never under your name); at “visible”, they may open those tours read-only; at “publishable case”, your shared experiments may be cited.',
			notSees: 'What they will never see',
			notSeesText:
				'Your tours you do not share, your scenarios, your members, and your figures at “counted only”. No figure is published from fewer than 3 organisations.',
			notJudged:
				'Your organisation will be neither ranked nor judged on its emissions: the network uses them to support its members and report on the whole.',
			tier: 'Sharing tier',
			which: 'Which tours',
			seasons: 'Every tour of these seasons',
			phases: 'Forecasts and actuals',
			tours: 'Or tour by tour',
			noTours: 'Your organisation has no tour yet.',
			shared: 'shared',
			submit: 'Save my choice',
			saved: 'Choice saved: it applies from now on.',
			current: 'Currently: {tier}, {n} shared tour(s).',
			history: 'History of choices',
			event: { joined: 'Joined', consent: 'Sharing choice', left: 'Left' },
			at: 'Date',
			by: 'By',
			what: 'Choice',
			selectionText: (p: Params) =>
				`${p.tier} · seasons: ${p.seasons || 'none'} · ${p.tours} tour(s) chosen one by one`
		},
		position: {
			title: 'Your position in the network',
			intro:
				'Your indicators, over your shared tours, beside the network’s median and quartiles. You never see another organisation’s name or figures.',
			own: 'You',
			notEnough: 'secret (fewer than 5 organisations)',
			none: 'Share at least one tour to see your position.'
		},
		reviews: {
			title: 'Referents’ reviews',
			onTour: 'Reviews of this tour by your networks',
			none: 'No review yet.',
			missing: 'Data to complete',
			tour: 'Tour'
		},
		leave: {
			title: 'Leave the network',
			text: 'Every share with this network stops at once: your tours no longer count in its figures. Coming back takes a new invitation.',
			submit: 'Leave {network}',
			left: 'You left this network on {date}; nothing is shared with it any more.'
		},
		joinPage: {
			title: 'Invitation to join a network',
			intro: 'The network {network} invites an organisation to join it.',
			org: 'Organisation joining the network',
			submit: 'Join {network}',
			none: 'You must own a company or a venue to accept: create your organisation first.',
			invalid: 'This invitation link is not valid: it may have expired or been used. Ask for a new one.',
			after: 'You will then choose what you share; by default, nothing.'
		},
		errors: {
			alreadyMember: 'Your organisation is already a member of this network.',
			alreadyRequested: 'A request is already pending for this network.',
			noSuchNetwork: 'No network at this address.',
			invalidCode: 'This code is not valid: it may have expired or been used.',
			tierRequired: 'Choose a sharing tier.',
			tooLong: 'Text too long.'
		},
		demo: {
			link: 'Explore a demo network',
			text: 'A referent’s dashboard: a fictional regional agency and its 15 member organisations.'
		},
		count: plural('{n} tour', '{n} tours')
	}
});
