// Copies each test's timeout into its metadata, which the JSON report carries, so scripts/test-summary.mjs can say how
// much of its timeout a test used.
import { beforeEach } from 'vitest'

declare module '@vitest/runner' {
	interface TaskMeta {
		timeout?: number
	}
}

beforeEach(({ task }) => {
	task.meta.timeout = task.timeout
})
