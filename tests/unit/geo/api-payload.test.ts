/**
 * GET /api/places sends what the place field shows (`{ id, label }`), the place's details with
 * `detail=1`, its aliases only with `aliases=1` too; a repeated question gets the same answer
 * (from the endpoint's cache) as the first.
 */
import { describe, expect, it } from 'vitest';
import { GET } from '../../../src/routes/api/places/+server';

type Event = Parameters<typeof GET>[0];

async function call(query: string) {
	const event = { url: new URL(`http://localhost/api/places?${query}`), locals: { locale: 'fr' } };
	const res = await GET(event as unknown as Event);
	return {
		res,
		text: await res.clone().text(),
		body: (await res.json()) as { places: Record<string, unknown>[] }
	};
}

describe('GET /api/places payload', () => {
	it('by default: id and label only', async () => {
		const { body, res } = await call('q=saint%20etienne&limit=3');
		expect(res.headers.get('content-type')).toBe('application/json');
		expect(body.places[0]).toEqual({ id: 'fr:42218', label: 'Saint-Étienne (Loire, 42)' });
		for (const p of body.places) expect(Object.keys(p).sort()).toEqual(['id', 'label']);
	});

	it('detail=1: the place and how it matched, without aliases or score', async () => {
		const { body } = await call('q=Bruxelles&country=be&detail=1');
		expect(body.places[0]).toMatchObject({
			id: 'gn:2800866',
			country: 'BE',
			kind: 'city',
			approx: false,
			matched: expect.any(String)
		});
		expect(typeof body.places[0].lat).toBe('number');
		expect(body.places[0].aliases).toBeUndefined();
		expect(body.places[0].score).toBeUndefined();
	});

	it('aliases=1 with detail: the aliases on demand', async () => {
		const { body } = await call('q=Bruxelles&country=be&detail=1&aliases=1');
		expect(body.places[0].aliases).toEqual(expect.arrayContaining(['Bruxelles']));
	});

	it('the same question twice: the same answer', async () => {
		const a = await call('q=montpel&limit=5');
		const b = await call('q=montpel&limit=5');
		expect(b.text).toBe(a.text);
		const c = await call('q=montpel&limit=4');
		expect(c.body.places).toEqual(a.body.places.slice(0, 4));
	});

	it('a bad flag is a bad request', async () => {
		await expect(
			GET({
				url: new URL('http://localhost/api/places?q=Lyon&detail=yes'),
				locals: { locale: 'fr' }
			} as unknown as Event)
		).rejects.toMatchObject({ status: 400 });
	});
});
