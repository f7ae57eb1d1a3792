/**
 * Whether the component is live in the browser (false on the server and until mount): what needs
 * JavaScript (chart.js, a print button, live switches) shows only then; what works without it is
 * rendered before.
 */
import { onMount } from 'svelte';

export function useHydrated(): { readonly value: boolean } {
	const state = $state({ value: false });
	onMount(() => {
		state.value = true;
	});
	return state;
}
