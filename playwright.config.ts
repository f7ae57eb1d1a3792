import { defineConfig, devices } from '@playwright/test';

// End-to-end tests run against the production build (`node build` via scripts/e2e-server.js, a
// fresh database each run) in Debian's Chromium: `npx playwright install` cannot download here.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const reporter: import('@playwright/test').ReporterDescription[] = [['list']];
if (process.env.PLAYWRIGHT_JSON_OUTPUT_NAME)
	reporter.push(['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME }]);

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	reporter,
	use: {
		baseURL: `http://localhost:${PORT}`,
		locale: 'fr-FR',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: 'node scripts/e2e-server.js',
		url: `http://localhost:${PORT}/healthz`,
		reuseExistingServer: false,
		timeout: 180_000,
		env: {
			PORT: String(PORT),
			ORIGIN: `http://localhost:${PORT}`,
			HOST: '127.0.0.1',
			EMPREINTE_RATE_LIMIT: process.env.EMPREINTE_RATE_LIMIT ?? ''
		}
	}
});
