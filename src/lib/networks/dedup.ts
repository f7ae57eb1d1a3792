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

/** Each day an evening covers, `YYYY-MM-DD` (evenings last a few days at most). */
function days(e: Evening): string[] {
	if (e.start >= e.end) return [e.start];
	const out: string[] = [];
	const d = new Date(`${e.start}T00:00:00Z`);
	const end = new Date(`${e.end}T00:00:00Z`);
	for (let k = 0; d <= end && k < 366; k++, d.setUTCDate(d.getUTCDate() + 1))
		out.push(d.toISOString().slice(0, 10));
	return out;
}

type VenueEvening = { tour: DedupTour; e: Evening; used: boolean };

export function dedupEvenings(tours: DedupTour[]): DedupOutcome {
	// venue evenings indexed by commune and day: overlapping dates share at least one day
	const venueEvenings = new Map<string, VenueEvening[]>();
	for (const t of tours)
		if (t.kind === 'venue')
			for (const e of t.evenings) {
				const v: VenueEvening = { tour: t, e, used: false };
				for (const day of days(e)) {
					const key = `${e.placeId}|${day}`;
					const list = venueEvenings.get(key);
					if (list) list.push(v);
					else venueEvenings.set(key, [v]);
				}
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
			let match: VenueEvening | undefined;
			for (const day of days(e)) {
				match = venueEvenings.get(`${e.placeId}|${day}`)?.find((v) => !v.used && v.tour.member !== t.member);
				if (match) break;
			}
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
