// The platform's background jobs, in the order a tick runs them. The jobs capability depends on the capabilities whose
// work it schedules (each exposes one function that is safe to run at any time, from any process), never the reverse.
import { runAlerts } from '#app/modules/alerts/jobs.server.ts'
import { defineJob, type JobDefinition } from './runner.server.ts'

/** The matching scan, saved searches and daily digests: each run does a bounded amount and leaves the rest for the next. */
export const alertsJob = defineJob({
	name: 'alerts',
	intervalMs: 60_000,
	run: (db, ctx) => runAlerts(db, { now: new Date(ctx.now) }),
})

export const PLATFORM_JOBS: readonly JobDefinition[] = [alertsJob]

export function findJob(name: string, jobs: readonly JobDefinition[] = PLATFORM_JOBS): JobDefinition | null {
	return jobs.find((j) => j.name === name) ?? null
}
