/**
 * The green rider (« fiche technique verte ») as data: what the company commits to, what it asks of
 * the host venue, the figures it asks the venue to send back. Each request to the venue is tied to a
 * lever of src/lib/experiments: the server applies that lever to the tour and lets the engine say
 * how much it would avoid, and this module orders the requests by that saving (largest first), so a
 * rider asks first for what matters for THIS tour. Requests no lever can quantify (accommodation
 * reachable on foot) come after, marked as not quantified. Pure: no I/O.
 *
 * The clause wording is ours (src/lib/i18n/messages/rider.ts). Ideas credited by name: the Theatre
 * Green Book's touring riders and information sharing (in-house equipment early, rail for the team,
 * data sharing), ARVIVA's contract clauses (accommodation reachable on foot or by public transport,
 * vegetarian catering), Théâtre de Rungis / SNSP (a low-carbon transport clause as an incentive,
 * carpooling offered to the audience).
 */

/** « incitatif »: a wish the venue may follow; « contractuel »: a clause of the contract. */
export const RIDER_TAGS = ['incentive', 'contractual'] as const;
export type RiderTag = (typeof RIDER_TAGS)[number];

export type RequestScope = 'company' | 'audience';

export interface RiderRequestDef {
	key: string;
	/** the lever whose saving ranks this request, with its parameters for the dates concerned */
	lever: string | null;
	params: (dateIds: string[]) => Record<string, unknown>;
	scope: RequestScope;
	tag: RiderTag;
}

/** What the company asks of the host venue. */
export const REQUESTS: RiderRequestDef[] = [
	{
		key: 'equipment',
		lever: 'lighter-set',
		params: (dateIds) => ({ localDates: dateIds }),
		scope: 'company',
		tag: 'incentive'
	},
	{
		key: 'trainArrival',
		lever: 'train',
		params: () => ({ maxKm: 1000, replace: 'plane-and-road', rail: 'auto' }),
		scope: 'company',
		tag: 'incentive'
	},
	{
		key: 'localCrew',
		lever: 'local-technicians',
		params: () => ({ people: 1 }),
		scope: 'company',
		tag: 'incentive'
	},
	{
		key: 'vegetarian',
		lever: 'vegetarian',
		params: () => ({ share: 100, type: 'vegetarian' }),
		scope: 'company',
		tag: 'contractual'
	},
	{
		key: 'audienceCarpool',
		lever: 'audience-carpool',
		params: (dateIds) => ({ mode: 'carpool', points: 15, territory: 'all', dates: dateIds }),
		scope: 'audience',
		tag: 'incentive'
	},
	{
		key: 'walkableLodging',
		lever: null,
		params: () => ({}),
		scope: 'company',
		tag: 'incentive'
	}
];

/** What the company commits to (not quantified: they frame the requests). */
export const COMMITMENTS = ['shareResults', 'railFirst', 'lightSet', 'noSingleUse'] as const;

/** The figures asked back from the venue, through the rider's link. */
export const DATA_BACK = ['attendance', 'audienceSurvey', 'meals', 'localCrew'] as const;

/** A request with the saving the engine found (kg; null: no lever quantifies it, or not applicable). */
export interface RankedRequest {
	key: string;
	scope: RequestScope;
	tag: RiderTag;
	savingKg: number | null;
	/** the lever could not apply to this tour (no freight vehicle, no meals…) */
	applicable: boolean;
}

export interface SavingOutcome {
	key: string;
	savingKg: number | null;
	applicable: boolean;
}

/**
 * Requests ordered by what they would avoid: quantified savings first (largest first; the
 * company's and the audience's savings are both in kg CO2e of the same tour, so they compare), then
 * the requests no lever quantifies, then the ones that do not apply to this tour.
 */
export function rankRequests(outcomes: SavingOutcome[]): RankedRequest[] {
	const byKey = new Map(outcomes.map((o) => [o.key, o]));
	const list: RankedRequest[] = REQUESTS.map((r) => {
		const o = byKey.get(r.key);
		return {
			key: r.key,
			scope: r.scope,
			tag: r.tag,
			savingKg: o?.savingKg ?? null,
			applicable: o?.applicable ?? r.lever === null
		};
	});
	const rank = (r: RankedRequest) => (!r.applicable ? 2 : r.savingKg === null ? 1 : 0);
	return list.sort(
		(a, b) =>
			rank(a) - rank(b) ||
			(b.savingKg ?? 0) - (a.savingKg ?? 0) ||
			REQUESTS.findIndex((r) => r.key === a.key) - REQUESTS.findIndex((r) => r.key === b.key)
	);
}

/** One clause as the company keeps it: included or not, its tag, its own words (blank: ours). */
export interface ClauseChoice {
	included: boolean;
	tag: RiderTag;
	text: string;
}

export interface RiderChoices {
	requests: Record<string, ClauseChoice>;
	commitments: Record<string, ClauseChoice>;
	dataBack: Record<string, { included: boolean }>;
}

/**
 * The choices shown when the company has saved none: every request that saves something, every
 * commitment, every figure asked back; the others off. Saved choices win key by key.
 */
export function effectiveChoices(ranked: RankedRequest[], saved: Partial<RiderChoices> | null): RiderChoices {
	const requests: Record<string, ClauseChoice> = {};
	for (const r of ranked) {
		const def: ClauseChoice = {
			included: r.applicable && (r.savingKg === null || r.savingKg > 0),
			tag: r.tag,
			text: ''
		};
		requests[r.key] = { ...def, ...(saved?.requests?.[r.key] ?? {}) };
	}
	const commitments: Record<string, ClauseChoice> = {};
	for (const c of COMMITMENTS)
		commitments[c] = { included: true, tag: 'incentive', text: '', ...(saved?.commitments?.[c] ?? {}) };
	const dataBack: Record<string, { included: boolean }> = {};
	for (const d of DATA_BACK) dataBack[d] = { included: true, ...(saved?.dataBack?.[d] ?? {}) };
	return { requests, commitments, dataBack };
}
