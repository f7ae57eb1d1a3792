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
 * Units (issue 18): a factor says whether it is per room·night or per person·night. A hotel factor
 *          per person (impactCO2's 4.3 kg) is applied to person-nights = room-nights × people per
 *          room, people per room = people away ÷ rooms per night (the tour's own figures), or 1
 *          when the tour gives no rooms — flagged `accommodation.people_per_room_assumed`. The
 *          conversion is written in the line's formula: never silent.
 * Other lodgings (camping, holiday rental, host family, campervan) are per person·night:
 *          kg = factor[night.<type>] × person-nights, person-nights of a date = its own figure, else
 *          people away × nights (same nights rule as rooms). People away = accommodation.people,
 *          else the team size.
 */
import { NO_FLAGS, num, PENDING_RANGE, type Context } from './context';
import { invalidInput } from './errors';
import { dateSpanDays, teamAt, type OrderedDate, type StayGap } from './route';
import type {
	AccommodationInput,
	EnginePlace,
	LineQuantities,
	LodgingType,
	QualityTag,
	TeamRole
} from './types';

/** Rooms booked for the team present at a date (header rule). */
export function roomsAt(roomsPerNight: number, team: TeamRole[], dateId: string): number {
	const total = team.reduce((s, r) => s + r.count, 0);
	if (total <= 0) return roomsPerNight;
	const n = teamAt(team, dateId);
	if (n === total) return roomsPerNight;
	return Math.ceil((roomsPerNight * n) / total - 1e-9);
}

/** People away at a date for a per-person lodging: the tour's figure scaled to the date's team. */
function peopleAt(acc: AccommodationInput, team: TeamRole[], dateId: string): number {
	const total = team.reduce((s, r) => s + r.count, 0);
	const present = total > 0 ? teamAt(team, dateId) : 0;
	if (acc.people === undefined || acc.people === null) return present;
	return total > 0 ? (acc.people * present) / total : acc.people;
}

/** people per room for converting a per-person hotel factor: the tour's own figures, else 1 (flagged) */
function peoplePerRoom(acc: AccommodationInput, teamSize: number): { n: number; assumed: boolean } {
	const people = acc.people ?? teamSize;
	if (acc.roomsPerNight !== null && acc.roomsPerNight > 0 && people > 0)
		return { n: people / acc.roomsPerNight, assumed: false };
	return { n: 1, assumed: true };
}

function pushNights(
	ctx: Context,
	id: string,
	type: Exclude<LodgingType, 'hotel'>,
	personNights: number,
	quality: QualityTag,
	dateId: string | null,
	source: string,
	label: string
): void {
	if (!(personNights >= 0)) throw invalidInput(`Invalid number of person-nights`, source);
	if (personNights === 0) return;
	const use = ctx.factor(`night.${type}`);
	if (!use) return;
	const kg = use.line.value * personNights;
	ctx.push(
		{
			id,
			category: 'accommodation',
			scope: 'company',
			family: null,
			mode: type,
			label,
			legId: null,
			dateId,
			source,
			quantities: { personNights },
			quantity: personNights,
			factor: use.line,
			kgCO2e: kg,
			perPersonKg: null,
			personKm: 0,
			formula: `${use.text} × ${num(personNights)} person-night(s) = ${num(kg)} kgCO2e`,
			quality,
			isDefault: false,
			flags: NO_FLAGS,
			range: PENDING_RANGE
		},
		use
	);
}

function pushHotel(
	ctx: Context,
	id: string,
	country: string,
	roomNights: number,
	quality: QualityTag,
	dateId: string | null,
	source: string,
	label: string,
	perRoom: { n: number; assumed: boolean } = { n: 1, assumed: true }
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
	let kg: number;
	let quantity = roomNights;
	let formula: string;
	const quantities: LineQuantities = { roomNights };
	if (use.rf.factor.unit === 'person.night') {
		// the factor is per person: convert the rooms explicitly, and say so
		const personNights = roomNights * perRoom.n;
		kg = value * personNights;
		quantity = personNights;
		quantities.personNights = personNights;
		quantities.peoplePerRoom = perRoom.n;
		if (perRoom.assumed) {
			flags.push('accommodation.people_per_room_assumed');
			ctx.warn({
				code: 'accommodation.people_per_room_assumed',
				params: { line: id },
				lineId: id,
				path: source
			});
		}
		formula = `${use.text} × ${num(roomNights)} room-night(s) × ${num(perRoom.n)} person(s) per room${perRoom.assumed ? ' (assumed)' : ''} = ${num(personNights)} person-night(s) → ${num(kg)} kgCO2e`;
	} else {
		kg = value * roomNights;
		formula = `${use.text} × ${num(roomNights)} room-night(s) = ${num(kg)} kgCO2e`;
	}
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
			quantities,
			quantity,
			factor: use.line,
			kgCO2e: kg,
			perPersonKg: null,
			personKm: 0,
			formula,
			quality,
			isDefault: flags.includes('accommodation.default_country'),
			flags,
			range: PENDING_RANGE
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
	const teamSize = team.reduce((s, r) => s + r.count, 0);
	const perRoom = peoplePerRoom(acc, teamSize);
	const gapBefore = new Map(gaps.map((g) => [g.next.date.id, g]));
	for (const { date: d, index } of ordered) {
		const path = `dates[${index}]`;
		const lodging = d.lodging ?? acc.type ?? 'hotel';
		if (lodging !== 'hotel') {
			let personNights: number;
			let source: string;
			if (d.personNights !== undefined) {
				personNights = d.personNights;
				source = `${path}.personNights`;
			} else {
				if (d.place.id === home.id) continue;
				personNights = peopleAt(acc, team, d.id) * dateSpanDays(d, path);
				source = d.lodging ? `${path}.lodging` : 'accommodation.type';
			}
			pushNights(
				ctx,
				`accommodation:${d.id}`,
				lodging,
				personNights,
				acc.quality ?? 'estimated',
				d.id,
				source,
				d.venueName
			);
			continue;
		}
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
		pushHotel(
			ctx,
			`accommodation:${d.id}`,
			d.place.country,
			roomNights,
			quality,
			d.id,
			source,
			d.venueName,
			perRoom
		);
	}
	// the nights between two dates when the team does not go home, where it sleeps next
	for (const { date: d, index } of ordered) {
		const gap = gapBefore.get(d.id);
		if (!gap) continue;
		const path = `dates[${index}]`;
		const country = d.gapCountry ?? d.place.country;
		const label = `${gap.prev.date.venueName} → ${d.venueName}`;
		const lodging = d.lodging ?? acc.type ?? 'hotel';
		if (d.gapRoomNights !== undefined) {
			pushHotel(
				ctx,
				`accommodation:gap:${d.id}`,
				country,
				d.gapRoomNights,
				d.gapRoomNightsQuality ?? 'estimated',
				d.id,
				`${path}.gapRoomNights`,
				label,
				perRoom
			);
		} else if (gap.nights > 0 && lodging !== 'hotel') {
			pushNights(
				ctx,
				`accommodation:gap:${d.id}`,
				lodging,
				peopleAt(acc, team, d.id) * gap.nights,
				acc.quality ?? 'estimated',
				d.id,
				d.lodging ? `${path}.lodging` : 'accommodation.type',
				label
			);
		} else if (acc.roomsPerNight !== null && acc.roomsPerNight > 0 && gap.nights > 0) {
			pushHotel(
				ctx,
				`accommodation:gap:${d.id}`,
				country,
				roomsAt(acc.roomsPerNight, team, d.id) * gap.nights,
				acc.quality ?? 'estimated',
				d.id,
				'accommodation.roomsPerNight',
				label,
				perRoom
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
			x.id,
			perRoom
		);
	});
}
