import { defineMessages } from '../define';

/**
 * The calculation engine: result labels (scopes, categories, modes, boundary, quality, indicators),
 * typed error codes (`engine.<code>` → `errors.<code>`) and warning codes (`<area>.<code>` →
 * `warnings.<area>.<code>`). Mode keys are activity keys with dots turned into underscores
 * (`rail.tgv` → `mode.rail_tgv`); freight vehicles are labelled from their class and load.
 */
export default defineMessages({
	fr: {
		version: 'Moteur de calcul {version}',
		unit: 'kg CO₂e',
		scope: {
			company: 'Émissions de la compagnie',
			audience: 'Mobilité des publics'
		},
		category: {
			travel: 'Déplacements de l’équipe',
			freight: 'Transport du décor et du matériel',
			accommodation: 'Hébergement',
			meal: 'Repas',
			audience: 'Mobilité des publics'
		},
		family: {
			rail: 'Train',
			road: 'Route',
			coach: 'Autocar',
			air: 'Avion',
			sea: 'Bateau',
			urban: 'Transports urbains',
			soft: 'Marche et vélo'
		},
		mode: {
			rail_tgv: 'TGV',
			rail_intercites: 'Intercités',
			rail_ter: 'TER',
			rail_international: 'Train international',
			rail_rer: 'RER / Transilien',
			coach: 'Autocar',
			bus: 'Bus',
			metro: 'Métro',
			tram: 'Tramway',
			plane: 'Avion',
			plane_short: 'Avion, court-courrier (≤ 1 000 km)',
			plane_medium: 'Avion, moyen-courrier (1 000–2 000 km)',
			plane_medium_long: 'Avion, moyen-long-courrier (2 000–5 000 km)',
			plane_long: 'Avion, long-courrier (> 5 000 km)',
			ferry: 'Ferry',
			bike: 'Vélo',
			ebike: 'Vélo à assistance électrique',
			walk: 'Marche',
			car: 'Voiture',
			car_average: 'Voiture (moyenne)',
			car_small_petrol: 'Petite voiture essence',
			car_small_diesel: 'Petite voiture diesel',
			car_small_electric: 'Petite voiture électrique',
			car_small_hybrid: 'Petite voiture hybride',
			car_small_phev: 'Petite voiture hybride rechargeable',
			car_compact_petrol: 'Voiture moyenne essence',
			car_compact_diesel: 'Voiture moyenne diesel',
			car_compact_electric: 'Voiture moyenne électrique',
			car_compact_hybrid: 'Voiture moyenne hybride',
			car_compact_phev: 'Voiture moyenne hybride rechargeable',
			car_sedan_petrol: 'Berline essence',
			car_sedan_diesel: 'Berline diesel',
			car_sedan_electric: 'Berline électrique',
			car_sedan_hybrid: 'Berline hybride',
			car_sedan_phev: 'Berline hybride rechargeable',
			car_large_petrol: 'Grande voiture / SUV essence',
			car_large_diesel: 'Grande voiture / SUV diesel',
			car_large_electric: 'Grande voiture / SUV électrique',
			car_large_hybrid: 'Grande voiture / SUV hybride',
			car_large_phev: 'Grande voiture / SUV hybride rechargeable',
			van_passenger: 'Van / fourgon de tournée',
			minibus: 'Minibus',
			campervan: 'Camping-car',
			motorbike: 'Moto',
			motorbike_small: 'Moto ≤ 250 cm³',
			scooter_petrol: 'Scooter thermique',
			scooter_electric: 'Scooter électrique',
			kick_scooter_electric: 'Trottinette électrique',
			cargo_bike_electric: 'Vélo cargo électrique',
			bus_electric: 'Bus électrique',
			bus_cng: 'Bus au gaz naturel (GNV)',
			plane_lt500: 'Avion, moins de 500 km',
			plane_uk_domestic: 'Avion, vol intérieur britannique (DESNZ)',
			plane_uk_short_haul: 'Avion, court-courrier depuis ou vers le Royaume-Uni (DESNZ)',
			plane_uk_long_haul: 'Avion, long-courrier depuis ou vers le Royaume-Uni (DESNZ)',
			plane_non_uk: 'Avion, international hors Royaume-Uni (DESNZ)',
			freight_tkm_road: 'Fret routier partagé (t·km)',
			freight_tkm_rail: 'Fret ferroviaire (t·km)',
			freight_tkm_air: 'Fret aérien (t·km)',
			freight_tkm_sea: 'Fret maritime (t·km)',
			fuel_diesel: 'Gazole consommé',
			fuel_petrol: 'Essence consommée'
		},
		freightClass: {
			van: 'Utilitaire < 3,5 t',
			rigid_7_5t: 'Porteur 3,5–7,5 t',
			rigid_17t: 'Porteur 7,5–17 t',
			rigid_over_17t: 'Porteur > 17 t',
			rigid: 'Porteur (moyenne)',
			artic: 'Semi-remorque',
			hgv: 'Poids lourd (moyenne)'
		},
		freightLoad: {
			empty: 'à vide',
			half: 'à moitié chargé',
			full: 'plein',
			average: 'chargement moyen'
		},
		meal: {
			vegan: 'Repas végétalien',
			vegetarian: 'Repas végétarien',
			white_meat: 'Repas à base de viande blanche',
			red_meat: 'Repas à base de viande rouge',
			fish: 'Repas à base de poisson',
			average: 'Repas moyen'
		},
		hotel: 'Nuitées d’hôtel ({country})',
		lodging: {
			hotel: 'Hôtel (par chambre)',
			camping: 'Nuitées en camping (par personne)',
			holiday_rental: 'Nuitées en gîte ou location (par personne)',
			host_family: 'Nuitées chez l’habitant (par personne)',
			campervan: 'Nuitées en camping-car (par personne)'
		},
		component: {
			construction: 'Construction des véhicules',
			fuel: 'Carburant / énergie (amont compris)',
			nonco2: 'Traînées de condensation (effets hors CO₂)',
			wtt: 'Amont des carburants (well-to-tank)',
			other: 'Autres postes'
		},
		boundary: {
			title: 'Périmètre',
			full: 'complet, tel que publié par chaque source',
			partial: 'réduit',
			included: 'Inclus : {parts}',
			excluded: 'Exclus : {parts}',
			notSeparable:
				'{count} ligne(s) : une partie que vous avez exclue n’est pas séparable dans la source et reste comptée.',
			construction: 'construction des véhicules',
			nonCO2: 'effets hors CO₂ des vols',
			wtt: 'amont des carburants'
		},
		quality: {
			measured: 'mesuré',
			estimated: 'estimé',
			default: 'valeur par défaut'
		},
		legKind: {
			outbound: 'aller',
			between: 'entre deux dates',
			return: 'retour',
			'home-return': 'retour à la base',
			'home-departure': 'départ de la base',
			join: 'arrivée en cours de tournée',
			leave: 'départ en cours de tournée',
			explicit: 'trajet saisi'
		},
		totals: {
			title: 'Résultats',
			company: 'Émissions de la compagnie (sans les publics)',
			audience: 'Mobilité des publics (à part)',
			withAudience: 'Total avec la mobilité des publics',
			withoutAudience: 'Total sans la mobilité des publics',
			range: 'intervalle à 95 % : {low} – {high}',
			audienceNote:
				'La mobilité des publics est présentée à côté : le lieu d’accueil la compte aussi, ne l’additionnez pas sans le dire.'
		},
		indicators: {
			title: 'Indicateurs',
			dates: 'Dates',
			performances: 'Représentations',
			spectators: 'Spectateurs',
			personKm: 'Personnes·km de l’équipe',
			perDate: 'Par date',
			perPerformance: 'Par représentation',
			perSpectator: 'Par spectateur',
			perPersonKm: 'Par personne·km (déplacements de l’équipe)',
			audiencePerSpectator: 'Mobilité des publics par spectateur',
			oneOffShare: 'Dates uniques (une seule représentation)',
			oneOff: 'date unique'
		},
		table: {
			category: 'Poste',
			date: 'Date',
			venue: 'Lieu',
			leg: 'Trajet',
			mode: 'Mode',
			distance: 'Distance',
			company: 'Compagnie',
			audience: 'Publics',
			share: 'Part',
			kg: 'kg CO₂e',
			performances: 'Repr.',
			attendance: 'Spect.',
			factorSet: 'Base de facteurs : {set}',
			tables: 'Sources : {tables}',
			uncertainty: 'Incertitude : {method}',
			defaults: 'Valeurs par défaut utilisées : {count} ligne(s) (voir --format csv)',
			warnings: 'Avertissements'
		},
		uncertainty: {
			analytic: 'combinaison log-normale analytique',
			'monte-carlo': 'Monte-Carlo à graine fixe ({runs} tirages)'
		},
		errors: {
			factor_missing: 'La base de facteurs {set} n’a pas de facteur pour : {activities}.',
			invalid_input: 'Donnée invalide ({path}) : {message}',
			unit_mismatch:
				'Le facteur de « {activity} » n’est pas dans l’unité attendue ({expected}, trouvé {actual}).',
			unknown_mode: 'Mode de transport inconnu : « {mode} ».'
		},
		warnings: {
			route: {
				no_legs:
					'La tournée n’a aucun trajet (calcul du trajet désactivé, aucun trajet saisi) : déplacements et fret non comptés.'
			},
			boundary: {
				not_separable: '« {activity} » : {components} non séparable(s) dans la source, reste(nt) compté(s).'
			},
			accommodation: {
				default_country: 'Pas de facteur hôtelier pour le pays {country} : facteur par défaut utilisé.'
			},
			audience: {
				not_computed: 'Date {date} : aucune donnée de public, mobilité des publics non calculée.',
				no_attendance: 'Date {date} : ni fréquentation ni jauge, mobilité des publics non calculée.',
				attendance_from_capacity:
					'Date {date} : fréquentation inconnue, jauge pleine supposée ({attendance} spectateurs).',
				size_assumed: 'Date {date} : taille du lieu inconnue, « moyen » supposé.',
				shares_below_one: 'Date {date} : les parts modales font {sum}, le reste du public n’est pas compté.',
				default_shares: 'parts modales par défaut',
				default_distance: 'distances par défaut',
				default_occupancy: 'remplissage des voitures par défaut'
			},
			freight: {
				empty_leg: 'trajet à vide'
			}
		}
	},
	en: {
		version: 'Calculation engine {version}',
		unit: 'kg CO₂e',
		scope: {
			company: 'Company emissions',
			audience: 'Audience mobility'
		},
		category: {
			travel: 'Team travel',
			freight: 'Set and equipment freight',
			accommodation: 'Accommodation',
			meal: 'Meals',
			audience: 'Audience mobility'
		},
		family: {
			rail: 'Rail',
			road: 'Road',
			coach: 'Coach',
			air: 'Air',
			sea: 'Sea',
			urban: 'Urban transport',
			soft: 'Walking and cycling'
		},
		mode: {
			rail_tgv: 'High-speed train (TGV)',
			rail_intercites: 'Intercity train',
			rail_ter: 'Regional train (TER)',
			rail_international: 'International train',
			rail_rer: 'Suburban train (RER)',
			coach: 'Coach',
			bus: 'Bus',
			metro: 'Metro',
			tram: 'Tram',
			plane: 'Plane',
			plane_short: 'Plane, short haul (≤ 1,000 km)',
			plane_medium: 'Plane, medium haul (1,000–2,000 km)',
			plane_medium_long: 'Plane, medium-long haul (2,000–5,000 km)',
			plane_long: 'Plane, long haul (> 5,000 km)',
			ferry: 'Ferry',
			bike: 'Bike',
			ebike: 'E-bike',
			walk: 'Walking',
			car: 'Car',
			car_average: 'Car (average)',
			car_small_petrol: 'Small petrol car',
			car_small_diesel: 'Small diesel car',
			car_small_electric: 'Small electric car',
			car_small_hybrid: 'Small hybrid car',
			car_small_phev: 'Small plug-in hybrid car',
			car_compact_petrol: 'Medium petrol car',
			car_compact_diesel: 'Medium diesel car',
			car_compact_electric: 'Medium electric car',
			car_compact_hybrid: 'Medium hybrid car',
			car_compact_phev: 'Medium plug-in hybrid car',
			car_sedan_petrol: 'Petrol saloon',
			car_sedan_diesel: 'Diesel saloon',
			car_sedan_electric: 'Electric saloon',
			car_sedan_hybrid: 'Hybrid saloon',
			car_sedan_phev: 'Plug-in hybrid saloon',
			car_large_petrol: 'Large car / SUV, petrol',
			car_large_diesel: 'Large car / SUV, diesel',
			car_large_electric: 'Large car / SUV, electric',
			car_large_hybrid: 'Large car / SUV, hybrid',
			car_large_phev: 'Large car / SUV, plug-in hybrid',
			van_passenger: 'Touring van',
			minibus: 'Minibus',
			campervan: 'Campervan',
			motorbike: 'Motorbike',
			motorbike_small: 'Motorbike ≤ 250 cc',
			scooter_petrol: 'Petrol scooter',
			scooter_electric: 'Electric scooter',
			kick_scooter_electric: 'Electric kick scooter',
			cargo_bike_electric: 'Electric cargo bike',
			bus_electric: 'Electric bus',
			bus_cng: 'Natural gas (CNG) bus',
			plane_lt500: 'Plane, under 500 km',
			plane_uk_domestic: 'Plane, UK domestic (DESNZ)',
			plane_uk_short_haul: 'Plane, short-haul to or from the UK (DESNZ)',
			plane_uk_long_haul: 'Plane, long-haul to or from the UK (DESNZ)',
			plane_non_uk: 'Plane, international, non-UK (DESNZ)',
			freight_tkm_road: 'Shared road freight (t·km)',
			freight_tkm_rail: 'Rail freight (t·km)',
			freight_tkm_air: 'Air freight (t·km)',
			freight_tkm_sea: 'Sea freight (t·km)',
			fuel_diesel: 'Diesel burnt',
			fuel_petrol: 'Petrol burnt'
		},
		freightClass: {
			van: 'Van < 3.5 t',
			rigid_7_5t: 'Rigid truck 3.5–7.5 t',
			rigid_17t: 'Rigid truck 7.5–17 t',
			rigid_over_17t: 'Rigid truck > 17 t',
			rigid: 'Rigid truck (average)',
			artic: 'Articulated truck',
			hgv: 'Heavy goods vehicle (average)'
		},
		freightLoad: {
			empty: 'empty',
			half: 'half loaded',
			full: 'full',
			average: 'average load'
		},
		meal: {
			vegan: 'Vegan meal',
			vegetarian: 'Vegetarian meal',
			white_meat: 'Meal with white meat',
			red_meat: 'Meal with red meat',
			fish: 'Meal with fish',
			average: 'Average meal'
		},
		hotel: 'Hotel room-nights ({country})',
		lodging: {
			hotel: 'Hotel (per room)',
			camping: 'Camping nights (per person)',
			holiday_rental: 'Holiday rental or gîte nights (per person)',
			host_family: 'Nights with a host family (per person)',
			campervan: 'Campervan nights (per person)'
		},
		component: {
			construction: 'Vehicle construction',
			fuel: 'Fuel / energy (upstream included)',
			nonco2: 'Contrails (non-CO₂ effects)',
			wtt: 'Fuel upstream (well-to-tank)',
			other: 'Other parts'
		},
		boundary: {
			title: 'Boundary',
			full: 'full, as each source publishes it',
			partial: 'reduced',
			included: 'Included: {parts}',
			excluded: 'Excluded: {parts}',
			notSeparable:
				'{count} line(s): a part you excluded is not separable in the source and is still counted.',
			construction: 'vehicle construction',
			nonCO2: 'non-CO₂ effects of flights',
			wtt: 'fuel upstream'
		},
		quality: {
			measured: 'measured',
			estimated: 'estimated',
			default: 'default value'
		},
		legKind: {
			outbound: 'outbound',
			between: 'between dates',
			return: 'return',
			'home-return': 'back to base',
			'home-departure': 'leaving base',
			join: 'joining mid-tour',
			leave: 'leaving mid-tour',
			explicit: 'entered leg'
		},
		totals: {
			title: 'Results',
			company: 'Company emissions (without audiences)',
			audience: 'Audience mobility (reported apart)',
			withAudience: 'Total with audience mobility',
			withoutAudience: 'Total without audience mobility',
			range: '95 % range: {low} – {high}',
			audienceNote:
				'Audience mobility is shown beside: the host venue counts it too, do not add it in without saying so.'
		},
		indicators: {
			title: 'Indicators',
			dates: 'Dates',
			performances: 'Performances',
			spectators: 'Spectators',
			personKm: 'Team person·km',
			perDate: 'Per date',
			perPerformance: 'Per performance',
			perSpectator: 'Per spectator',
			perPersonKm: 'Per person·km (team travel)',
			audiencePerSpectator: 'Audience mobility per spectator',
			oneOffShare: 'One-off dates (a single performance)',
			oneOff: 'one-off'
		},
		table: {
			category: 'Category',
			date: 'Date',
			venue: 'Venue',
			leg: 'Leg',
			mode: 'Mode',
			distance: 'Distance',
			company: 'Company',
			audience: 'Audience',
			share: 'Share',
			kg: 'kg CO₂e',
			performances: 'Perf.',
			attendance: 'Spect.',
			factorSet: 'Factor set: {set}',
			tables: 'Sources: {tables}',
			uncertainty: 'Uncertainty: {method}',
			defaults: 'Default values used: {count} line(s) (see --format csv)',
			warnings: 'Warnings'
		},
		uncertainty: {
			analytic: 'analytic log-normal combination',
			'monte-carlo': 'seeded Monte Carlo ({runs} draws)'
		},
		errors: {
			factor_missing: 'Factor set {set} has no factor for: {activities}.',
			invalid_input: 'Invalid input ({path}): {message}',
			unit_mismatch: 'The factor for "{activity}" is not in the expected unit ({expected}, found {actual}).',
			unknown_mode: 'Unknown transport mode: "{mode}".'
		},
		warnings: {
			route: {
				no_legs:
					'The tour has no legs (route derivation off, no leg entered): travel and freight not counted.'
			},
			boundary: {
				not_separable: '"{activity}": {components} not separable in the source, still counted.'
			},
			accommodation: {
				default_country: 'No hotel factor for country {country}: default factor used.'
			},
			audience: {
				not_computed: 'Date {date}: no audience data, audience mobility not computed.',
				no_attendance: 'Date {date}: neither attendance nor capacity, audience mobility not computed.',
				attendance_from_capacity:
					'Date {date}: attendance unknown, full house assumed ({attendance} spectators).',
				size_assumed: 'Date {date}: venue size unknown, "medium" assumed.',
				shares_below_one:
					'Date {date}: modal shares add up to {sum}, the rest of the audience is not counted.',
				default_shares: 'default modal shares',
				default_distance: 'default distances',
				default_occupancy: 'default car occupancy'
			},
			freight: {
				empty_leg: 'empty leg'
			}
		}
	}
});
