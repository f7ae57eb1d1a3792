/**
 * Golden fixtures (tests/fixtures/golden/*.json): `{ name, description, input, factorSet, expected }`,
 * where `input` is a tour file and `expected` the summary below of its result under `factorSet`
 * (library in emission-factors/). They are replayed on every change; after a factor release or an
 * engine change, review the differences and rewrite them with `UPDATE_GOLDEN=1 npx vitest run
 * --project unit tests/unit/engine/golden.test.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TourResult } from '../../../src/lib/engine';

export const GOLDEN_DIR = join(__dirname, '..', '..', 'fixtures', 'golden');

export interface GoldenFixture {
	name: string;
	description: string;
	input: unknown;
	factorSet: string;
	expected: ReturnType<typeof summarise> | null;
}

export function goldenFiles(): { file: string; fixture: GoldenFixture }[] {
	return readdirSync(GOLDEN_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => ({
			file: join(GOLDEN_DIR, f),
			fixture: JSON.parse(readFileSync(join(GOLDEN_DIR, f), 'utf8')) as GoldenFixture
		}));
}

/** What a golden fixture pins: every number a user sees, and each line's factor and quantity. */
export function summarise(r: TourResult) {
	return {
		factorSet: r.factorSet.ref,
		tables: r.tables.map((t) => t.ref),
		boundary: r.boundary,
		totals: r.totals,
		byCategory: r.byCategory,
		byDate: r.byDate.map((d) => ({ id: d.id, oneOff: d.oneOff, company: d.company, audience: d.audience })),
		byLeg: r.byLeg.map((l) => ({
			id: l.id,
			distances: l.distances.map((d) => `${d.family}:${d.km}`),
			kgCO2e: l.kgCO2e
		})),
		indicators: r.indicators,
		lines: r.lines.map((l) => ({
			id: l.id,
			factor: `${l.factor.table}/${l.factor.key}`,
			value: l.factor.value,
			quantity: l.quantity,
			kgCO2e: l.kgCO2e,
			perPersonKg: l.perPersonKg
		})),
		warnings: r.warnings.map((w) => w.code)
	};
}
