// The job runner: named jobs with an interval, each run by whichever process holds the job's lease row (table `jobs`),
// so a job runs once at a time across every server process and the CLI; each run's outcome is recorded on that row.
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { performance } from 'node:perf_hooks'
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { jobs as jobRows, type JobRecord } from '#db/schema/index.ts'

export type JobContext = {
	/** When the run started, in ms since the epoch (the clock the lease and the due time are measured on). */
	now: number
	/** The lease holder running it (`hostname:pid:random`). */
	owner: string
}

export type JobDefinition = {
	name: string
	intervalMs: number
	/** How long the lease lasts before another process may take the job over. The running holder renews it, so this
	 * bounds only how long a crashed holder keeps a job from running. */
	leaseMs: number
	run: (db: Db, ctx: JobContext) => unknown
}

/** A lease never lasts less than this: a run of a frequent job may well take longer than its interval. */
export const MIN_LEASE_MS = 5 * 60_000
/** Longer error messages are cut: the row is shown on a page and a stack-sized message helps nobody there. */
export const ERROR_MAX_CHARS = 2_000

const NAME = /^[a-z][a-z0-9_.-]{0,63}$/

export function defineJob(job: { name: string; intervalMs: number; leaseMs?: number; run: JobDefinition['run'] }): JobDefinition {
	if (!NAME.test(job.name)) throw new Error(`job name "${job.name}": lower-case letters, digits, _ . - (at most 64)`)
	if (!Number.isInteger(job.intervalMs) || job.intervalMs < 1) throw new Error(`job ${job.name}: intervalMs must be a positive whole number`)
	return { name: job.name, intervalMs: job.intervalMs, leaseMs: job.leaseMs ?? Math.max(job.intervalMs, MIN_LEASE_MS), run: job.run }
}

/** Who holds a lease: the host and process (what an operator can look for) plus a random part, so a restarted process
 * that got the same pid is a different holder. */
export function newOwnerId(): string {
	return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
}

export type JobOutcome = {
	name: string
	/** ok / failed: it ran; busy: another holder has the lease; notDue: its time has not come. */
	outcome: 'ok' | 'failed' | 'busy' | 'notDue'
	durationMs: number | null
	error: string | null
	/** The holder of the lease that made it busy. */
	heldBy: string | null
}

export type RunOptions = {
	/** The clock (ms since the epoch): a number fixes it (tests), a function is read before each job. Default Date.now. */
	now?: number | (() => number)
	owner?: string
	/** Run even when not due (the admin page's 立即运行, `jobs --force`). The lease still holds: never two at once. */
	force?: boolean
}

export function errorText(err: unknown): string {
	const text = err instanceof Error ? err.message || err.name : String(err)
	return text.length > ERROR_MAX_CHARS ? `${text.slice(0, ERROR_MAX_CHARS - 1)}…` : text
}

function readRow(db: Db, name: string): JobRecord | undefined {
	return db.select().from(jobRows).where(eq(jobRows.name, name)).get()
}

/**
 * Takes the job's lease in one statement: the row is created leased, or updated only while no unexpired lease exists
 * (and, unless forced, the job is due). SQLite runs the statement atomically, so of two processes trying at once
 * exactly one gets a row back.
 */
function acquire(db: Db, job: JobDefinition, owner: string, now: number, force: boolean): boolean {
	const lease = { leaseOwner: owner, leaseUntil: now + job.leaseMs, lastStartedAt: now }
	const free = sql`(${jobRows.leaseUntil} is null or ${jobRows.leaseUntil} <= ${now})`
	const taken = db
		.insert(jobRows)
		.values({ name: job.name, ...lease })
		.onConflictDoUpdate({ target: jobRows.name, set: lease, setWhere: force ? free : and(free, sql`${jobRows.nextDueAt} <= ${now}`) })
		.returning({ name: jobRows.name })
		.all()
	return taken.length === 1
}

function skipped(row: JobRecord | undefined, name: string, now: number): JobOutcome {
	const held = row?.leaseUntil != null && row.leaseUntil > now
	return { name, outcome: held ? 'busy' : 'notDue', durationMs: null, error: null, heldBy: held ? row.leaseOwner : null }
}

async function runOne(db: Db, job: JobDefinition, owner: string, now: number, force: boolean): Promise<JobOutcome> {
	if (!force) {
		// Most ticks find nothing to do: decide that with a read, without taking the write lock.
		const row = readRow(db, job.name)
		if (row && (row.nextDueAt > now || (row.leaseUntil != null && row.leaseUntil > now))) return skipped(row, job.name, now)
	}
	if (!acquire(db, job, owner, now, force)) return skipped(readRow(db, job.name), job.name, now)

	const started = performance.now()
	// The holder renews its lease while the run goes on (whenever the run awaits), so a long run keeps it and a dead
	// holder loses it after leaseMs. A renewal that fails (database busy) is retried by the next one.
	const renew = setInterval(
		() => {
			try {
				db.update(jobRows)
					.set({ leaseUntil: Math.round(now + (performance.now() - started) + job.leaseMs) })
					.where(and(eq(jobRows.name, job.name), eq(jobRows.leaseOwner, owner)))
					.run()
			} catch {
				// next renewal
			}
		},
		Math.max(1_000, Math.floor(job.leaseMs / 3)),
	)
	renew.unref()
	let error: string | null = null
	try {
		await job.run(db, { now, owner })
	} catch (err) {
		error = errorText(err)
	} finally {
		clearInterval(renew)
	}
	const durationMs = Math.round(performance.now() - started)
	const mine = sql`${jobRows.leaseOwner} = ${owner}`
	// The outcome is recorded whatever happened to the lease; the lease and the next due time are touched only while
	// this run still holds it (a holder that overran a lease it could not renew must not free another's).
	db.update(jobRows)
		.set({
			lastFinishedAt: now + durationMs,
			lastStatus: error === null ? 'ok' : 'failed',
			lastError: error,
			lastDurationMs: durationMs,
			runCount: sql`${jobRows.runCount} + 1`,
			failureCount: sql`${jobRows.failureCount} + ${error === null ? 0 : 1}`,
			nextDueAt: sql`case when ${mine} then ${now + job.intervalMs} else ${jobRows.nextDueAt} end`,
			leaseUntil: sql`case when ${mine} then null else ${jobRows.leaseUntil} end`,
			leaseOwner: sql`case when ${mine} then null else ${jobRows.leaseOwner} end`,
		})
		.where(eq(jobRows.name, job.name))
		.run()
	return { name: job.name, outcome: error === null ? 'ok' : 'failed', durationMs, error, heldBy: null }
}

/** Runs every given job that is due (or all of them with `force`) and whose lease this caller gets, one after another. */
export async function runDueJobs(db: Db, jobs: readonly JobDefinition[], options: RunOptions = {}): Promise<JobOutcome[]> {
	const clock = typeof options.now === 'number' ? () => options.now as number : (options.now ?? Date.now)
	const owner = options.owner ?? newOwnerId()
	const out: JobOutcome[] = []
	for (const job of jobs) out.push(await runOne(db, job, owner, clock(), options.force ?? false))
	return out
}

export type JobRunner = {
	owner: string
	/** Stops ticking and waits for a tick under way to finish. */
	stop(): Promise<void>
	/** One tick now (after the one under way, if any). */
	runNow(): Promise<JobOutcome[]>
}
type Log = { warn: (m: string) => void; info: (m: string) => void }

export const TICK_MS = 10_000

/**
 * Ticks in this process: every `tickMs`, runs the jobs that are due. Ticks never overlap (the next is scheduled when
 * one ends), a failing job is logged once per failure streak (and its recovery once), and the timer is unref'd so it
 * never keeps a process alive.
 */
export function startJobRunner(db: Db, jobs: readonly JobDefinition[], options: { tickMs?: number; firstTickMs?: number; log?: Log; owner?: string } = {}): JobRunner {
	const tickMs = Math.max(10, options.tickMs ?? TICK_MS)
	const log = options.log ?? { info: (m: string) => console.info(m), warn: (m: string) => console.warn(m) }
	const owner = options.owner ?? newOwnerId()
	const failing = new Set<string>()
	let stopped = false
	let timer: NodeJS.Timeout | undefined
	let running: Promise<JobOutcome[]> | undefined

	async function tick(): Promise<JobOutcome[]> {
		if (stopped) return []
		let outcomes: JobOutcome[]
		try {
			outcomes = await runDueJobs(db, jobs, { owner })
		} catch (err) {
			// The runner itself failed (the database, most likely): once per streak, like a job.
			if (!failing.has('')) log.warn(`jobs: tick failed (${errorText(err)}); retrying every ${seconds(tickMs)}`)
			failing.add('')
			return []
		}
		if (failing.delete('')) log.info('jobs: ticking again')
		for (const o of outcomes) {
			if (o.outcome === 'failed') {
				if (!failing.has(o.name)) log.warn(`jobs: ${o.name} failed (${o.error}); retrying every ${seconds(jobs.find((j) => j.name === o.name)!.intervalMs)}`)
				failing.add(o.name)
			} else if (o.outcome === 'ok' && failing.delete(o.name)) log.info(`jobs: ${o.name} running again`)
		}
		return outcomes
	}

	/** One tick at a time: a tick asked for while another is going waits for it. */
	async function exclusive(): Promise<JobOutcome[]> {
		while (running) await running
		const current = tick().finally(() => {
			running = undefined
		})
		running = current
		return current
	}

	function schedule(ms: number) {
		if (stopped) return
		timer = setTimeout(() => void exclusive().finally(() => schedule(tickMs)), ms)
		timer.unref()
	}
	// The first tick waits a little: a server that just started has requests to answer first.
	schedule(Math.min(tickMs, options.firstTickMs ?? 5_000))

	return {
		owner,
		async stop() {
			stopped = true
			if (timer) clearTimeout(timer)
			while (running) await running
		},
		runNow: exclusive,
	}
}

function seconds(ms: number): string {
	return ms >= 1_000 ? `${Math.round(ms / 1_000)} s` : `${ms} ms`
}
