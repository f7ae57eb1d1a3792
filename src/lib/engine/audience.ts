/**
 * Audience mobility, per date and per mode (or per bin of a distance distribution).
 *
 * Formulas (kgCO2e):
 *   spectators(mode) = attendance × share(mode)
 *   passenger modes:   kg = (factor × round-trip km) × spectators(mode)
 *   cars, motorbikes:  kg = ((factor × round-trip km) ÷ occupancy) × spectators(mode)
 *                      (a per-vehicle factor shared by the occupants: ADEME impactCO2 carpool rule)
 * Units:   attendance = spectators present over all the date's performances; round-trip km per
 *          spectator (home → venue → home, no detour applied: survey and archetype distances are
 *          travelled distances); occupancy = spectators per car.
 * Inputs, best first: a distance distribution (survey, ticketing postcodes), the date's own modal
 *          shares / distances / occupancy, then the documented defaults of its venue archetype
 *          (emission-factors/parameters/audience-archetypes.json, sources there). Whatever comes
 *          from the defaults is flagged and the line is labelled a default.
 * Archetypes with distance bands (audience parameters 2026.2 on): when a date gives neither shares
 *          nor distances, its defaults are the archetype's bands expanded into a distribution —
 *          share = band share × modal share in the band, round trip = 2 × the band's one-way km —
 *          and go through the formula above like an imported distribution. The same-commune band
 *          travels the venue commune's intra-commune distance, as an imported spectator of that
 *          commune does (src/lib/geo/distance.ts: 2/3 × √(area / π), then the road rule); a place
 *          without a known area (an explicit place) takes the territory's `intraCommune` parameter,
 *          and the line is flagged `audience.intra_commune_assumed`.
 * Attendance missing: capacity × performances, flagged (a full house is an upper bound).
 * Scope:   audience — reported beside the company's emissions, never summed into them silently:
 *          the same evening is also counted by the host venue.
 */
import { distinctBy, flat, noColonIn, num, PENDING_RANGE, type Context, type FactorUse } from './context';
import { invalidInput } from './errors';
import { audienceActivity, audienceIsVehicle, modeFamily } from './modes';
import { detourKm } from './distance';
import { intraCommuneKm } from '../geo/distance';
import { archetypeKey, sizeFromCapacity, type AudienceArchetype } from './parameters';
import type { OrderedDate } from './route';
import type {
	AudienceBin,
	AudienceMode,
	LineQuantities,
	ModeFamily,
	QualityTag,
	TourDateInput
} from './types';
import { AUDIENCE_MODES } from './types';

interface ResolvedAudience {
	bins: (AudienceBin & { binId: string })[];
	/** the bins are an archetype's, shared by its dates (their plans are kept, see binPlan) */
	shared: boolean;
	occupancy: number;
	flags: string[];
	isDefault: boolean;
	archetype: string | null;
	quality: QualityTag;
}

function resolveArchetype(
	ctx: Context,
	d: TourDateInput,
	path: string,
	flags: string[]
): { key: string; a: AudienceArchetype } | null {
	const ref = d.audience?.archetype;
	if (!ref) return null;
	const p = ctx.params.audience;
	let size = ref.size ?? sizeFromCapacity(d.capacity, p);
	if (!size) {
		size = 'medium';
		flags.push('audience.size_assumed');
		ctx.warn({ code: 'audience.size_assumed', params: { date: d.id }, path: `${path}.audience.archetype` });
	}
	const key = archetypeKey(ref.territory, size);
	const a = p.archetypes[key];
	if (!a)
		throw invalidInput(`Unknown audience archetype "${key}"`, `${path}.audience.archetype`, {
			archetype: key
		});
	return { key, a };
}

function resolveAudience(ctx: Context, d: TourDateInput, path: string): ResolvedAudience | null {
	const au = d.audience;
	if (!au) return null;
	const flags: string[] = [];
	const arch = resolveArchetype(ctx, d, path, flags);
	let isDefault = false;
	let occupancy: number;
	if (au.carOccupancy !== undefined) {
		occupancy = au.carOccupancy;
	} else if (arch) {
		occupancy = arch.a.carOccupancy;
		flags.push('audience.default_occupancy');
		isDefault = true;
	} else {
		occupancy = ctx.params.audience.defaultCarOccupancy.value;
		flags.push('audience.default_occupancy');
		isDefault = true;
	}
	if (!(occupancy >= 1))
		throw invalidInput(`Car occupancy must be at least 1`, `${path}.audience.carOccupancy`);

	let bins: ResolvedAudience['bins'];
	let shared = false;
	if (au.distribution && au.distribution.length > 0) {
		// the fields a bin is read for, copied one by one (a spread is a slow generic copy), in the
		// shape of the other bins
		bins = au.distribution.map((b, i) => ({
			mode: b.mode,
			share: b.share,
			roundTripKm: b.roundTripKm,
			binId: 'bin' + (i + 1)
		}));
	} else if (arch?.a.bands && !au.modalShares && au.roundTripKm === undefined) {
		bins = cachedArchetypeBins(ctx, arch.key, arch.a, `${path}.audience.archetype`, d.place.areaKm2);
		shared = true;
		flags.push('audience.default_shares', 'audience.default_distance');
		if (d.place.areaKm2 === undefined && arch.a.bands.some((b) => b.oneWayKm === undefined))
			flags.push('audience.intra_commune_assumed');
		isDefault = true;
	} else {
		let shares = au.modalShares;
		if (!shares) {
			if (!arch)
				throw invalidInput(
					`Date "${d.id}" has audience figures without modal shares or archetype`,
					`${path}.audience`,
					{ date: d.id }
				);
			shares = arch.a.modalShares;
			flags.push('audience.default_shares');
			isDefault = true;
		}
		bins = [];
		for (const mode of AUDIENCE_MODES) {
			const share = shares[mode];
			if (share === undefined || share === 0) continue;
			let km: number | undefined;
			if (typeof au.roundTripKm === 'number') km = au.roundTripKm;
			else if (au.roundTripKm && au.roundTripKm[mode] !== undefined) km = au.roundTripKm[mode];
			if (km === undefined) {
				km = arch?.a.roundTripKm[mode];
				if (km === undefined) {
					throw invalidInput(
						`No round-trip distance for mode "${mode}" at date "${d.id}"`,
						`${path}.audience.roundTripKm`,
						{
							date: d.id,
							mode
						}
					);
				}
				if (!flags.includes('audience.default_distance')) flags.push('audience.default_distance');
				isDefault = true;
			}
			bins.push({ mode, share, roundTripKm: km, binId: mode });
		}
	}
	let total = 0;
	bins.forEach((b, i) => {
		if (!(b.share >= 0 && b.share <= 1))
			throw invalidInput(`A modal share must be between 0 and 1`, `${path}.audience`, { index: i });
		if (!(b.roundTripKm >= 0))
			throw invalidInput(`A round-trip distance must be positive`, `${path}.audience`, { index: i });
		total += b.share;
	});
	if (total > 1 + 1e-6)
		throw invalidInput(`Modal shares of date "${d.id}" sum to more than 1`, `${path}.audience`, {
			date: d.id,
			sum: total
		});
	if (total < 1 - 1e-6)
		ctx.warn({
			code: 'audience.shares_below_one',
			params: { date: d.id, sum: Math.round(total * 1000) / 1000 },
			path: `${path}.audience`
		});
	const quality: QualityTag = au.quality ?? (isDefault ? 'default' : 'estimated');
	return { bins, shared, occupancy, flags, isDefault, archetype: arch?.key ?? null, quality };
}

/** An archetype's distance bands as a distribution: one bin per band and mode. */
export function archetypeBins(
	ctx: Context,
	a: AudienceArchetype,
	path: string,
	venueAreaKm2?: number
): (AudienceBin & { binId: string })[] {
	// the venue commune's own intra-commune trip (great circle 2/3 × √(area / π), road rule), as
	// for an imported spectator of that commune; else the territory's parameter
	const intra =
		venueAreaKm2 !== undefined
			? detourKm(intraCommuneKm(venueAreaKm2), 'road', 'ademe').km
			: ctx.params.audience.intraCommune?.[a.territory]?.oneWayKm;
	const bins: (AudienceBin & { binId: string })[] = [];
	for (const band of a.bands ?? []) {
		const oneWay = band.oneWayKm ?? intra;
		if (oneWay === undefined)
			throw invalidInput(`Band "${band.id}" of archetype ${a.territory}.${a.size} has no distance`, path);
		for (const mode of AUDIENCE_MODES) {
			const m = band.modalShares[mode];
			if (m === undefined || m === 0) continue;
			bins.push({ mode, share: band.share * m, roundTripKm: 2 * oneWay, binId: band.id + ':' + mode });
		}
	}
	return bins;
}

/**
 * archetypeBins, once per archetype and venue area in a computation: a long tour plays many venues
 * of one archetype (the bins are read, never changed). The path is the first date's: an error is
 * thrown on that first date.
 */
function cachedArchetypeBins(
	ctx: Context,
	key: string,
	a: AudienceArchetype,
	path: string,
	venueAreaKm2?: number
): (AudienceBin & { binId: string })[] {
	const memo = (ctx.memo.archetypeBins ??= new Map<string, (AudienceBin & { binId: string })[]>()) as Map<
		string,
		(AudienceBin & { binId: string })[]
	>;
	const k = venueAreaKm2 === undefined ? key : key + '|' + venueAreaKm2;
	let bins = memo.get(k);
	if (!bins) {
		bins = archetypeBins(ctx, a, path, venueAreaKm2);
		memo.set(k, bins);
	}
	return bins;
}

/**
 * What a bin repeats in every line it makes, by bin object (an archetype's bins are shared by every
 * date of that archetype, see above): its activity, factor, family, and the pieces of its formula
 * around the `num` of its share and distance.
 */
interface BinPlan {
	mode: AudienceMode;
	activity: string;
	use: FactorUse | null;
	family: ModeFamily;
	vehicle: boolean;
	/** the formula's fixed pieces: `<factor> × <km> km ×` (or `÷` for a vehicle), `× <share>) = ` */
	head: string;
	tail: string;
}

function makeBinPlan(ctx: Context, b: AudienceBin): BinPlan {
	const mode = b.mode as AudienceMode;
	const activity = audienceActivity(mode);
	const use = ctx.factor(activity);
	const vehicle = audienceIsVehicle(mode);
	const share = num(b.share);
	const km = num(b.roundTripKm);
	return {
		mode,
		activity,
		use,
		family: modeFamily(mode),
		vehicle,
		head: use ? flat(use.text + ' × ' + km + (vehicle ? ' km ÷ ' : ' km × ')) : '',
		tail: flat(' × ' + share + ') = ')
	};
}

/** A bin's plan; kept by bin object when the bin is shared (an archetype's), made afresh otherwise. */
function binPlan(ctx: Context, b: AudienceBin, shared: boolean): BinPlan {
	if (!shared) return makeBinPlan(ctx, b);
	const memo = (ctx.memo.binPlan ??= new WeakMap<AudienceBin, BinPlan>()) as WeakMap<AudienceBin, BinPlan>;
	let p = memo.get(b);
	if (!p) memo.set(b, (p = makeBinPlan(ctx, b)));
	else if (!p.use) ctx.factor(p.activity); // a missing factor is reported as before
	return p;
}

export interface AudienceTally {
	spectators: number;
	isDefault: boolean;
	/** `territory.size` when the date's figures rest on an archetype's defaults */
	archetype: string | null;
}

const binId = (b: { binId: string }): string => b.binId;
const dateId = (o: OrderedDate): string => o.date.id;

export function computeAudience(ctx: Context, ordered: OrderedDate[]): Map<string, AudienceTally> {
	const tallies = new Map<string, AudienceTally>();
	// A line's id is `audience:<date id>:<bin id>`, and no other module's id starts with `audience:`.
	// When no date id has a ':', an id splits at its first ':' after `audience:` into its date's id
	// and its bin's; date ids are unique (compute.ts), so two lines share an id only if one date has
	// two bins of one id. The lines of a date whose bin ids differ are then pushed with their id
	// checked (an archetype's shared bins are looked at once).
	const colonFree = noColonIn(ordered, dateId);
	const distinctShared = new Map<unknown[], boolean>();
	for (const { date: d, index } of ordered) {
		const path = `dates[${index}]`;
		if (!d.audience) {
			ctx.warn({ code: 'audience.not_computed', params: { date: d.id }, path });
			continue;
		}
		const r = resolveAudience(ctx, d, path);
		if (!r) continue;
		const flags = [...r.flags];
		let attendance = d.attendance;
		if (attendance === null) {
			if (d.capacity === null) {
				ctx.warn({ code: 'audience.no_attendance', params: { date: d.id }, path });
				continue;
			}
			attendance = d.capacity * d.performances;
			flags.push('audience.attendance_from_capacity');
			ctx.warn({ code: 'audience.attendance_from_capacity', params: { date: d.id, attendance }, path });
		}
		tallies.set(d.id, {
			spectators: attendance,
			isDefault: r.isDefault,
			archetype: r.isDefault ? r.archetype : null
		});
		const inputGroup = r.isDefault && r.archetype ? `default:audience:${r.archetype}` : undefined;
		let idChecked = false;
		if (colonFree) {
			if (!r.shared) idChecked = distinctBy(r.bins, binId);
			else {
				const known = distinctShared.get(r.bins);
				if (known === undefined) distinctShared.set(r.bins, (idChecked = distinctBy(r.bins, binId)));
				else idChecked = known;
			}
		}
		const source = d.audience.distribution?.length ? path + '.audience.distribution' : path + '.audience';
		const attendanceText = num(attendance);
		const idHead = 'audience:' + d.id + ':';
		// pieces of the formulas repeated by every line of the date
		const spectatorsText = flat(' spectator(s) (' + attendanceText);
		let carText: string | null = null;
		let otherVehicleText: string | null = null;
		for (let k = 0; k < r.bins.length; k++) {
			const b = r.bins[k];
			const plan = binPlan(ctx, b, r.shared);
			const use = plan.use;
			if (!use) continue;
			const mode = plan.mode;
			const value = use.line.value;
			const spectators = attendance * b.share;
			const km = b.roundTripKm;
			let kg: number;
			let perPersonKg: number;
			let formula: string;
			let quantities: LineQuantities;
			let quantity: number;
			if (plan.vehicle) {
				const occupancy = mode === 'car' ? r.occupancy : 1;
				perPersonKg = (value * km) / occupancy;
				kg = perPersonKg * spectators;
				quantities = { spectators, share: b.share, distanceKm: km, occupancy };
				quantity = (spectators * km) / occupancy;
				// `<factor> × <km> km ÷ <occupancy> per vehicle × <n> spectator(s) (<attendance> × <share>) = <kg> kgCO2e`
				const perVehicle =
					mode === 'car'
						? (carText ??= flat(num(occupancy) + ' per vehicle × '))
						: (otherVehicleText ??= flat(num(occupancy) + ' per vehicle × '));
				formula = plan.head + perVehicle + num(spectators) + spectatorsText + plan.tail + num(kg) + ' kgCO2e';
			} else {
				perPersonKg = value * km;
				kg = perPersonKg * spectators;
				quantities = { spectators, share: b.share, distanceKm: km };
				quantity = spectators * km;
				// `<factor> × <km> km × <n> spectator(s) (<attendance> × <share>) = <kg> kgCO2e`
				formula = plan.head + num(spectators) + spectatorsText + plan.tail + num(kg) + ' kgCO2e';
			}
			ctx.push(
				{
					id: idHead + b.binId,
					category: 'audience',
					scope: 'audience',
					family: plan.family,
					mode: plan.activity,
					label: d.venueName,
					legId: null,
					dateId: d.id,
					source,
					quantities,
					quantity,
					factor: use.line,
					kgCO2e: kg,
					perPersonKg,
					personKm: 0,
					formula,
					quality: r.quality,
					isDefault: r.isDefault,
					flags,
					range: PENDING_RANGE
				},
				use,
				inputGroup,
				idChecked
			);
		}
	}
	return tallies;
}
