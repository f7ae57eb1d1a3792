/**
 * Accommodation.
 *
 * Formula: kg = factor[hotel.<country>] × room-nights   (kgCO2e per room·night)
 *          room-nights of a date = the date's own figure, else rooms per night × nights, where
 *          nights = calendar days of the date (start to end, both included: the night after each
 *          day at the venue). Dates at the home base count no night.
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
import { num, type Context } from './context';
import { invalidInput } from './errors';
import { dateSpanDays, type OrderedDate } from './route';
import type { AccommodationInput, EnginePlace, LineQuantities, LodgingType, QualityTag } from './types';

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
			kgCO2e: kg,
			formula: `${use.text} × ${num(personNights)} person-night(s) = ${num(kg)} kgCO2e`,
			quality
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
			kgCO2e: kg,
			formula,
			quality,
			isDefault: flags.includes('accommodation.default_country'),
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
	teamSize = 0
): void {
	const perRoom = peoplePerRoom(acc, teamSize);
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
				personNights = (acc.people ?? teamSize) * dateSpanDays(d, path);
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
			roomNights = acc.roomsPerNight * dateSpanDays(d, path);
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
