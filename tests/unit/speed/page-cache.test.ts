/**
 * The factor explorer's page cache (src/lib/server/page-cache.ts): a page read again without a
 * session comes from the cache with the same body, except its CSP nonce, which is new on every
 * response and the same in the header and the body; readers with a session, other languages,
 * other queries and failed pages are not served from it.
 */
import { describe, expect, it } from 'vitest';
import { handlePageCache } from '../../../src/lib/server/page-cache';
import { SESSION_COOKIE } from '../../../src/lib/server/auth/session';

type Resolve = Parameters<typeof handlePageCache>[0]['resolve'];
type Event = Parameters<typeof handlePageCache>[0]['event'];

let served = 0;
/** What SvelteKit answers: a page whose inline script carries this response's nonce. */
const resolve = (async () => {
	served++;
	const nonce = `n${served}AbCdEfGhIjKlMnOp`;
	return new Response(
		`<html><head><link rel="modulepreload" href="/a.js"></head><body>page ${'x'.repeat(50)}<script nonce="${nonce}">start()</script></body></html>`,
		{
			status: 200,
			headers: {
				'content-type': 'text/html',
				etag: `"${nonce}"`,
				'content-security-policy': `default-src 'self'; script-src 'self' 'nonce-${nonce}'`
			}
		}
	);
}) as unknown as Resolve;

function event(path: string, opts: { locale?: string; session?: boolean; method?: string } = {}): Event {
	const url = new URL(`http://localhost${path}`);
	return {
		request: new Request(url, { method: opts.method ?? 'GET' }),
		url,
		cookies: { get: (name: string) => (opts.session && name === SESSION_COOKIE ? 'token' : undefined) },
		locals: { locale: opts.locale ?? 'fr' }
	} as unknown as Event;
}

const nonceOf = (res: Response, body: string) => {
	const inHeader = res.headers.get('content-security-policy')!.match(/'nonce-([^']+)'/)![1];
	const inBody = body.match(/nonce="([^"]+)"/)![1];
	return { inHeader, inBody };
};

describe('page cache', () => {
	it('serves a page again with the same body and a fresh nonce, in header and body alike', async () => {
		const before = served;
		const first = await handlePageCache({ event: event('/factors/tables/t1'), resolve });
		const firstBody = await first.text();
		const second = await handlePageCache({ event: event('/factors/tables/t1'), resolve });
		const secondBody = await second.text();
		expect(served - before).toBe(1);
		expect(first.headers.get('x-empreinte-cache')).toBe('miss');
		expect(second.headers.get('x-empreinte-cache')).toBe('hit');
		const a = nonceOf(first, firstBody);
		const b = nonceOf(second, secondBody);
		expect(a.inHeader).toBe(a.inBody);
		expect(b.inHeader).toBe(b.inBody);
		expect(b.inBody).not.toBe(a.inBody);
		expect(b.inBody.length).toBeGreaterThanOrEqual(20);
		expect(secondBody.replace(b.inBody, 'N')).toBe(firstBody.replace(a.inBody, 'N'));
		const third = await handlePageCache({ event: event('/factors/tables/t1'), resolve });
		expect(nonceOf(third, await third.text()).inBody).not.toBe(b.inBody);
		expect(second.headers.get('vary')).toBe('Cookie');
		expect(second.headers.get('cache-control')).toBe('private, no-cache');
		expect(second.headers.get('content-type')).toBe('text/html');
		// the stored tag named the stored body, not this one
		expect(first.headers.get('etag')).toBe(`"${a.inBody}"`);
		expect(second.headers.get('etag')).toBeNull();
	});

	it('keeps languages and queries apart', async () => {
		const before = served;
		await handlePageCache({ event: event('/factors?q=train', { locale: 'fr' }), resolve });
		await handlePageCache({ event: event('/factors?q=train', { locale: 'en' }), resolve });
		await handlePageCache({ event: event('/factors?q=avion', { locale: 'fr' }), resolve });
		expect(served - before).toBe(3);
		await handlePageCache({ event: event('/factors?q=train', { locale: 'en' }), resolve });
		expect(served - before).toBe(3);
	});

	it('never serves readers with a session, other methods or other paths from it', async () => {
		const before = served;
		for (let i = 0; i < 2; i++) {
			await handlePageCache({ event: event('/factors/sets/s1', { session: true }), resolve });
			await handlePageCache({ event: event('/factors/sets/s2', { method: 'HEAD' }), resolve });
			await handlePageCache({ event: event('/method'), resolve });
		}
		expect(served - before).toBe(6);
	});

	it('keeps no failed page', async () => {
		let calls = 0;
		const failing = (async () => {
			calls++;
			return new Response('missing', { status: 404 });
		}) as unknown as Resolve;
		await handlePageCache({ event: event('/factors/tables/none'), resolve: failing });
		const again = await handlePageCache({ event: event('/factors/tables/none'), resolve: failing });
		expect(calls).toBe(2);
		expect(again.status).toBe(404);
	});
});
