/**
 * One colour per audience mode, each at least 3:1 against white (WCAG 1.4.11), grouped by family:
 * greens for rail, oranges and browns for road, purple for coaches, greys and blues for urban
 * transport, teals for soft modes. Every chart using them also has its table.
 */
import type { AudienceMode } from '$lib/engine/types';

export const MODE_COLORS: Record<AudienceMode, string> = {
	car: '#b4530b',
	motorbike: '#8a4b12',
	bus: '#4a5652',
	tram: '#1a56db',
	metro: '#3b4fa0',
	'rail.ter': '#1d6b3a',
	'rail.intercites': '#2f7d4f',
	'rail.tgv': '#145a32',
	coach: '#7b3fa0',
	bike: '#2b7a78',
	ebike: '#1f6f8b',
	walk: '#5f7a2b',
	'motorbike.small': '#9c5a1c',
	'scooter.petrol': '#a0461e',
	'scooter.electric': '#6b5a1e',
	'kick_scooter.electric': '#2a6f5c',
	'cargo_bike.electric': '#236a80',
	'bus.electric': '#3d5a66',
	'bus.cng': '#5a4d4a'
};
