/**
 * Quick estimates (« première estimation »): the answers of the one-page form become a tour file
 * (src/lib/estimate/build.ts, pure), computed by the same engine as every tour.
 *
 * - Without an account, the estimate is kept for ESTIMATE_TTL_DAYS under an unguessable code (only
 *   its SHA-256 is stored), so its result page can be reopened, downloaded as a tour file or printed;
 *   once signed in, « garder » copies it into one of the user's organisations as a production and a
 *   tour. Expired estimates are deleted at start-up and when a new one is made.
 * - From an organisation, the estimate becomes the production and its tour at once.
 */
import { eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './db/client';
import { generateCode, hashCode } from './invitations';
import { quickEstimates } from './db/schema/riders';
import { assertRole, NotFoundError, ValidationError, type Issue } from './errors';
import type { Membership, SessionUser } from './auth/types';
import { parseInput, toIssues } from './auth/schemas';
import { getFactorLibrary } from './factor-tables';
import { getGazetteer, type Place, type SearchHit } from './geo/index';
import { resolvePlaceField } from './place-field';
import * as organisations from './organisations';
import * as productions from './productions';
import * as scenarios from './scenarios';
import * as tours from './tours';
import { buildEstimate } from '../estimate/build';
import { QuickEstimate } from '../schemas/quick-estimate';
import { DISCIPLINES } from '../schemas/production';
import { validateTourFile, type TourFile } from '../schemas/tour-file';

export const ESTIMATE_TTL_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

/** The form's answers, as typed (strings), kept to reopen the form. */
export type Answers = Record<string, string>;

export interface TownCandidate {
	line: number;
	text: string;
	candidates: string[];
}

/** Thrown with the field issues and, for ambiguous places, the candidates to choose from. */
export class EstimateInputError extends ValidationError {
	constructor(
		issues: Record<string, Issue>,
		readonly homeCandidates: { id: string; label: string }[] = [],
		readonly ambiguousTowns: TownCandidate[] = []
	) {
		super(issues);
		this.name = 'EstimateInputError';
	}
}

/** « Valence (26) », « Mons (BE) », « 26000 Valence », « fr:26362 »: a name and what narrows it. */
function narrow(line: string): { text: string; department?: string; country?: string; postcode?: string } {
	let text = line.trim();
	let department: string | undefined;
	let country: string | undefined;
	let postcode: string | undefined;
	const paren = /\(([^)]*)\)\s*$/.exec(text);
	if (paren) {
		const last = paren[1].split(',').pop()!.trim();
		if (/^(\d{2}|2[AB]|97\d)$/i.test(last)) department = last.toUpperCase();
		else if (/^[A-Z]{2}$/.test(last)) country = last;
		text = text.slice(0, paren.index).trim();
	}
	const cp = /(?:^|\s)(\d{5})(?:\s|$)/.exec(text);
	if (cp) {
		postcode = cp[1];
		text = text.replace(cp[1], '').trim();
	}
	return { text, department, country, postcode };
}

/**
 * The first hit when it is clearly what was typed: the only one, the only exact name among prefixes
 * and typos (« Albi » before « Albignasego »), or an exact name far more populous than the next
 * exact one. A pasted list has no autocomplete to choose from, so an exact name wins over names it
 * only begins (the venue field, with its candidates on screen, is stricter).
 */
function clearFirst(hits: SearchHit[]): SearchHit | null {
	const [first, second] = hits;
	if (!first) return null;
	if (!second) return first;
	if (first.match === 'exact' && second.match !== 'exact') return first;
	if (first.match !== 'fuzzy' && second.match === 'fuzzy') return first;
	if (first.match === 'exact' && first.population > 20 * Math.max(1, second.population)) return first;
	return null;
}

/** The home field: its chosen id (autocomplete, candidate), else its text when clear. */
function resolveHome(values: Answers) {
	const first = resolvePlaceField(values, 'home');
	if (first.ok || !first.text) return first;
	const clear = clearFirst(getGazetteer().search(first.text, { limit: 6 }));
	return clear ? { ok: true as const, place: clear as Place } : first;
}

function townLabel(p: Place): string {
	if (p.department) return `${p.name} (${p.department})`;
	return `${p.name} (${p.country})`;
}

/**
 * One place per non-empty line, in order. A line is taken when it designates one place clearly
 * (the venue field's rule: src/lib/server/place-field.ts); otherwise the line is reported with the
 * candidates, written the way the user can type them back (« Valence (26) »).
 */
export function resolveTowns(text: string): {
	towns: { placeId: string; name: string }[];
	issue?: Issue;
	ambiguous: TownCandidate[];
} {
	const gaz = getGazetteer();
	const lines = text
		.split(/\r?\n|;/)
		.map((l) => l.trim())
		.filter(Boolean);
	const towns: { placeId: string; name: string }[] = [];
	const ambiguous: TownCandidate[] = [];
	let issue: Issue | undefined;
	lines.forEach((line, i) => {
		const direct = /^(fr:[0-9][0-9AB][0-9]{3}|gn:[0-9]+)$/.test(line) ? gaz.get(line) : null;
		if (direct) {
			towns.push({ placeId: direct.id, name: direct.name });
			return;
		}
		const n = narrow(line);
		let hits: SearchHit[] = n.text ? gaz.search(n.text, { limit: 12 }) : [];
		if (n.department) hits = hits.filter((h) => h.department === n.department);
		if (n.country) hits = hits.filter((h) => h.country === n.country);
		if (n.postcode) {
			const byCp = hits.filter((h) => h.postcodes?.includes(n.postcode!));
			const inCp = gaz.byPostcode(n.postcode);
			if (byCp.length > 0) hits = byCp;
			else if (inCp.length > 0) {
				towns.push({ placeId: inCp[0].id, name: inCp[0].name });
				return;
			}
		}
		if (hits.length === 0) {
			issue ??= { key: 'estimate.errors.townNotFound', params: { line: i + 1, text: line } };
			return;
		}
		const narrowed = n.department !== undefined || n.country !== undefined || n.postcode !== undefined;
		const place = narrowed ? hits[0] : clearFirst(hits);
		if (place) {
			towns.push({ placeId: place.id, name: place.name });
			return;
		}
		ambiguous.push({
			line: i + 1,
			text: line,
			candidates: hits.slice(0, 5).map((h) => townLabel(h))
		});
		issue ??= { key: 'estimate.errors.townAmbiguous', params: { line: i + 1, text: line } };
	});
	return { towns, issue, ambiguous };
}

const Discipline = z.enum(DISCIPLINES, { error: 'tours.errors.disciplineInvalid' });

/**
 * The answers → a validated tour file (pinned to the default factor set), or EstimateInputError with
 * every problem beside its field. `train` applies the « train » lever of the experiments on the
 * road plan, so each leg gets the rail mode the experiments tab would choose.
 */
export function documentFromAnswers(values: Answers): { document: TourFile; discipline: string } {
	const issues: Record<string, Issue> = {};
	const home = resolveHome(values);
	if (!home.ok) issues.homePlaceId = home.issue;
	const towns = resolveTowns(values.towns ?? '');
	if (towns.issue) issues.towns = towns.issue;
	const discipline = Discipline.safeParse(values.discipline);
	if (!discipline.success) issues.discipline = { key: 'tours.errors.disciplineInvalid' };
	const parsed = QuickEstimate.safeParse({
		...values,
		homePlaceId: home.ok ? home.place.id : 'pending',
		towns: towns.issue ? [{ placeId: 'pending', name: 'pending' }] : towns.towns
	});
	if (!parsed.success) {
		for (const [k, v] of Object.entries(toIssues(parsed.error))) {
			const field = k.startsWith('towns') ? 'towns' : k;
			issues[field] ??= v;
		}
	}
	if (Object.keys(issues).length > 0 || !parsed.success || !home.ok || !discipline.success)
		throw new EstimateInputError(issues, home.ok ? [] : home.candidates, towns.ambiguous);

	const q = parsed.data;
	const raw = buildEstimate(q, { homeName: home.place.name });
	raw.factorSet = getFactorLibrary().defaultSet.ref;
	const v = validateTourFile(raw);
	if (!v.ok) throw new tours.TourDocumentError(v.problems);
	let document = v.tour;
	if (q.mode === 'train') {
		const built = scenarios.buildDocument(document, [
			{ lever: 'train', params: { maxKm: 20_000, replace: 'road', rail: 'auto' } }
		]);
		document = built.document;
	}
	return { document, discipline: discipline.data };
}

export async function purgeExpired(db: Db, now = new Date()): Promise<void> {
	await db.delete(quickEstimates).where(lt(quickEstimates.expiresAt, now));
}

/** An estimate without an account: returns the code of its address. */
export async function createAnonymous(db: Db, values: Answers): Promise<string> {
	const { document, discipline } = documentFromAnswers(values);
	await purgeExpired(db);
	const code = generateCode(20);
	const now = new Date();
	const answers = { ...values };
	await db.insert(quickEstimates).values({
		id: hashCode(code),
		document,
		answers,
		discipline,
		createdAt: now,
		expiresAt: new Date(now.getTime() + ESTIMATE_TTL_DAYS * DAY_MS)
	});
	return code;
}

export interface StoredEstimate {
	document: TourFile;
	answers: Answers;
	discipline: string;
	expiresAt: Date;
}

export async function getAnonymous(db: Db, code: string, now = new Date()): Promise<StoredEstimate> {
	if (!/^[a-z2-7]{20,64}$/.test(code)) throw new NotFoundError();
	const row = await db
		.select()
		.from(quickEstimates)
		.where(eq(quickEstimates.id, hashCode(code)))
		.get();
	if (!row || row.expiresAt <= now) throw new NotFoundError();
	return {
		document: row.document as TourFile,
		answers: row.answers as Answers,
		discipline: row.discipline,
		expiresAt: row.expiresAt
	};
}

/** The estimate as the production and its tour, in the membership's organisation. */
async function intoOrganisation(
	db: Db,
	m: Membership,
	document: TourFile,
	discipline: string
): Promise<tours.TourRecord> {
	assertRole(m, 'editor');
	const team = document.team.reduce((s, r) => s + r.count, 0);
	const production = await productions.create(db, m, {
		title: document.production.title,
		discipline,
		teamSize: String(team)
	});
	const doc = structuredClone(document);
	doc.production.company = m.org.name;
	return tours.importFile(db, m, production.id, doc, getFactorLibrary().defaultSet.ref);
}

/** From an organisation's page: the answers become a production and its tour. */
export async function createInOrganisation(
	db: Db,
	m: Membership,
	values: Answers
): Promise<tours.TourRecord> {
	assertRole(m, 'editor');
	const { document, discipline } = documentFromAnswers(values);
	return intoOrganisation(db, m, document, discipline);
}

/** Organisations where the user may keep an estimate (editor or owner of a company or venue). */
export async function keepTargets(db: Db, user: SessionUser): Promise<Membership[]> {
	const all = await organisations.listForUser(db, user);
	return all.filter(
		(m) => (m.role === 'owner' || m.role === 'editor') && m.org.kind !== 'network' && !m.org.isDemo
	);
}

const KeepInput = z.object({
	org: z.string({ error: 'common.form.required' }).min(1, { error: 'common.form.required' })
});

/** « Garder cette estimation »: a copy of the anonymous estimate in one of the user's organisations. */
export async function keep(
	db: Db,
	user: SessionUser,
	code: string,
	input: unknown
): Promise<tours.TourRecord> {
	const estimate = await getAnonymous(db, code);
	const { org } = parseInput(KeepInput, input);
	const m = (await keepTargets(db, user)).find((x) => x.org.slug === org);
	if (!m) throw new ValidationError({ org: { key: 'estimate.errors.orgInvalid' } });
	return intoOrganisation(db, m, estimate.document, estimate.discipline);
}
