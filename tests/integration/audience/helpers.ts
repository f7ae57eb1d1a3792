/** A migrated in-memory database with an organisation, a production and the circus example tour. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDb, type Db } from '../../../src/lib/server/db/client';
import * as organisations from '../../../src/lib/server/organisations';
import * as productions from '../../../src/lib/server/productions';
import * as tours from '../../../src/lib/server/tours';
import * as users from '../../../src/lib/server/users';
import type { Membership } from '../../../src/lib/server/auth/types';
import { getFactorLibrary } from '../../../src/lib/server/factor-tables';

export interface World {
	db: Db;
	m: Membership;
	other: Membership;
	tourId: string;
}

let n = 0;
export async function makeWorld(): Promise<World> {
	const db = await createTestDb();
	n += 1;
	const user = await users.signUp(db, {
		displayName: 'Régie',
		email: `regie-${n}@example.org`,
		password: 'correct horse battery'
	});
	const outsider = await users.signUp(db, {
		displayName: 'Autre',
		email: `autre-${n}@example.org`,
		password: 'correct horse battery'
	});
	const m = await organisations.create(db, user, { name: 'Cirque du Vent', kind: 'company' });
	const other = await organisations.create(db, outsider, { name: 'Autre Compagnie', kind: 'company' });
	const production = await productions.create(db, m, { title: 'Le Vent', discipline: 'circus' });
	const doc = JSON.parse(readFileSync(join(process.cwd(), 'examples', 'circus-occitanie.json'), 'utf8'));
	const tour = await tours.importFile(db, m, production.id, doc, getFactorLibrary().defaultSet.ref);
	return { db, m, other, tourId: tour.id };
}

/** A French Excel survey export: `;`, Windows-1252, a name and an e-mail column, a few broken rows. */
export function messySurvey(rows: string[][]): Uint8Array {
	const header = 'Nom;E-mail;Code postal;Commune;Moyen de transport;Personnes dans la voiture;Commentaire';
	return new Uint8Array(
		Buffer.from([header, ...rows.map((r) => r.join(';'))].join('\r\n') + '\r\n', 'latin1')
	);
}
