/**
 * The lever catalogue (data), the commitment status machine, the lever form plumbing and the
 * explanation of a measured change.
 */
import { describe, expect, it } from 'vitest';
import data from '../../../src/lib/experiments/levers.json';
import {
	canMove,
	COMMITMENT_STATUSES,
	explainChange,
	fieldDefault,
	FORM_LEVERS,
	formValuesOf,
	isFinal,
	LEVER_FIELDS,
	LEVER_KEYS,
	LEVER_PARAMS,
	LEVERS,
	leverText,
	nextStatuses,
	stepsFromForm,
	type ComparisonView
} from '../../../src/lib/experiments';
import { COMMITMENT_STATUSES as DB_STATUSES } from '../../../src/lib/server/db/schema/experiments';

describe('lever catalogue', () => {
	it('has the ten levers of the brief, each with French and English text and sources', () => {
		expect(LEVERS.map((l) => l.key)).toEqual([...LEVER_KEYS]);
		expect(LEVERS).toHaveLength(10);
		for (const l of LEVERS) {
			for (const lang of ['fr', 'en'] as const) {
				expect(l[lang].title.length, `${l.key} ${lang}`).toBeGreaterThan(5);
				expect(l[lang].changes.length).toBeGreaterThan(40);
				expect(l[lang].why.length).toBeGreaterThan(40);
				expect(l[lang].sources.length).toBeGreaterThan(0);
			}
			expect(l.fr.sources).toHaveLength(l.en.sources.length);
			expect(l.transform).toBe(l.key);
		}
		expect(leverText('train', 'en').title).toBe('Train instead of plane or car');
		expect(leverText('train', 'fr').title).toBe('Le train plutôt que l’avion ou la voiture');
	});

	it('holds text only: no number is a value anywhere in the data (savings come from the engine)', () => {
		const walk = (v: unknown, path: string): void => {
			if (typeof v === 'number') throw new Error(`number at ${path}`);
			if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
			else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
		};
		expect(() => walk(data, '$')).not.toThrow();
	});

	it('only the audience lever counts in audience mobility', () => {
		expect(LEVERS.filter((l) => l.scope === 'audience').map((l) => l.key)).toEqual(['audience-carpool']);
	});
});

describe('commitment status', () => {
	it('goes proposed → committed → running → done, abandoned from any unfinished state', () => {
		expect(nextStatuses('proposed')).toEqual(['committed', 'abandoned']);
		expect(canMove('committed', 'running')).toBe(true);
		expect(canMove('running', 'done')).toBe(true);
		expect(canMove('running', 'abandoned')).toBe(true);
	});
	it('refuses skipping, going back and leaving a final state', () => {
		expect(canMove('proposed', 'running')).toBe(false);
		expect(canMove('proposed', 'done')).toBe(false);
		expect(canMove('running', 'committed')).toBe(false);
		expect(canMove('done', 'abandoned')).toBe(false);
		expect(canMove('abandoned', 'proposed')).toBe(false);
		expect(isFinal('done') && isFinal('abandoned') && !isFinal('running')).toBe(true);
	});
	it('has the same statuses as the database column', () => {
		expect([...COMMITMENT_STATUSES]).toEqual([...DB_STATUSES]);
	});
});

describe('lever forms', () => {
	it('every parameter field names a parameter of its lever, and defaults come from the schemas', () => {
		for (const k of LEVER_KEYS) {
			const shape = (LEVER_PARAMS[k] as unknown as { shape: Record<string, unknown> }).shape;
			for (const f of LEVER_FIELDS[k]) expect(shape[f.name], `${k}.${f.name}`).toBeDefined();
		}
		expect(FORM_LEVERS).not.toContain('tour-order');
		expect(fieldDefault('train', LEVER_FIELDS.train[0])).toBe('700');
		expect(fieldDefault('co-routing', LEVER_FIELDS['co-routing'][1])).toBe('on');
		expect(fieldDefault('shared-freight', LEVER_FIELDS['shared-freight'][3])).toBe('');
	});

	it('turns a submitted form into steps: ticked levers only, in catalogue order, last value wins, lists kept', () => {
		const steps = stepsFromForm([
			['name', 'S'],
			['lever', 'fewer-vehicles'],
			['lever', 'train'],
			['train.maxKm', '500'],
			['fewer-vehicles.freight', 'false'],
			['fewer-vehicles.freight', 'on'],
			['lighter-set.localDates', ''],
			['lighter-set.localDates', 'toulouse'],
			['vegetarian.share', '80']
		]);
		expect(steps).toEqual([
			{ lever: 'train', params: { maxKm: '500' } },
			{ lever: 'fewer-vehicles', params: { freight: 'on' } }
		]);
		expect(formValuesOf(steps)).toEqual({
			'lever:train': 'on',
			'train.maxKm': '500',
			'lever:fewer-vehicles': 'on',
			'fewer-vehicles.freight': 'on'
		});
		const dates = stepsFromForm([
			['lever', 'lighter-set'],
			['lighter-set.localDates', ''],
			['lighter-set.localDates', 'albi'],
			['lighter-set.localDates', 'figeac']
		]);
		expect(dates[0].params).toEqual({ localDates: ['albi', 'figeac'] });
	});
});

describe('explaining a measured change', () => {
	const d = (a: number, b: number, c: number | null = null) => ({
		a,
		b,
		change: b - a,
		relative: a ? (b - a) / a : null,
		factorEffect: c === null ? null : c - a,
		activityEffect: c === null ? null : b - c
	});
	const view: ComparisonView = {
		factorSets: { a: 'set@1', b: 'set@2' },
		totals: { company: d(1000, 700, 950), audience: d(5000, 4000, 5000), withAudience: d(6000, 4700, 5950) },
		byCategory: [],
		byDate: [
			{
				id: 'x',
				venueName: 'X',
				start: '2026-01-01',
				inA: true,
				inB: true,
				...d(400, 350),
				audience: d(2000, 2000)
			},
			{
				id: 'y',
				venueName: 'Y',
				start: '2026-01-05',
				inA: true,
				inB: false,
				...d(500, 0),
				audience: d(3000, 0)
			},
			{
				id: 'z',
				venueName: 'Z',
				start: '2026-01-09',
				inA: false,
				inB: true,
				...d(0, 300),
				audience: d(0, 2000)
			}
		],
		crossError: null
	};
	it('splits it into factors and activity, dates dropped and added, common dates and the undated rest', () => {
		const e = explainChange(view, 'company');
		expect(e).toMatchObject({
			change: -300,
			saving: 300,
			relative: 0.3,
			sameFactorSet: false,
			factorEffect: -50,
			activityEffect: -250,
			commonDates: -50
		});
		expect(e.removedDates).toEqual([{ id: 'y', venueName: 'Y', start: '2026-01-05', kg: 500 }]);
		expect(e.addedDates).toEqual([{ id: 'z', venueName: 'Z', start: '2026-01-09', kg: 300 }]);
		// −300 in total, −50 − 500 + 300 on dates: 250 not tied to a date
		expect(e.undated).toBe(-300 - (-50 - 500 + 300));
	});
	it('uses the audience figures for an audience lever', () => {
		const e = explainChange(view, 'audience');
		expect(e.saving).toBe(1000);
		expect(e.removedDates[0].kg).toBe(3000);
		expect(e.commonDates).toBe(0);
	});
});
