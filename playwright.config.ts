// End-to-end tests in Debian's Chromium (/usr/bin/chromium) against the built app with a fresh demo database.
import { defineConfig, devices } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 3310)
const DB = process.env.E2E_DB ?? 'tests/.tmp/e2e.db'
const BUILD = process.env.REMIX_BUILD_DIR ?? 'build'

export default defineConfig({
	testDir: './tests/e2e',
	timeout: 30_000,
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'tests/.tmp/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		locale: 'zh-CN',
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
		command: `rm -f ${DB} ${DB}-wal ${DB}-shm && tsx scripts/prepare-db.ts && remix-serve ./${BUILD}/server/index.js`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: { PORT: String(PORT), DATABASE_URL: DB, NODE_ENV: 'production', DEMO_DATA: 'true' },
		stdout: 'ignore',
		stderr: 'pipe',
	},
})
