// The search outbox worker: drains the durable `search_outbox` rows (written in each writer's transaction) into an
// external engine (Meilisearch) in batches, with coalescing, retries with backoff and a dead-letter state.
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lte, min, or, sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { searchOutbox } from '#db/schema/index.ts'
import type { SearchChange, SearchEngine, SearchEntity } from './engine.ts'
import { clientOf } from './sync.server.ts'

export const DEFAULT_BATCH_SIZE = 200
export const DEFAULT_MAX_ATTEMPTS = 8
/** How long a claimed batch belongs to one worker; a worker that dies mid-batch leaves its rows claimable after this. */
export const DEFAULT_LEASE_MS = 120_000
const BACKOFF_BASE_MS = 2_000
const BACKOFF_CAP_MS = 10 * 60_000
const ERROR_TEXT_MAX = 500

const ENTITIES: readonly SearchEntity[] = ['listing', 'demand_list', 'organization', 'synonyms']

export type DrainOptions = {
	batchSize?: number
	now?: Date
	maxAttempts?: number
	leaseMs?: number
	/** Jitter source in [0, 1) (tests pass a constant). */
	random?: () => number
	/** The first retry's wait (doubling from there, capped at 10 min); 2 s unless a test wants it shorter. */
	retryBaseMs?: number
}

export type DrainResult = {
	/** Rows claimed in this batch (0: nothing was due). */
	claimed: number
	/** Changes the engine accepted (their rows are gone unless they changed meanwhile). */
	applied: number
	/** Changes that failed and will be retried after a backoff. */
	failed: number
	/** Changes that failed for the last allowed time and are now dead letters. */
	dead: number
	/** Set when the engine itself was down: nothing was counted against the rows, the batch waits for the engine. */
	unavailable?: string
}

type Claimed = { id: number; entity: string; entityId: number; revision: number; attempts: number }

/** The wait before retry number `attempts` (1 = after the first failure): 2 s doubling up to 10 min, ±20% jitter. */
export function backoffMs(attempts: number, random: () => number = Math.random, baseMs: number = BACKOFF_BASE_MS): number {
	const base = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS)
	return Math.round(Math.min(base * (0.8 + 0.4 * random()), BACKOFF_CAP_MS))
}

/** A short, single-line description of a thrown value, for last_error. */
export function errorText(e: unknown): string {
	const raw = e instanceof Error ? e.message || e.name : typeof e === 'string' ? e : JSON.stringify(e) ?? String(e)
	const line = raw.replace(/\s+/g, ' ').trim() || 'unknown error'
	return line.length > ERROR_TEXT_MAX ? line.slice(0, ERROR_TEXT_MAX - 1) + '…' : line
}

const iso = (d: Date) => d.toISOString()
const later = (d: Date, ms: number) => new Date(d.getTime() + ms).toISOString()

/** Runs fn in an IMMEDIATE transaction: the claim reads and writes without another process slipping in between. */
function immediate<T>(db: Db, fn: () => T): T {
	return clientOf(db).transaction(fn).immediate()
}

/** Claims up to `limit` due rows, oldest change first, and leases them until `until`. */
function claim(db: Db, now: Date, limit: number, until: string): Claimed[] {
	return immediate(db, () => {
		const rows = db
			.select({ id: searchOutbox.id, entity: searchOutbox.entity, entityId: searchOutbox.entityId, revision: searchOutbox.revision, attempts: searchOutbox.attempts })
			.from(searchOutbox)
			.where(and(isNull(searchOutbox.deadAt), or(isNull(searchOutbox.lockedUntil), lte(searchOutbox.lockedUntil, iso(now)))))
			.orderBy(asc(searchOutbox.updatedAt), asc(searchOutbox.id))
			.limit(limit)
			.all()
		if (rows.length)
			db.update(searchOutbox)
				.set({ lockedUntil: until })
				.where(inArray(searchOutbox.id, rows.map((r) => r.id)))
				.run()
		return rows
	})
}

/**
 * After a successful apply: the row goes if nobody changed the entity meanwhile; a row whose revision moved stays
 * pending for the newer change and is released at once (only if the lease is still ours).
 */
function settleApplied(db: Db, rows: Claimed[], lease: string): void {
	immediate(db, () => {
		for (const r of rows) {
			const gone = db.delete(searchOutbox).where(and(eq(searchOutbox.id, r.id), eq(searchOutbox.revision, r.revision))).run().changes
			if (!gone)
				db.update(searchOutbox)
					.set({ lockedUntil: null })
					.where(and(eq(searchOutbox.id, r.id), eq(searchOutbox.lockedUntil, lease)))
					.run()
		}
	})
}

/** A failed row: one more attempt counted, retried after a backoff, or a dead letter once the attempts are used up. */
function settleFailed(db: Db, row: Claimed, lease: string, error: string, now: Date, opts: { maxAttempts: number; random: () => number; baseMs?: number }): 'failed' | 'dead' {
	return immediate(db, () => {
		const current = db
			.select({ attempts: searchOutbox.attempts, revision: searchOutbox.revision })
			.from(searchOutbox)
			.where(and(eq(searchOutbox.id, row.id), eq(searchOutbox.lockedUntil, lease)))
			.get()
		// Not ours any more (another worker took it over after our lease ran out): that worker decides.
		if (!current) return 'failed'
		const attempts = current.attempts + 1
		const dead = attempts >= opts.maxAttempts
		db.update(searchOutbox)
			.set({ attempts, lastError: error, lockedUntil: dead ? null : later(now, backoffMs(attempts, opts.random, opts.baseMs)), deadAt: dead ? iso(now) : null })
			.where(eq(searchOutbox.id, row.id))
			.run()
		return dead ? 'dead' : 'failed'
	})
}

/** The engine is down: the rows wait for it without using up their attempts. */
function releaseUnavailable(db: Db, rows: Claimed[], lease: string, error: string, until: string): void {
	immediate(db, () => {
		db.update(searchOutbox)
			.set({ lockedUntil: until, lastError: error })
			.where(and(inArray(searchOutbox.id, rows.map((r) => r.id)), eq(searchOutbox.lockedUntil, lease)))
			.run()
	})
}

/** Whether the engine says it is up (a health check that throws counts as down). */
async function engineDown(engine: SearchEngine): Promise<string | null> {
	try {
		const h = await engine.health()
		return h.ok ? null : (h.detail ?? `${h.engine} is not healthy`)
	} catch (e) {
		return errorText(e)
	}
}

const toChange = (r: Claimed): SearchChange => ({ entity: r.entity as SearchEntity, id: r.entityId })

/**
 * Drains one batch: claims due rows (short transaction), applies them to the engine outside any transaction, then
 * deletes the rows whose revision did not move meanwhile. A failed batch is retried change by change so that one
 * poison entity does not hold back the others; if the engine reports itself down instead, nothing is retried or
 * counted and the batch waits (a short outage must not turn every pending change into a dead letter).
 */
export async function drainOutbox(db: Db, engine: SearchEngine, options: DrainOptions = {}): Promise<DrainResult> {
	const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE)
	const now = options.now ?? new Date()
	const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)
	const random = options.random ?? Math.random
	const baseMs = options.retryBaseMs ?? BACKOFF_BASE_MS
	const lease = later(now, options.leaseMs ?? DEFAULT_LEASE_MS)
	const result: DrainResult = { claimed: 0, applied: 0, failed: 0, dead: 0 }

	const claimed = claim(db, now, batchSize, lease)
	result.claimed = claimed.length
	if (!claimed.length) return result

	// Rows of an entity kind no engine knows can never be applied: dead letters at once, not retried for an hour.
	const unknown = claimed.filter((r) => !ENTITIES.includes(r.entity as SearchEntity))
	for (const r of unknown) {
		if (settleFailed(db, r, lease, `unknown entity "${r.entity}"`, now, { maxAttempts: 1, random }) === 'dead') result.dead++
	}
	const rows = claimed.filter((r) => ENTITIES.includes(r.entity as SearchEntity))
	if (!rows.length) return result

	let batchError: unknown
	try {
		await engine.apply(rows.map(toChange))
	} catch (e) {
		batchError = e
	}
	if (batchError === undefined) {
		settleApplied(db, rows, lease)
		result.applied += rows.length
		return result
	}

	const down = await engineDown(engine)
	if (down) {
		releaseUnavailable(db, rows, lease, errorText(down), later(now, backoffMs(1, random, baseMs)))
		result.unavailable = down
		return result
	}

	const single = rows.length === 1
	for (const r of rows) {
		let error: unknown = batchError
		if (!single) {
			error = undefined
			try {
				await engine.apply([toChange(r)])
			} catch (e) {
				error = e ?? new Error('apply failed')
			}
		}
		if (error === undefined) {
			settleApplied(db, [r], lease)
			result.applied++
		} else if (settleFailed(db, r, lease, errorText(error), now, { maxAttempts, random, baseMs }) === 'dead') result.dead++
		else result.failed++
	}
	return result
}

/** Drains batch after batch until nothing is due (or `maxBatches` ran); stops early when the engine is down. */
export async function drainAll(db: Db, engine: SearchEngine, options: DrainOptions & { maxBatches?: number } = {}): Promise<Omit<DrainResult, 'claimed'> & { batches: number }> {
	const total = { applied: 0, failed: 0, dead: 0, batches: 0, unavailable: undefined as string | undefined }
	const maxBatches = options.maxBatches ?? 10_000
	while (total.batches < maxBatches) {
		const r = await drainOutbox(db, engine, { ...options, now: options.now ?? new Date() })
		if (!r.claimed) break
		total.batches++
		total.applied += r.applied
		total.failed += r.failed
		total.dead += r.dead
		if (r.unavailable) {
			total.unavailable = r.unavailable
			break
		}
	}
	const { unavailable, ...rest } = total
	return unavailable ? { ...rest, unavailable } : rest
}

export type OutboxStats = {
	/** Changes not yet applied (including ones waiting for a retry). */
	pending: number
	/** Of those, the ones that failed at least once and wait for a retry. */
	retrying: number
	/** Age in seconds of the oldest pending change (0 when none). */
	lagSeconds: number
	dead: number
	lastError?: string
}

export function outboxStats(db: Db, now: Date = new Date()): OutboxStats {
	const pending = db
		.select({ n: count(), retrying: sql<number>`coalesce(sum(case when ${searchOutbox.attempts} > 0 then 1 else 0 end), 0)`, oldest: min(searchOutbox.updatedAt) })
		.from(searchOutbox)
		.where(isNull(searchOutbox.deadAt))
		.get()
	const dead = db.select({ n: count() }).from(searchOutbox).where(isNotNull(searchOutbox.deadAt)).get()
	// The most recent failure: a dead letter's time of death, or a retrying row's next attempt (its failure plus backoff).
	const last = db
		.select({ error: searchOutbox.lastError })
		.from(searchOutbox)
		.where(isNotNull(searchOutbox.lastError))
		.orderBy(desc(sql`coalesce(${searchOutbox.deadAt}, ${searchOutbox.lockedUntil}, ${searchOutbox.updatedAt})`))
		.limit(1)
		.get()
	const oldest = pending?.oldest ? Date.parse(pending.oldest) : NaN
	const lagSeconds = Number.isNaN(oldest) ? 0 : Math.max(0, Math.round((now.getTime() - oldest) / 1000))
	return {
		pending: pending?.n ?? 0,
		retrying: Number(pending?.retrying ?? 0),
		lagSeconds,
		dead: dead?.n ?? 0,
		...(last?.error ? { lastError: last.error } : {}),
	}
}

export type DeadLetter = { id: number; entity: string; entityId: number; attempts: number; lastError: string | null; deadAt: string }

/** Dead letters, most recent first. */
export function deadLetters(db: Db, limit = 100): DeadLetter[] {
	return db
		.select({ id: searchOutbox.id, entity: searchOutbox.entity, entityId: searchOutbox.entityId, attempts: searchOutbox.attempts, lastError: searchOutbox.lastError, deadAt: searchOutbox.deadAt })
		.from(searchOutbox)
		.where(isNotNull(searchOutbox.deadAt))
		.orderBy(desc(searchOutbox.deadAt), desc(searchOutbox.id))
		.limit(limit)
		.all() as DeadLetter[]
}

/** Puts dead letters (all, or the given ids) back in the queue with fresh attempts; returns how many. */
export function retryDead(db: Db, ids?: number[]): number {
	if (ids && !ids.length) return 0
	const dead = isNotNull(searchOutbox.deadAt)
	return db
		.update(searchOutbox)
		.set({ attempts: 0, deadAt: null, lockedUntil: null })
		.where(ids ? and(dead, inArray(searchOutbox.id, ids)) : dead)
		.run().changes
}

/**
 * After a full rebuild of an external engine that started at `startedAt`: every change recorded before then is in
 * the rebuilt index, so its row (pending or dead) can go. Changes recorded since stay.
 */
export function clearCoveredByRebuild(db: Db, startedAt: Date): number {
	return db.delete(searchOutbox).where(lte(searchOutbox.updatedAt, iso(startedAt))).run().changes
}

/** Whether an engine is one the outbox drains into: the embedded engine is updated in each writer's transaction. */
export function isExternal(engine: SearchEngine): boolean {
	return engine.name !== 'embedded'
}

export type OutboxWorker = { stop(): Promise<void> }

export type WorkerOptions = Omit<DrainOptions, 'now'> & {
	intervalMs?: number
	/** Longest wait between attempts while the engine is down or the drain fails. */
	maxIntervalMs?: number
	log?: { info(msg: string): void; warn(msg: string): void }
}

/**
 * A loop that drains the outbox until nothing is due, then sleeps (`intervalMs`, longer while the engine is down).
 * It never overlaps itself, keeps no process alive (unref'd timer), survives engine and database errors, and logs
 * only when its state changes (down, failing, recovered), not on every tick. The engine is resolved on every tick, so
 * a provider can hand out whichever engine currently answers; an embedded engine is never drained into.
 */
export function startOutboxWorker(db: Db, engine: SearchEngine | (() => SearchEngine | Promise<SearchEngine>), options: WorkerOptions = {}): OutboxWorker {
	const intervalMs = Math.max(10, options.intervalMs ?? 1000)
	const maxIntervalMs = Math.max(intervalMs, options.maxIntervalMs ?? 60_000)
	const log = options.log ?? { info: (m: string) => console.info(m), warn: (m: string) => console.warn(m) }
	const resolve = typeof engine === 'function' ? engine : () => engine
	let stopped = false
	let timer: NodeJS.Timeout | undefined
	let running: Promise<void> | undefined
	let state = 'ok'
	let delay = intervalMs

	const report = (next: string, message: string, level: 'info' | 'warn') => {
		if (next === state) return
		state = next
		log[level](`search outbox: ${message}`)
	}

	async function tick(): Promise<void> {
		try {
			const e = await resolve()
			if (!isExternal(e)) {
				report('no-engine', 'no external search engine answers (the embedded engine is updated in each transaction); waiting', 'warn')
				delay = Math.min(delay * 2, maxIntervalMs)
				return
			}
			let failing = 0
			while (!stopped) {
				const r = await drainOutbox(db, e, options)
				failing += r.failed + r.dead
				if (r.unavailable) {
					report('down', `${e.name} is unavailable (${errorText(r.unavailable)}); changes wait`, 'warn')
					delay = Math.min(delay * 2, maxIntervalMs)
					return
				}
				if (!r.claimed) break
			}
			if (failing) report('failing', `some changes failed to reach ${e.name} and will be retried; see /admin/search`, 'warn')
			else if (state === 'failing') {
				if (outboxStats(db).retrying === 0) report('ok', `every change reaches ${e.name} again`, 'info')
			} else report('ok', `${e.name} is reachable again; draining`, 'info')
			delay = intervalMs
		} catch (err) {
			report(`error`, `drain failed: ${errorText(err)}`, 'warn')
			delay = Math.min(delay * 2, maxIntervalMs)
		}
	}

	function schedule(ms: number) {
		if (stopped) return
		timer = setTimeout(() => {
			timer = undefined
			running = tick().finally(() => {
				running = undefined
				schedule(delay)
			})
		}, ms)
		timer.unref()
	}
	schedule(0)

	return {
		async stop() {
			stopped = true
			if (timer) clearTimeout(timer)
			timer = undefined
			await running
		},
	}
}

/** How many rows of each entity kind wait (for the CLI). */
export function pendingByEntity(db: Db): Record<string, number> {
	const rows = db
		.select({ entity: searchOutbox.entity, n: count() })
		.from(searchOutbox)
		.where(isNull(searchOutbox.deadAt))
		.groupBy(searchOutbox.entity)
		.all()
	return Object.fromEntries(rows.map((r) => [r.entity, r.n]))
}
