/**
 * Stored per-tour indicators for network dashboards (tour_indicators): the engine's result of the
 * tour, reduced to the sums a dashboard aggregates (src/lib/networks/facts.ts), plus the company
 * total under the reference factor set (the current default set) so that a trend can be split
 * into factor and activity parts. Recomputed on every tour save (tours.ts calls `refresh`), and
 * filled at start-up for tours saved before this table existed (`backfill`).
 */
import { eq, isNull } from 'drizzle-orm';
import type { Db } from './db/client';
import { tourIndicators } from './db/schema/networks';
import { tourObservatory } from './db/schema/observatory';
import { tours } from './db/schema/tours';
import { diagnose } from './diagnostics';
import { getFactorLibrary } from './factor-tables';
import { tourFacts, type TourFacts } from '../networks/facts';
import type { TourFile } from '../schemas/tour-file';
import { peopleOnTheRoad, tourFlows, type Flow } from '../observatory/tour-row';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface ComputedIndicators {
	facts: TourFacts;
	refCompanyKg: number | null;
	refSet: string | null;
	/** the open observatory's compact row (tour_observatory) */
	obs: { teamSize: number; flows: Flow[] };
}

/** The indicators of a tour document, or null when it cannot be computed yet (no dates, problems). */
export function computeIndicators(doc: TourFile): ComputedIndicators | null {
	if (doc.dates.length === 0) return null;
	let d;
	try {
		d = diagnose(doc);
	} catch {
		return null;
	}
	if (!d.ok) return null;
	const facts = tourFacts(d.input, d.result);
	const obs = { teamSize: peopleOnTheRoad(d.input), flows: tourFlows(d.result) };
	const ref = getFactorLibrary().defaultSet.ref;
	if (facts.factorSet === ref) return { facts, refCompanyKg: facts.companyKg, refSet: ref, obs };
	try {
		const r = diagnose(doc, { setRef: ref });
		return { facts, refCompanyKg: r.ok ? r.result.totals.company.kg : null, refSet: r.ok ? ref : null, obs };
	} catch {
		return { facts, refCompanyKg: null, refSet: null, obs };
	}
}

/** Recomputes and stores one tour's indicators (or removes them when it cannot be computed). */
export async function refresh(
	db: Db | Tx,
	tour: { id: string; orgId: string; document: TourFile }
): Promise<void> {
	const c = computeIndicators(tour.document);
	if (!c) {
		await db.delete(tourIndicators).where(eq(tourIndicators.tourId, tour.id));
		await db.delete(tourObservatory).where(eq(tourObservatory.tourId, tour.id));
		return;
	}
	const row = {
		tourId: tour.id,
		orgId: tour.orgId,
		facts: c.facts,
		refCompanyKg: c.refCompanyKg,
		refSet: c.refSet,
		computedAt: new Date()
	};
	await db
		.insert(tourIndicators)
		.values(row)
		.onConflictDoUpdate({ target: tourIndicators.tourId, set: { ...row, tourId: undefined } });
	const obs = observatoryRow(tour, c);
	await db
		.insert(tourObservatory)
		.values(obs)
		.onConflictDoUpdate({ target: tourObservatory.tourId, set: { ...obs, tourId: undefined } });
}

/** The open observatory's compact row of a tour (plain columns: the live page reads no JSON document). */
export function observatoryRow(
	tour: { id: string; orgId: string },
	c: ComputedIndicators,
	now = new Date()
): typeof tourObservatory.$inferInsert {
	const f = c.facts;
	return {
		tourId: tour.id,
		orgId: tour.orgId,
		factorSet: f.factorSet,
		engineVersion: f.engineVersion,
		homeRegion: f.homeRegion,
		teamSize: c.obs.teamSize,
		scope: f.scope,
		dates: f.dates,
		performances: f.performances,
		spectators: f.spectators,
		companyKg: f.companyKg,
		audienceKg: f.audienceKg,
		travelKg: f.byCategory.travel,
		freightKg: f.byCategory.freight,
		accommodationKg: f.byCategory.accommodation,
		mealKg: f.byCategory.meal,
		flows: JSON.stringify(c.obs.flows),
		computedAt: now
	};
}

/** Start-up: computes the indicators of every tour that has none (tours saved before issue 11). */
export async function backfill(db: Db): Promise<number> {
	const missing = await db
		.select({ id: tours.id, orgId: tours.orgId, document: tours.document })
		.from(tours)
		.leftJoin(tourIndicators, eq(tourIndicators.tourId, tours.id))
		.where(isNull(tourIndicators.tourId));
	let n = 0;
	for (const t of missing) {
		const c = computeIndicators(t.document as TourFile);
		if (!c) continue;
		await refresh(db, { id: t.id, orgId: t.orgId, document: t.document as TourFile });
		n++;
	}
	return n;
}

/**
 * Start-up: the observatory row of every tour that has indicators but no observatory row (tours
 * saved before tour_observatory existed). Recomputed from the tour document through the engine.
 */
export async function backfillObservatory(db: Db): Promise<number> {
	const missing = await db
		.select({ id: tours.id, orgId: tours.orgId, document: tours.document })
		.from(tours)
		.innerJoin(tourIndicators, eq(tourIndicators.tourId, tours.id))
		.leftJoin(tourObservatory, eq(tourObservatory.tourId, tours.id))
		.where(isNull(tourObservatory.tourId));
	let n = 0;
	for (const t of missing) {
		const c = computeIndicators(t.document as TourFile);
		if (!c) continue;
		const obs = observatoryRow(t, c);
		await db.insert(tourObservatory).values(obs).onConflictDoNothing();
		n++;
	}
	return n;
}
