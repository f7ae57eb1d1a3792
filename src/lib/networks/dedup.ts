/**
 * Double counting of audience mobility inside a network. A company reports its audiences' travel
 * for each date; the venue that hosts the date may report the same evening. When a company and a
 * venue of the same network report the same evening — same venue commune, overlapping dates — the
 * network's totals count it once: the venue's figure when it comes from its own survey or
 * ticketing data (source 'survey'), otherwise the company's. The other figure is removed from its
 * tour's audience total, and the dashboard says how many evenings were de-duplicated and how.
 */
import type { Evening } from './facts';

export interface DedupTour {
	tourId: string;
	member: string;
	kind: 'company' | 'venue';
	evenings: Evening[];
}

export interface DedupOutcome {
	/** kgCO2e to remove from each tour's audience total */
	removed: Map<string, number>;
	/** evenings counted once instead of twice, by whose figure was kept */
	keptVenueSurvey: number;
	keptCompany: number;
	/** members involved in at least one pair (for the disclosure rule on the counts) */
	members: Set<string>;
}

const overlaps = (a: Evening, b: Evening) => a.start <= b.end && b.start <= a.end;

export function dedupEvenings(tours: DedupTour[]): DedupOutcome {
	const venueEvenings = new Map<string, { tour: DedupTour; e: Evening; used: boolean }[]>();
	for (const t of tours)
		if (t.kind === 'venue')
			for (const e of t.evenings) {
				const list = venueEvenings.get(e.placeId) ?? [];
				list.push({ tour: t, e, used: false });
				venueEvenings.set(e.placeId, list);
			}
	for (const list of venueEvenings.values())
		list.sort(
			(a, b) =>
				a.e.start.localeCompare(b.e.start) ||
				a.e.audienceKg - b.e.audienceKg ||
				a.tour.tourId.localeCompare(b.tour.tourId)
		);
	const out: DedupOutcome = { removed: new Map(), keptVenueSurvey: 0, keptCompany: 0, members: new Set() };
	const remove = (tourId: string, kg: number) => out.removed.set(tourId, (out.removed.get(tourId) ?? 0) + kg);
	// deterministic whatever the ids: evenings in date order, then by figure
	const companyEvenings = tours
		.filter((t) => t.kind === 'company')
		.flatMap((t) => t.evenings.map((e) => ({ t, e })))
		.sort(
			(a, b) =>
				a.e.start.localeCompare(b.e.start) ||
				a.e.placeId.localeCompare(b.e.placeId) ||
				a.e.audienceKg - b.e.audienceKg ||
				a.t.tourId.localeCompare(b.t.tourId)
		);
	{
		for (const { t, e } of companyEvenings) {
			const match = venueEvenings
				.get(e.placeId)
				?.find((v) => !v.used && v.tour.member !== t.member && overlaps(v.e, e));
			if (!match) continue;
			match.used = true;
			out.members.add(t.member).add(match.tour.member);
			if (match.e.source === 'survey') {
				remove(t.tourId, e.audienceKg);
				out.keptVenueSurvey += 1;
			} else {
				remove(match.tour.tourId, match.e.audienceKg);
				out.keptCompany += 1;
			}
		}
	}
	return out;
}
