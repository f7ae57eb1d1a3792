import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Svelte 5 runes everywhere: no legacy reactive statements sneak in.
		runes: true
	},
	kit: {
		adapter: adapter({ out: 'build' }),
		// CSRF origin check stays on (default); ORIGIN tells adapter-node which origin is ours.
		// Content-Security-Policy: SvelteKit adds a nonce (server-rendered pages) or a hash
		// (prerendered) for its own inline hydration script, so 'self' + that is all scripts may be.
		// Inline styles stay allowed: Svelte renders style="" attributes (progress bars, charts).
		// frame-ancestors 'self': no other site may frame the app (clickjacking).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['self']
			}
		},
		version: { name: process.env.npm_package_version ?? '0.1.0' }
	}
};

export default config;
