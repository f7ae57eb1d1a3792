/**
 * The results page's payload (live.ts LivePayload) as JSON in the page's HTML, beside SvelteKit's
 * data rather than inside it (issue #21).
 *
 * SvelteKit writes a page's data as JavaScript (devalue's `uneval`), anew for every response: for
 * the payload of a 100-date tour that took 1–2.5 ms and a third of all the memory a results page
 * allocated on the server. The payload does not change between two readers of one tour version,
 * so its text is written once, when the computation is kept (results-cache.ts), and every page
 * puts that same text in a `<script type="application/json">` (a data block: never executed).
 * The page's data then carries an `InlineLive` whose transport (src/hooks.ts) is only its element
 * id; in the browser the hook reads the element back. A request for data alone (`__data.json`, a
 * client-side navigation) has no such element: it gets the payload itself, as before.
 *
 * The text keeps what devalue kept: a value shared by several places (a venue played on several
 * dates, one audience profile) is written once and is one value again once read. Pure; the
 * browser part (`readInline`) only reads the document.
 */
import type { LivePayload } from './live';

/** id of the element that holds the payload (one per page) */
export const INLINE_LIVE_ID = 'empreinte-live';

/**
 * The payload of a server-rendered page: the value itself (for the server's render), its id in the
 * page, and the element to put in the HTML. On the server `html` is written once per kept
 * computation; in the browser it is the element as found (the hydration keeps the server's).
 */
export class InlineLive {
	constructor(
		readonly id: string,
		readonly payload: LivePayload,
		readonly html: string
	) {}
}

/** The payload of page data that may carry either form. */
export function livePayload(live: LivePayload | InlineLive): LivePayload {
	return live instanceof InlineLive ? live.payload : live;
}

/** The key that marks a reference to a shared value in the `shared` format. */
const REF = '$ref';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * JSON of `value`, each object or list met more than once (the same object, not an equal one) written
 * once in `shared` and referred to as `{"$ref": i}`. Values in `shared` come after those they contain,
 * so they read back in order. If an object of `value` has a key `$ref` of its own, the value is
 * written as it is (`plain`), without sharing, so that no key is ever misread. `undefined` goes, as in
 * JSON.stringify.
 */
export function encodeShared(value: unknown): string {
	const counts = new Map<object, number>();
	let clash = false;
	const count = (v: unknown) => {
		if (v === null || typeof v !== 'object') return;
		const seen = counts.get(v);
		if (seen !== undefined) {
			counts.set(v, seen + 1);
			return;
		}
		counts.set(v, 1);
		if (Array.isArray(v)) for (const x of v) count(x);
		else {
			const o = v as Record<string, unknown>;
			if (Object.hasOwn(o, REF)) clash = true;
			for (const k of Object.keys(o)) count(o[k]);
		}
	};
	count(value);
	if (clash) return JSON.stringify({ format: 'plain', value });

	const shared: Json[] = [];
	const index = new Map<object, number>();
	const emit = (v: unknown): Json | undefined => {
		if (v === null || typeof v !== 'object') return v as Json | undefined;
		// as JSON.stringify: a value with toJSON (a Date) is written as what it gives
		if (typeof (v as { toJSON?: unknown }).toJSON === 'function')
			return emit((v as { toJSON(): unknown }).toJSON());
		const known = index.get(v);
		if (known !== undefined) return { [REF]: known };
		let copy: Json;
		if (Array.isArray(v)) {
			// as JSON.stringify: a hole or `undefined` in a list is null
			copy = v.map((x) => emit(x) ?? null);
		} else {
			const o: Record<string, Json> = {};
			for (const k of Object.keys(v)) {
				const x = emit((v as Record<string, unknown>)[k]);
				if (x !== undefined && typeof x !== 'function') o[k] = x;
			}
			copy = o;
		}
		if ((counts.get(v) ?? 0) > 1) {
			index.set(v, shared.length);
			shared.push(copy);
			return { [REF]: shared.length - 1 };
		}
		return copy;
	};
	return JSON.stringify({ format: 'shared', shared, value: emit(value) ?? null });
}

/** The value `encodeShared` wrote, its shared values one value each again. */
export function decodeShared(text: string): unknown {
	const doc = JSON.parse(text) as { format: string; shared?: Json[]; value: Json };
	if (doc.format === 'plain') return doc.value;
	if (doc.format !== 'shared' || !Array.isArray(doc.shared)) throw new Error('not an encoded payload');
	const resolved: unknown[] = [];
	const revive = (v: Json): unknown => {
		if (v === null || typeof v !== 'object') return v;
		if (Array.isArray(v)) {
			for (let i = 0; i < v.length; i++) v[i] = revive(v[i]) as Json;
			return v;
		}
		const keys = Object.keys(v);
		if (keys.length === 1 && keys[0] === REF) {
			const i = v[REF];
			if (typeof i !== 'number' || !(i >= 0 && i < resolved.length))
				throw new Error(`bad reference ${String(i)}`);
			return resolved[i];
		}
		for (const k of keys) v[k] = revive(v[k]) as Json;
		return v;
	};
	// a shared value is itself an object or a list, never a reference: revive its inside only
	for (const s of doc.shared) resolved.push(revive(s));
	return revive(doc.value);
}

/**
 * The data block for a page: `<script type="application/json" id=…>` with the encoded text, every
 * `<` written `\u003c` (the same character to JSON.parse) so that no text in the payload, such as a
 * venue named `</script>`, can close the element or open a comment.
 */
export function inlineScript(id: string, encoded: string): string {
	return `<script type="application/json" id="${id}">${encoded.replace(/</g, '\\u003c')}</script>`;
}

/** Browser: the payload a server-rendered page carries in its element `id`. */
export function readInline(id: string): InlineLive {
	const el = document.getElementById(id);
	if (!el || el.textContent === null) throw new Error(`results payload #${id} missing from the page`);
	return new InlineLive(id, decodeShared(el.textContent) as LivePayload, el.outerHTML);
}
