import { defineMessages } from '../define';

/**
 * Open observatory (issue 13): the public page, its method, the releases, and the organisation's
 * consent page. Category labels come from `engine`, disciplines from `tours`.
 */
export default defineMessages({
	fr: {
		nav: 'Observatoire',
		title: 'Observatoire ouvert des tournées',
		lead: 'Les empreintes carbone des tournées réalisées que des compagnies et des lieux ont choisi de verser à l’observatoire, agrégées et anonymisées. Sans compte, en données ouvertes.',
		season: 'Saison',
		choose: 'Afficher',
		computedAt: 'Chiffres recalculés le {date} (mis en cache une minute).',
		empty: 'Aucune tournée versée pour le moment.',
		total: {
			title: 'Saison {season} : ensemble',
			structures: 'Structures',
			tours: 'Tournées',
			dates: 'Dates',
			kgPerDate: 'kg CO₂e par date',
			kgPerPerformance: 'kg CO₂e par représentation',
			kgPerSpectator: 'kg CO₂e par spectateur'
		},
		dims: {
			region: 'Par région du siège',
			discipline: 'Par discipline',
			band: 'Par taille de tournée (nombre de dates)',
			team: 'Par taille d’équipe (personnes sur la route)',
			scope: 'Par portée géographique'
		},
		band: { '1': '1 date', '2-5': '2 à 5 dates', '6-20': '6 à 20 dates', '21+': 'plus de 20 dates' },
		team: {
			'1-3': '1 à 3 personnes',
			'4-8': '4 à 8 personnes',
			'9-20': '9 à 20 personnes',
			'21+': 'plus de 20 personnes',
			unknown: 'équipe non renseignée'
		},
		scope: {
			regional: 'Régionale',
			national: 'Nationale',
			international: 'Internationale',
			unknown: 'Inconnue'
		},
		map: {
			title: 'Carte : kg CO₂e par date, par région du siège',
			caption:
				'Carte en carrés de 22 km construite à partir des centres des communes (La Poste, Insee, Licence Ouverte 2.0) : chaque carré prend la région de la majorité des communes qu’il contient. Chaque région se parcourt au clavier (Tab) et mène à sa ligne du tableau ci-dessous, qui donne les mêmes chiffres.',
			hint: 'Survolez une région ou parcourez-les avec Tab pour lire son chiffre.',
			value: '{region} : {value} kg CO₂e par date',
			hidden: '{region} : {reason}',
			none: '{region} : aucune tournée versée',
			noValue: 'pas de chiffre',
			legend: 'Légende de la carte',
			range: 'de {from} à {to} kg CO₂e par date',
			withheld: 'secret (hachures)',
			noData: 'aucune tournée versée'
		},
		flows: {
			title: 'Déplacements de l’équipe et transport du décor',
			lead: 'Personnes·km de l’équipe et tonnes·km du fret, par famille de modes et par tranche de distance du trajet. Aucun couple origine–destination, aucun lieu.',
			team: 'Équipe : personnes·km par mode et distance',
			freight: 'Fret : tonnes·km et véhicules·km par mode et distance',
			mode: 'Mode',
			distance: 'Distance du trajet',
			allModes: 'Tous modes',
			allBands: 'toutes distances',
			band: {
				'0-100': 'moins de 100 km',
				'100-300': '100 à 300 km',
				'300-800': '300 à 800 km',
				'800+': '800 km et plus',
				unknown: 'distance inconnue'
			},
			km: { team: 'Personnes·km', freight: 'Tonnes·km (poids connu)' },
			vehicleKm: 'Véhicules·km',
			perKm: { team: 'kg CO₂e / personne·km', freight: 'kg CO₂e / tonne·km' }
		},
		levers: {
			title: 'Expérimentations par levier',
			lead: 'Engagements dont le résultat a été mesuré par une tournée réalisée : nombre de structures et d’engagements, et quartiles de l’économie mesurée (tournée de référence − tournée réalisée, kg CO₂e ; négative si les émissions ont augmenté).',
			none: 'Aucun engagement mesuré pour le moment.',
			lever: 'Levier',
			commitments: 'Engagements mesurés',
			saving: 'Économie mesurée par structure : 1er quartile · médiane · 3e quartile (kg CO₂e)'
		},
		unknownRegion: 'Hors de France ou inconnue',
		col: {
			value: 'Catégorie',
			structures: 'Structures',
			tours: 'Tournées',
			dates: 'Dates',
			kgPerDate: 'kg CO₂e / date',
			kgPerPerformance: 'kg CO₂e / représentation',
			kgPerSpectator: 'kg CO₂e / spectateur',
			quartiles: 'Par date : 1er quartile · médiane · 3e quartile',
			category: 'Poste',
			kg: 'kg CO₂e',
			share: 'Part'
		},
		noQuartiles: 'moins de 5 structures',
		secret: {
			frequency: 'secret : moins de 3 structures',
			dominance: 'secret : une structure dépasse 85 %',
			secondary: 'secret secondaire'
		},
		chart: {
			title: 'kg CO₂e par date, par région du siège',
			caption:
				'Graphique : kg CO₂e par date et par région ; les mêmes chiffres sont dans le tableau ci-dessous.'
		},
		categories: 'Répartition par poste',
		method: {
			title: 'Méthode et limites',
			scope:
				'Périmètre : les tournées réalisées (pas les prévisionnels) des compagnies et des lieux qui ont choisi « contribuer à l’observatoire ouvert ». La démo, les sessions de formation et les autres types d’organisation ne comptent jamais. Une organisation qui se retire cesse aussitôt de compter ici, et dans la prochaine publication ; une publication déjà parue n’est pas modifiée.',
			figures:
				'Chiffres : émissions de la tournée de la compagnie (déplacements de l’équipe, transport du décor, hébergement, repas), calculées par le moteur d’Empreinte avec les jeux de facteurs d’émission versionnés ci-dessous.',
			allocation:
				'Mobilité des publics : exclue de ces chiffres. Par convention, la mobilité des spectateurs est comptée par le lieu qui accueille la date, pas par la compagnie en tournée ; l’ajouter ici la compterait deux fois.',
			rule: 'Règle de diffusion (secret statistique des entreprises, Insee) : aucun chiffre construit à partir de moins de 3 structures, ni quand une structure représente plus de 85 % d’un total (émissions, dates, représentations ou spectateurs) ; d’autres cases sont masquées quand un chiffre secret pourrait être recalculé à partir des totaux, ou en soustrayant une publication antérieure (secret secondaire). Médiane et quartiles à partir de 5 structures ; jamais de minimum ni de maximum.',
			factorSets: 'Jeux de facteurs et versions du moteur : {sets}.',
			noFactorSets: 'aucun pour le moment',
			regions:
				'Régions : celles du 1er janvier 2016, par code Insee du siège de la structure. Aucun lieu plus fin, aucun itinéraire.',
			bands:
				'Tranches : taille d’équipe = le plus grand nombre de personnes présentes à une même date (1–3, 4–8, 9–20, plus de 20) ; portée régionale quand toutes les dates sont dans la région du siège, nationale quand elles sont toutes en France, internationale sinon.',
			flows:
				'Personnes·km et tonnes·km : celles du moteur pour chaque trajet, rangées par famille de modes et par tranche de distance du trajet (moins de 100, 100–300, 300–800, 800 km et plus). Les tonnes·km ne comptent que les envois dont le poids est connu ; les camions et utilitaires comptent en véhicules·km.',
			levers:
				'Expérimentations : l’économie mesurée d’un engagement est la différence entre le total de la tournée de référence et celui de la tournée réalisée liée, chacun calculé par le moteur à son enregistrement (mobilité des publics pour les leviers qui la visent). Un levier s’affiche à partir de 3 structures, ses quartiles à partir de 5.',
			live: 'Page en direct : chaque chiffre affiché est gardé ; un chiffre qui a bougé depuis, du fait de moins de 3 structures, reste secret jusqu’à ce qu’il ait bougé du fait d’au moins 3 — on ne peut donc isoler une structure en comparant la page à elle-même ou à une publication.',
			map: 'Carte : grille de carrés de 22 km générée hors ligne à partir des centres des communes fournis avec Empreinte (script scripts/build-region-grid.ts), sans appel réseau.'
		},
		releases: {
			title: 'Publications en données ouvertes',
			lead: 'Chaque publication fige les agrégats d’une saison : un paquet Frictionless Data (CSV UTF-8, datapackage.json avec le schéma de chaque colonne, README, CHANGELOG), sous Licence Ouverte 2.0. Les publications ne sont jamais modifiées.',
			none: 'Aucune publication pour le moment.',
			name: 'Saison {period}, version {version}',
			date: 'publiée le {date}',
			zip: 'Télécharger le paquet (zip)',
			files: 'Fichiers et empreintes SHA-256',
			api: 'Les mêmes chiffres en JSON : {link}.',
			schema: 'Le schéma de chaque fichier (Table Schema, types, unités) : {link}.'
		},
		consent: {
			title: 'Observatoire ouvert',
			lead: 'Contribuer à l’observatoire ouvert : les tournées réalisées de votre structure comptent dans les agrégats publics et anonymisés de la page {link} et dans ses publications en données ouvertes. Aucun nom, aucun lieu plus fin que la région, aucun chiffre à moins de 3 structures. Ce choix est distinct de ceux que vous faites pour vos réseaux.',
			label: 'Contribuer à l’observatoire ouvert',
			on: 'Votre structure contribue à l’observatoire.',
			off: 'Votre structure ne contribue pas à l’observatoire.',
			yes: 'Contribuer',
			no: 'Ne plus contribuer',
			save: 'Enregistrer',
			saved: 'Choix enregistré.',
			history: 'Historique',
			historyOn: 'contribution activée',
			historyOff: 'contribution retirée',
			by: 'par {name}',
			noHistory: 'Jamais activée.',
			ownerOnly: 'Seul un propriétaire de la structure peut changer ce choix.',
			withdrawal:
				'Un retrait s’applique aussitôt à la page publique et à la prochaine publication ; les publications déjà parues restent telles quelles.',
			invalid: 'Choisissez oui ou non.',
			settingsLink: 'Observatoire ouvert : contribuer ou non'
		},
		release: { period: 'Une saison est une année sur quatre chiffres, par exemple 2026.' },
		admin: {
			title: 'Observatoire : publier',
			lead: 'Réservé aux responsables de cette instance (EMPREINTE_ADMIN_EMAILS). Une publication fige les agrégats d’une saison tels qu’ils sont maintenant, sous les règles de diffusion ; elle ne peut plus être modifiée. C’est la même opération que npx empreinte observatory release --period AAAA.',
			period: 'Saison à publier',
			help: 'Une année sur quatre chiffres, par exemple 2026.',
			build: 'Construire la publication',
			built: 'Publication de la saison {period}, version {version}, construite.',
			contributions: 'Contributions actuelles',
			season: 'Saison {season} : {tours} tournées réalisées de {structures} structures'
		}
	},
	en: {
		nav: 'Observatory',
		title: 'Open observatory of touring',
		lead: 'The carbon footprints of completed tours that companies and venues chose to contribute, aggregated and anonymised. No account needed, open data.',
		season: 'Season',
		choose: 'Show',
		computedAt: 'Figures recomputed on {date} (cached for one minute).',
		empty: 'No tour contributed yet.',
		total: {
			title: 'Season {season}: all',
			structures: 'Structures',
			tours: 'Tours',
			dates: 'Dates',
			kgPerDate: 'kg CO₂e per date',
			kgPerPerformance: 'kg CO₂e per performance',
			kgPerSpectator: 'kg CO₂e per spectator'
		},
		dims: {
			region: 'By region of the home base',
			discipline: 'By discipline',
			band: 'By tour scale (number of dates)',
			team: 'By team size (people on the road)',
			scope: 'By geographic scope'
		},
		band: { '1': '1 date', '2-5': '2 to 5 dates', '6-20': '6 to 20 dates', '21+': 'more than 20 dates' },
		team: {
			'1-3': '1 to 3 people',
			'4-8': '4 to 8 people',
			'9-20': '9 to 20 people',
			'21+': 'more than 20 people',
			unknown: 'team not given'
		},
		scope: {
			regional: 'Regional',
			national: 'National',
			international: 'International',
			unknown: 'Unknown'
		},
		map: {
			title: 'Map: kg CO₂e per date, by region of the home base',
			caption:
				'Map in 22 km squares built from the centres of the communes (La Poste, INSEE, Licence Ouverte 2.0): each square takes the region of most of the communes it holds. Each region can be reached with the keyboard (Tab) and leads to its row of the table below, which gives the same figures.',
			hint: 'Hover over a region or move through them with Tab to read its figure.',
			value: '{region}: {value} kg CO₂e per date',
			hidden: '{region}: {reason}',
			none: '{region}: no tour contributed',
			noValue: 'no figure',
			legend: 'Map legend',
			range: '{from} to {to} kg CO₂e per date',
			withheld: 'withheld (hatched)',
			noData: 'no tour contributed'
		},
		flows: {
			title: 'Team travel and freight',
			lead: 'Person·km of the team and tonne·km of freight, by mode family and distance band of the leg. No origin–destination pair, no place.',
			team: 'Team: person·km by mode and distance',
			freight: 'Freight: tonne·km and vehicle·km by mode and distance',
			mode: 'Mode',
			distance: 'Distance of the leg',
			allModes: 'All modes',
			allBands: 'all distances',
			band: {
				'0-100': 'under 100 km',
				'100-300': '100 to 300 km',
				'300-800': '300 to 800 km',
				'800+': '800 km and over',
				unknown: 'distance unknown'
			},
			km: { team: 'Person·km', freight: 'Tonne·km (weight known)' },
			vehicleKm: 'Vehicle·km',
			perKm: { team: 'kg CO₂e / person·km', freight: 'kg CO₂e / tonne·km' }
		},
		levers: {
			title: 'Experiments by lever',
			lead: 'Commitments whose result was measured by a completed tour: number of structures and commitments, and quartiles of the measured saving (baseline tour − completed tour, kg CO₂e; negative when emissions went up).',
			none: 'No measured commitment yet.',
			lever: 'Lever',
			commitments: 'Measured commitments',
			saving: 'Measured saving per structure: first quartile · median · third quartile (kg CO₂e)'
		},
		unknownRegion: 'Outside France or unknown',
		col: {
			value: 'Group',
			structures: 'Structures',
			tours: 'Tours',
			dates: 'Dates',
			kgPerDate: 'kg CO₂e / date',
			kgPerPerformance: 'kg CO₂e / performance',
			kgPerSpectator: 'kg CO₂e / spectator',
			quartiles: 'Per date: first quartile · median · third quartile',
			category: 'Category',
			kg: 'kg CO₂e',
			share: 'Share'
		},
		noQuartiles: 'fewer than 5 structures',
		secret: {
			frequency: 'withheld: fewer than 3 structures',
			dominance: 'withheld: one structure above 85 %',
			secondary: 'withheld: secondary suppression'
		},
		chart: {
			title: 'kg CO₂e per date, by region of the home base',
			caption: 'Chart: kg CO₂e per date by region; the same figures are in the table below.'
		},
		categories: 'Breakdown by category',
		method: {
			title: 'Method and caveats',
			scope:
				'Scope: completed tours (not forecasts) of the companies and venues that chose “contribute to the open observatory”. The demo, training sessions and other kinds of organisation never count. An organisation that withdraws stops counting here at once, and in the next release; a release already published is not changed.',
			figures:
				'Figures: the company’s touring emissions (team travel, freight, accommodation, meals), computed by the Empreinte engine with the versioned emission-factor sets below.',
			allocation:
				'Audience travel: excluded from these figures. By convention the audience’s mobility is counted by the venue hosting the date, not by the touring company; adding it here would count it twice.',
			rule: 'Disclosure rule (French official statistics on businesses, Insee): no figure built from fewer than 3 structures, nor where one structure makes more than 85 % of a total (emissions, dates, performances or spectators); more cells are withheld when a withheld figure could be recomputed from the totals, or by subtracting an earlier release (secondary suppression). Median and quartiles from 5 structures; never a minimum or maximum.',
			factorSets: 'Factor sets and engine versions: {sets}.',
			noFactorSets: 'none yet',
			regions:
				'Regions: those of 1 January 2016, by the INSEE code of the structure’s home base. No finer place, no itinerary.',
			bands:
				'Bands: team size = the largest number of people present at one date (1–3, 4–8, 9–20, more than 20); regional scope when every date is in the home base’s region, national when all are in France, international otherwise.',
			flows:
				'Person·km and tonne·km: the engine’s for each leg, grouped by mode family and distance band of the leg (under 100, 100–300, 300–800, 800 km and over). Tonne·km count only shipments whose weight is known; vans and trucks count in vehicle·km.',
			levers:
				'Experiments: the measured saving of a commitment is the baseline tour’s total minus the linked completed tour’s, each computed by the engine when saved (audience mobility for the levers that target it). A lever is shown from 3 structures, its quartiles from 5.',
			live: 'Live page: every figure shown is kept; a figure that has since moved because of fewer than 3 structures stays withheld until it has moved because of at least 3 — so no structure can be isolated by comparing the page with itself or with a release.',
			map: 'Map: a grid of 22 km squares generated offline from the commune centres shipped with Empreinte (script scripts/build-region-grid.ts), with no network call.'
		},
		releases: {
			title: 'Open data releases',
			lead: 'Each release freezes a season’s aggregates: a Frictionless Data Package (UTF-8 CSV, datapackage.json with every column’s schema, README, CHANGELOG), under the Licence Ouverte 2.0. Releases are never changed.',
			none: 'No release yet.',
			name: 'Season {period}, version {version}',
			date: 'published on {date}',
			zip: 'Download the package (zip)',
			files: 'Files and SHA-256 checksums',
			api: 'The same figures as JSON: {link}.',
			schema: 'The schema of each file (Table Schema, types, units): {link}.'
		},
		consent: {
			title: 'Open observatory',
			lead: 'Contribute to the open observatory: your organisation’s completed tours count in the public, anonymised aggregates of the {link} page and in its open data releases. No name, no place finer than the region, no figure from fewer than 3 structures. This choice is separate from the ones you make for your networks.',
			label: 'Contribute to the open observatory',
			on: 'Your organisation contributes to the observatory.',
			off: 'Your organisation does not contribute to the observatory.',
			yes: 'Contribute',
			no: 'Stop contributing',
			save: 'Save',
			saved: 'Choice saved.',
			history: 'History',
			historyOn: 'contribution turned on',
			historyOff: 'contribution withdrawn',
			by: 'by {name}',
			noHistory: 'Never turned on.',
			ownerOnly: 'Only an owner of the organisation can change this choice.',
			withdrawal:
				'A withdrawal applies at once to the public page and to the next release; releases already published stay as they are.',
			invalid: 'Choose yes or no.',
			settingsLink: 'Open observatory: contribute or not'
		},
		release: { period: 'A season is a four-digit year, for example 2026.' },
		admin: {
			title: 'Observatory: publish',
			lead: 'For the people who run this instance (EMPREINTE_ADMIN_EMAILS). A release freezes a season’s aggregates as they are now, under the disclosure rules; it can never be changed. This is the same operation as npx empreinte observatory release --period YYYY.',
			period: 'Season to publish',
			help: 'A four-digit year, for example 2026.',
			build: 'Build the release',
			built: 'Release of season {period}, version {version}, built.',
			contributions: 'Current contributions',
			season: 'Season {season}: {tours} completed tours from {structures} structures'
		}
	}
});
