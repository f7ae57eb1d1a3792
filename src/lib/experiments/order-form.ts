/**
 * Experiment forms: the tour-order options from a query string or form values (`flexDays`, `minGapDays`,
 * `w.<date id>.earliest`, `w.<date id>.latest`), before OrderOptions (./order-suggestion.ts)
 * validates them; the tour's dates and freight as form options.
 */
import type { TourFile } from '../schemas/tour-file';
import { inTourOrder, workingCopy } from './shared';

export interface OrderFormOptions {
	flexDays?: string;
	minGapDays?: string;
	windows: Record<string, { earliest?: string; latest?: string }>;
}

export function orderOptionsFrom(
	get: (name: string) => string | null | undefined,
	ids: string[]
): OrderFormOptions {
	const windows: OrderFormOptions['windows'] = {};
	for (const id of ids) {
		const earliest = get(`w.${id}.earliest`)?.trim() || undefined;
		const latest = get(`w.${id}.latest`)?.trim() || undefined;
		if (earliest || latest)
			windows[id] = { ...(earliest ? { earliest } : {}), ...(latest ? { latest } : {}) };
	}
	return {
		flexDays: get('flexDays') ?? undefined,
		minGapDays: get('minGapDays') ?? undefined,
		windows
	};
}

/** Date ids in tour order (defaults `d<position>` pinned). */
export function inTourOrderIds(doc: TourFile): string[] {
	return inTourOrder(workingCopy(doc)).map((d) => d.id as string);
}

/** The tour's dates in tour order, as form options. */
export function dateOptions(doc: TourFile): { id: string; venue: string; start: string }[] {
	return inTourOrder(workingCopy(doc)).map((d) => ({
		id: d.id as string,
		venue: d.venue.name,
		start: d.start
	}));
}

/** The tour's freight items, as form options. */
export function freightOptions(doc: TourFile): { id: string; label: string; kind: 'vehicle' | 'shared' }[] {
	return doc.freight.map((f) => ({ id: f.id, label: f.label ?? f.id, kind: f.kind }));
}
