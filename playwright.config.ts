// End-to-end tests in Debian's Chromium (/usr/bin/chromium) against the built app with a fresh demo database.
import { defineConfig, devices } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 3310)
const DB = process.env.E2E_DB ?? 'tests/.tmp/e2e.db'
const BUILD = process.env.REMIX_BUILD_DIR ?? 'build'

export default defineConfig({
	testDir: './tests/e2e',
	// A short test (a few pages, at most one accessibility scan) takes under 15 s on a quiet two-core machine; a longer
	// journey sets its own timeout with test.setTimeout, sized at twice its quiet duration or more (see
	// scripts/test-summary.mjs, which flags any test that used more than half of its timeout).
	timeout: 30_000,
	// A page of this app renders in 0.4–1.3 s when quiet and several times that beside a build: a wait on one state
	// gets 10 s, a page load 20 s, so a stuck step fails on its own line long before the test's timeout.
	expect: { timeout: 10_000 },
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'tests/.tmp/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		locale: 'zh-CN',
		actionTimeout: 10_000,
		navigationTimeout: 20_000,
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
					args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
				},
			},
		},
	],
	webServer: {
		command: `rm -f ${DB} ${DB}-wal ${DB}-shm && tsx scripts/prepare-db.ts && REMIX_BUILD_DIR=${BUILD} tsx server/index.ts`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 120_000,
		// TRUST_PROXY_HOPS=1: the specs play the proxy, each signing-up spec sending its own X-Forwarded-For address
		// (helpers.ts ownClientAddress), so the sign-up limit (5 an hour per address) counts each spec on its own.
		env: { PORT: String(PORT), DATABASE_URL: DB, NODE_ENV: 'production', DEMO_DATA: 'true', APP_URL: `http://127.0.0.1:${PORT}`, TRUST_PROXY_HOPS: '1' },
		stdout: 'ignore',
		stderr: 'pipe',
	},
})
