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

function lookup(locale: Locale, key: string): Message | undefined {
	const [ns, ...path] = key.split('.');
	const space = namespaces[ns as keyof typeof namespaces] as unknown as Record<Locale, Catalogue> | undefined;
	let node: Message | Catalogue | undefined = space?.[locale];
	for (const p of path) {
		if (node === undefined || typeof node !== 'object') return undefined;
		node = (node as Catalogue)[p];
	}
	return typeof node === 'string' || typeof node === 'function' ? node : undefined;
}

export function translate(locale: Locale, key: string, params: Params = {}): string {
	const msg = lookup(locale, key) ?? lookup(DEFAULT_LOCALE, key);
	if (msg === undefined) return key;
	if (typeof msg === 'function') return msg(params);
	return msg.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export type Translate = (key: string, params?: Params) => string;

export function translator(locale: Locale): Translate {
	return (key, params) => translate(locale, key, params);
}

export { formatters, type Formatters } from './format';
