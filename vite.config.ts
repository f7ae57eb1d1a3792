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
					environment: 'node',
					// the first test of a file may load the gazetteer or the factor library: seconds on a
					// loaded 2-core machine (durations are measured in npm run bench, not bounded here)
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					// each file migrates its own :memory: database; argon2 hashing is CPU-bound
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
