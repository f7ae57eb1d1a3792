/**
 * Accommodation.
 *
 * Formula: kg = factor[hotel.<country>] × room-nights   (kgCO2e per room·night)
 *          room-nights of a date = the date's own figure, else rooms per night × nights, where
 *          nights = calendar days of the date (start to end, both included: the night after each
 *          day at the venue). Dates at the home base count no night.
 *          Between two dates the team does not go home (route.ts, stayGaps), the nights in between
 *          count too: rooms × (days from one date's end to the next one's start − 1), in the country
 *          of the next date unless the date says where (`gapCountry`); the user may give the gap's
 *          room-nights instead (`gapRoomNights`). Example: Bruxelles ends 22 January, Genève starts
 *          26 January → nights of the 23rd, 24th and 25th = 3 nights, in Switzerland.
 *          When a role is present at some dates only, rooms follow the date's team: rooms at a date =
 *          ceil(rooms per night × people present ÷ whole team) (a room is booked whole).
 * Fallback: a country the factor set has no `hotel.<CC>` for uses `hotel.default`; the line is
 *          flagged `accommodation.default_country` and counted as resting on a default.
 * Source:  DESNZ "Hotel stay" per room per night by country (reference §2.2) or the set's choice;
 *          the nights rule is ours (product brief: room-nights × factor by country).
 */
import { num, type Context } from './context';
import { invalidInput } from './errors';
import { dateSpanDays, teamAt, type OrderedDate, type StayGap } from './route';
import type { AccommodationInput, EnginePlace, QualityTag, TeamRole } from './types';

/** Rooms booked for the team present at a date (header rule). */
export function roomsAt(roomsPerNight: number, team: TeamRole[], dateId: string): number {
	const total = team.reduce((s, r) => s + r.count, 0);
	if (total <= 0) return roomsPerNight;
	const n = teamAt(team, dateId);
	if (n === total) return roomsPerNight;
	return Math.ceil((roomsPerNight * n) / total - 1e-9);
}

function pushHotel(
	ctx: Context,
	id: string,
	country: string,
	roomNights: number,
	quality: QualityTag,
	dateId: string | null,
	source: string,
	label: string
): void {
	if (!(roomNights >= 0)) throw invalidInput(`Invalid number of room-nights`, source);
	if (roomNights === 0) return;
	const cc = country.toUpperCase();
	let use = ctx.factor(`hotel.${cc}`, true);
	const flags: string[] = [];
	if (!use) {
		use = ctx.factor('hotel.default');
		if (!use) return;
		flags.push('accommodation.default_country');
		ctx.warn({ code: 'accommodation.default_country', params: { country: cc }, lineId: id, path: source });
	}
	const value = use.line.value;
	const kg = value * roomNights;
	ctx.push(
		{
			id,
			category: 'accommodation',
			scope: 'company',
			family: null,
			mode: cc,
			label,
			legId: null,
			dateId,
			source,
			quantities: { roomNights },
			quantity: roomNights,
			kgCO2e: kg,
			formula: `${use.text} × ${num(roomNights)} room-night(s) = ${num(kg)} kgCO2e`,
			quality,
			isDefault: flags.length > 0,
			flags
		},
		use
	);
}

export function computeAccommodation(
	ctx: Context,
	ordered: OrderedDate[],
	acc: AccommodationInput,
	home: EnginePlace,
	team: TeamRole[] = [],
	gaps: StayGap[] = []
): void {
	const gapBefore = new Map(gaps.map((g) => [g.next.date.id, g]));
	for (const { date: d, index } of ordered) {
		const path = `dates[${index}]`;
		let roomNights: number;
		let quality: QualityTag;
		let source: string;
		if (d.roomNights !== undefined) {
			roomNights = d.roomNights;
			quality = d.roomNightsQuality ?? 'estimated';
			source = `${path}.roomNights`;
		} else if (acc.roomsPerNight !== null && acc.roomsPerNight > 0) {
			if (d.place.id === home.id) continue;
			roomNights = roomsAt(acc.roomsPerNight, team, d.id) * dateSpanDays(d, path);
			quality = acc.quality ?? 'estimated';
			source = 'accommodation.roomsPerNight';
		} else {
			continue;
		}
		pushHotel(ctx, `accommodation:${d.id}`, d.place.country, roomNights, quality, d.id, source, d.venueName);
	}
	for (const { date: d, index } of ordered) {
		const gap = gapBefore.get(d.id);
		if (!gap) continue;
		const path = `dates[${index}]`;
		const country = d.gapCountry ?? d.place.country;
		const label = `${gap.prev.date.venueName} → ${d.venueName}`;
		if (d.gapRoomNights !== undefined) {
			const q = d.gapRoomNightsQuality ?? 'estimated';
			pushHotel(
				ctx,
				`accommodation:gap:${d.id}`,
				country,
				d.gapRoomNights,
				q,
				d.id,
				`${path}.gapRoomNights`,
				label
			);
		} else if (acc.roomsPerNight !== null && acc.roomsPerNight > 0 && gap.nights > 0) {
			const roomNights = roomsAt(acc.roomsPerNight, team, d.id) * gap.nights;
			const q = acc.quality ?? 'estimated';
			pushHotel(
				ctx,
				`accommodation:gap:${d.id}`,
				country,
				roomNights,
				q,
				d.id,
				'accommodation.roomsPerNight',
				label
			);
		}
	}
	acc.extra.forEach((x, i) => {
		pushHotel(
			ctx,
			`accommodation:extra:${x.id}`,
			x.country,
			x.roomNights,
			x.quality ?? 'estimated',
			null,
			`accommodation.extra[${i}]`,
			x.id
		);
	});
}
