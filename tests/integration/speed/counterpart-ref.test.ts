/**
 * The results page's link to the linked tour (issue #21: one query, no document read) names the same
 * tour as `counterpart`, both ways, and never one of another organisation.
 */
import { describe, expect, it } from 'vitest';
import * as tours from '../../../src/lib/server/tours';
import { makeExperimentsWorld } from '../experiments/helpers';

describe('counterpartRef', () => {
	it('the actual of a forecast, the forecast of an actual, none before the actual exists', async () => {
		const w = await makeExperimentsWorld();
		expect(await tours.counterpartRef(w.db, w.asEditor, w.tourA)).toBeNull();
		const actual = await tours.makeActual(w.db, w.asEditor, w.tourA.id);
		const ofForecast = await tours.counterpartRef(w.db, w.asEditor, w.tourA);
		expect(ofForecast).toEqual({ id: actual.id, phase: 'actual' });
		const full = await tours.counterpart(w.db, w.asEditor, w.tourA);
		expect(ofForecast).toEqual({ id: full!.id, phase: full!.phase });
		expect(await tours.counterpartRef(w.db, w.asEditor, actual)).toEqual({
			id: w.tourA.id,
			phase: 'forecast'
		});
		// another organisation asking with a record of A's tours finds nothing
		expect(await tours.counterpartRef(w.db, w.outsiderOrg, w.tourA)).toBeNull();
		expect(await tours.counterpartRef(w.db, w.outsiderOrg, actual)).toBeNull();
		// the outsider's own forecast has no actual
		expect(await tours.counterpartRef(w.db, w.outsiderOrg, w.tourB)).toBeNull();
	});
});
