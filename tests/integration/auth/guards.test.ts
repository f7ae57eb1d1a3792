/** The guards on a fake RequestEvent, against a migrated in-memory database. */
import { isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { setDb } from '../../../src/lib/server/db/index';
import { seedDemoIfMissing } from '../../../src/lib/server/demo';
import { requireMembership, requireUser, roleAtLeast } from '../../../src/lib/server/auth/guards';
import { assertRole, ForbiddenError } from '../../../src/lib/server/errors';
import type { SessionUser } from '../../../src/lib/server/auth/types';
import { makeWorld, type World } from './helpers';

let w: World;
beforeAll(async () => {
	w = await makeWorld();
	await seedDemoIfMissing(w.db);
	setDb(w.db);
});

function event(user: SessionUser | null, org?: string, method = 'GET', path = '/o/x/members?tab=1') {
	return {
		params: org === undefined ? {} : { org },
		locals: { user, session: null, locale: 'fr' },
		url: new URL(`http://localhost${path}`),
		request: new Request(`http://localhost${path}`, { method })
	} as unknown as RequestEvent;
}

async function outcome(p: Promise<unknown>): Promise<string> {
	try {
		const v = (await p) as { role?: string; anonymous?: boolean };
		return `ok:${v.role}${v.anonymous ? ':anonymous' : ''}`;
	} catch (e) {
		if (isRedirect(e)) return `redirect:${e.status}:${e.location}`;
		if (isHttpError(e)) return `error:${e.status}`;
		throw e;
	}
}

describe('requireUser', () => {
	it('returns the user, or redirects to log-in with the way back', async () => {
		expect(requireUser(event(w.owner))).toEqual(w.owner);
		expect(await outcome(Promise.resolve().then(() => requireUser(event(null))))).toBe(
			'redirect:303:/login?redirectTo=%2Fo%2Fx%2Fmembers%3Ftab%3D1'
		);
		// after a refused POST, come back to the page, not to the action
		expect(
			await outcome(
				Promise.resolve().then(() => requireUser(event(null, undefined, 'POST', '/o/x/settings?/rename')))
			)
		).toBe('redirect:303:/login?redirectTo=%2Fo%2Fx%2Fsettings');
	});
});

describe('requireMembership', () => {
	it('members get their membership; roles below the minimum get 403', async () => {
		const slug = w.asOwner.org.slug;
		expect(await outcome(requireMembership(event(w.owner, slug), 'owner'))).toBe('ok:owner');
		expect(await outcome(requireMembership(event(w.editor, slug), 'editor'))).toBe('ok:editor');
		expect(await outcome(requireMembership(event(w.viewer, slug)))).toBe('ok:viewer');
		expect(await outcome(requireMembership(event(w.viewer, slug), 'editor'))).toBe('error:403');
		expect(await outcome(requireMembership(event(w.editor, slug), 'owner'))).toBe('error:403');
	});

	it('an outsider gets 404 whether or not the organisation exists', async () => {
		expect(await outcome(requireMembership(event(w.outsider, w.asOwner.org.slug)))).toBe('error:404');
		expect(await outcome(requireMembership(event(w.outsider, 'no-such-org')))).toBe('error:404');
		expect(await outcome(requireMembership(event(w.outsider, w.asOwner.org.slug), 'owner'))).toBe(
			'error:404'
		);
		expect(await outcome(requireMembership(event(w.outsider)))).toBe('error:404');
	});

	it('an anonymous visitor is sent to log in, whether or not the organisation exists', async () => {
		const a = await outcome(requireMembership(event(null, w.asOwner.org.slug)));
		const b = await outcome(requireMembership(event(null, 'no-such-org')));
		expect(a).toMatch(/^redirect:303:\/login\?redirectTo=/);
		expect(a).toBe(b);
	});

	it('the demo: anyone reads it as an anonymous viewer, no one writes', async () => {
		for (const who of [null, w.outsider]) {
			expect(await outcome(requireMembership(event(who, 'demo')))).toBe('ok:viewer:anonymous');
			expect(await outcome(requireMembership(event(who, 'demo'), 'editor'))).toBe('error:403');
		}
	});

	it('roleAtLeast and assertRole follow owner > editor > viewer', () => {
		expect(roleAtLeast(w.asOwner, 'editor')).toBe(true);
		expect(roleAtLeast(w.asEditor, 'editor')).toBe(true);
		expect(roleAtLeast(w.asViewer, 'editor')).toBe(false);
		expect(() => assertRole(w.asViewer, 'editor')).toThrow(ForbiddenError);
		expect(() => assertRole(w.asOwner, 'owner')).not.toThrow();
	});
});
