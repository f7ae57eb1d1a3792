import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173 },
	// the build's plugin-timing report is noise in CI logs
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		reporters: process.env.VITEST_JSON
			? ['default', ['json', { outputFile: process.env.VITEST_JSON }]]
			: ['default'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					// each file migrates its own :memory: database; argon2 hashing is CPU-bound
					testTimeout: 30_000
				}
			}
		]
	}
});
