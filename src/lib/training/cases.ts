/**
 * The prepared training cases: four fictional companies and tours shipped with the app, as data.
 * Each case is a tour file (`<key>.tour.json`, empreinte-tour@1: `npx empreinte compute` runs on it),
 * a brief in French and English (`<key>.fr.md`, `<key>.en.md`), and its lever cards: keys of the
 * levers of src/lib/experiments/levers.json, each released in a round the trainer opens.
 *
 * Pure data: no I/O beyond the bundler's static imports, so the server, the tests and the CLI read
 * the same files.
 */
import jeunePublic from './cases/jeune-public.tour.json';
import theatreCamion from './cases/theatre-camion.tour.json';
import danseEurope from './cases/danse-europe.tour.json';
import cirqueChapiteau from './cases/cirque-chapiteau.tour.json';
import jeunePublicFr from './cases/jeune-public.fr.md?raw';
import jeunePublicEn from './cases/jeune-public.en.md?raw';
import theatreCamionFr from './cases/theatre-camion.fr.md?raw';
import theatreCamionEn from './cases/theatre-camion.en.md?raw';
import danseEuropeFr from './cases/danse-europe.fr.md?raw';
import danseEuropeEn from './cases/danse-europe.en.md?raw';
import cirqueChapiteauFr from './cases/cirque-chapiteau.fr.md?raw';
import cirqueChapiteauEn from './cases/cirque-chapiteau.en.md?raw';

export interface LeverCard {
	/** a lever key of src/lib/experiments/levers.json */
	lever: string;
	/** the round in which the trainer releases it (1, 2, 3) */
	round: number;
}

export interface TrainingCase {
	key: string;
	/** the tour file as shipped (validated by the tests, and again on every seed) */
	tour: unknown;
	brief: { fr: string; en: string };
	levers: LeverCard[];
}

export const CASES: readonly TrainingCase[] = [
	{
		key: 'jeune-public',
		tour: jeunePublic,
		brief: { fr: jeunePublicFr, en: jeunePublicEn },
		levers: [
			{ lever: 'audience-carpool', round: 1 },
			{ lever: 'longer-runs', round: 2 },
			{ lever: 'vegetarian', round: 2 },
			{ lever: 'tour-order', round: 3 }
		]
	},
	{
		key: 'theatre-camion',
		tour: theatreCamion,
		brief: { fr: theatreCamionFr, en: theatreCamionEn },
		levers: [
			{ lever: 'tour-order', round: 1 },
			{ lever: 'co-routing', round: 1 },
			{ lever: 'longer-runs', round: 2 },
			{ lever: 'train', round: 2 },
			{ lever: 'lighter-set', round: 3 },
			{ lever: 'local-technicians', round: 3 }
		]
	},
	{
		key: 'danse-europe',
		tour: danseEurope,
		brief: { fr: danseEuropeFr, en: danseEuropeEn },
		levers: [
			{ lever: 'train', round: 1 },
			{ lever: 'tour-order', round: 2 },
			{ lever: 'vegetarian', round: 2 },
			{ lever: 'shared-freight', round: 3 }
		]
	},
	{
		key: 'cirque-chapiteau',
		tour: cirqueChapiteau,
		brief: { fr: cirqueChapiteauFr, en: cirqueChapiteauEn },
		levers: [
			{ lever: 'longer-runs', round: 1 },
			{ lever: 'fewer-vehicles', round: 1 },
			{ lever: 'shared-freight', round: 2 },
			{ lever: 'audience-carpool', round: 2 },
			{ lever: 'local-technicians', round: 3 }
		]
	}
];

export const CASE_KEYS = CASES.map((c) => c.key);

/** The highest round any case uses: the trainer's « release next round » stops there. */
export const MAX_ROUND = Math.max(...CASES.flatMap((c) => c.levers.map((l) => l.round)));

export function findCase(key: string): TrainingCase | undefined {
	return CASES.find((c) => c.key === key);
}

/** The shipped file without its editor hint: `$schema` is not part of a stored tour. */
export function caseDocument(c: { tour: unknown }): Record<string, unknown> {
	const { $schema: _schema, ...doc } = structuredClone(c.tour) as Record<string, unknown>;
	void _schema;
	return doc;
}

/**
 * A blank start: the case as a team must enter it — production, home base and team kept, the
 * activity (dates, travel plan, freight, nights, meals, distances) left for the team to enter
 * from the brief and the data sheet.
 */
export function blankDocument(c: { tour: unknown }): Record<string, unknown> {
	const doc = caseDocument(c);
	for (const k of ['dates', 'travel', 'freight', 'distances', 'accommodation', 'meals']) delete doc[k];
	return doc;
}
