import { defineMessages } from '../define';

/** The method pages' chrome and table headers; the pages' prose is markdown in src/lib/method/. */
export default defineMessages({
	fr: {
		title: 'Méthode',
		topics: 'Les pages',
		topic: {
			'team-travel': 'Déplacements de l’équipe',
			freight: 'Fret',
			nights: 'Nuits',
			meals: 'Repas',
			audience: 'Mobilité des publics',
			boundaries: 'Périmètres',
			uncertainty: 'Incertitude'
		},
		back: 'Toutes les pages de méthode',
		link: 'La méthode de calcul, formule par formule',
		live: 'Les tableaux de cette page sont lus dans les fichiers de facteurs et de paramètres que le moteur utilise.',
		table: {
			activity: 'Activité',
			value: 'Valeur (kg CO₂e)',
			wtt: 'Amont à part',
			unit: 'Par',
			components: 'Composantes',
			source: 'Base et élément source',
			mode: 'Mode',
			coefficient: 'Coefficient',
			band: '× {c} jusqu’à {km} km',
			addKm: 'km ajoutés',
			archetype: 'Type de lieu',
			meanKm: 'Aller-retour moyen (km)',
			shares: 'Parts modales',
			occupancy: 'Personnes par voiture',
			quality: 'Qualité',
			spread: 'Incertitude (95 %)',
			prefix: 'Activités'
		}
	},
	en: {
		title: 'Method',
		topics: 'The pages',
		topic: {
			'team-travel': 'Team travel',
			freight: 'Freight',
			nights: 'Nights',
			meals: 'Meals',
			audience: 'Audience travel',
			boundaries: 'Boundaries',
			uncertainty: 'Uncertainty'
		},
		back: 'All method pages',
		link: 'The calculation method, formula by formula',
		live: 'The tables on this page are read from the factor and parameter files the engine uses.',
		table: {
			activity: 'Activity',
			value: 'Value (kg CO₂e)',
			wtt: 'Upstream apart',
			unit: 'Per',
			components: 'Components',
			source: 'Table and source element',
			mode: 'Mode',
			coefficient: 'Coefficient',
			band: '× {c} up to {km} km',
			addKm: 'km added',
			archetype: 'Venue archetype',
			meanKm: 'Mean round trip (km)',
			shares: 'Modal shares',
			occupancy: 'People per car',
			quality: 'Quality',
			spread: 'Uncertainty (95 %)',
			prefix: 'Activities'
		}
	}
});
