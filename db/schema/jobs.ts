// Background jobs: one row per named job, holding its lease (which process runs it now, and until when) and what its
// last run did, so every server process and the CLI agree on who runs a job and the admin page can show it.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const JOB_STATUSES = ['ok', 'failed'] as const
export type JobStatus = (typeof JOB_STATUSES)[number]

/** Times are milliseconds since the epoch (integers): the lease and the due time are compared with `now` in SQL. */
export const jobs = sqliteTable('jobs', {
	/** The job's name in the registry (app/modules/jobs/registry.server.ts). */
	name: text('name').primaryKey(),
	/** `hostname:pid:random` of the process running the job; the lease counts only while lease_until is ahead. */
	leaseOwner: text('lease_owner'),
	leaseUntil: integer('lease_until'),
	lastStartedAt: integer('last_started_at'),
	lastFinishedAt: integer('last_finished_at'),
	lastStatus: text('last_status', { enum: JOB_STATUSES }),
	/** The last failure's message (cut to a bound); cleared by a successful run. */
	lastError: text('last_error'),
	lastDurationMs: integer('last_duration_ms'),
	runCount: integer('run_count').notNull().default(0),
	/** Failed runs, all time (run_count counts them too). */
	failureCount: integer('failure_count').notNull().default(0),
	/** A job runs once now >= next_due_at; a row made by a first lease is due at once. */
	nextDueAt: integer('next_due_at').notNull().default(0),
})
export type JobRecord = typeof jobs.$inferSelect
export type NewJobRecord = typeof jobs.$inferInsert
