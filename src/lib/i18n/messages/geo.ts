import { defineMessages } from '../define';

/** Places, the gazetteer and distances: the venue autocomplete, position quality, detour rules. */
export default defineMessages({
	fr: {
		search: {
			label: 'Lieu',
			placeholder: 'Commune, ville ou code postal',
			hint: 'Tapez le nom d’une commune, d’une ville ou un code postal français.',
			noResult: 'Aucun lieu ne correspond à « {query} ».',
			typo: 'Vouliez-vous dire « {name} » ?',
			population: '{population} hab.'
		},
		source: {
			laposte: 'Point de référence de la commune (La Poste)',
			'former-commune': 'Position approchée : point d’une ancienne commune fusionnée (La Poste)',
			geonames: 'Position de la commune (GeoNames)',
			postcode: 'Position estimée d’après les communes voisines du même code postal (à environ 5 km près)',
			department: 'Position estimée : centre du département (à environ 30 km près)',
			quartiers: 'Position estimée d’après les quartiers de l’arrondissement',
			manual: 'Position approximative saisie à la main'
		},
		approx: 'position estimée',
		mode: {
			road: 'Route',
			rail: 'Train',
			coach: 'Car',
			plane: 'Avion',
			ferry: 'Ferry'
		},
		rule: {
			coefficient: 'distance à vol d’oiseau × {coefficient}',
			plusConstant: 'distance à vol d’oiseau + {km} km',
			greatCircle: 'distance à vol d’oiseau',
			user: 'distance saisie',
			overrideHelp:
				'Si vous connaissez la distance réelle (compteur, billet), saisissez-la : elle remplace l’estimation.'
		},
		distance: {
			greatCircle: 'À vol d’oiseau : {km} km',
			estimated: 'Distance estimée : {km} km ({rule})'
		},
		api: {
			invalidQuery:
				'Requête invalide : indiquez q (1 à 100 caractères), limit (1 à 20) et éventuellement country (code pays à deux lettres).'
		},
		credit:
			'Données de lieux © GeoNames (CC BY 4.0) ; découpage administratif INSEE COG 2026 et codes postaux La Poste via Etalab (Licence Ouverte).'
	},
	en: {
		search: {
			label: 'Place',
			placeholder: 'Town, city or postcode',
			hint: 'Type the name of a town or city, or a French postcode.',
			noResult: 'No place matches “{query}”.',
			typo: 'Did you mean “{name}”?',
			population: 'pop. {population}'
		},
		source: {
			laposte: 'Reference point of the town (La Poste)',
			'former-commune': 'Approximate position: point of a former, merged town (La Poste)',
			geonames: 'Town position (GeoNames)',
			postcode: 'Estimated position from neighbouring towns with the same postcode (within about 5 km)',
			department: 'Estimated position: centre of the department (within about 30 km)',
			quartiers: 'Estimated position from the district’s neighbourhoods',
			manual: 'Approximate position entered by hand'
		},
		approx: 'estimated position',
		mode: {
			road: 'Road',
			rail: 'Train',
			coach: 'Coach',
			plane: 'Plane',
			ferry: 'Ferry'
		},
		rule: {
			coefficient: 'great-circle distance × {coefficient}',
			plusConstant: 'great-circle distance + {km} km',
			greatCircle: 'great-circle distance',
			user: 'distance entered',
			overrideHelp: 'If you know the real distance (odometer, ticket), enter it: it replaces the estimate.'
		},
		distance: {
			greatCircle: 'As the crow flies: {km} km',
			estimated: 'Estimated distance: {km} km ({rule})'
		},
		api: {
			invalidQuery:
				'Invalid request: give q (1 to 100 characters), limit (1 to 20) and optionally country (two-letter country code).'
		},
		credit:
			'Place data © GeoNames (CC BY 4.0); administrative divisions INSEE COG 2026 and La Poste postcodes via Etalab (Licence Ouverte).'
	}
});
