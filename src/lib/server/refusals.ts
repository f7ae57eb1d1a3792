/**
 * Refusals decided before a route runs (hooks.server.ts): a body over its upload limit (413), a
 * malformed form (400), too many requests (429). Each in the shape its client reads: a JSON
 * problem for the API, an action result for an enhanced form (SvelteKit then shows the error
 * page), and otherwise a small page in the reader's language — never « une erreur inattendue ».
 */
import type { RequestEvent } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale, translate, type Locale } from '../i18n';
import { formatMegabytes } from './limits';

export interface RefusalDetail {
	/** bytes allowed (413) */
	max?: number;
	/** how long to wait (429) */
	retryAfterMs?: number;
}

const CODES: Record<number, string> = {
	400: 'api.bad_request',
	413: 'api.too_large',
	429: 'api.rate_limited'
};

export function refusalMessage(locale: Locale, status: number, d: RefusalDetail = {}): string {
	if (status === 413)
		return translate(locale, 'limits.error.tooLarge', { max: formatMegabytes(d.max ?? 0, locale) });
	if (status === 429)
		return translate(locale, 'limits.error.rateLimited', {
			seconds: Math.max(1, Math.ceil((d.retryAfterMs ?? 1000) / 1000))
		});
	return translate(locale, 'limits.error.badRequest');
}

export function localeOf(event: RequestEvent): Locale {
	const l = (event.locals as { locale?: unknown }).locale;
	return isLocale(l) ? l : DEFAULT_LOCALE;
}

const escapeHtml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function refusal(event: RequestEvent, status: 400 | 413 | 429, d: RefusalDetail = {}): Response {
	const api = event.url.pathname.startsWith('/api/');
	// the API's problems are in English, like every other problem it returns
	const locale = api ? 'en' : localeOf(event);
	const message = refusalMessage(locale, status, d);
	const headers: Record<string, string> = { 'cache-control': 'no-store' };
	if (status === 429)
		headers['retry-after'] = String(Math.max(1, Math.ceil((d.retryAfterMs ?? 1000) / 1000)));
	const accept = event.request.headers.get('accept') ?? '';
	if (event.request.headers.get('x-sveltekit-action') === 'true') {
		return new Response(JSON.stringify({ type: 'error', status, error: { message } }), {
			status,
			headers: { ...headers, 'content-type': 'application/json' }
		});
	}
	if (api || (accept.includes('json') && !accept.includes('html'))) {
		return new Response(JSON.stringify({ problems: [{ path: '$', message, code: CODES[status] }] }), {
			status,
			headers: { ...headers, 'content-type': 'application/json' }
		});
	}
	const t = (k: string) => translate(locale, k);
	const title = translate(locale, 'common.error.title', { status });
	// back to the form the file came from (same origin only), else home
	const referer = event.request.headers.get('referer') ?? '';
	const back = referer.startsWith(event.url.origin + '/') ? referer : '/';
	const help = status === 413 ? `<p>${escapeHtml(t('limits.error.tooLargeHelp'))}</p>` : '';
	const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Empreinte</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1d2b24}a{color:#1b5e3b}</style>
</head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${help}
<p><a href="${escapeHtml(back)}">${escapeHtml(t('limits.error.back'))}</a> · <a href="/">${escapeHtml(t('common.error.backHome'))}</a></p></main></body></html>`;
	return new Response(html, { status, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
}
