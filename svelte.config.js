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
		version: { name: process.env.npm_package_version ?? '0.1.0' }
	}
};

export default config;
