/**
 * The demo workspace's productions and tours: fictional but realistic cases (examples/*.json, the
 * same files the CLI documentation uses), so a visitor sees a circus touring a region with a truck
 * and two vans (several one-off dates, forecast and actual), a dance company touring Europe by plane
 * and train, and a band on a club tour.
 */
import band from '../../../examples/band-club-tour.json';
import circus from '../../../examples/circus-occitanie.json';
import dance from '../../../examples/dance-europe.json';
import type { Db } from './db/client';
import { commitments, scenarios } from './db/schema/experiments';
import { productions, tours } from './db/schema/tours';
import { summarise } from './diagnostics';
import { getFactorLibrary } from './factor-tables';
import { buildDocument } from './scenarios';
import type { StatusEvent, StepInput } from '../experiments';
import { validateTourFile, type TourFile } from '../schemas/tour-file';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

interface DemoProduction {
	title: string;
	discipline: string;
	creationYear: number;
	teamSize: number;
	setDescription: string;
	file: unknown;
	/** also seed an "actual" made from the forecast, with these changes */
	actual?: (doc: TourFile) => void;
	/** an experiment on the forecast: a scenario from levers and a commitment measured by the actual */
	experiment?: {
		scenario: string;
		steps: StepInput[];
		commitment: { title: string; lever: 'train'; targetKg: number; owner: string; history: StatusEvent[] };
	};
}

const CASES: DemoProduction[] = [
	{
		title: 'Sous la toile',
		discipline: 'circus',
		creationYear: 2025,
		teamSize: 8,
		setDescription: 'Chapiteau de 400 places, gradins, mâts et agrès : un porteur 7,5–17 t et deux fourgons.',
		file: circus,
		actual: (doc) => {
			// after the tour: Perpignan was cancelled (storm), attendance counted at the door
			doc.dates = doc.dates.filter((d) => d.id !== 'perpignan');
			for (const d of doc.dates) if (d.id === 'millau') d.attendance = 390;
		},
		// the team promised to take the train for its short legs; the actual (Perpignan cancelled,
		// vans still used) shows a visitor how a measured saving is explained: a cancelled date, not
		// the lever
		experiment: {
			scenario: 'Trajets de moins de 700 km en train',
			steps: [{ lever: 'train', params: { maxKm: 700 } }],
			commitment: {
				title: 'Trajets de moins de 700 km en train',
				lever: 'train',
				targetKg: 1500,
				owner: 'Régie de tournée',
				history: [
					{ status: 'proposed', at: '2026-05-04T09:00:00.000Z', by: null, reason: null },
					{ status: 'committed', at: '2026-05-20T09:00:00.000Z', by: null, reason: null },
					{ status: 'running', at: '2026-09-12T09:00:00.000Z', by: null, reason: null }
				]
			}
		}
	},
	{
		title: 'Traversées',
		discipline: 'dance',
		creationYear: 2024,
		teamSize: 9,
		setDescription: 'Tapis de danse, 3 caissons lumière, costumes : fret partagé.',
		file: dance
	},
	{
		title: 'Tournée des clubs',
		discipline: 'music',
		creationYear: 2026,
		teamSize: 5,
		setDescription: 'Backline dans le camion de tournée.',
		file: band
	}
];

function parse(file: unknown, defaultSet: string): TourFile {
	const r = validateTourFile(file);
	if (!r.ok)
		throw new Error(`demo tour file invalid: ${r.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
	r.tour.factorSet ??= defaultSet;
	return r.tour;
}

export async function seedDemoContent(tx: Tx | Db, orgId: string): Promise<void> {
	const defaultSet = getFactorLibrary().defaultSet.ref;
	const now = new Date();
	for (const c of CASES) {
		const productionId = crypto.randomUUID();
		await tx.insert(productions).values({
			id: productionId,
			orgId,
			title: c.title,
			discipline: c.discipline,
			creationYear: c.creationYear,
			teamSize: c.teamSize,
			setDescription: c.setDescription,
			createdAt: now,
			updatedAt: now
		});
		const doc = parse(c.file, defaultSet);
		const forecastId = crypto.randomUUID();
		const row = (id: string, d: TourFile, phase: 'forecast' | 'actual', fid: string | null) => ({
			id,
			orgId,
			productionId,
			season: d.production.season ?? String(now.getFullYear()),
			phase,
			forecastId: fid,
			factorSet: d.factorSet ?? defaultSet,
			document: d,
			summary: summarise(d),
			createdAt: now,
			updatedAt: now
		});
		await tx.insert(tours).values(row(forecastId, doc, 'forecast', null));
		let actualId: string | null = null;
		if (c.actual) {
			const actual = structuredClone(doc);
			c.actual(actual);
			actualId = crypto.randomUUID();
			await tx.insert(tours).values(row(actualId, actual, 'actual', forecastId));
		}
		if (c.experiment) {
			const x = c.experiment;
			const built = buildDocument(doc, x.steps);
			const scenarioId = crypto.randomUUID();
			await tx.insert(scenarios).values({
				id: scenarioId,
				orgId,
				tourId: forecastId,
				name: x.scenario,
				levers: built.steps,
				document: built.document,
				createdAt: now,
				updatedAt: now
			});
			await tx.insert(commitments).values({
				id: crypto.randomUUID(),
				orgId,
				tourId: forecastId,
				scenarioId,
				lever: x.commitment.lever,
				title: x.commitment.title,
				targetKg: x.commitment.targetKg,
				owner: x.commitment.owner,
				startsOn: doc.dates[0]?.start ?? null,
				endsOn: doc.dates.at(-1)?.end ?? doc.dates.at(-1)?.start ?? null,
				status: x.commitment.history.at(-1)!.status,
				history: x.commitment.history,
				measuredTourId: actualId,
				sharedWithNetworks: false,
				createdAt: now,
				updatedAt: now
			});
		}
	}
}
