/**
 * The tour editor as a production manager uses it (issue 16: presence grid, legs table, nights
 * between dates, meal mixes) and its protection against lost updates (issue 17).
 */
import { defineMessages, type Params } from '../define';

/** French and English agree here: 0 and 1 are singular in French, 1 only in English. */
const pluralFr = (one: string, other: string) => (p: Params) =>
	(Math.abs(Number(p.n)) < 2 ? one : other).replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ''));
const pluralEn = (one: string, other: string) => (p: Params) =>
	(Number(p.n) === 1 ? one : other).replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ''));

export default defineMessages({
	fr: {
		formula: {
			product: '{value} kg CO₂e par {unit} × {quantity} {unit} = {kg}',
			total: 'facteur {value} kg CO₂e par {unit} : {kg}',
			perPerson: pluralFr('÷ {n} occupant = {kg} par personne', '÷ {n} occupants = {kg} par personne')
		},
		experiments: {
			ownSaving: 'ce levier seul : {kg} en moins',
			orderModes:
				'L’écart ne vient pas que des kilomètres : des trajets changent de moyen de transport ou disparaissent avec le nouvel ordre.',
			gone: 'disparaît',
			gapByDate: 'L’écart entre mesuré et estimé, date par date',
			gapKg: 'Mesuré − estimé',
			gapByDateNote:
				'Pour chaque date : l’économie mesurée moins l’économie estimée (positive : la date a fait mieux que prévu).',
			ownIncrease: 'ce levier seul : {kg} en plus',
			ownSavingNote:
				'Chaque levier est compté après ceux qui le précèdent dans la liste : leurs économies s’additionnent pour donner celle du scénario.'
		},
		factorSet: 'Facteurs : {title}',
		dates: {
			duplicate: 'Dupliquer',
			past: 'date passée',
			outsideSeason: 'hors saison {season}',
			warnings: pluralFr(
				'{n} date est passée ou hors de la saison {season} : vérifiez-la.',
				'{n} dates sont passées ou hors de la saison {season} : vérifiez-les.'
			),
			duplicated: 'Date dupliquée : changez ce qui diffère, puis enregistrez.'
		},
		stale: {
			title: 'Modification refusée',
			body: 'Cette tournée a été modifiée par {by} à {at} : rechargez la page pour voir ses changements, puis refaites le vôtre.',
			someone: 'une autre personne',
			reload: 'Recharger la page'
		},
		role: {
			team: 'équipe',
			artist: 'artistes',
			artists: 'artistes',
			technician: 'technicien·nes',
			technicians: 'technicien·nes',
			driver: 'chauffeur·ses',
			director: 'metteur·se en scène',
			production: 'production',
			administration: 'administration',
			musician: 'musicien·nes',
			musicians: 'musicien·nes',
			dancer: 'danseur·ses',
			dancers: 'danseur·ses',
			crew: 'équipe technique',
			stage_manager: 'régie',
			sound: 'son',
			light: 'lumière'
		},
		presence: {
			title: 'Qui est là à quelles dates',
			intro:
				'Par défaut, chaque rôle est à toutes les dates. Décochez « Toutes les dates » pour choisir : les trajets, les nuits et les repas suivent l’équipe de chaque date.',
			role: 'Rôle',
			all: 'Toutes les dates',
			cell: '{role} à {date}',
			save: 'Enregistrer la présence',
			partial: pluralFr('présent·es à {n} date', 'présent·es à {n} dates'),
			none: 'Ajoutez des dates pour choisir qui est là à chacune.'
		},
		group: {
			people: 'Personnes',
			peopleHint: 'Vide : toute l’équipe.',
			vehicles: 'Véhicules',
			vehiclesHint: 'Nombre de véhicules.',
			occupants: 'Personnes à bord',
			keep: '— ne pas changer —'
		},
		legs: {
			caption:
				'Les trajets, dans l’ordre de la tournée. Cochez-en un ou plusieurs (Maj + clic pour une plage), puis changez-les d’un coup.',
			select: 'Choisir',
			selectAll: 'Tout cocher',
			selectLeg: 'Choisir le trajet {from} → {to}',
			leg: 'Trajet',
			kind: 'Type',
			date: 'Date',
			distance: 'Distance',
			modes: 'Mode',
			people: 'Personnes',
			emissions: 'Émissions',
			ownPlan: 'propre à ce trajet',
			selected: pluralFr('{n} trajet coché', '{n} trajets cochés'),
			bar: 'Pour les trajets cochés',
			mode: 'Nouveau mode',
			count: 'Personnes ou véhicules',
			countHint: 'Personnes pour un train ou un avion, véhicules pour une voiture ou un van.',
			km: 'Distance réelle (km)',
			kmHint: 'Compteur, billet… : elle remplace la distance calculée.',
			apply: 'Appliquer aux trajets cochés',
			reset: 'Revenir au plan par défaut',
			done: pluralFr('{n} trajet modifié.', '{n} trajets modifiés.'),
			noneSelected: 'Cochez au moins un trajet.',
			nothingToDo: 'Choisissez un mode, un nombre ou une distance à appliquer.',
			bulkHint:
				'Les vols aussi, et le retour ; la distance jugée est celle par la route ou le rail (à vol d’oiseau sinon).'
		},
		stay: {
			nightsTitle: 'Les nuits et les repas comptés',
			nightsIntro:
				'Nuits et jours de chaque date, et ceux entre deux dates quand l’équipe ne rentre pas à la base (comptés dans le pays de la date suivante). Corrigez ce qui ne correspond pas à vos réservations.',
			when: 'Quand',
			where: 'Où',
			team: 'Équipe',
			nights: 'Nuitées',
			meals: 'Repas',
			between: 'Entre {from} et {to}',
			gapRoomNights: 'Nuitées entre les dates',
			gapCountry: 'Pays',
			mixTitle: 'Les repas servis',
			mixIntro:
				'Répartissez les repas par type (en %) : pour toute la tournée, et pour une date si elle diffère. Vide : tous du type choisi ci-dessus.',
			tour: 'toute la tournée',
			mixSum: 'La répartition doit faire 100 % (elle fait {sum} %).',
			saveMix: 'Enregistrer la répartition',
			countryInvalid: 'Un code pays à deux lettres (FR, BE, CH…).'
		}
	},
	en: {
		formula: {
			product: '{value} kg CO₂e per {unit} × {quantity} {unit} = {kg}',
			total: 'factor {value} kg CO₂e per {unit}: {kg}',
			perPerson: pluralEn('÷ {n} occupant = {kg} per person', '÷ {n} occupants = {kg} per person')
		},
		experiments: {
			ownSaving: 'this lever alone: {kg} less',
			orderModes:
				'The difference does not come from kilometres alone: some legs change mode or disappear with the new order.',
			gone: 'gone',
			gapByDate: 'The gap between measured and estimated, date by date',
			gapKg: 'Measured − estimated',
			gapByDateNote:
				'For each date: the measured saving minus the estimated one (positive: the date did better than planned).',
			ownIncrease: 'this lever alone: {kg} more',
			ownSavingNote:
				'Each lever is counted after those above it in the list: their savings add up to the scenario’s.'
		},
		factorSet: 'Factors: {title}',
		dates: {
			duplicate: 'Duplicate',
			past: 'past date',
			outsideSeason: 'outside season {season}',
			warnings: pluralEn(
				'{n} date is past or outside the {season} season: check it.',
				'{n} dates are past or outside the {season} season: check them.'
			),
			duplicated: 'Date duplicated: change what differs, then save.'
		},
		stale: {
			title: 'Change refused',
			body: 'This tour was changed by {by} at {at}: reload the page to see their changes, then make yours again.',
			someone: 'someone else',
			reload: 'Reload the page'
		},
		role: {
			team: 'team',
			artist: 'artists',
			artists: 'artists',
			technician: 'technicians',
			technicians: 'technicians',
			driver: 'drivers',
			director: 'director',
			production: 'production',
			administration: 'administration',
			musician: 'musicians',
			musicians: 'musicians',
			dancer: 'dancers',
			dancers: 'dancers',
			crew: 'crew',
			stage_manager: 'stage management',
			sound: 'sound',
			light: 'lighting'
		},
		presence: {
			title: 'Who is there at which dates',
			intro:
				'By default each role is at every date. Untick “Every date” to choose: travel, nights and meals follow each date’s team.',
			role: 'Role',
			all: 'Every date',
			cell: '{role} at {date}',
			save: 'Save presence',
			partial: pluralEn('present at {n} date', 'present at {n} dates'),
			none: 'Add dates to choose who is at each.'
		},
		group: {
			people: 'People',
			peopleHint: 'Empty: the whole team.',
			vehicles: 'Vehicles',
			vehiclesHint: 'Number of vehicles.',
			occupants: 'People on board',
			keep: '— keep as is —'
		},
		legs: {
			caption:
				'The legs, in tour order. Tick one or several (Shift + click for a range), then change them in one go.',
			select: 'Choose',
			selectAll: 'Tick all',
			selectLeg: 'Choose the leg {from} → {to}',
			leg: 'Leg',
			kind: 'Kind',
			date: 'Date',
			distance: 'Distance',
			modes: 'Mode',
			people: 'People',
			emissions: 'Emissions',
			ownPlan: 'own to this leg',
			selected: pluralEn('{n} leg ticked', '{n} legs ticked'),
			bar: 'For the ticked legs',
			mode: 'New mode',
			count: 'People or vehicles',
			countHint: 'People for a train or a plane, vehicles for a car or a van.',
			km: 'Actual distance (km)',
			kmHint: 'Odometer, ticket…: it replaces the computed distance.',
			apply: 'Apply to the ticked legs',
			reset: 'Back to the default plan',
			done: pluralEn('{n} leg changed.', '{n} legs changed.'),
			noneSelected: 'Tick at least one leg.',
			nothingToDo: 'Choose a mode, a number or a distance to apply.',
			bulkHint:
				'Flights too, and the way home; the distance judged is by road or rail (great-circle otherwise).'
		},
		stay: {
			nightsTitle: 'The nights and meals counted',
			nightsIntro:
				'Nights and days of each date, and those between two dates when the team does not go back to base (counted in the next date’s country). Correct what does not match your bookings.',
			when: 'When',
			where: 'Where',
			team: 'Team',
			nights: 'Room-nights',
			meals: 'Meals',
			between: 'Between {from} and {to}',
			gapRoomNights: 'Room-nights between the dates',
			gapCountry: 'Country',
			mixTitle: 'The meals served',
			mixIntro:
				'Split the meals by type (in %): for the whole tour, and for a date when it differs. Empty: all of the type chosen above.',
			tour: 'the whole tour',
			mixSum: 'The split must make 100 % (it makes {sum} %).',
			saveMix: 'Save the split',
			countryInvalid: 'A two-letter country code (FR, BE, CH…).'
		}
	}
});
