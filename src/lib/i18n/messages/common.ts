import { defineMessages } from '../define';

export default defineMessages({
	fr: {
		appName: 'Empreinte',
		tagline: 'L’empreinte carbone des tournées du spectacle vivant',
		skipToContent: 'Aller au contenu',
		nav: {
			label: 'Navigation principale',
			home: 'Accueil',
			factors: 'Facteurs d’émission',
			method: 'Méthode',
			demo: 'Essayer la démo',
			login: 'Se connecter',
			signup: 'Créer un compte',
			logout: 'Se déconnecter',
			account: 'Mon compte',
			organisations: 'Mes structures'
		},
		lang: {
			label: 'Langue',
			fr: 'Français',
			en: 'English',
			switchTo: 'Switch to English'
		},
		footer: {
			sources: 'Sources et licences',
			factorsCredit:
				'Facteurs d’émission : ADEME (Base Empreinte®, impactCO2, Nos Gestes Climat) — Licence Ouverte ; UK DESNZ — Open Government Licence v3.0.',
			geoCredit:
				'Données de lieux © GeoNames (CC BY 4.0) ; découpage administratif INSEE COG / La Poste via Etalab (Licence Ouverte).',
			version: 'Version {version}'
		},
		home: {
			title: 'Mesurer l’empreinte carbone d’une tournée, et la réduire',
			lead: 'Empreinte aide les compagnies, les lieux et les réseaux du spectacle vivant à mesurer les émissions d’une tournée — déplacements de l’équipe, transport du décor, hébergement, repas et mobilité des publics — puis à décider et suivre des expérimentations qui les réduisent.',
			forCompanies: 'Compagnies',
			forCompaniesText:
				'Saisissez un spectacle et sa tournée : un premier résultat crédible en moins d’une heure, et ce qui pèse le plus.',
			forNetworks: 'Réseaux',
			forNetworksText:
				'Comparez les membres qui partagent leurs diagnostics, sur des indicateurs normalisés.',
			forTrainers: 'Formateurs',
			forTrainersText:
				'Animez des sessions sur des cas fictifs et montrez comment chaque chiffre est calculé.',
			transparent: 'Chaque chiffre est traçable : facteur, version de la base, source et formule.',
			tryDemo: 'Explorer la démo',
			exploreFactors: 'Parcourir les facteurs d’émission'
		},
		error: {
			title: 'Erreur {status}',
			notFound: 'Cette page n’existe pas.',
			forbidden: 'Vous n’avez pas le droit de faire cela.',
			generic: 'Une erreur inattendue est survenue.',
			id: 'Identifiant de l’erreur : {id}',
			idHelp: 'Communiquez cet identifiant si vous signalez le problème.',
			backHome: 'Retour à l’accueil'
		},
		form: {
			required: 'Ce champ est obligatoire.',
			invalid: 'Valeur invalide.',
			save: 'Enregistrer',
			cancel: 'Annuler',
			delete: 'Supprimer',
			errorsTitle: 'Le formulaire contient des erreurs :'
		}
	},
	en: {
		appName: 'Empreinte',
		tagline: 'The carbon footprint of performing-arts tours',
		skipToContent: 'Skip to content',
		nav: {
			label: 'Main navigation',
			home: 'Home',
			factors: 'Emission factors',
			method: 'Method',
			demo: 'Try the demo',
			login: 'Log in',
			signup: 'Sign up',
			logout: 'Log out',
			account: 'My account',
			organisations: 'My organisations'
		},
		lang: {
			label: 'Language',
			fr: 'Français',
			en: 'English',
			switchTo: 'Passer en français'
		},
		footer: {
			sources: 'Sources and licences',
			factorsCredit:
				'Emission factors: ADEME (Base Empreinte®, impactCO2, Nos Gestes Climat) — Licence Ouverte; UK DESNZ — Open Government Licence v3.0.',
			geoCredit:
				'Place data © GeoNames (CC BY 4.0); administrative divisions INSEE COG / La Poste via Etalab (Licence Ouverte).',
			version: 'Version {version}'
		},
		home: {
			title: 'Measure the carbon footprint of a tour, and cut it',
			lead: 'Empreinte helps performing-arts companies, venues and networks measure the emissions of a tour — team travel, set freight, accommodation, meals and audience travel — then decide and follow experiments that reduce them.',
			forCompanies: 'Companies',
			forCompaniesText:
				'Enter a production and its tour: a credible first result in under an hour, and what weighs most.',
			forNetworks: 'Networks',
			forNetworksText: 'Compare the members who share their diagnostics, on normalised indicators.',
			forTrainers: 'Trainers',
			forTrainersText: 'Run sessions on fictional cases and show how each number is made.',
			transparent: 'Every number is traceable: factor, table version, source and formula.',
			tryDemo: 'Explore the demo',
			exploreFactors: 'Browse the emission factors'
		},
		error: {
			title: 'Error {status}',
			notFound: 'This page does not exist.',
			forbidden: 'You are not allowed to do that.',
			generic: 'An unexpected error occurred.',
			id: 'Error id: {id}',
			idHelp: 'Quote this id if you report the problem.',
			backHome: 'Back to home'
		},
		form: {
			required: 'This field is required.',
			invalid: 'Invalid value.',
			save: 'Save',
			cancel: 'Cancel',
			delete: 'Delete',
			errorsTitle: 'The form has errors:'
		}
	}
});
