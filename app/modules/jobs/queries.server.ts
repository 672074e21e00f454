// What the admin page and `jobs --list` show about background jobs: every registered job (also one that never ran),
// with its last run and, while someone runs it, the lease holder.
import { inArray } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { jobs as jobRows, type JobStatus } from '#db/schema/index.ts'
import { PLATFORM_JOBS } from './registry.server.ts'
import type { JobDefinition } from './runner.server.ts'

export type JobState = {
	name: string
	intervalMs: number
	/** Times in ms since the epoch; null: never. */
	lastStartedAt: number | null
	lastFinishedAt: number | null
	lastStatus: JobStatus | null
	lastError: string | null
	lastDurationMs: number | null
	runCount: number
	failureCount: number
	/** Null: it never ran, so it is due at the next tick. */
	nextDueAt: number | null
	/** Set only while a lease is live (an expired one is nobody's). */
	lease: { owner: string; until: number } | null
}

export function jobStatuses(db: Db, jobs: readonly JobDefinition[] = PLATFORM_JOBS, now: number = Date.now()): JobState[] {
	if (!jobs.length) return []
	const rows = new Map(
		db
			.select()
			.from(jobRows)
			.where(inArray(jobRows.name, jobs.map((j) => j.name)))
			.all()
			.map((r) => [r.name, r]),
	)
	return jobs.map((job) => {
		const r = rows.get(job.name)
		return {
			name: job.name,
			intervalMs: job.intervalMs,
			lastStartedAt: r?.lastStartedAt ?? null,
			lastFinishedAt: r?.lastFinishedAt ?? null,
			lastStatus: r?.lastStatus ?? null,
			lastError: r?.lastError ?? null,
			lastDurationMs: r?.lastDurationMs ?? null,
			runCount: r?.runCount ?? 0,
			failureCount: r?.failureCount ?? 0,
			nextDueAt: r ? r.nextDueAt : null,
			lease: r?.leaseOwner && r.leaseUntil != null && r.leaseUntil > now ? { owner: r.leaseOwner, until: r.leaseUntil } : null,
		}
	})
}
