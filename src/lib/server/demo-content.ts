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
import { productions, tours } from './db/schema/tours';
import { summarise } from './diagnostics';
import { getFactorLibrary } from './factor-tables';
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
		if (c.actual) {
			const actual = structuredClone(doc);
			c.actual(actual);
			await tx.insert(tours).values(row(crypto.randomUUID(), actual, 'actual', forecastId));
		}
	}
}
