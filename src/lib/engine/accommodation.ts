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
 */
import { num, type Context } from './context';
import { invalidInput } from './errors';
import { dateSpanDays, type OrderedDate } from './route';
import type { AccommodationInput, EnginePlace, QualityTag } from './types';

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
	home: EnginePlace
): void {
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
			roomNights = acc.roomsPerNight * dateSpanDays(d, path);
			quality = acc.quality ?? 'estimated';
			source = 'accommodation.roomsPerNight';
		} else {
			continue;
		}
		pushHotel(ctx, `accommodation:${d.id}`, d.place.country, roomNights, quality, d.id, source, d.venueName);
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
