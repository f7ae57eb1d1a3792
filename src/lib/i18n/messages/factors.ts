import { defineMessages, type Params } from '../define';

export default defineMessages({
	fr: {
		title: 'Facteurs d’émission',
		lead: 'Chaque kg CO₂e calculé par Empreinte vient de ces tables : des sources publiques, versionnées, jamais modifiées sur place, avec pour chaque facteur sa valeur telle que publiée, ses composantes, son identifiant dans la source et sa provenance.',
		breadcrumb: 'Fil d’Ariane',
		perUnit: 'kg CO₂e / {unit}',
		index: {
			defaultHeading: 'Le jeu de facteurs par défaut',
			defaultWhy: 'Pourquoi ce jeu, et la règle de choix',
			featuredHeading: 'Facteurs courants',
			featuredLead: 'Tels que le jeu par défaut ({set}) les utilise. Cliquez pour voir d’où vient la valeur.',
			latestHeading: 'Ce qui a changé dans les dernières versions',
			compareLink: 'Comparer {a} → {b}',
			setsHeading: 'Jeux de facteurs',
			setsLead:
				'Un jeu associe chaque activité (TGV, nuit d’hôtel, camion articulé…) à un facteur d’une table. Un diagnostic garde le jeu et la version avec lesquels il a été calculé.',
			tablesHeading: 'Tables sources',
			tablesLead:
				'Une table = une source à une version. Une correction ou une nouvelle édition est une nouvelle table.'
		},
		search: {
			heading: 'Rechercher un facteur',
			q: 'Nom, clé ou identifiant',
			placeholder: 'ex. TGV, hotel.FR, 43256',
			hint: 'Dans toutes les tables ; les accents et majuscules sont ignorés.',
			category: 'Catégorie',
			unit: 'Unité',
			source: 'Source',
			geography: 'Zone',
			verification: 'Vérification',
			any: 'Toutes',
			submit: 'Rechercher',
			reset: 'Effacer',
			count: (p: Params) =>
				Number(p.n) === 0
					? 'Aucun facteur trouvé.'
					: Number(p.n) === 1
						? '1 facteur trouvé.'
						: `${p.n} facteurs trouvés.`,
			truncated: 'Les {max} premiers sont affichés ; précisez la recherche.',
			resultsCaption: 'Facteurs trouvés'
		},
		col: {
			key: 'Clé',
			table: 'Table',
			label: 'Libellé de la source',
			value: 'Valeur',
			unit: 'Unité',
			sourceId: 'Identifiant source',
			geography: 'Zone',
			verification: 'Vérification',
			set: 'Jeu',
			title: 'Titre',
			entries: 'Activités',
			download: 'Télécharger',
			published: 'Publiée',
			rows: 'Facteurs',
			activity: 'Activité',
			factor: 'Facteur',
			why: 'Pourquoi',
			mode: 'Mode'
		},
		csv: {
			download: 'Télécharger en CSV',
			excel: 'CSV pour Excel (point-virgule, virgule décimale)'
		},
		set: {
			defaultBadge: 'par défaut',
			isDefault:
				'C’est le jeu par défaut d’Empreinte : un nouveau diagnostic est calculé avec lui, et reste attaché à cette version.',
			rule: 'Règle de choix',
			tables: 'Tables utilisées :',
			missing:
				'Activités sans facteur dans ce jeu (leur calcul lève une erreur explicite, jamais un zéro) : {list}.',
			compareWith: 'Comparer avec :',
			caption: '{group} — jeu {ref}',
			wttTitle: 'Part amont (well-to-tank) publiée à part par la source'
		},
		table: {
			comparePrevious: 'Comparer avec {ref}',
			newer: 'Version plus récente : {ref}',
			provenance: 'Provenance',
			boundary: 'Périmètre',
			notes: 'Notes sur la table',
			factors: (p: Params) => `${p.n} facteurs`,
			caption: 'Facteurs de la table {ref}'
		},
		meta: {
			dataset: 'Jeu de données',
			version: 'Version',
			published: 'Publication',
			validity: 'En vigueur',
			retrieved: 'Transcrit le',
			readFrom: 'Lu dans',
			url: 'Adresse',
			licence: 'Licence',
			attribution: 'Mention',
			checksum: 'Empreinte du fichier',
			supersedes: 'Remplace',
			usedBy: 'Utilisée par',
			noSet: 'aucun jeu',
			entriesCount: (p: Params) => (Number(p.n) === 1 ? '1 activité' : `${p.n} activités`),
			sourceId: 'Identifiant dans la source',
			sourceLabel: 'Libellé de la source',
			table: 'Table',
			organisation: 'Organisme',
			geography: 'Zone',
			dataYear: 'données {year}',
			uncertainty: 'Incertitude',
			noUncertainty: 'non publiée par la source',
			notes: 'Notes',
			file: 'Fichier',
			line: 'ligne {n}'
		},
		boundary: {
			construction: 'Construction des véhicules',
			fuelUpstream: 'Amont du carburant',
			nonCO2: 'Effets hors CO₂ (traînées)',
			wtt: 'Amont publié à part (well-to-tank)'
		},
		boundaryState: {
			included: 'inclus',
			excluded: 'exclu',
			separable: 'publié séparément',
			na: 'sans objet'
		},
		factor: {
			value: 'Valeur',
			sameAsPrevious: 'Même valeur que dans {ref}.',
			previousWas: 'Dans {ref} : {value}.',
			newInVersion: 'Absent de {ref}.',
			compareVersions: 'Voir tout ce qui a changé de {a} à {b}',
			newerVersion: 'Ce facteur dans la version suivante, {ref}',
			components: 'Composantes publiées',
			componentsCaption: 'Composantes de {key}, dans l’ordre de la source',
			componentsOrder:
				'Dans l’ordre où la source les stocke : c’est cet ordre qui permet de retrouver ses résultats au dernier chiffre près.',
			noComponents: 'La source ne publie qu’un total pour ce facteur.',
			wtt: 'Part amont publiée à part :',
			wttOf: 'Cette ligne est la part amont de :',
			provenance: 'Provenance',
			usedBy: 'Jeux qui l’utilisent',
			unused: 'Aucun jeu n’utilise ce facteur.',
			asWtt: 'comme part amont',
			sameKey: 'La même clé dans les autres tables',
			noSameKey: 'Aucune autre table n’a cette clé.',
			sameKeyCaption: 'Valeurs de {key} dans les autres tables',
			thisMinusThat: 'Écart (cette table − l’autre)',
			same: 'identique',
			part: 'Composante',
			partValue: 'kg CO₂e',
			share: 'Part',
			derived: 'calculée',
			derivedHelp:
				'Non publiée telle quelle : calculée exactement à partir de valeurs publiées (par ex. avec − sans forçage radiatif).'
		},
		verification: {
			verified: 'vérifiée',
			secondary: 'source secondaire',
			derived: 'calculée',
			unverified: 'non vérifiée'
		},
		verificationHelp: {
			verified: 'Lue dans le fichier de la source ou dans deux copies concordantes.',
			secondary: 'Lue dans une seule copie secondaire de la source.',
			derived: 'Calculée à partir de valeurs publiées (le détail est dans les notes).',
			unverified: 'La valeur ou son unité (par chambre ou par personne…) n’est pas établie : voir les notes.'
		},
		kind: {
			construction: 'Construction',
			fuel: 'Carburant ou électricité (amont compris)',
			nonco2: 'Effets hors CO₂ (traînées)',
			wtt: 'Amont (well-to-tank)',
			other: 'Autre'
		},
		category: {
			passenger: 'Voyageurs',
			freight: 'Fret',
			accommodation: 'Hébergement',
			meal: 'Repas',
			fuel: 'Carburant et énergie',
			other: 'Autre',
			travel: 'Déplacements'
		},
		unit: {
			passenger_km: 'passager·km',
			vehicle_km: 'véhicule·km',
			tonne_km: 'tonne·km',
			room_night: 'chambre·nuit',
			person_night: 'personne·nuit',
			meal: 'repas',
			litre: 'litre',
			kWh: 'kWh'
		},
		activity: {
			hotelIn: 'Hôtel — {country}',
			carOf: 'Voiture {size}, {energy}',
			freightOf: '{vehicle}, {load}',
			rail_tgv: 'TGV',
			rail_intercites: 'Intercités',
			rail_ter: 'TER',
			rail_international: 'Train international',
			rail_rer: 'RER / Transilien',
			coach: 'Autocar',
			bus: 'Bus',
			metro: 'Métro',
			tram: 'Tramway',
			plane_short: 'Avion, jusqu’à 1 000 km',
			plane_medium: 'Avion, 1 000 à 2 000 km',
			plane_medium_long: 'Avion, 2 000 à 5 000 km',
			plane_long: 'Avion, plus de 5 000 km',
			ferry: 'Ferry',
			bike: 'Vélo',
			ebike: 'Vélo électrique',
			walk: 'Marche',
			car_average: 'Voiture (non précisée)',
			van_passenger: 'Van de passagers',
			minibus: 'Minibus',
			campervan: 'Camping-car',
			motorbike: 'Moto',
			freight_van: 'Utilitaire < 3,5 t',
			freight_tkm_road: 'Fret routier partagé (t·km)',
			freight_tkm_rail: 'Fret ferroviaire (t·km)',
			freight_tkm_air: 'Fret aérien (t·km)',
			freight_tkm_sea: 'Fret maritime (t·km)',
			fuel_diesel: 'Gazole (litre)',
			fuel_petrol: 'Essence (litre)',
			hotel_default: 'Hôtel — pays sans facteur',
			meal_vegan: 'Repas végétalien',
			meal_vegetarian: 'Repas végétarien',
			meal_white_meat: 'Repas viande blanche',
			meal_red_meat: 'Repas viande rouge',
			meal_fish: 'Repas poisson',
			meal_average: 'Repas moyen'
		},
		carSize: { small: 'citadine', compact: 'compacte', sedan: 'berline', large: 'grande berline / SUV' },
		carEnergy: {
			petrol: 'essence',
			diesel: 'diesel',
			electric: 'électrique',
			hybrid: 'hybride',
			phev: 'hybride rechargeable'
		},
		freightClass: {
			rigid_7_5t: 'Porteur 3,5 à 7,5 t',
			rigid_17t: 'Porteur 7,5 à 17 t',
			rigid_over_17t: 'Porteur plus de 17 t',
			rigid: 'Porteur (moyenne)',
			artic: 'Semi-remorque (moyenne)',
			hgv: 'Poids lourd (moyenne)'
		},
		freightLoad: {
			empty: 'à vide',
			half: 'chargé à 50 %',
			full: 'chargé à 100 %',
			average: 'chargement moyen'
		},
		compare: {
			title: 'Comparer deux versions',
			lead: 'Deux tables (par exemple deux éditions d’une même source) ou deux jeux : facteurs ajoutés, retirés et modifiés, avec l’écart absolu et relatif, et ce que cela change pour un trajet type.',
			a: 'Version A (avant)',
			b: 'Version B (après)',
			km: 'Trajet type (km)',
			sort: 'Trier par',
			submit: 'Comparer',
			tables: 'Tables',
			sets: 'Jeux',
			problem: {
				both: 'Choisissez les deux versions à comparer.',
				kinds: 'A et B doivent être deux tables, ou deux jeux, qui existent.'
			},
			suggestions: 'Comparaisons utiles',
			summary:
				'{changed} modifiés, {added} ajoutés, {removed} retirés, {relabelled} dont seule la provenance change, {unchanged} identiques.',
			tripHeading: 'Trajet type : {km} km avec chaque mode',
			tripLead:
				'kg CO₂e par passager, ou par véhicule pour les modes comptés au véhicule·km (à partager entre ses occupants) ; périmètre complet publié par la source, amont publié à part non ajouté.',
			tripNoChange: 'Aucun mode ne change pour ce trajet.',
			tripCaption: '{km} km : kg CO₂e avec {a} et avec {b}',
			per: 'Par',
			perVehicle: 'véhicule',
			perPassenger: 'passager',
			kgIn: 'kg avec {ref}',
			delta: 'Écart (kg)',
			relative: 'Écart relatif',
			tripUnchanged: (p: Params) =>
				Number(p.n) === 1
					? '1 mode inchangé n’est pas affiché.'
					: `${p.n} modes inchangés ne sont pas affichés.`,
			changesHeading: 'Facteurs',
			sortBy: 'Trier par :',
			sortRel: 'écart relatif',
			sortAbs: 'écart absolu',
			sortId: 'clé',
			sortKind: 'type de changement',
			identical: 'Aucune différence.',
			changesCaption: 'Différences de {a} à {b}',
			change: 'Changement',
			before: 'Avant (A)',
			after: 'Après (B)',
			absolute: 'Écart absolu',
			also: 'Autres différences',
			unitWas: 'avant : {unit}',
			kind: { added: 'ajouté', removed: 'retiré', changed: 'modifié', relabelled: 'provenance' },
			detail: {
				components: 'composantes',
				sourceId: 'identifiant source',
				sourceLabel: 'libellé',
				wttKey: 'lien amont',
				wttValue: 'part amont',
				verification: 'vérification',
				table: 'autre table'
			}
		}
	},
	en: {
		title: 'Emission factors',
		lead: 'Every kg CO₂e Empreinte computes comes from these tables: public sources, versioned, never edited in place, each factor with its value as published, its components, its id in the source and its provenance.',
		breadcrumb: 'Breadcrumb',
		perUnit: 'kg CO₂e / {unit}',
		index: {
			defaultHeading: 'The default factor set',
			defaultWhy: 'Why this set, and the selection rule',
			featuredHeading: 'Common factors',
			featuredLead: 'As the default set ({set}) uses them. Click to see where the value comes from.',
			latestHeading: 'What changed in the latest versions',
			compareLink: 'Compare {a} → {b}',
			setsHeading: 'Factor sets',
			setsLead:
				'A set maps each activity (TGV, hotel night, articulated truck…) to one factor of one table. A diagnostic keeps the set and version it was computed with.',
			tablesHeading: 'Source tables',
			tablesLead: 'One table = one source at one version. A correction or a new edition is a new table.'
		},
		search: {
			heading: 'Search a factor',
			q: 'Name, key or id',
			placeholder: 'e.g. TGV, hotel.FR, 43256',
			hint: 'Across all tables; accents and case are ignored.',
			category: 'Category',
			unit: 'Unit',
			source: 'Source',
			geography: 'Area',
			verification: 'Verification',
			any: 'All',
			submit: 'Search',
			reset: 'Clear',
			count: (p: Params) =>
				Number(p.n) === 0
					? 'No factor found.'
					: Number(p.n) === 1
						? '1 factor found.'
						: `${p.n} factors found.`,
			truncated: 'The first {max} are shown; narrow the search.',
			resultsCaption: 'Factors found'
		},
		col: {
			key: 'Key',
			table: 'Table',
			label: 'Source label',
			value: 'Value',
			unit: 'Unit',
			sourceId: 'Source id',
			geography: 'Area',
			verification: 'Verification',
			set: 'Set',
			title: 'Title',
			entries: 'Activities',
			download: 'Download',
			published: 'Published',
			rows: 'Factors',
			activity: 'Activity',
			factor: 'Factor',
			why: 'Why',
			mode: 'Mode'
		},
		csv: {
			download: 'Download as CSV',
			excel: 'CSV for French Excel (semicolon, decimal comma)'
		},
		set: {
			defaultBadge: 'default',
			isDefault:
				'This is Empreinte’s default set: a new diagnostic is computed with it and stays pinned to this version.',
			rule: 'Selection rule',
			tables: 'Tables used:',
			missing:
				'Activities without a factor in this set (computing them raises an explicit error, never a zero): {list}.',
			compareWith: 'Compare with:',
			caption: '{group} — set {ref}',
			wttTitle: 'Well-to-tank part published separately by the source'
		},
		table: {
			comparePrevious: 'Compare with {ref}',
			newer: 'Newer version: {ref}',
			provenance: 'Provenance',
			boundary: 'Boundary',
			notes: 'Notes on the table',
			factors: (p: Params) => `${p.n} factors`,
			caption: 'Factors of table {ref}'
		},
		meta: {
			dataset: 'Dataset',
			version: 'Version',
			published: 'Published',
			validity: 'In force',
			retrieved: 'Transcribed on',
			readFrom: 'Read from',
			url: 'Address',
			licence: 'Licence',
			attribution: 'Attribution',
			checksum: 'File checksum',
			supersedes: 'Supersedes',
			usedBy: 'Used by',
			noSet: 'no set',
			entriesCount: (p: Params) => (Number(p.n) === 1 ? '1 activity' : `${p.n} activities`),
			sourceId: 'Id in the source',
			sourceLabel: 'Source label',
			table: 'Table',
			organisation: 'Organisation',
			geography: 'Area',
			dataYear: 'data {year}',
			uncertainty: 'Uncertainty',
			noUncertainty: 'not published by the source',
			notes: 'Notes',
			file: 'File',
			line: 'line {n}'
		},
		boundary: {
			construction: 'Vehicle construction',
			fuelUpstream: 'Fuel upstream',
			nonCO2: 'Non-CO₂ effects (contrails)',
			wtt: 'Upstream published apart (well-to-tank)'
		},
		boundaryState: {
			included: 'included',
			excluded: 'excluded',
			separable: 'published separately',
			na: 'not applicable'
		},
		factor: {
			value: 'Value',
			sameAsPrevious: 'Same value as in {ref}.',
			previousWas: 'In {ref}: {value}.',
			newInVersion: 'Not in {ref}.',
			compareVersions: 'See everything that changed from {a} to {b}',
			newerVersion: 'This factor in the next version, {ref}',
			components: 'Published components',
			componentsCaption: 'Components of {key}, in the source’s order',
			componentsOrder:
				'In the order the source stores them: that order is what reproduces its results to the last digit.',
			noComponents: 'The source publishes only a total for this factor.',
			wtt: 'Upstream part published apart:',
			wttOf: 'This row is the upstream part of:',
			provenance: 'Provenance',
			usedBy: 'Sets that use it',
			unused: 'No set uses this factor.',
			asWtt: 'as upstream part',
			sameKey: 'The same key in other tables',
			noSameKey: 'No other table has this key.',
			sameKeyCaption: 'Values of {key} in other tables',
			thisMinusThat: 'Difference (this table − the other)',
			same: 'same',
			part: 'Component',
			partValue: 'kg CO₂e',
			share: 'Share',
			derived: 'derived',
			derivedHelp:
				'Not published as such: computed exactly from published values (e.g. with − without radiative forcing).'
		},
		verification: {
			verified: 'verified',
			secondary: 'secondary source',
			derived: 'derived',
			unverified: 'unverified'
		},
		verificationHelp: {
			verified: 'Read in the source’s own file or in two agreeing copies.',
			secondary: 'Read in a single secondary copy of the source.',
			derived: 'Computed from published values (details in the notes).',
			unverified: 'The value or its unit basis (per room or per person…) is not established: see the notes.'
		},
		kind: {
			construction: 'Construction',
			fuel: 'Fuel or electricity (upstream included)',
			nonco2: 'Non-CO₂ effects (contrails)',
			wtt: 'Upstream (well-to-tank)',
			other: 'Other'
		},
		category: {
			passenger: 'Passengers',
			freight: 'Freight',
			accommodation: 'Accommodation',
			meal: 'Meals',
			fuel: 'Fuel and energy',
			other: 'Other',
			travel: 'Travel'
		},
		unit: {
			passenger_km: 'passenger·km',
			vehicle_km: 'vehicle·km',
			tonne_km: 'tonne·km',
			room_night: 'room·night',
			person_night: 'person·night',
			meal: 'meal',
			litre: 'litre',
			kWh: 'kWh'
		},
		activity: {
			hotelIn: 'Hotel — {country}',
			carOf: '{size} car, {energy}',
			freightOf: '{vehicle}, {load}',
			rail_tgv: 'TGV (French high-speed train)',
			rail_intercites: 'Intercités',
			rail_ter: 'TER (regional train)',
			rail_international: 'International train',
			rail_rer: 'RER / Transilien',
			coach: 'Coach',
			bus: 'Bus',
			metro: 'Metro',
			tram: 'Tram',
			plane_short: 'Plane, up to 1,000 km',
			plane_medium: 'Plane, 1,000 to 2,000 km',
			plane_medium_long: 'Plane, 2,000 to 5,000 km',
			plane_long: 'Plane, over 5,000 km',
			ferry: 'Ferry',
			bike: 'Bike',
			ebike: 'E-bike',
			walk: 'Walking',
			car_average: 'Car (unspecified)',
			van_passenger: 'Passenger van',
			minibus: 'Minibus',
			campervan: 'Camper van',
			motorbike: 'Motorbike',
			freight_van: 'Van < 3.5 t',
			freight_tkm_road: 'Shared road freight (t·km)',
			freight_tkm_rail: 'Rail freight (t·km)',
			freight_tkm_air: 'Air freight (t·km)',
			freight_tkm_sea: 'Sea freight (t·km)',
			fuel_diesel: 'Diesel (litre)',
			fuel_petrol: 'Petrol (litre)',
			hotel_default: 'Hotel — country without a factor',
			meal_vegan: 'Vegan meal',
			meal_vegetarian: 'Vegetarian meal',
			meal_white_meat: 'White-meat meal',
			meal_red_meat: 'Red-meat meal',
			meal_fish: 'Fish meal',
			meal_average: 'Average meal'
		},
		carSize: { small: 'Small', compact: 'Compact', sedan: 'Saloon', large: 'Large (SUV)' },
		carEnergy: {
			petrol: 'petrol',
			diesel: 'diesel',
			electric: 'electric',
			hybrid: 'hybrid',
			phev: 'plug-in hybrid'
		},
		freightClass: {
			rigid_7_5t: 'Rigid truck 3.5–7.5 t',
			rigid_17t: 'Rigid truck 7.5–17 t',
			rigid_over_17t: 'Rigid truck over 17 t',
			rigid: 'Rigid truck (average)',
			artic: 'Articulated truck (average)',
			hgv: 'Heavy goods vehicle (average)'
		},
		freightLoad: { empty: 'empty', half: '50 % laden', full: '100 % laden', average: 'average load' },
		compare: {
			title: 'Compare two versions',
			lead: 'Two tables (for instance two editions of one source) or two sets: factors added, removed and changed, with absolute and relative change, and what that means for a sample trip.',
			a: 'Version A (before)',
			b: 'Version B (after)',
			km: 'Sample trip (km)',
			sort: 'Sort by',
			submit: 'Compare',
			tables: 'Tables',
			sets: 'Sets',
			problem: {
				both: 'Choose both versions to compare.',
				kinds: 'A and B must be two existing tables, or two existing sets.'
			},
			suggestions: 'Useful comparisons',
			summary:
				'{changed} changed, {added} added, {removed} removed, {relabelled} with only their provenance changed, {unchanged} identical.',
			tripHeading: 'Sample trip: {km} km by each mode',
			tripLead:
				'kg CO₂e per passenger, or per vehicle for modes counted per vehicle·km (to share among its occupants); full boundary as the source publishes it, upstream published apart not added.',
			tripNoChange: 'No mode changes for this trip.',
			tripCaption: '{km} km: kg CO₂e with {a} and with {b}',
			per: 'Per',
			perVehicle: 'vehicle',
			perPassenger: 'passenger',
			kgIn: 'kg with {ref}',
			delta: 'Change (kg)',
			relative: 'Relative change',
			tripUnchanged: (p: Params) =>
				Number(p.n) === 1 ? '1 unchanged mode is not shown.' : `${p.n} unchanged modes are not shown.`,
			changesHeading: 'Factors',
			sortBy: 'Sort by:',
			sortRel: 'relative change',
			sortAbs: 'absolute change',
			sortId: 'key',
			sortKind: 'kind of change',
			identical: 'No difference.',
			changesCaption: 'Differences from {a} to {b}',
			change: 'Change',
			before: 'Before (A)',
			after: 'After (B)',
			absolute: 'Absolute change',
			also: 'Other differences',
			unitWas: 'before: {unit}',
			kind: { added: 'added', removed: 'removed', changed: 'changed', relabelled: 'provenance' },
			detail: {
				components: 'components',
				sourceId: 'source id',
				sourceLabel: 'label',
				wttKey: 'upstream link',
				wttValue: 'upstream part',
				verification: 'verification',
				table: 'other table'
			}
		}
	}
});
