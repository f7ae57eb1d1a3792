/**
 * `getForReading` (issue #21): the record `get` gives, its parsed document kept and shared while the
 * stored text is the same — frozen, so that no reader can change it for the others — and read again
 * as soon as the text changes, by any path; another organisation still gets nothing.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as tours from '../../../src/lib/server/tours';
import { tours as toursTable } from '../../../src/lib/server/db/schema/tours';
import { NotFoundError } from '../../../src/lib/server/errors';
import { makeExperimentsWorld } from '../experiments/helpers';

describe('getForReading', () => {
	it('is get, with a frozen document shared while its text is unchanged', async () => {
		const w = await makeExperimentsWorld();
		const plain = await tours.get(w.db, w.asEditor, w.tourA.id);
		const first = await tours.getForReading(w.db, w.asEditor, w.tourA.id);
		expect(first).toEqual(plain);
		expect(Object.isFrozen(first.document)).toBe(true);
		expect(Object.isFrozen(first.document.dates[0])).toBe(true);
		expect(() => {
			(first.document.dates as unknown[]).push({});
		}).toThrow(TypeError);
		const second = await tours.getForReading(w.db, w.asEditor, w.tourA.id);
		expect(second.document).toBe(first.document);
		// `get` still gives a document of the caller's own, free to change
		expect(Object.isFrozen(plain.document)).toBe(false);
	});

	it('reads the document again once its stored text changed, even without a new version', async () => {
		const w = await makeExperimentsWorld();
		const before = await tours.getForReading(w.db, w.asEditor, w.tourA.id);
		const changed = { ...structuredClone(before.document), boundary: { construction: false } };
		await w.db.update(toursTable).set({ document: changed }).where(eq(toursTable.id, w.tourA.id));
		const after = await tours.getForReading(w.db, w.asEditor, w.tourA.id);
		expect(after.document).not.toBe(before.document);
		expect(after.document.boundary).toEqual({ construction: false });
		expect(after.version).toBe(before.version);
	});

	it('never reads another organisation’s tour', async () => {
		const w = await makeExperimentsWorld();
		await tours.getForReading(w.db, w.asEditor, w.tourA.id);
		await expect(tours.getForReading(w.db, w.outsiderOrg, w.tourA.id)).rejects.toBeInstanceOf(NotFoundError);
	});
});
