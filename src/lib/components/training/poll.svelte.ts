import { invalidate } from '$app/navigation';
import { navigating } from '$app/state';

/**
 * Short polling for a page that follows other people's work (the trainer's board, the debrief):
 * the loads that depend on `key` re-run every `ms` while the tab is visible.
 *
 * A tick is skipped while a navigation is under way. SvelteKit lets an invalidation that starts
 * during a navigation take over from it, so a tick landing between a click on a link and the
 * next page's data would keep the user on this page, as if the click had been lost.
 * Call it from a component's script: the timer stops with the component.
 */
export function pollWhileVisible(key: string, ms: number): void {
	$effect(() => {
		const timer = setInterval(() => {
			if (document.visibilityState !== 'visible' || navigating.to) return;
			void invalidate(key);
		}, ms);
		return () => clearInterval(timer);
	});
}
