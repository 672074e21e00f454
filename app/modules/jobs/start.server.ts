// Starts the background job runner once per server process (not under tests: they run jobs directly). Remix
// re-evaluates server modules on every change under `remix vite:dev`: the runner lives on globalThis so it starts once.
import { env } from '#app/env.server.ts'
import { PLATFORM_JOBS } from '#app/modules/jobs/registry.server.ts'
import { startJobRunner, type JobRunner } from '#app/modules/jobs/runner.server.ts'
import { getDb } from '#app/utils/db.server.ts'

const g = globalThis as unknown as { __jobRunner?: JobRunner }

export function ensureJobRunner(): JobRunner | null {
	if (g.__jobRunner) return g.__jobRunner
	const e = env()
	// ALERTS_WORKER=off is the variable's old name, from when the alert job was the only one.
	if (e.NODE_ENV === 'test' || e.JOBS === 'off' || e.ALERTS_WORKER === 'off') return null
	g.__jobRunner = startJobRunner(getDb(), PLATFORM_JOBS)
	return g.__jobRunner
}
