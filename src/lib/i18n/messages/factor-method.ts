/**
 * Messages (namespace factorMethod; `method` is the method pages') of the method options of factor sets and of the versioned audience parameters
 * (issues 18 and 22): the explorer's pages, the provenance of audience defaults in results, and
 * the compare page's naming of a parameters change.
 */
import { defineMessages } from '../define';

export default defineMessages({
	fr: {
		set: {
			title: 'Méthode',
			lead: 'Comment ce jeu applique ses facteurs, là où les sources diffèrent par leur méthode et pas seulement par leurs valeurs.',
			none: 'Aucune option : les tranches de vol suivent la distance à vol d’oiseau, les paramètres des publics sont ceux de 2026.1.',
			planeBandFromUserDistance:
				'La tranche de distance d’un vol suit les kilomètres saisis pour le trajet, s’il y en a (sinon la distance à vol d’oiseau).',
			planeShortSplitKm:
				'Les vols jusqu’à {km} km prennent l’élément « moins de 500 km » de la Base Carbone.',
			flightCategories:
				'Catégories de vol DESNZ selon les pays des deux extrémités : intérieur britannique, court-courrier jusqu’à {km} km ou long-courrier depuis ou vers le Royaume-Uni, international hors Royaume-Uni.',
			planeGreatCircleOnly:
				'Vols mesurés à vol d’oiseau, sans les + 95 km de la norme EN 16258, comme impactCO2.',
			audienceParameters: 'Valeurs par défaut des publics :',
			audienceUnpinned:
				'Valeurs par défaut des publics : {ref} (jeu publié avant l’épinglage des paramètres).'
		},
		parameters: {
			title: 'Paramètres des publics',
			lead: 'Les valeurs par défaut de la mobilité des publics, par type de lieu (territoire × taille), utilisées quand une date n’a pas ses propres chiffres. Chaque version est figée ; un jeu de facteurs épingle la sienne, si bien qu’une tournée garde ses chiffres l’année suivante.',
			versions: 'Versions',
			pinnedBy: 'Épinglée par : {sets}',
			pinnedByNone: 'Épinglée par aucun jeu',
			unpinnedNote: 'Les jeux publiés avant l’épinglage utilisent {ref}.',
			archetypes: 'Types de lieu',
			archetype: 'Type de lieu',
			perSpectator: 'Aller-retour moyen {km} km ; part voiture {car} ; {occupancy} personnes par voiture',
			bands: 'Tranches de distance',
			band: 'Tranche',
			share: 'Part des spectateurs',
			oneWay: 'Distance aller',
			modes: 'Parts modales dans la tranche',
			sameCommune: 'même commune ({km} km aller, distance intra-communale)',
			cells: 'D’où vient chaque chiffre',
			cell: 'Chiffre',
			value: 'Valeur',
			sources: 'Sources',
			year: 'Année',
			population: 'Population enquêtée',
			label: 'Confiance',
			note: 'Note',
			cellName: {
				carShare: 'Part de la voiture',
				sameCommuneShare: 'Part habitant la commune du lieu',
				distanceBands: 'Répartition par distance',
				otherModes: 'Autres modes',
				carOccupancy: 'Personnes par voiture'
			},
			labels: {
				verified: 'vérifié',
				reported: 'rapporté',
				derived: 'dérivé',
				assumed: 'hypothèse'
			},
			intraCommune: 'Distance à l’intérieur de la commune',
			bandName: {
				lt10: 'moins de 10 km',
				'10-30': '10 à 30 km',
				'30-60': '30 à 60 km',
				gt60: 'plus de 60 km'
			},
			intraLine: '{territory} : {km} km aller ({label})',
			sameCommuneShort: 'même commune',
			eventTypes: 'Types d’événement',
			sourceList: 'Sources citées',
			legacy:
				'Version sans cellules sourcées : parts voiture sourcées, autres parts, distances et taux d’occupation non vérifiés (voir le fichier).',
			file: 'Fichier : {path}'
		},
		defaults: {
			title: 'Valeurs par défaut des publics',
			used: 'valeur par défaut : {label} — {ref}',
			moreVenues: ' et {n} autres lieux',
			cellLine: '{cell} : {value} ({label}) — {sources}, {year}, {population}',
			see: 'Voir les paramètres et leurs sources',
			where: 'D’où vient chaque chiffre'
		},
		cli: {
			defaults: 'Valeurs par défaut des publics : {ref} ({list})'
		},
		stay: {
			lodging: 'Hébergement habituel',
			lodgingHint:
				'À l’hôtel, les nuits sont comptées par chambre ; en camping, en gîte, chez l’habitant ou en camping-car, par personne : toute l’équipe, chaque nuit passée hors de la base.'
		},
		compare: {
			parameters:
				'Les valeurs par défaut des publics changent aussi : {a} → {b}. Ce changement est compté dans l’effet des facteurs.'
		}
	},
	en: {
		set: {
			title: 'Method',
			lead: 'How this set applies its factors, where sources differ in method and not only in values.',
			none: 'No option: flight bands follow the great-circle distance, audience parameters are 2026.1.',
			planeBandFromUserDistance:
				'A flight’s distance band follows the kilometres given for the leg, when given (else the great-circle distance).',
			planeShortSplitKm: 'Flights up to {km} km take Base Carbone’s “under 500 km” element.',
			flightCategories:
				'DESNZ flight categories from the countries at both ends: UK domestic, short-haul up to {km} km or long-haul to/from the UK, international non-UK.',
			planeGreatCircleOnly:
				'Flights measured as the bare great-circle distance, without EN 16258’s + 95 km, as impactCO2 does.',
			audienceParameters: 'Audience defaults:',
			audienceUnpinned: 'Audience defaults (set published before parameters were pinned):'
		},
		parameters: {
			title: 'Audience parameters',
			lead: 'The defaults of audience mobility by venue type (territory × size), used when a date has no figures of its own. Each version is frozen; a factor set pins its own, so a tour keeps its numbers the next year.',
			versions: 'Versions',
			pinnedBy: 'Pinned by: {sets}',
			pinnedByNone: 'Pinned by no set',
			unpinnedNote: 'Sets published before pinning use {ref}.',
			archetypes: 'Venue types',
			archetype: 'Venue type',
			perSpectator: 'Mean round trip {km} km; car share {car}; {occupancy} people per car',
			bands: 'Distance bands',
			band: 'Band',
			share: 'Share of spectators',
			oneWay: 'One-way distance',
			modes: 'Modal shares within the band',
			sameCommune: 'same commune ({km} km one way, intra-commune distance)',
			cells: 'Where each number comes from',
			cell: 'Number',
			value: 'Value',
			sources: 'Sources',
			year: 'Year',
			population: 'Population surveyed',
			label: 'Confidence',
			note: 'Note',
			cellName: {
				carShare: 'Car share',
				sameCommuneShare: 'Share living in the venue’s commune',
				distanceBands: 'Distance distribution',
				otherModes: 'Other modes',
				carOccupancy: 'People per car'
			},
			labels: {
				verified: 'verified',
				reported: 'reported',
				derived: 'derived',
				assumed: 'assumption'
			},
			intraCommune: 'Distance within the commune',
			bandName: {
				lt10: 'under 10 km',
				'10-30': '10 to 30 km',
				'30-60': '30 to 60 km',
				gt60: 'over 60 km'
			},
			intraLine: '{territory}: {km} km one way ({label})',
			sameCommuneShort: 'same commune',
			eventTypes: 'Event types',
			sourceList: 'Sources cited',
			legacy:
				'Version without sourced cells: car shares sourced; other shares, distances and occupancy unverified (see the file).',
			file: 'File: {path}'
		},
		defaults: {
			title: 'Audience defaults',
			used: 'default value: {label} — {ref}',
			moreVenues: ' and {n} other venues',
			cellLine: '{cell}: {value} ({label}) — {sources}, {year}, {population}',
			see: 'See the parameters and their sources',
			where: 'Where each number comes from'
		},
		cli: {
			defaults: 'Audience defaults: {ref} ({list})'
		},
		stay: {
			lodging: 'Usual lodging',
			lodgingHint:
				'At a hotel, nights are counted per room; camping, in a gîte, with a host family or in a campervan, per person: the whole team, each night away from base.'
		},
		compare: {
			parameters: 'The audience defaults change too: {a} → {b}. This change is counted in the factor effect.'
		}
	}
});
