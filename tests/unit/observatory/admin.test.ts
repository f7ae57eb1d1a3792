/** Instance owners (EMPREINTE_ADMIN_EMAILS): who may build an observatory release from the web. */
import { isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { afterEach, describe, expect, it } from 'vitest';
import { adminEmails, isInstanceOwner, requireInstanceOwner } from '../../../src/lib/server/admin';

const user = (email: string, isGuest = false) => ({ id: 'u', email, displayName: 'U', isGuest });

function event(u: ReturnType<typeof user> | null) {
	return {
		params: {},
		locals: { user: u, session: null, locale: 'fr' },
		url: new URL('http://localhost/admin/observatory'),
		request: new Request('http://localhost/admin/observatory')
	} as unknown as RequestEvent;
}

function outcome(f: () => unknown): string {
	try {
		f();
		return 'ok';
	} catch (e) {
		if (isRedirect(e)) return `redirect:${e.location}`;
		if (isHttpError(e)) return `error:${e.status}`;
		throw e;
	}
}

const saved = process.env.EMPREINTE_ADMIN_EMAILS;
afterEach(() => {
	if (saved === undefined) delete process.env.EMPREINTE_ADMIN_EMAILS;
	else process.env.EMPREINTE_ADMIN_EMAILS = saved;
});

describe('instance owners', () => {
	it('are read from a comma-separated list, case-insensitive, ignoring what is not an address', () => {
		const env = { EMPREINTE_ADMIN_EMAILS: ' Ops@Example.org, ,nope,second@example.org ' };
		expect([...adminEmails(env)]).toEqual(['ops@example.org', 'second@example.org']);
		expect(isInstanceOwner(user('OPS@example.org'), env)).toBe(true);
		expect(isInstanceOwner(user('other@example.org'), env)).toBe(false);
		expect(isInstanceOwner(user('ops@example.org', true), env)).toBe(false);
		expect(isInstanceOwner(null, env)).toBe(false);
		expect(isInstanceOwner(user('ops@example.org'), {})).toBe(false);
	});

	it('the guard: log in first, 404 for anyone else, through for an owner', () => {
		process.env.EMPREINTE_ADMIN_EMAILS = 'ops@example.org';
		expect(outcome(() => requireInstanceOwner(event(null)))).toBe(
			'redirect:/login?redirectTo=%2Fadmin%2Fobservatory'
		);
		expect(outcome(() => requireInstanceOwner(event(user('someone@example.org'))))).toBe('error:404');
		expect(outcome(() => requireInstanceOwner(event(user('ops@example.org'))))).toBe('ok');
		delete process.env.EMPREINTE_ADMIN_EMAILS;
		expect(outcome(() => requireInstanceOwner(event(user('ops@example.org'))))).toBe('error:404');
	});
});
