/**
 * French first, English complete. `translate(locale, 'ns.path.key', params)` looks a message up;
 * a missing key falls back to French and then to the key itself (visible, never blank), and the
 * key-parity test keeps that from happening in practice.
 */
import type { Catalogue, Message, Params } from './define';
import { namespaces } from './messages';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';
export const LOCALE_COOKIE = 'lang';

export function isLocale(v: unknown): v is Locale {
	return v === 'fr' || v === 'en';
}

function find(locale: Locale, key: string): Message | undefined {
	const [ns, ...path] = key.split('.');
	const space = namespaces[ns as keyof typeof namespaces] as unknown as Record<Locale, Catalogue> | undefined;
	let node: Message | Catalogue | undefined = space?.[locale];
	for (const p of path) {
		if (node === undefined || typeof node !== 'object') return undefined;
		node = (node as Catalogue)[p];
	}
	return typeof node === 'string' || typeof node === 'function' ? node : undefined;
}

/**
 * Messages already looked up, by locale and key (a results page asks for a few hundred, many of
 * them once per row). The catalogues never change while the process runs; the keys are the
 * code's own, so the memo stays small, and it stops growing at MEMO_MAX all the same.
 */
const memo = new Map<string, { msg: Message | undefined; plain: boolean }>();
const MEMO_MAX = 20_000;

function lookup(locale: Locale, key: string): { msg: Message | undefined; plain: boolean } {
	const k = locale + ':' + key;
	let hit = memo.get(k);
	if (hit === undefined) {
		const msg = find(locale, key) ?? find(DEFAULT_LOCALE, key);
		// a message without `{name}` is returned as it is
		hit = { msg, plain: typeof msg === 'string' && !msg.includes('{') };
		if (memo.size < MEMO_MAX) memo.set(k, hit);
	}
	return hit;
}

export function translate(locale: Locale, key: string, params: Params = {}): string {
	const { msg, plain } = lookup(locale, key);
	if (msg === undefined) return key;
	if (typeof msg === 'function') return msg(params);
	if (plain) return msg;
	return msg.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export type Translate = (key: string, params?: Params) => string;

export function translator(locale: Locale): Translate {
	return (key, params) => translate(locale, key, params);
}

export { formatters, type Formatters } from './format';
