/**
 * Freight levers: a lighter or locally sourced set, freight shared with another company.
 *
 * A vehicle that follows the tour makes every leg of the route (src/lib/engine/freight.ts). To take
 * part of its route away, the route is first written out as explicit legs (same places, same
 * dates, no distance given: the engine finds the same distances, user distances included), and
 * its empty returns too; the scenario then keeps the legs the vehicle still drives.
 */
import { FREIGHT_VEHICLE_CLASSES } from '../engine/types';
import type { TourFile } from '../schemas/tour-file';
import type { LeverContext } from './context';
import type { LeverParams } from './params';
import { inTourOrder, LeverError, round, workingCopy, type Change, type LeverOutcome } from './shared';

type Freight = TourFile['freight'][number];
type VehicleFreight = Extract<Freight, { kind: 'vehicle' }>;
type FreightLeg = Freight['legs'][number];

/** Size order of the vehicle classes; the aggregates sit with their typical member. */
const RANK: Record<(typeof FREIGHT_VEHICLE_CLASSES)[number], number> = {
	van: 0,
	rigid_7_5t: 1,
	rigid_17t: 2,
	rigid: 2,
	rigid_over_17t: 3,
	hgv: 4,
	artic: 4
};

/** Every leg the vehicle drives, as explicit legs (route legs with their date, then its own legs). */
export function explicitLegs(f: VehicleFreight, ctx: LeverContext): FreightLeg[] {
	const legs: FreightLeg[] = [];
	if (f.followTour) {
		for (const l of ctx.legs) {
			if (l.kind === 'explicit' || l.kind === 'join' || l.kind === 'leave') continue;
			legs.push({ from: l.from.ref, to: l.to.ref, ...(l.dateId ? { date: l.dateId } : {}) });
		}
	}
	for (const l of f.legs) {
		legs.push({ ...l });
		if (f.emptyReturn) legs.push({ ...l, from: l.to, to: l.from, load: 'empty' });
	}
	return legs;
}

/**
 * A lighter set (less mass, a smaller truck) or one found locally for some dates. A vehicle that
 * follows the tour has no legs of its own: for local dates it first gets the route's legs as its
 * own (explicitLegs), so that the legs counted under those dates can be dropped like any other.
 */
export function lighterSet(doc: TourFile, p: LeverParams['lighter-set'], ctx?: LeverContext): LeverOutcome {
	const out = workingCopy(doc);
	const changes: Change[] = [];
	const known = new Set(out.freight.map((f) => f.id));
	p.freightIds.forEach((id) => {
		if (!known.has(id)) throw new LeverError('freightIds', 'experiments.errors.freightInvalid', { id });
	});
	const dates = new Set(out.dates.map((d) => d.id as string));
	p.localDates.forEach((id) => {
		if (!dates.has(id)) throw new LeverError('localDates', 'experiments.errors.dateInvalid', { id });
	});
	const venue = new Map(out.dates.map((d) => [d.id as string, d.venue.name]));
	const chosen = (f: Freight) => p.freightIds.length === 0 || p.freightIds.includes(f.id);
	const local = new Set(p.localDates);
	const kept: Freight[] = [];
	for (const f of out.freight) {
		if (!chosen(f)) {
			kept.push(f);
			continue;
		}
		const name = f.label ?? f.id;
		if (local.size > 0 && ctx && f.kind === 'vehicle' && f.followTour) {
			const legs = explicitLegs(f, ctx);
			if (legs.some((l) => l.date && local.has(l.date))) {
				f.legs = legs;
				f.followTour = false;
				f.emptyReturn = false;
			}
		}
		if (local.size > 0 && f.legs.some((l) => l.date && local.has(l.date))) {
			const dropped = f.legs.filter((l) => l.date && local.has(l.date));
			f.legs = f.legs.filter((l) => !(l.date && local.has(l.date)));
			for (const d of new Set(dropped.map((l) => l.date as string)))
				changes.push({
					key: 'experiments.changes.localSet',
					params: { freight: name, venue: venue.get(d) ?? d }
				});
			if (!f.followTour && f.legs.length === 0) {
				changes.push({ key: 'experiments.changes.freightRemoved', params: { freight: name } });
				continue;
			}
		}
		if (f.kind === 'shared' && p.massReductionPct > 0) {
			const tonnes = round(f.tonnes * (1 - p.massReductionPct / 100), 3);
			if (tonnes <= 0) {
				changes.push({ key: 'experiments.changes.freightRemoved', params: { freight: name } });
				continue;
			}
			changes.push({
				key: 'experiments.changes.lighter',
				params: { freight: name, from: f.tonnes, to: tonnes }
			});
			f.tonnes = tonnes;
		}
		if (f.kind === 'vehicle' && p.downsizeTo && RANK[f.class] > RANK[p.downsizeTo]) {
			changes.push({
				key: 'experiments.changes.downsize',
				params: { freight: name, from: f.class, to: p.downsizeTo }
			});
			f.class = p.downsizeTo;
		}
		kept.push(f);
	}
	out.freight = kept;
	return { doc: out, changes };
}

/**
 * Freight of the dates `fromDate`…`toDate` (tour order) carried in a partner's truck: from its
 * arrival at the first date to its departure from the last, the dedicated vehicle does not drive
 * (its empty legs there disappear too) and the set's mass travels the same legs in tonne·km.
 */
export function sharedFreight(
	doc: TourFile,
	p: LeverParams['shared-freight'],
	ctx: LeverContext
): LeverOutcome {
	const out = workingCopy(doc);
	const index = out.freight.findIndex((f) => f.id === p.freightId);
	const item = out.freight[index];
	if (!item || item.kind !== 'vehicle')
		throw new LeverError('freightId', 'experiments.errors.freightInvalid', { id: p.freightId });
	if (item.fuel) throw new LeverError('freightId', 'experiments.errors.fuelFreight', { id: p.freightId });
	const ordered = inTourOrder(out).map((d) => d.id as string);
	const a = ordered.indexOf(p.fromDate);
	const b = ordered.indexOf(p.toDate);
	if (a < 0) throw new LeverError('fromDate', 'experiments.errors.dateInvalid', { id: p.fromDate });
	if (b < 0) throw new LeverError('toDate', 'experiments.errors.dateInvalid', { id: p.toDate });
	if (b < a) throw new LeverError('toDate', 'experiments.errors.rangeInvalid');
	const run = new Set(ordered.slice(a, b + 1));
	const last = ordered[b];
	const after = ordered[b + 1];

	const legs = explicitLegs(item, ctx);
	const placeOf = (id: string) => JSON.stringify(ctx.dates.find((d) => d.id === id)?.place.ref);
	const isShared = (l: FreightLeg) => {
		if (!l.date) return false;
		if (p.arrivalOnly) return run.has(l.date) && JSON.stringify(l.to) === placeOf(l.date);
		if (run.has(l.date)) return true;
		// the leg leaving the last date of the run for the next date is counted under that next date
		const lastPlace = ctx.dates.find((d) => d.id === last)?.place.ref;
		return l.date === after && JSON.stringify(l.from) === JSON.stringify(lastPlace);
	};
	const moved = legs.filter(isShared);
	const stays = legs.filter((l) => !isShared(l));
	if (moved.length === 0) return { doc: out, changes: [] };

	const name = item.label ?? item.id;
	const shared: Freight = {
		kind: 'shared',
		id: `${item.id}-shared`,
		label: p.partner ? `${name} ⇄ ${p.partner}` : name,
		mode: p.mode,
		tonnes: p.tonnes,
		followTour: false,
		// an empty leg carries no mass
		legs: moved.filter((l) => l.load !== 'empty').map(({ load: _load, ...l }) => l),
		quality: 'estimated'
	};
	const dedicated: Freight = { ...item, followTour: false, emptyReturn: false, legs: stays };
	const venue = (id: string) => out.dates.find((d) => d.id === id)?.venue.name ?? id;
	out.freight.splice(index, 1, ...(stays.length > 0 ? [dedicated] : []), shared);
	const changes: Change[] = [
		{
			key: 'experiments.changes.sharedFreight',
			params: {
				freight: name,
				from: venue(p.fromDate),
				to: venue(p.toDate),
				legs: moved.length,
				tonnes: p.tonnes,
				partner: p.partner || '—'
			}
		}
	];
	if (stays.length === 0)
		changes.push({ key: 'experiments.changes.freightRemoved', params: { freight: name } });
	return { doc: out, changes };
}
