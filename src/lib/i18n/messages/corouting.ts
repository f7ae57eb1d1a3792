import { defineMessages } from '../define';

/** Co-routing and shared freight across a network (« opportunités de mutualisation »). */
export default defineMessages({
	fr: {
		title: 'Opportunités de mutualisation',
		link: 'Opportunités de mutualisation',
		lead: 'Les tournées des membres qui l’ont choisi, comparées : un camion qui part d’où part le vôtre à quelques jours près, deux lieux voisins dans la même semaine. Chaque opportunité dit ce qu’elle éviterait, calculé par le moteur, et sur quelle hypothèse.',
		privacy:
			'Seuls les membres qui ont activé cette option sont comparés, sur les tournées qu’ils partagent avec le réseau. Une opportunité n’est montrée qu’aux deux membres concernés (et aux référent·es si les deux partagent au niveau « visible » ou plus) : rien d’autre de vos tournées n’est montré à l’autre membre.',
		optIn: {
			on: 'Vous participez aux opportunités de mutualisation de ce réseau.',
			off: 'Vous ne participez pas aux opportunités de mutualisation (par défaut).',
			enable: 'Participer',
			disable: 'Ne plus participer',
			ownerOnly: 'Seul·e un·e propriétaire de la structure peut changer ce choix.'
		},
		none: 'Aucune opportunité pour l’instant (à moins de 50 km et 3 jours d’écart).',
		kind: { freight: 'Fret partagé', venue: 'Lieux voisins' },
		yours: 'Votre date',
		theirs: 'Date de {member}',
		freightLeg: '{vehicle} : {from} → {to}',
		distance: 'À {km} au départ, {toKm} à l’arrivée, {days} jour(s) d’écart.',
		venueDistance: 'À {km} l’un de l’autre, {days} jour(s) d’écart.',
		saving: 'Éviterait environ {kg} sur votre tournée.',
		savingOf: 'Éviterait environ {kg} sur la tournée de {member}.',
		savingUpTo: 'Jusqu’à {kg} : ce qu’émettent vos trajets et votre fret vers cette date.',
		savingNone: 'Économie non calculable pour cette tournée.',
		assumption: {
			freight:
				'Hypothèse : votre décor (environ {tonnes} t) voyage dans le véhicule de {member} pour ce trajet, et votre véhicule reste à la base.',
			venue: 'Hypothèse : une date ajoutée ou échangée près de l’autre lieu évite un aller-retour.'
		},
		createScenario: 'Créer un scénario sur ma tournée',
		scenarioName: 'Fret partagé avec {member} ({venue})',
		referent: {
			title: 'Opportunités entre membres',
			lead: 'Seules les paires dont les deux membres partagent au niveau « visible » ou plus apparaissent ici.',
			pair: '{a} et {b}'
		},
		dates: '{venue}, {date}'
	},
	en: {
		title: 'Pooling opportunities',
		link: 'Pooling opportunities',
		lead: 'The tours of the members who chose it, compared: a truck leaving from where yours leaves within a few days, two venues close to each other in the same week. Each opportunity says what it would avoid, computed by the engine, and on what assumption.',
		privacy:
			'Only the members who turned this on are compared, on the tours they share with the network. An opportunity is shown only to the two members concerned (and to the referents if both share at tier “visible” or above): nothing else of your tours is shown to the other member.',
		optIn: {
			on: 'You take part in this network’s pooling opportunities.',
			off: 'You do not take part in pooling opportunities (the default).',
			enable: 'Take part',
			disable: 'Stop taking part',
			ownerOnly: 'Only an owner of the organisation can change this choice.'
		},
		none: 'No opportunity for now (within 50 km and 3 days).',
		kind: { freight: 'Shared freight', venue: 'Nearby venues' },
		yours: 'Your date',
		theirs: 'Date of {member}',
		freightLeg: '{vehicle}: {from} → {to}',
		distance: '{km} apart at departure, {toKm} at arrival, {days} day(s) apart.',
		venueDistance: '{km} from each other, {days} day(s) apart.',
		saving: 'Would avoid about {kg} on your tour.',
		savingOf: 'Would avoid about {kg} on {member}’s tour.',
		savingUpTo: 'Up to {kg}: what your travel and freight to this date emit.',
		savingNone: 'No saving can be computed for this tour.',
		assumption: {
			freight:
				'Assumption: your set (about {tonnes} t) travels in {member}’s vehicle on this leg, and your vehicle stays home.',
			venue: 'Assumption: a date added or swapped near the other venue avoids a back-and-forth.'
		},
		createScenario: 'Create a scenario on my tour',
		scenarioName: 'Freight shared with {member} ({venue})',
		referent: {
			title: 'Opportunities between members',
			lead: 'Only pairs whose two members share at tier “visible” or above appear here.',
			pair: '{a} and {b}'
		},
		dates: '{venue}, {date}'
	}
});
