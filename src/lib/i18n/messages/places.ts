import { defineMessages } from '../define';

/** Places a touring company can trust: the points' provenance, the territory read from density. */
export default defineMessages({
	fr: {
		footer: {
			pointsCredit:
				'Points des communes : La Poste, Base officielle des codes postaux ; surfaces : INSEE, COG 2024 (Licence Ouverte 2.0).'
		},
		territory: {
			fromDensity: 'D’après la densité de la commune',
			hint: 'Sert aux valeurs par défaut de la mobilité des publics. Sans choix, la densité de la commune décide : urbain à partir de 1 500 hab./km² ou 50 000 habitants, périurbain à partir de 300 hab./km² ou 5 000 habitants, rural sinon.',
			suggested: 'D’après la densité de {town} ({density} hab./km²) : {territory}.'
		}
	},
	en: {
		footer: {
			pointsCredit:
				'Town points: La Poste, Base officielle des codes postaux; areas: INSEE, COG 2024 (Licence Ouverte 2.0).'
		},
		territory: {
			fromDensity: 'From the town’s density',
			hint: 'Used for the audience travel defaults. If you do not choose, the town’s density decides: urban from 1,500 inhabitants/km² or 50,000 inhabitants, peri-urban from 300/km² or 5,000 inhabitants, rural otherwise.',
			suggested: 'From the density of {town} ({density} inhabitants/km²): {territory}.'
		}
	}
});
