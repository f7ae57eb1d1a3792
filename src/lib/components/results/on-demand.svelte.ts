/**
 * Explanations drawn on demand (issue #21). A « Comment est-ce calculé ? » <details> renders its
 * body only once opened, from the result the page already holds: pre-rendering every explanation
 * of every figure made a 14-date tour's page 0.5 MB of HTML and a 100-date one 4 MB.
 *
 * Without JavaScript nothing draws the body on opening, so it holds a link to the same page with
 * `?explain=all`, where every explanation is rendered on the server (as before this change).
 */
import type { Attachment } from 'svelte/attachments';
import { page } from '$app/state';
import { onMount } from 'svelte';

/** The query parameter that asks the server to render every explanation. */
export const EXPLAIN_PARAM = 'explain';

/** True when the page was asked with `?explain=all`. */
export function explainAll(): boolean {
	return page.url.searchParams.get(EXPLAIN_PARAM) === 'all';
}

/** This page's URL with `?explain=all` (its other parameters, such as the boundary, kept). */
export function explainAllHref(hash = ''): string {
	const params = [...page.url.searchParams].filter(([k]) => k !== EXPLAIN_PARAM);
	params.push([EXPLAIN_PARAM, 'all']);
	const query = params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
	return `?${query}${hash ? `#${hash}` : ''}`;
}

/**
 * Follows a <details>' open state: `set(true)` when it opens (also when it was opened before the
 * page hydrated), `set(false)` when it closes.
 */
export function trackOpen(set: (open: boolean) => void): Attachment<HTMLDetailsElement> {
	return (el) => {
		const sync = () => set(el.open);
		sync();
		el.addEventListener('toggle', sync);
		return () => el.removeEventListener('toggle', sync);
	};
}

/**
 * Long lists (a row per date or per leg, in tables and charts) draw their first FIRST_ROWS rows on
 * the server and the rest once the page runs in the browser, from the result it already holds: the
 * HTML of a long tour stays small and opens at once. Without JavaScript, the page's notice
 * (ExplainNoScript) links to `?explain=all`, which draws every row on the server.
 */
export const FIRST_ROWS = 20;

/**
 * Whether every row is drawn: always unless `progressive`, then with `?explain=all`, or in the
 * browser just after the page has hydrated — in a task of its own (a timer after mount), so that
 * a long tour's hundreds of rows do not lengthen the task that makes the page live.
 */
export function useAllRows(progressive: () => boolean): { readonly value: boolean } {
	const later = $state({ value: false });
	onMount(() => {
		const timer = setTimeout(() => (later.value = true), 0);
		return () => clearTimeout(timer);
	});
	const all = $derived(!progressive() || later.value || explainAll());
	return {
		get value() {
			return all;
		}
	};
}
