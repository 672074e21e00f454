// Unit and integration tests run without the Remix plugin (with it, route modules fail with `window is not defined`).
import { defineConfig } from 'vitest/config'

export default defineConfig({
	test: {
		include: ['app/**/*.test.ts', 'db/**/*.test.ts', 'search/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		pool: 'forks',
		setupFiles: ['./tests/setup/fail-on-console-error.ts', './tests/setup/record-timeout.ts'],
		reporters: ['default', 'json'],
		outputFile: { json: 'tests/.tmp/vitest.json' },
		testTimeout: 30_000,
	},
})
