/**
 * Message catalogues: one file per namespace under ./messages, French first, English beside it.
 * A message is a string with `{name}` placeholders, or a function of its parameters when grammar
 * needs it (plurals). `defineMessages` makes TypeScript check that `en` has exactly `fr`'s keys;
 * tests/unit/i18n.test.ts checks it again at run time.
 */
export type Params = Record<string, string | number>;
export type Message = string | ((p: Params) => string);
export interface Catalogue {
	[key: string]: Message | Catalogue;
}

type SameShape<T> = {
	[K in keyof T]: T[K] extends string
		? Message
		: T[K] extends (p: Params) => string
			? Message
			: SameShape<T[K]>;
};

export function defineMessages<T extends Catalogue>(m: {
	fr: T;
	en: SameShape<T>;
}): { fr: T; en: SameShape<T> } {
	return m;
}
