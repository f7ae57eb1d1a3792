/**
 * The shipped training cases, join codes, the board's progress hints, and the method pages: every
 * case is a valid tour file that computes, its lever cards name real levers, codes are drawn from
 * readable words and read back however they are typed, and the method pages' tables come from
 * the factor files (no marker left, the default set's values printed).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blankDocument, caseDocument, CASES, MAX_ROUND } from '../../../src/lib/training/cases';
import {
	CODE_ADJECTIVES,
	CODE_NOUNS,
	isWellFormedCode,
	makeCode,
	makePseudonym,
	normaliseCode
} from '../../../src/lib/training/codes';
import { progressOf } from '../../../src/lib/training/progress';
import { isLeverKey } from '../../../src/lib/experiments/catalogue';
import { validateTourFile } from '../../../src/lib/schemas/tour-file';
import { computeTourFile, serverDeps } from '../../../src/lib/server/tour-file';
import { METHOD_TOPICS, renderMethodPage } from '../../../src/lib/server/method';
import { getFactorLibrary } from '../../../src/lib/server/factor-tables';
import { translate } from '../../../src/lib/i18n';

describe('prepared cases', () => {
	it('are four, each with a brief in French and English', () => {
		expect(CASES).toHaveLength(4);
		for (const c of CASES) {
			expect(c.brief.fr.length, c.key).toBeGreaterThan(100);
			expect(c.brief.en.length, c.key).toBeGreaterThan(100);
			// every case has a label in both catalogues
			expect(translate('fr', `training.cases.${c.key}`)).not.toBe(`training.cases.${c.key}`);
			expect(translate('en', `training.cases.${c.key}`)).not.toBe(`training.cases.${c.key}`);
		}
	});

	it('are valid tour files that compute, with company emissions', () => {
		for (const c of CASES) {
			const out = computeTourFile(caseDocument(c), {}, serverDeps());
			expect(out.ok, c.key).toBe(true);
			if (out.ok) expect(out.result.totals.company.kg, c.key).toBeGreaterThan(0);
		}
	});

	it('start blank as a valid tour: home base and team kept, activity left to enter', () => {
		for (const c of CASES) {
			const r = validateTourFile(blankDocument(c));
			expect(r.ok, c.key).toBe(true);
			if (r.ok) {
				expect(r.tour.dates).toEqual([]);
				expect(r.tour.team.length).toBeGreaterThan(0);
			}
		}
	});

	it('hand out real levers, in rounds 1…MAX_ROUND', () => {
		for (const c of CASES) {
			expect(c.levers.length).toBeGreaterThan(2);
			for (const l of c.levers) {
				expect(isLeverKey(l.lever), `${c.key}: ${l.lever}`).toBe(true);
				expect(l.round).toBeGreaterThanOrEqual(1);
				expect(l.round).toBeLessThanOrEqual(MAX_ROUND);
			}
		}
	});

	it('the theatre case has 35 dates and a 20 m³ truck, the dance case flies in Europe', () => {
		const theatre = caseDocument(CASES.find((c) => c.key === 'theatre-camion')!) as { dates: unknown[] };
		expect(theatre.dates).toHaveLength(35);
		const dance = JSON.stringify(caseDocument(CASES.find((c) => c.key === 'danse-europe')!));
		expect(dance).toContain('"plane"');
	});
});

describe('join codes', () => {
	it('use distinct lower-case ASCII words', () => {
		for (const list of [CODE_NOUNS, CODE_ADJECTIVES]) {
			expect(new Set(list).size).toBe(list.length);
			for (const w of list) expect(w).toMatch(/^[a-z]+$/);
		}
	});

	it('are three words, read back however they are typed', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
				let s = seed;
				const rand = (n: number) => {
					s = (s * 1103515245 + 12345) % 2 ** 31;
					return s % n;
				};
				const code = makeCode(rand);
				expect(isWellFormedCode(code)).toBe(true);
				expect(normaliseCode(code.toUpperCase().replace(/-/g, '  '))).toBe(code);
				expect(normaliseCode(` ${code.replace(/-/g, '.')} `)).toBe(code);
			})
		);
		expect(normaliseCode('Violon Calme Marée')).toBe('violon-calme-maree');
		expect(isWellFormedCode('1234')).toBe(false);
		expect(isWellFormedCode('a-b')).toBe(false);
	});

	it('draw from 64 × 48 × 64 combinations, uniformly per word', () => {
		expect(CODE_NOUNS.length * CODE_ADJECTIVES.length * CODE_NOUNS.length).toBe(196_608);
		const firsts = new Set(Array.from({ length: 2000 }, () => makeCode().split('-')[0]));
		expect(firsts.size).toBeGreaterThan(50);
	});

	it('pseudonyms are an animal and an adjective', () => {
		expect(makePseudonym(() => 0)).toBe('Loutre agile');
		expect(makePseudonym()).toMatch(/^\S+ \S+$/);
	});
});

describe('board progress hints', () => {
	it('says which tabs hold data and flags implausible inputs', () => {
		const c = CASES.find((x) => x.key === 'jeune-public')!;
		const r = validateTourFile(caseDocument(c));
		if (!r.ok) throw new Error('case invalid');
		const full = progressOf(r.tour);
		expect(full.filled).toEqual({ dates: true, travel: true, freight: false, stay: true, audience: true });
		expect(full.implausible).toEqual([]);
		const odd = structuredClone(r.tour);
		odd.dates[0].attendance = 10_000;
		odd.accommodation.roomsPerNight = 50;
		expect(progressOf(odd).implausible.map((x) => x.code)).toEqual([
			'attendanceOverCapacity',
			'roomsOverTeam'
		]);
		const blank = validateTourFile(blankDocument(c));
		if (!blank.ok) throw new Error('blank invalid');
		expect(Object.values(progressOf(blank.tour).filled).every((v) => !v)).toBe(true);
	});
});

describe('method pages', () => {
	it('render every topic in both languages, markers replaced by tables', () => {
		for (const locale of ['fr', 'en'] as const) {
			for (const topic of [...METHOD_TOPICS, 'index' as const]) {
				const { title, html } = renderMethodPage(topic, locale);
				expect(title.length, `${locale} ${topic}`).toBeGreaterThan(3);
				expect(html, `${locale} ${topic}`).not.toContain('{{');
			}
		}
	});

	it('print the default set’s factor values, read from the factor files', () => {
		const resolved = getFactorLibrary().resolve();
		const tgv = resolved.byActivity.get('rail.tgv')!.factor.num;
		const html = renderMethodPage('team-travel', 'en').html;
		expect(html).toContain('<code>rail.tgv</code>');
		expect(html).toContain(new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 6 }).format(tgv));
		expect(renderMethodPage('meals', 'fr').html).toContain('<code>meal.vegetarian</code>');
		expect(renderMethodPage('freight', 'fr').html).toContain('<code>freight.artic.full</code>');
		expect(renderMethodPage('nights', 'fr').html).toContain('<code>hotel.FR</code>');
	});

	it('escape raw HTML in markdown', async () => {
		const { renderMarkdown } = await import('../../../src/lib/server/markdown');
		const html = renderMarkdown('Hello <script>alert(1)</script> [x](javascript:alert(1))');
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('javascript:');
	});
});
