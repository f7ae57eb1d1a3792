// Universal hooks (server and browser). `transport`: the results page's payload travels in the page's
// HTML as a JSON data block written once per kept computation (components/results/inline-live.ts);
// SvelteKit's serialised data carries only the element's id, and the browser reads the element back.
import type { Transport } from '@sveltejs/kit';
import { InlineLive, readInline } from '$lib/components/results/inline-live';

export const transport: Transport = {
	InlineLive: {
		encode: (value) => value instanceof InlineLive && [value.id],
		decode: ([id]: [string]) => readInline(id)
	}
};
