// The job runner over a real database file opened twice (two processes as far as SQLite is concerned): one lease
// holder at a time, takeover of an expired lease, failures recorded and retried, due times, forced runs; the statuses
// the admin page shows, the runner started by a real server process, and the page itself (admin only, CSRF, 立即运行).
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { reloadEnv } from '#app/env.server.ts'
import { jobStatuses } from '#app/modules/jobs/queries.server.ts'
import { findJob, PLATFORM_JOBS } from '#app/modules/jobs/registry.server.ts'
import { defineJob, ERROR_MAX_CHARS, MIN_LEASE_MS, newOwnerId, runDueJobs, type JobContext } from '#app/modules/jobs/runner.server.ts'
import { action, loader } from '#app/routes/admin.jobs.tsx'
import { closeDatabase, openDatabase, type Db } from '#db/client.server.ts'
import { jobs } from '#db/schema/index.ts'
import { BASE, bodyOf, cookieFor, createUser, formRequest, getRequest, installAppDb, settle, statusOf } from '#tests/setup/app.ts'
import { createTestDb } from '#tests/setup/db.ts'
import { startServer } from '#tests/setup/server.ts'

/** Two connections to one file, as two server processes (or a server and the CLI) have. */
function twoProcesses(): [Db, Db] {
	const { db, file } = createTestDb()
	const other = openDatabase(file)
	opened.push(other)
	return [db, other]
}
const opened: Db[] = []
afterAll(() => opened.forEach(closeDatabase))

function deferred() {
	let resolve!: () => void
	const promise = new Promise<void>((r) => (resolve = r))
	return { promise, resolve }
}

const row = (db: Db, name: string) => db.select().from(jobs).where(eq(jobs.name, name)).get()
const MINUTE = 60_000

describe('defineJob', () => {
	it('bounds the lease by the interval and a few minutes, and refuses bad names and intervals', () => {
		expect(defineJob({ name: 'a', intervalMs: MINUTE, run: () => {} }).leaseMs).toBe(MIN_LEASE_MS)
		expect(defineJob({ name: 'a', intervalMs: 3_600_000, run: () => {} }).leaseMs).toBe(3_600_000)
		expect(() => defineJob({ name: 'Bad Name', intervalMs: 1, run: () => {} })).toThrow(/job name/)
		expect(() => defineJob({ name: 'a', intervalMs: 0, run: () => {} })).toThrow(/intervalMs/)
		expect(newOwnerId()).toMatch(new RegExp(`^[^:]+:${process.pid}:[0-9a-f]{8}$`))
	})
})

describe('runDueJobs across two processes', () => {
	it('runs a job in one process at a time: the other is told it is busy, forced or not', async () => {
		const [a, b] = twoProcesses()
		const gate = deferred()
		const started = deferred()
		const seen: JobContext[] = []
		const job = defineJob({
			name: 'slow',
			intervalMs: MINUTE,
			run: async (_db, ctx) => {
				seen.push(ctx)
				started.resolve()
				await gate.promise
			},
		})
		const first = runDueJobs(a, [job], { owner: 'host-a:1:aaaa' })
		await started.promise
		expect(row(b, 'slow')).toMatchObject({ leaseOwner: 'host-a:1:aaaa' })
		expect(await runDueJobs(b, [job], { owner: 'host-b:2:bbbb' })).toEqual([{ name: 'slow', outcome: 'busy', durationMs: null, error: null, heldBy: 'host-a:1:aaaa' }])
		expect(await runDueJobs(b, [job], { owner: 'host-b:2:bbbb', force: true })).toMatchObject([{ outcome: 'busy', heldBy: 'host-a:1:aaaa' }])
		expect(seen).toHaveLength(1)

		gate.resolve()
		expect(await first).toMatchObject([{ name: 'slow', outcome: 'ok', error: null }])
		const done = row(b, 'slow')!
		expect(done).toMatchObject({ leaseOwner: null, leaseUntil: null, lastStatus: 'ok', runCount: 1, failureCount: 0 })
		expect(done.nextDueAt).toBe(seen[0]!.now + MINUTE)
		expect(seen[0]!.owner).toBe('host-a:1:aaaa')

		// Now free but not due: skipped without running; forced: runs in the other process.
		expect(await runDueJobs(b, [job], { owner: 'host-b:2:bbbb' })).toMatchObject([{ outcome: 'notDue' }])
		expect(seen).toHaveLength(1)
		const forced = runDueJobs(b, [job], { owner: 'host-b:2:bbbb', force: true })
		expect(await forced).toMatchObject([{ outcome: 'ok' }])
		expect(seen).toHaveLength(2)
		expect(row(a, 'slow')).toMatchObject({ runCount: 2, leaseOwner: null })
	})

	it('of two processes trying at the same moment, exactly one runs the job', async () => {
		const [a, b] = twoProcesses()
		let runs = 0
		const gate = deferred()
		const job = defineJob({
			name: 'race',
			intervalMs: MINUTE,
			run: async () => {
				runs++
				await gate.promise
			},
		})
		const both = Promise.all([runDueJobs(a, [job], { owner: 'a' }), runDueJobs(b, [job], { owner: 'b' })])
		await new Promise((r) => setImmediate(r))
		gate.resolve()
		const outcomes = (await both).flat().map((o) => o.outcome).sort()
		expect(outcomes).toEqual(['busy', 'ok'])
		expect(runs).toBe(1)
	})

	it("takes over an expired lease (a crashed holder's), never a live one", async () => {
		const [a, b] = twoProcesses()
		let runs = 0
		const job = defineJob({ name: 'orphan', intervalMs: MINUTE, leaseMs: 10 * MINUTE, run: () => void runs++ })
		const t = 1_800_000_000_000
		// A holder that died mid-run: its lease stays in the row until it expires.
		a.insert(jobs).values({ name: 'orphan', leaseOwner: 'dead:99:0000', leaseUntil: t + 5 * MINUTE, lastStartedAt: t }).run()
		expect(await runDueJobs(b, [job], { owner: 'b', now: t + 5 * MINUTE - 1 })).toMatchObject([{ outcome: 'busy', heldBy: 'dead:99:0000' }])
		expect(await runDueJobs(b, [job], { owner: 'b', now: t + 5 * MINUTE - 1, force: true })).toMatchObject([{ outcome: 'busy' }])
		expect(runs).toBe(0)
		expect(await runDueJobs(b, [job], { owner: 'b', now: t + 5 * MINUTE })).toMatchObject([{ outcome: 'ok' }])
		expect(runs).toBe(1)
		expect(row(a, 'orphan')).toMatchObject({ leaseOwner: null, lastStatus: 'ok', lastStartedAt: t + 5 * MINUTE, nextDueAt: t + 6 * MINUTE })
	})

	it("a holder that overran its lease records its run but leaves the new holder's lease alone", async () => {
		const [a, b] = twoProcesses()
		const t = 1_800_000_000_000
		const gateA = deferred()
		const gateB = deferred()
		const startedA = deferred()
		const startedB = deferred()
		const job = defineJob({
			name: 'overrun',
			intervalMs: MINUTE,
			leaseMs: MINUTE,
			run: async (_db, ctx) => {
				if (ctx.owner === 'a') {
					startedA.resolve()
					await gateA.promise
				} else {
					startedB.resolve()
					await gateB.promise
				}
			},
		})
		const runA = runDueJobs(a, [job], { owner: 'a', now: t })
		await startedA.promise
		const runB = runDueJobs(b, [job], { owner: 'b', now: t + 2 * MINUTE })
		await startedB.promise
		gateA.resolve()
		expect(await runA).toMatchObject([{ outcome: 'ok' }])
		expect(row(b, 'overrun')).toMatchObject({ leaseOwner: 'b', leaseUntil: t + 3 * MINUTE, runCount: 1, nextDueAt: 0 })
		gateB.resolve()
		expect(await runB).toMatchObject([{ outcome: 'ok' }])
		expect(row(b, 'overrun')).toMatchObject({ leaseOwner: null, runCount: 2, nextDueAt: t + 3 * MINUTE })
	})
})

describe('failures, due times and forced runs', () => {
	it('records a failure with its message and duration, runs again when due, and a success clears the error', async () => {
		const { db } = createTestDb()
		const t = 1_800_000_000_000
		let fail = true
		const job = defineJob({
			name: 'flaky',
			intervalMs: MINUTE,
			run: async () => {
				await new Promise((r) => setTimeout(r, 5))
				if (fail) throw new Error('磁盘已满 <b>disk full</b>')
			},
		})
		const [failed] = await runDueJobs(db, [job], { now: t })
		expect(failed).toMatchObject({ name: 'flaky', outcome: 'failed', error: '磁盘已满 <b>disk full</b>' })
		expect(failed!.durationMs).toBeGreaterThanOrEqual(4)
		expect(row(db, 'flaky')).toMatchObject({
			lastStatus: 'failed',
			lastError: '磁盘已满 <b>disk full</b>',
			lastDurationMs: failed!.durationMs,
			lastStartedAt: t,
			lastFinishedAt: t + failed!.durationMs!,
			runCount: 1,
			failureCount: 1,
			nextDueAt: t + MINUTE,
			leaseOwner: null,
		})

		expect(await runDueJobs(db, [job], { now: t + MINUTE - 1 })).toMatchObject([{ outcome: 'notDue' }])
		fail = false
		expect(await runDueJobs(db, [job], { now: t + MINUTE })).toMatchObject([{ outcome: 'ok' }])
		expect(row(db, 'flaky')).toMatchObject({ lastStatus: 'ok', lastError: null, runCount: 2, failureCount: 1, nextDueAt: t + 2 * MINUTE })
	})

	it('cuts a long error message and records what a non-Error throw says', async () => {
		const { db } = createTestDb()
		const long = defineJob({
			name: 'long',
			intervalMs: MINUTE,
			run: () => {
				throw new Error('x'.repeat(10_000))
			},
		})
		const odd = defineJob({ name: 'odd', intervalMs: MINUTE, run: () => Promise.reject('plain string') })
		const [a, b] = await runDueJobs(db, [long, odd])
		expect(a!.error).toHaveLength(ERROR_MAX_CHARS)
		expect(a!.error!.endsWith('…')).toBe(true)
		expect(row(db, 'long')!.lastError).toBe(a!.error)
		expect(b).toMatchObject({ outcome: 'failed', error: 'plain string' })
	})

	it('skips jobs that are not due without writing, runs the due ones in order, and force runs them all', async () => {
		const { db } = createTestDb()
		const t = 1_800_000_000_000
		const order: string[] = []
		const fast = defineJob({ name: 'fast', intervalMs: MINUTE, run: () => void order.push('fast') })
		const slow = defineJob({ name: 'hourly', intervalMs: 60 * MINUTE, run: () => void order.push('hourly') })
		await runDueJobs(db, [fast, slow], { now: t })
		expect(order).toEqual(['fast', 'hourly'])
		const before = db.select().from(jobs).all()
		const changes = db.$client.prepare('select total_changes() as n').get() as { n: number }
		expect((await runDueJobs(db, [fast, slow], { now: t + 30_000 })).map((o) => o.outcome)).toEqual(['notDue', 'notDue'])
		expect((db.$client.prepare('select total_changes() as n').get() as { n: number }).n).toBe(changes.n)
		expect(db.select().from(jobs).all()).toEqual(before)
		expect((await runDueJobs(db, [fast, slow], { now: t + MINUTE })).map((o) => o.outcome)).toEqual(['ok', 'notDue'])
		expect((await runDueJobs(db, [fast, slow], { now: t + MINUTE + 1, force: true })).map((o) => o.outcome)).toEqual(['ok', 'ok'])
		expect(order).toEqual(['fast', 'hourly', 'fast', 'fast', 'hourly'])
		expect(row(db, 'hourly')!.nextDueAt).toBe(t + MINUTE + 1 + 60 * MINUTE)
	})
})

describe('jobStatuses', () => {
	it('lists every registered job, also one that never ran, and a lease only while it is live', async () => {
		const { db } = createTestDb()
		const t = 1_800_000_000_000
		const ran = defineJob({ name: 'ran', intervalMs: MINUTE, run: () => {} })
		const never = defineJob({ name: 'never', intervalMs: 5 * MINUTE, run: () => {} })
		await runDueJobs(db, [ran], { now: t })
		expect(jobStatuses(db, [ran, never], t + 1)).toEqual([
			expect.objectContaining({ name: 'ran', intervalMs: MINUTE, lastStatus: 'ok', runCount: 1, nextDueAt: t + MINUTE, lease: null }),
			{
				name: 'never',
				intervalMs: 5 * MINUTE,
				lastStartedAt: null,
				lastFinishedAt: null,
				lastStatus: null,
				lastError: null,
				lastDurationMs: null,
				runCount: 0,
				failureCount: 0,
				nextDueAt: null,
				lease: null,
			},
		])
		db.update(jobs).set({ leaseOwner: 'h:1:x', leaseUntil: t + 10 }).where(eq(jobs.name, 'ran')).run()
		expect(jobStatuses(db, [ran], t + 9)[0]!.lease).toEqual({ owner: 'h:1:x', until: t + 10 })
		expect(jobStatuses(db, [ran], t + 10)[0]!.lease).toBeNull()
		expect(jobStatuses(db).map((j) => j.name)).toEqual(PLATFORM_JOBS.map((j) => j.name))
		expect(findJob('alerts')).toBe(PLATFORM_JOBS[0])
		expect(findJob('nope')).toBeNull()
	})
})

describe('configuration', () => {
	it('JOBS is on or off, and the old ALERTS_WORKER=off is still understood', () => {
		const saved = { JOBS: process.env.JOBS, ALERTS_WORKER: process.env.ALERTS_WORKER }
		try {
			delete process.env.JOBS
			delete process.env.ALERTS_WORKER
			const defaults = reloadEnv()
			expect(defaults.JOBS).toBe('on')
			expect(defaults.ALERTS_WORKER).toBeUndefined()
			process.env.ALERTS_WORKER = 'off'
			expect(reloadEnv().ALERTS_WORKER).toBe('off')
			process.env.JOBS = 'maybe'
			expect(() => reloadEnv()).toThrow(/JOBS/)
		} finally {
			for (const [k, v] of Object.entries(saved)) {
				if (v === undefined) delete process.env[k]
				else process.env[k] = v
			}
			reloadEnv()
		}
	})
})

describe('in the server process', () => {
	it('the runner starts with the server when JOBS=on and runs the alerts job on its first tick', async () => {
		const server = await startServer({ env: { JOBS: 'on' } })
		try {
			await vi.waitFor(() => expect(row(server.db, 'alerts')).toMatchObject({ lastStatus: 'ok', leaseOwner: null }), { timeout: 30_000, interval: 200 })
			const done = row(server.db, 'alerts')!
			expect(done.runCount).toBe(1)
			expect(done.nextDueAt).toBe(done.lastStartedAt! + MINUTE)
		} finally {
			await server.stop()
		}
	}, 60_000) // a server start (2–5 s) and the first tick 5 s later
})

describe('/admin/jobs', () => {
	let db: Db
	let admin: string
	let reviewer: string
	let member: string
	const args = (request: Request) => ({ request, params: {}, context: {} })

	beforeAll(async () => {
		db = installAppDb()
		admin = await cookieFor(db, (await createUser(db, { platformRole: 'admin' })).id)
		reviewer = await cookieFor(db, (await createUser(db, { platformRole: 'reviewer' })).id)
		member = await cookieFor(db, (await createUser(db)).id)
	})

	it('shows the registered jobs to an admin, never-run ones too', async () => {
		const d = (await bodyOf(await loader(args(getRequest('/admin/jobs', admin))))) as Awaited<ReturnType<typeof loader>>
		expect(d.jobs.map((j) => j.name)).toEqual(['alerts'])
		expect(d.jobs[0]).toMatchObject({ intervalMs: MINUTE, runCount: 0, lastStatus: null })
		expect(d.notice).toBeNull()
	})

	it('立即运行 runs the job now and redirects back with the outcome, which the page then shows', async () => {
		const res = await settle(action(args(formRequest('/admin/jobs', { job: 'alerts' }, admin))))
		expect(statusOf(res)).toBe(302)
		const location = (res as Response).headers.get('Location')!
		expect(location).toMatch(/^\/admin\/jobs\?ran=alerts&outcome=ok&ms=\d+$/)
		const d = (await bodyOf(await loader(args(getRequest(location, admin))))) as Awaited<ReturnType<typeof loader>>
		expect(d.notice).toMatchObject({ job: 'alerts', outcome: 'ok' })
		expect(d.jobs[0]).toMatchObject({ name: 'alerts', runCount: 1, lastStatus: 'ok', lease: null })
		// A second press within the minute still runs (forced), and says busy while another holder has the lease.
		db.update(jobs).set({ leaseOwner: 'elsewhere:7:abcd', leaseUntil: Date.now() + MINUTE }).where(eq(jobs.name, 'alerts')).run()
		const busy = await settle(action(args(formRequest('/admin/jobs', { job: 'alerts' }, admin))))
		expect((busy as Response).headers.get('Location')).toMatch(/outcome=busy/)
		const held = (await bodyOf(await loader(args(getRequest('/admin/jobs', admin))))) as Awaited<ReturnType<typeof loader>>
		expect(held.jobs[0]!.lease).toMatchObject({ owner: 'elsewhere:7:abcd' })
		db.update(jobs).set({ leaseOwner: null, leaseUntil: null }).where(eq(jobs.name, 'alerts')).run()
	})

	it('ignores a notice for an unknown job or outcome', async () => {
		const d = (await bodyOf(await loader(args(getRequest('/admin/jobs?ran=nope&outcome=ok', admin))))) as Awaited<ReturnType<typeof loader>>
		expect(d.notice).toBeNull()
		const e = (await bodyOf(await loader(args(getRequest('/admin/jobs?ran=alerts&outcome=<script>', admin))))) as Awaited<ReturnType<typeof loader>>
		expect(e.notice).toBeNull()
	})

	it('refuses an unknown job, a missing CSRF token, and anyone who is not a platform admin', async () => {
		expect(statusOf(await settle(action(args(formRequest('/admin/jobs', { job: 'nope' }, admin)))))).toBe(400)
		const bare = new Request(BASE + '/admin/jobs', { method: 'POST', body: new URLSearchParams({ job: 'alerts' }), headers: { Cookie: admin, 'Content-Type': 'application/x-www-form-urlencoded' } })
		expect(statusOf(await settle(action(args(bare))))).toBe(403)
		for (const cookie of [reviewer, member]) {
			expect(statusOf(await settle(loader(args(getRequest('/admin/jobs', cookie)))))).toBe(403)
			expect(statusOf(await settle(action(args(formRequest('/admin/jobs', { job: 'alerts' }, cookie)))))).toBe(403)
		}
		const anonymous = await settle(loader(args(getRequest('/admin/jobs'))))
		expect(statusOf(anonymous)).toBe(302)
		expect(row(db, 'alerts')!.runCount).toBe(1)
	})
})
