/**
 * The demo network: a fictional regional agency and 15 member structures (companies and venues,
 * several disciplines and territories) with three seasons of shared tours, generated
 * deterministically (seeded pseudo-random numbers) from five realistic touring archetypes, a mix
 * of consent tiers, reviews and commitments. A visitor reads the referent's dashboard from the
 * home page without an account, read-only like the demo company (isDemo: the guards admit anyone
 * as an anonymous viewer and refuse every write).
 *
 * Members are demo organisations too (isDemo), so no real network ever counts them, and their
 * slugs are deliberately not valid URL slugs (`demo_reseau_01`): findMembership refuses them, so
 * the members' own workspaces cannot be browsed — the demo shows the referent's chair only, with
 * what each fictional member chose to share.
 *
 * Every figure is computed by the engine from these tour files, as for real tours. Names, towns
 * and dates are invented for the demo; nothing here is real data.
 */
import { eq } from 'drizzle-orm';
import type { Db } from './db/client';
import { appMeta } from './db/schema/meta';
import { organisations } from './db/schema/auth';
import { commitments } from './db/schema/experiments';
import { coroutingConsents } from './db/schema/corouting';
import { networkConsentEvents, networkMembers, networkReviews } from './db/schema/networks';
import { productions, tours } from './db/schema/tours';
import { summarise } from './diagnostics';
import { getFactorLibrary } from './factor-tables';
import * as networkIndicators from './network-indicators';
import type { Selection } from './networks';
import { validateTourFile, type TourFile } from '../schemas/tour-file';

export const DEMO_NETWORK_SLUG = 'demo-reseau';
const MARKER = 'demo_network_seeded_at';
const SEASONS = ['2024', '2025', '2026'] as const;

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** mulberry32: a small, well-known 32-bit PRNG; the same seed gives the same demo everywhere */
function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Town {
	name: string;
	place: string;
	territory: 'urban' | 'peri-urban' | 'rural';
}

// gazetteer ids checked with `npx empreinte geo search`
const REGION: Town[] = [
	{ name: 'Bordeaux', place: 'fr:33063', territory: 'urban' },
	{ name: 'Agen', place: 'fr:47001', territory: 'urban' },
	{ name: 'Pau', place: 'fr:64445', territory: 'urban' },
	{ name: 'Mont-de-Marsan', place: 'fr:40192', territory: 'peri-urban' },
	{ name: 'Périgueux', place: 'fr:24322', territory: 'peri-urban' },
	{ name: 'Bergerac', place: 'fr:24037', territory: 'peri-urban' },
	{ name: 'Libourne', place: 'fr:33243', territory: 'peri-urban' },
	{ name: 'Marmande', place: 'fr:47157', territory: 'rural' },
	{ name: 'Dax', place: 'fr:40088', territory: 'peri-urban' },
	{ name: 'Angoulême', place: 'fr:16015', territory: 'urban' },
	{ name: 'Limoges', place: 'fr:87085', territory: 'urban' },
	{ name: 'Poitiers', place: 'fr:86194', territory: 'urban' },
	{ name: 'La Rochelle', place: 'fr:17300', territory: 'urban' },
	{ name: 'Niort', place: 'fr:79191', territory: 'peri-urban' },
	{ name: 'Brive-la-Gaillarde', place: 'fr:19031', territory: 'peri-urban' }
];
const NATIONAL: Town[] = [
	{ name: 'Paris', place: 'fr:75056', territory: 'urban' },
	{ name: 'Lyon', place: 'fr:69123', territory: 'urban' },
	{ name: 'Nantes', place: 'fr:44109', territory: 'urban' },
	{ name: 'Marseille', place: 'fr:13055', territory: 'urban' },
	{ name: 'Lille', place: 'fr:59350', territory: 'urban' },
	{ name: 'Rennes', place: 'fr:35238', territory: 'urban' },
	{ name: 'Toulouse', place: 'fr:31555', territory: 'urban' }
];
const ABROAD: Town[] = [
	{ name: 'Bruxelles', place: 'gn:2800866', territory: 'urban' },
	{ name: 'Barcelone', place: 'gn:3128760', territory: 'urban' },
	{ name: 'Lisbonne', place: 'gn:2267057', territory: 'urban' },
	{ name: 'Genève', place: 'gn:2660646', territory: 'urban' }
];

type Archetype = 'van-regional' | 'truck-circus' | 'train-national' | 'band-club' | 'international' | 'venue';

interface DemoMember {
	name: string;
	kind: 'company' | 'venue';
	discipline: string;
	home: Town;
	archetype: Archetype;
	tier: 'counted' | 'visible' | 'publishable';
	/**
	 * seasons shared. Three members joined in 2026 (all three with shared freight): fewer than three
	 * late joiners would be recoverable by subtracting the constant panel from the season's total,
	 * and the dashboard would rightly hide the trend.
	 */
	seasons: readonly string[];
}

const town = (name: string) => [...REGION, ...NATIONAL].find((t) => t.name === name)!;

const MEMBERS: DemoMember[] = [
	{
		name: 'Compagnie du Pas de Côté',
		kind: 'company',
		discipline: 'theatre',
		home: town('Bordeaux'),
		archetype: 'van-regional',
		tier: 'visible',
		seasons: SEASONS
	},
	{
		name: 'Théâtre des Deux Rives',
		kind: 'company',
		discipline: 'theatre',
		home: town('Agen'),
		archetype: 'van-regional',
		tier: 'counted',
		seasons: SEASONS
	},
	{
		name: 'Cirque des Landes',
		kind: 'company',
		discipline: 'circus',
		home: town('Mont-de-Marsan'),
		archetype: 'truck-circus',
		tier: 'publishable',
		seasons: SEASONS
	},
	{
		name: 'Collectif Hors Piste',
		kind: 'company',
		discipline: 'street',
		home: town('Périgueux'),
		archetype: 'truck-circus',
		tier: 'counted',
		seasons: SEASONS
	},
	{
		name: 'Compagnie Souffle',
		kind: 'company',
		discipline: 'dance',
		home: town('Poitiers'),
		archetype: 'train-national',
		tier: 'visible',
		seasons: ['2026']
	},
	{
		name: 'Ensemble Atlantique',
		kind: 'company',
		discipline: 'music',
		home: town('La Rochelle'),
		archetype: 'train-national',
		tier: 'counted',
		seasons: ['2026']
	},
	{
		name: 'Les Marionnettes du Lot',
		kind: 'company',
		discipline: 'puppetry',
		home: town('Marmande'),
		archetype: 'train-national',
		tier: 'counted',
		seasons: SEASONS
	},
	{
		name: 'Groupe Brume',
		kind: 'company',
		discipline: 'music',
		home: town('Limoges'),
		archetype: 'band-club',
		tier: 'counted',
		seasons: SEASONS
	},
	{
		name: 'Trio Garonne',
		kind: 'company',
		discipline: 'music',
		home: town('Toulouse'),
		archetype: 'band-club',
		tier: 'visible',
		seasons: SEASONS
	},
	{
		name: 'Compagnie Vent d’Ouest',
		kind: 'company',
		discipline: 'dance',
		home: town('Bordeaux'),
		archetype: 'international',
		tier: 'publishable',
		seasons: SEASONS
	},
	{
		name: 'Opéra de poche',
		kind: 'company',
		discipline: 'opera',
		home: town('Angoulême'),
		archetype: 'train-national',
		tier: 'counted',
		seasons: ['2026']
	},
	{
		name: 'Scène des Graves',
		kind: 'venue',
		discipline: 'multidisciplinary',
		home: town('Libourne'),
		archetype: 'venue',
		tier: 'counted',
		seasons: SEASONS
	},
	{
		name: 'La Halle de Dax',
		kind: 'venue',
		discipline: 'multidisciplinary',
		home: town('Dax'),
		archetype: 'venue',
		tier: 'visible',
		seasons: SEASONS
	},
	{
		name: 'Théâtre de Bergerac',
		kind: 'venue',
		discipline: 'theatre',
		home: town('Bergerac'),
		archetype: 'venue',
		tier: 'counted',
		seasons: SEASONS
	},
	{
		name: 'Espace culturel de Niort',
		kind: 'venue',
		discipline: 'multidisciplinary',
		home: town('Niort'),
		archetype: 'venue',
		tier: 'counted',
		seasons: SEASONS
	}
];

/** A survey-like audience distribution of a venue (its own data: the double-counting rule keeps it). */
function surveyAudience(r: () => number) {
	// shares rounded to 0.01 first, the last one takes what is left (they must not sum above 1)
	const car = round(0.55 + r() * 0.2, 2);
	const bus = round((1 - car) * 0.4, 2);
	const walk = round((1 - car) * 0.35, 2);
	const bike = round(Math.max(0, 1 - car - bus - walk - 0.01), 2);
	return {
		distribution: [
			{ mode: 'car' as const, share: car, roundTripKm: Math.round(18 + r() * 30) },
			{ mode: 'bus' as const, share: bus, roundTripKm: Math.round(8 + r() * 6) },
			{ mode: 'walk' as const, share: walk, roundTripKm: 2 },
			{ mode: 'bike' as const, share: bike, roundTripKm: 5 }
		],
		carOccupancy: 2.2,
		quality: 'measured' as const
	};
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const pad = (n: number) => String(n).padStart(2, '0');
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];

/** The venues of the network: a company date in one of these towns may meet the venue's own evening. */
const VENUE_TOWNS = MEMBERS.filter((m) => m.kind === 'venue').map((m) => m.home.name);

/**
 * Venue evenings that companies also play: in 2025 and 2026 each company of the region plays one
 * date at a member venue on a fixed day, which the venue reports too (double counting shown).
 */
function sharedEvening(memberIndex: number, season: string): { town: Town; day: string } | null {
	if (season === '2024') return null;
	const venue = VENUE_TOWNS[memberIndex % VENUE_TOWNS.length];
	return { town: town(venue), day: `${season}-11-${pad(3 + memberIndex)}` };
}

const POOLED_FREIGHT: Record<string, { town: Town; start: string }[]> = {
	'Compagnie du Pas de Côté': [
		{ town: town('Agen'), start: '2026-12-09' },
		{ town: town('Toulouse'), start: '2026-12-11' }
	],
	'Cirque des Landes': [
		{ town: town('Agen'), start: '2026-12-08' },
		{ town: town('Toulouse'), start: '2026-12-10' }
	]
};

function tourFile(m: DemoMember, index: number, season: string, set: string): TourFile {
	const r = rng(1000 * index + Number(season));
	const year = Number(season);
	// later seasons: teams act on their footprint (fewer one-off dates, a little more train)
	const progress = SEASONS.indexOf(season as (typeof SEASONS)[number]);
	const dates: Record<string, unknown>[] = [];
	let month = 2;
	let day = 1;
	const next = (span: number) => {
		day += 2 + Math.floor(r() * 8);
		if (day > 26) {
			month += 1;
			day = 1 + Math.floor(r() * 5);
		}
		if (month > 10) month = 10;
		const start = `${year}-${pad(month)}-${pad(day)}`;
		const end = `${year}-${pad(month)}-${pad(Math.min(28, day + span - 1))}`;
		day += span;
		return { start, end };
	};
	const addDate = (t: Town, performances: number, capacity: number, own = false) => {
		const { start, end } = next(performances > 1 ? Math.min(performances, 3) : 1);
		dates.push({
			venue: { name: `${t.name}, ${own ? m.name : 'salle municipale'}`, place: t.place },
			start,
			end,
			performances,
			attendance: Math.round(capacity * performances * (0.6 + r() * 0.35)),
			capacity,
			audience: own ? surveyAudience(r) : { archetype: { territory: t.territory } }
		});
	};
	let team: { role: string; count: number }[];
	let travel: Record<string, unknown>[] = [];
	let freight: Record<string, unknown>[] = [];
	const a = m.archetype;
	if (a === 'venue') {
		// the venue's season: visiting shows at its own address, audience from its own survey
		team = [{ role: 'technician', count: 3 }];
		travel = [{ id: 'local', mode: 'car', vehicles: 1, occupants: 3, quality: 'measured' }];
		const n = 8 + Math.floor(r() * 6);
		for (let i = 0; i < n; i++) addDate(m.home, 1 + Math.floor(r() * 2), 300 + Math.floor(r() * 300), true);
		for (let i = 0; i < MEMBERS.length; i++) {
			const e = sharedEvening(i, season);
			if (
				e &&
				e.town.name === m.home.name &&
				MEMBERS[i].kind === 'company' &&
				MEMBERS[i].archetype !== 'international' &&
				MEMBERS[i].seasons.includes(season)
			)
				dates.push({
					venue: { name: `${m.home.name}, ${m.name}`, place: m.home.place },
					start: e.day,
					end: e.day,
					performances: 1,
					attendance: 280,
					capacity: 320,
					audience: surveyAudience(r)
				});
		}
	} else {
		const n =
			a === 'band-club'
				? 10 + Math.floor(r() * 6)
				: a === 'international'
					? 5 + Math.floor(r() * 3)
					: 6 + Math.floor(r() * 6);
		const pool =
			a === 'van-regional' || a === 'truck-circus' ? REGION : a === 'international' ? ABROAD : NATIONAL;
		for (let i = 0; i < n; i++) {
			const longer = r() < 0.25 + progress * 0.15;
			const performances = a === 'band-club' ? 1 : longer ? 2 + Math.floor(r() * 3) : 1;
			addDate(
				pick(
					r,
					pool.filter((t) => t.name !== m.home.name)
				),
				performances,
				150 + Math.floor(r() * 450)
			);
		}
		const e = sharedEvening(index, season);
		if (e && a !== 'international')
			dates.push({
				venue: { name: `${e.town.name}, scène du réseau`, place: e.town.place },
				start: e.day,
				end: e.day,
				performances: 1,
				attendance: 280,
				capacity: 320,
				audience: { archetype: { territory: e.town.territory } }
			});
		const size =
			a === 'truck-circus' || a === 'international' ? 8 : a === 'band-club' ? 4 : 5 + Math.floor(r() * 3);
		team = [
			{ role: 'artist', count: size - 2 },
			{ role: 'technician', count: 2 }
		];
		if (a === 'van-regional')
			travel = [{ id: 'van', mode: 'van.passenger', vehicles: 1, occupants: size, quality: 'measured' }];
		if (a === 'truck-circus')
			travel = [{ id: 'vans', mode: 'van.passenger', vehicles: 2, occupants: size, quality: 'measured' }];
		if (a === 'band-club') travel = [{ id: 'minibus', mode: 'minibus', vehicles: 1, occupants: size }];
		if (a === 'train-national')
			travel = [{ id: 'train', mode: 'rail.tgv', people: size, quality: 'measured' }];
		if (a === 'international')
			travel =
				progress === 2
					? [{ id: 'train', mode: 'rail.international', people: size, quality: 'measured' }]
					: [{ id: 'plane', mode: 'plane', people: size, quality: 'measured' }];
		if (a === 'truck-circus')
			freight = [{ kind: 'vehicle', id: 'truck', class: 'rigid_17t', load: 'average', followTour: true }];
		if (a === 'van-regional')
			freight = [{ kind: 'vehicle', id: 'set-van', class: 'van', load: 'half', followTour: true }];
		if (a === 'train-national' || a === 'international')
			freight = [
				{ kind: 'shared', id: 'set', mode: 'road', tonnes: round(0.4 + r() * 0.8, 1), followTour: true }
			];
	}
	// co-routing (issue 19): two members' December dates, a day apart on the same Agen → Toulouse
	// leg, so the van's set could ride in the circus truck (the demo's shared-freight opportunity)
	if (season === '2026')
		for (const p of POOLED_FREIGHT[m.name] ?? [])
			dates.push({
				venue: { name: `${p.town.name}, salle municipale`, place: p.town.place },
				start: p.start,
				end: p.start,
				performances: 1,
				attendance: 280,
				capacity: 400,
				audience: { archetype: { territory: p.town.territory } }
			});
	const doc = {
		format: 'empreinte-tour@1',
		production: { title: `${m.name} — saison ${season}`, company: m.name, season },
		homeBase: { name: m.home.name, place: m.home.place },
		factorSet: set,
		route: { derive: true, returnHomeGapDays: 5 },
		team,
		travel,
		dates,
		freight,
		accommodation: {
			roomsPerNight: a === 'venue' ? 0 : Math.ceil(team.reduce((s, x) => s + x.count, 0) / 2)
		},
		meals: { perPersonPerDay: 2, type: progress === 2 && index % 3 === 0 ? 'vegetarian' : 'average' }
	};
	const v = validateTourFile(doc);
	if (!v.ok)
		throw new Error(
			`demo network tour invalid: ${v.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`
		);
	return v.tour;
}

export async function seedDemoNetworkIfMissing(db: Db): Promise<boolean> {
	if (await db.select().from(appMeta).where(eq(appMeta.key, MARKER)).get()) return false;
	const existing = await db
		.select()
		.from(organisations)
		.where(eq(organisations.slug, DEMO_NETWORK_SLUG))
		.get();
	if (existing) return false;
	await db.transaction(async (tx) => {
		await seed(tx);
		await tx.insert(appMeta).values({ key: MARKER, value: new Date().toISOString(), updatedAt: new Date() });
	});
	return true;
}

async function seed(tx: Tx): Promise<void> {
	const set = getFactorLibrary().defaultSet.ref;
	const t0 = new Date('2024-01-15T09:00:00.000Z');
	const networkId = crypto.randomUUID();
	await tx.insert(organisations).values({
		id: networkId,
		slug: DEMO_NETWORK_SLUG,
		name: 'Agence Garonne-Atlantique (réseau de démonstration)',
		kind: 'network',
		isDemo: true,
		createdAt: t0
	});
	for (const [i, m] of MEMBERS.entries()) {
		const orgId = crypto.randomUUID();
		await tx.insert(organisations).values({
			id: orgId,
			slug: `demo_reseau_${pad(i + 1)}`,
			name: `${m.name} (démo)`,
			kind: m.kind,
			isDemo: true,
			createdAt: t0
		});
		const productionId = crypto.randomUUID();
		await tx.insert(productions).values({
			id: productionId,
			orgId,
			title: m.kind === 'venue' ? `Saison de ${m.home.name}` : `Création ${pad(i + 1)}`,
			discipline: m.discipline,
			creationYear: 2023,
			teamSize: null,
			setDescription: '',
			createdAt: t0,
			updatedAt: t0
		});
		const tourIds: string[] = [];
		for (const season of m.seasons) {
			const doc = tourFile(m, i, season, set);
			const id = crypto.randomUUID();
			const at = new Date(`${season}-12-15T09:00:00.000Z`);
			const phase = season === '2026' ? 'forecast' : 'actual';
			await tx.insert(tours).values({
				id,
				orgId,
				productionId,
				season,
				phase,
				forecastId: null,
				factorSet: set,
				document: doc,
				summary: summarise(doc),
				createdAt: at,
				updatedAt: at
			});
			await networkIndicators.refresh(tx, { id, orgId, document: doc });
			tourIds.push(id);
		}
		const selection: Selection = { seasons: [...m.seasons], phases: ['forecast', 'actual'], tourIds: [] };
		const joinedAt = new Date(`${m.seasons[0]}-02-01T09:00:00.000Z`);
		await tx.insert(networkMembers).values({
			networkId,
			memberOrgId: orgId,
			status: 'active',
			tier: m.tier,
			selection,
			joinedAt,
			leftAt: null,
			updatedAt: joinedAt
		});
		for (const [event, tier, at] of [
			['joined', 'counted', joinedAt],
			['consent', m.tier, new Date(joinedAt.getTime() + 7 * 86_400_000)]
		] as const)
			await tx.insert(networkConsentEvents).values({
				id: crypto.randomUUID(),
				networkId,
				memberOrgId: orgId,
				event,
				tier,
				selection:
					event === 'joined' ? { seasons: [], phases: ['forecast', 'actual'], tourIds: [] } : selection,
				byUserId: null,
				at
			});
		// reviews: the referents verified the visible members' actuals; one request to complete
		if (m.tier !== 'counted')
			for (const [k, id] of tourIds.entries()) {
				if (m.seasons[k] === '2026') continue;
				await tx.insert(networkReviews).values({
					id: crypto.randomUUID(),
					networkId,
					memberOrgId: orgId,
					tourId: id,
					status: i === 0 && k === 1 ? 'changes_requested' : 'verified',
					note: i === 0 && k === 1 ? 'Pouvez-vous préciser le tonnage du décor ?' : 'Relu avec la régie.',
					missing: [],
					byUserId: null,
					at: new Date(`${m.seasons[k]}-12-20T09:00:00.000Z`)
				});
			}
		// commitments on the latest tour: the lever this archetype would pull
		const lever =
			m.archetype === 'international' || m.archetype === 'van-regional'
				? 'train'
				: m.archetype === 'truck-circus'
					? 'longer-runs'
					: m.archetype === 'venue'
						? 'audience-carpool'
						: 'vegetarian';
		{
			const at = '2026-01-20T09:00:00.000Z';
			const status = i % 3 === 0 ? 'running' : 'committed';
			await tx.insert(commitments).values({
				id: crypto.randomUUID(),
				orgId,
				tourId: tourIds[tourIds.length - 1],
				scenarioId: null,
				lever,
				title:
					lever === 'train'
						? 'Le train pour les trajets de moins de 700 km'
						: lever === 'longer-runs'
							? 'Au moins deux représentations par lieu'
							: lever === 'audience-carpool'
								? 'Covoiturage des publics'
								: 'Repas végétariens en tournée',
				targetKg: 200 + ((i * 137) % 900),
				owner: 'Administration',
				startsOn: '2026-02-01',
				endsOn: '2026-11-30',
				status,
				history: [
					{ status: 'proposed', at, by: null, reason: null },
					{ status: 'committed', at: '2026-02-01T09:00:00.000Z', by: null, reason: null },
					...(status === 'running'
						? [{ status: 'running', at: '2026-03-01T09:00:00.000Z', by: null, reason: null }]
						: [])
				],
				measuredTourId: null,
				sharedWithNetworks: m.tier === 'publishable',
				createdBy: null,
				createdAt: new Date(at),
				updatedAt: new Date(at)
			});
		}
		// co-routing (issue 19): every fictional member takes part in pooling opportunities, so the
		// referents' page shows the pairs of members sharing at « visible » or above
		await tx.insert(coroutingConsents).values({
			id: crypto.randomUUID(),
			networkId,
			memberOrgId: orgId,
			enabled: true,
			byUserId: null,
			at: joinedAt
		});
	}
}
