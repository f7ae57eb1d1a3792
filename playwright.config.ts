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
	// headroom for a loaded 2-core CI machine: a journey that takes 60 s alone may take twice that
	// there; durations are measured in `npm run bench`, never asserted here
	timeout: 120_000,
	expect: { timeout: 15_000 },
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
			// Every e2e test signs up and logs in from 127.0.0.1: per-IP limits are generous here so that
			// files creating many users are not throttled, while the per-account limits keep their
			// defaults (5 per 15 min) for tests/e2e/auth.test.ts to trigger.
			EMPREINTE_LOGIN_MAX_PER_IP: process.env.EMPREINTE_LOGIN_MAX_PER_IP ?? '10000',
			EMPREINTE_SIGNUP_MAX_PER_IP: process.env.EMPREINTE_SIGNUP_MAX_PER_IP ?? '10000',
			// the anonymous API's per-IP limit (120/min) would count every test's venue searches
			EMPREINTE_API_MAX_PER_IP_PER_MINUTE: process.env.EMPREINTE_API_MAX_PER_IP_PER_MINUTE ?? '100000',
			// the instance owner of tests/e2e/observatory.test.ts (builds a release from /admin/observatory)
			EMPREINTE_ADMIN_EMAILS: process.env.EMPREINTE_ADMIN_EMAILS ?? 'instance-owner@example.test'
		}
	}
});
