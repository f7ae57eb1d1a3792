/**
 * Set-up of the experiments integration tests: organisation A (owner, editor, viewer) and the
 * outsider's organisation B from the auth helpers, a production in each, and the circus example
 * imported as a tour through the same service the production page uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as productions from '../../../src/lib/server/productions';
import * as tours from '../../../src/lib/server/tours';
import { getFactorLibrary } from '../../../src/lib/server/factor-tables';
import type { Membership } from '../../../src/lib/server/auth/types';
import type { Db } from '../../../src/lib/server/db/client';
import { makeWorld, type World } from '../auth/helpers';

export function circusFile(): Record<string, unknown> {
	return JSON.parse(readFileSync(join(process.cwd(), 'examples', 'circus-occitanie.json'), 'utf8'));
}

export async function importCircus(db: Db, m: Membership): Promise<tours.TourRecord> {
	const p = await productions.create(db, m, { title: 'Sous la toile', discipline: 'circus', teamSize: '8' });
	return tours.importFile(db, m, p.id, circusFile(), getFactorLibrary().defaultSet.ref);
}

export interface ExperimentsWorld extends World {
	tourA: tours.TourRecord;
	tourB: tours.TourRecord;
}

export async function makeExperimentsWorld(): Promise<ExperimentsWorld> {
	const w = await makeWorld();
	const tourA = await importCircus(w.db, w.asEditor);
	const tourB = await importCircus(w.db, w.outsiderOrg);
	return { ...w, tourA, tourB };
}
