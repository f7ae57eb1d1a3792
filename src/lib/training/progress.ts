/**
 * What the trainer's board says about a team's tour, from its document alone (pure): which editor
 * tabs hold data, and inputs that look implausible — the usual slips of a first entry (a full room
 * counted per performance twice over, more occupants than a vehicle has seats, no team at all).
 * They are hints for the trainer to walk over, not validation: the tour still saves and computes.
 */
import type { TourFile } from '../schemas/tour-file';

export const PROGRESS_TABS = ['dates', 'travel', 'freight', 'stay', 'audience'] as const;
export type ProgressTab = (typeof PROGRESS_TABS)[number];

export type Implausible =
	| { code: 'attendanceOverCapacity'; date: string }
	| { code: 'tooManyOccupants'; group: string }
	| { code: 'noTeam' }
	| { code: 'roomsOverTeam' };

/** Seats we accept in one vehicle before flagging it: a 9-seat minibus is the largest car-licence vehicle. */
const MAX_OCCUPANTS_PER_VEHICLE = 9;
/** Attendance above capacity × performances by more than this share is flagged (standing room, extra chairs). */
const OVER_CAPACITY_TOLERANCE = 1.1;

export function progressOf(doc: TourFile): {
	filled: Record<ProgressTab, boolean>;
	implausible: Implausible[];
} {
	const dates = doc.dates ?? [];
	const filled: Record<ProgressTab, boolean> = {
		dates: dates.length > 0,
		travel: (doc.travel?.length ?? 0) > 0 || dates.some((d) => (d.travel?.length ?? 0) > 0),
		freight: (doc.freight?.length ?? 0) > 0,
		stay: doc.accommodation?.roomsPerNight !== undefined || dates.some((d) => d.roomNights !== undefined),
		audience: dates.length > 0 && dates.every((d) => d.attendance !== undefined && d.audience !== undefined)
	};
	const implausible: Implausible[] = [];
	const teamSize = (doc.team ?? []).reduce((s, t) => s + t.count, 0);
	if (teamSize === 0) implausible.push({ code: 'noTeam' });
	for (const d of dates) {
		if (d.attendance !== undefined && d.capacity !== undefined && d.capacity > 0) {
			if (d.attendance > d.capacity * d.performances * OVER_CAPACITY_TOLERANCE)
				implausible.push({ code: 'attendanceOverCapacity', date: d.venue.name });
		}
	}
	for (const g of doc.travel ?? []) {
		if (
			'vehicles' in g &&
			'occupants' in g &&
			typeof g.occupants === 'number' &&
			typeof g.vehicles === 'number'
		) {
			if (g.occupants > g.vehicles * MAX_OCCUPANTS_PER_VEHICLE)
				implausible.push({ code: 'tooManyOccupants', group: g.label ?? g.id });
		}
	}
	const rooms = doc.accommodation?.roomsPerNight;
	if (typeof rooms === 'number' && teamSize > 0 && rooms > teamSize)
		implausible.push({ code: 'roomsOverTeam' });
	return { filled, implausible };
}
