/**
 * Commitments (engagements): a team's promise to run a lever on a tour — a target saving, an owner,
 * dates, a status with its history (src/lib/experiments/status.ts), the scenario that estimated it
 * and, later, the real diagnostic (an `actual` tour) that measures it.
 *
 * Promised, estimated and measured, side by side (`evaluate`):
 *   promised  = the target the team wrote (kgCO2e saved);
 *   estimated = baseline − scenario, both computed now through the shared path;
 *   measured  = baseline − the linked actual tour, with the difference explained: factor effect
 *               when the two tours are pinned to different factor-set versions (compareTours),
 *               dates dropped or added, the change on the dates both share, what no date carries.
 * The scope is the lever's: the company's own emissions, or audience mobility for audience levers.
 *
 * `sharedWithNetworks` stores the team's consent to show the commitment to its networks; the
 * network views come later and must read only commitments where it is true.
 *
 * Every verb scopes by `m.orgId`; writes need 'editor'; another organisation's ids are NotFoundError.
 */
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './db/client';
import { commitments } from './db/schema/experiments';
import { productions, tours as toursTable } from './db/schema/tours';
import { assertRole, NotFoundError, ValidationError } from './errors';
import { parseInput } from './auth/schemas';
import type { Membership } from './auth/types';
import * as scenarios from './scenarios';
import * as tours from './tours';
import { writeCsv } from '../engine/factors/csv';
import {
	canMove,
	COMMITMENT_STATUSES,
	explainChange,
	getLever,
	leverText,
	LEVER_KEYS,
	type ChangeExplanation,
	type ComparisonView,
	type CommitmentStatus,
	type LeverKey,
	type SavingScope,
	type StatusEvent
} from '../experiments';

export type CommitmentRow = typeof commitments.$inferSelect;

export interface CommitmentRecord {
	id: string;
	orgId: string;
	tourId: string;
	scenarioId: string | null;
	lever: LeverKey;
	title: string;
	targetKg: number | null;
	owner: string;
	startsOn: string | null;
	endsOn: string | null;
	status: CommitmentStatus;
	history: StatusEvent[];
	measuredTourId: string | null;
	sharedWithNetworks: boolean;
	createdBy: string | null;
	createdAt: Date;
	updatedAt: Date;
}

function toRecord(row: CommitmentRow): CommitmentRecord {
	return {
		id: row.id,
		orgId: row.orgId,
		tourId: row.tourId,
		scenarioId: row.scenarioId,
		lever: row.lever as LeverKey,
		title: row.title,
		targetKg: row.targetKg,
		owner: row.owner,
		startsOn: row.startsOn,
		endsOn: row.endsOn,
		status: row.status,
		history: (Array.isArray(row.history) ? row.history : []) as StatusEvent[],
		measuredTourId: row.measuredTourId,
		sharedWithNetworks: row.sharedWithNetworks,
		createdBy: row.createdBy,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt
	};
}

// ————————————————————————————————————————— input shapes

const REQUIRED = 'common.form.required';
const E = 'experiments.errors';
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const IsoDay = z.preprocess(
	(v) => (blank(v) ? null : v),
	z
		.string({ error: `${E}.dateInvalid` })
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${E}.dateInvalid` })
		.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), { error: `${E}.dateInvalid` })
		.nullable()
);

export const CommitmentInput = z
	.object({
		title: z
			.string({ error: REQUIRED })
			.trim()
			.min(1, { error: REQUIRED })
			.max(160, { error: `${E}.tooLong` }),
		lever: z.enum(LEVER_KEYS, { error: `${E}.leverUnknown` }),
		targetKg: z.preprocess(
			(v) => (blank(v) ? null : typeof v === 'string' ? Number(v.replace(/\s/g, '').replace(',', '.')) : v),
			z
				.number({ error: `${E}.targetInvalid` })
				.min(0, { error: `${E}.targetInvalid` })
				.max(1e9, { error: `${E}.targetInvalid` })
				.nullable()
		),
		owner: z
			.string()
			.trim()
			.max(120, { error: `${E}.tooLong` })
			.default(''),
		startsOn: IsoDay.default(null),
		endsOn: IsoDay.default(null)
	})
	.refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, {
		error: `${E}.endBeforeStart`,
		path: ['endsOn']
	});
export type CommitmentInput = z.infer<typeof CommitmentInput>;

export const StatusInput = z
	.object({
		status: z.enum(COMMITMENT_STATUSES, { error: `${E}.statusInvalid` }),
		reason: z
			.string()
			.trim()
			.max(500, { error: `${E}.tooLong` })
			.default('')
	})
	.refine((v) => v.status !== 'abandoned' || v.reason.length > 0, {
		error: `${E}.reasonRequired`,
		path: ['reason']
	});

// ————————————————————————————————————————— verbs

export async function get(db: Db, m: Membership, id: string): Promise<CommitmentRecord> {
	const row = await db
		.select()
		.from(commitments)
		.where(and(eq(commitments.id, id), eq(commitments.orgId, m.orgId)))
		.get();
	if (!row) throw new NotFoundError();
	return toRecord(row);
}

export async function list(db: Db, m: Membership): Promise<CommitmentRecord[]> {
	const rows = await db
		.select()
		.from(commitments)
		.where(eq(commitments.orgId, m.orgId))
		.orderBy(asc(commitments.createdAt));
	return rows.map(toRecord);
}

/**
 * A new commitment, `proposed`. From a scenario (`scenarioId`: its tour, and its first lever unless
 * one is given) or straight on a tour (`tourId`).
 */
export async function create(
	db: Db,
	m: Membership,
	input: Record<string, unknown> & { scenarioId?: unknown; tourId?: unknown }
): Promise<CommitmentRecord> {
	assertRole(m, 'editor');
	let tourId: string;
	let scenarioId: string | null = null;
	let lever = input.lever;
	if (typeof input.scenarioId === 'string' && input.scenarioId !== '') {
		const s = await scenarios.get(db, m, input.scenarioId);
		tourId = s.tourId;
		scenarioId = s.id;
		const first = s.steps.find((x) => x.lever !== 'manual');
		if (blank(lever) && first) lever = first.lever;
	} else if (typeof input.tourId === 'string' && input.tourId !== '') {
		tourId = (await tours.get(db, m, input.tourId)).id;
	} else throw new NotFoundError();
	const v = parseInput(CommitmentInput, { ...input, lever });
	const now = new Date();
	const row: CommitmentRow = {
		id: crypto.randomUUID(),
		orgId: m.orgId,
		tourId,
		scenarioId,
		lever: v.lever,
		title: v.title,
		targetKg: v.targetKg,
		owner: v.owner,
		startsOn: v.startsOn,
		endsOn: v.endsOn,
		status: 'proposed',
		history: [
			{ status: 'proposed', at: now.toISOString(), by: m.userId, reason: null }
		] satisfies StatusEvent[],
		measuredTourId: null,
		sharedWithNetworks: false,
		createdBy: m.userId,
		createdAt: now,
		updatedAt: now
	};
	await db.insert(commitments).values(row);
	return toRecord(row);
}

export async function update(db: Db, m: Membership, id: string, input: unknown): Promise<CommitmentRecord> {
	assertRole(m, 'editor');
	const current = await get(db, m, id);
	const v = parseInput(CommitmentInput, { lever: current.lever, ...(input as object) });
	const updatedAt = new Date();
	await db
		.update(commitments)
		.set({ ...v, updatedAt })
		.where(and(eq(commitments.id, id), eq(commitments.orgId, m.orgId)));
	return { ...current, ...v, updatedAt };
}

/** Moves the status on (proposed → committed → running → done; abandoned with a reason). */
export async function changeStatus(
	db: Db,
	m: Membership,
	id: string,
	input: unknown
): Promise<CommitmentRecord> {
	assertRole(m, 'editor');
	const current = await get(db, m, id);
	const v = parseInput(StatusInput, input);
	if (!canMove(current.status, v.status))
		throw new ValidationError({
			status: { key: `${E}.transition`, params: { from: current.status, to: v.status } }
		});
	const now = new Date();
	const history: StatusEvent[] = [
		...current.history,
		{ status: v.status, at: now.toISOString(), by: m.userId, reason: v.reason || null }
	];
	await db
		.update(commitments)
		.set({ status: v.status, history, updatedAt: now })
		.where(and(eq(commitments.id, id), eq(commitments.orgId, m.orgId)));
	return { ...current, status: v.status, history, updatedAt: now };
}

/** Links the real diagnostic that measures the result (an actual tour of the organisation); '' unlinks. */
export async function linkMeasured(
	db: Db,
	m: Membership,
	id: string,
	tourId: string | null
): Promise<CommitmentRecord> {
	assertRole(m, 'editor');
	const current = await get(db, m, id);
	let measuredTourId: string | null = null;
	if (tourId) {
		const t = await tours.get(db, m, tourId);
		if (t.phase !== 'actual') throw new ValidationError({ tourId: { key: `${E}.notAnActual` } });
		if (t.id === current.tourId) throw new ValidationError({ tourId: { key: `${E}.sameAsBaseline` } });
		measuredTourId = t.id;
	}
	const updatedAt = new Date();
	await db
		.update(commitments)
		.set({ measuredTourId, updatedAt })
		.where(and(eq(commitments.id, id), eq(commitments.orgId, m.orgId)));
	return { ...current, measuredTourId, updatedAt };
}

/** The team's consent to show this commitment to its networks. */
export async function setShared(
	db: Db,
	m: Membership,
	id: string,
	shared: boolean
): Promise<CommitmentRecord> {
	assertRole(m, 'editor');
	const current = await get(db, m, id);
	const updatedAt = new Date();
	await db
		.update(commitments)
		.set({ sharedWithNetworks: shared, updatedAt })
		.where(and(eq(commitments.id, id), eq(commitments.orgId, m.orgId)));
	return { ...current, sharedWithNetworks: shared, updatedAt };
}

export async function remove(db: Db, m: Membership, id: string): Promise<void> {
	assertRole(m, 'editor');
	await get(db, m, id);
	await db.delete(commitments).where(and(eq(commitments.id, id), eq(commitments.orgId, m.orgId)));
}

// ————————————————————————————————————————— promised, estimated, measured

export type Figure<T> = { ok: true; value: T } | { ok: false; problems: number } | null;

export interface CommitmentFigures {
	scope: SavingScope;
	promised: number | null;
	/** baseline − scenario; null without a scenario */
	estimated: Figure<{ saving: number; relative: number | null }>;
	/** baseline − actual, explained; null until a measured diagnostic is linked */
	measured: Figure<ChangeExplanation>;
	/** measured − estimated saving, when both exist */
	gap: number | null;
	/**
	 * The gap date by date (measured − estimated saving of each date = scenario − actual emissions of
	 * that date), largest first; dates whose gap is under 0.5 kg are left out. Empty without both.
	 */
	gapByDate: { id: string; venueName: string; start: string; kg: number }[];
}

/** The figures of one commitment, computed now (the baseline as it is, the scenario, the actual). */
export async function evaluate(db: Db, m: Membership, c: CommitmentRecord): Promise<CommitmentFigures> {
	const scope = getLever(c.lever).scope;
	const baseline = await tours.get(db, m, c.tourId);
	let estimated: CommitmentFigures['estimated'] = null;
	let estimatedView: ComparisonView | null = null;
	let measuredView: ComparisonView | null = null;
	if (c.scenarioId) {
		const s = await scenarios.get(db, m, c.scenarioId).catch(() => null);
		if (s) {
			const r = scenarios.compareDocs(baseline.document, s.document);
			if (r.ok) {
				estimatedView = r.view;
				const e = explainChange(r.view, scope);
				estimated = { ok: true, value: { saving: e.saving, relative: e.relative } };
			} else estimated = { ok: false, problems: r.problems.length };
		}
	}
	let measured: CommitmentFigures['measured'] = null;
	if (c.measuredTourId) {
		const actual = await tours.get(db, m, c.measuredTourId).catch(() => null);
		if (actual) {
			const r = scenarios.compareDocs(baseline.document, actual.document);
			if (r.ok) measuredView = r.view;
			measured = r.ok
				? { ok: true, value: explainChange(r.view, scope) }
				: { ok: false, problems: r.problems.length };
		}
	}
	const gap = estimated?.ok && measured?.ok ? measured.value.saving - estimated.value.saving : null;
	return {
		scope,
		promised: c.targetKg,
		estimated,
		measured,
		gap,
		gapByDate: gapByDate(estimatedView, measuredView, scope)
	};
}

/** Measured − estimated saving of each date: (baseline − actual) − (baseline − scenario). */
function gapByDate(
	est: ComparisonView | null,
	meas: ComparisonView | null,
	scope: SavingScope
): CommitmentFigures['gapByDate'] {
	if (!est || !meas) return [];
	const change = (d: ComparisonView['byDate'][number]) =>
		scope === 'company' ? d.change : d.audience.change;
	const rows = new Map<string, { id: string; venueName: string; start: string; kg: number }>();
	for (const d of est.byDate)
		rows.set(d.id, { id: d.id, venueName: d.venueName, start: d.start, kg: change(d) });
	for (const d of meas.byDate) {
		const r = rows.get(d.id) ?? { id: d.id, venueName: d.venueName, start: d.start, kg: 0 };
		r.kg -= change(d);
		rows.set(d.id, r);
	}
	return [...rows.values()]
		.filter((r) => Math.abs(r.kg) >= 0.5)
		.sort((a, b) => Math.abs(b.kg) - Math.abs(a.kg));
}

// ————————————————————————————————————————— labels and export

export interface TourLabel {
	id: string;
	productionTitle: string;
	season: string;
	phase: 'forecast' | 'actual';
}

/** Production title, season and phase of the organisation's tours, for lists and exports. */
export async function tourLabels(db: Db, m: Membership): Promise<Map<string, TourLabel>> {
	const rows = await db
		.select({
			id: toursTable.id,
			season: toursTable.season,
			phase: toursTable.phase,
			title: productions.title
		})
		.from(toursTable)
		.innerJoin(productions, eq(productions.id, toursTable.productionId))
		.where(eq(toursTable.orgId, m.orgId));
	return new Map(
		rows.map((r) => [r.id, { id: r.id, productionTitle: r.title, season: r.season, phase: r.phase }])
	);
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const CSV_COLUMNS = [
	'title',
	'lever',
	'production',
	'season',
	'status',
	'statusSince',
	'owner',
	'startsOn',
	'endsOn',
	'scope',
	'promisedKg',
	'estimatedKg',
	'measuredKg',
	'measuredTour',
	'shared',
	'history'
] as const;

/**
 * The organisation's commitments as CSV. French: `;` and decimal commas (what a French spreadsheet
 * opens directly); English: `,` and points. Savings in kgCO2e, rounded to 0.1 kg.
 */
export async function exportCsv(db: Db, m: Membership, locale: string, t: Translate): Promise<string> {
	const fr = locale === 'fr';
	const num = (n: number | null | undefined) => {
		if (n === null || n === undefined || !Number.isFinite(n)) return '';
		const s = (Math.round(n * 10) / 10).toFixed(1);
		return fr ? s.replace('.', ',') : s;
	};
	const labels = await tourLabels(db, m);
	const rows: (string | number | null)[][] = [];
	for (const c of await list(db, m)) {
		const f = await evaluate(db, m, c);
		const tour = labels.get(c.tourId);
		const measuredTour = c.measuredTourId ? labels.get(c.measuredTourId) : undefined;
		rows.push([
			c.title,
			leverText(c.lever, locale).title,
			tour?.productionTitle ?? '',
			tour?.season ?? '',
			t(`experiments.status.${c.status}`),
			c.history.at(-1)?.at.slice(0, 10) ?? '',
			c.owner,
			c.startsOn ?? '',
			c.endsOn ?? '',
			t(`experiments.scope.${f.scope}`),
			num(f.promised),
			f.estimated?.ok ? num(f.estimated.value.saving) : '',
			f.measured?.ok ? num(f.measured.value.saving) : '',
			measuredTour ? `${measuredTour.productionTitle} ${measuredTour.season}` : '',
			c.sharedWithNetworks ? t('experiments.csv.yes') : t('experiments.csv.no'),
			c.history
				.map(
					(h) =>
						`${h.at.slice(0, 10)} ${t(`experiments.status.${h.status}`)}${h.reason ? ` (${h.reason})` : ''}`
				)
				.join(' | ')
		]);
	}
	return writeCsv(
		CSV_COLUMNS.map((k) => t(`experiments.csv.${k}`)),
		rows,
		{ delimiter: fr ? ';' : ',' }
	);
}
