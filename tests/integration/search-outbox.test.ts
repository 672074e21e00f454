// The search outbox worker (issue 4): batches, coalescing, a change arriving while its batch is applied, retries with
// growing backoff, dead letters, a poison entity among good ones, an engine that is down, the worker loop; and the
// /admin/search page (loader and actions). The engine is a test double of our own SearchEngine interface that records
// apply() calls and can be told to fail: the outbox logic under test is real, and so is the database.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { eq } from 'drizzle-orm'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { writeContext } from '#app/modules/audit/changes.server.ts'
import { listingRecord } from '#app/modules/listings/schema.ts'
import { saveListing } from '#app/modules/listings/write.server.ts'
import { action, loader } from '#app/routes/admin.search.tsx'
import type { Db } from '#db/client.server.ts'
import { auditLog, searchOutbox } from '#db/schema/index.ts'
import { EmbeddedEngine } from '#search/embedded.server.ts'
import type { EngineHealth, SearchChange, SearchEngine } from '#search/engine.ts'
import {
	backoffMs,
	clearCoveredByRebuild,
	deadLetters,
	drainAll,
	drainOutbox,
	outboxStats,
	retryDead,
	startOutboxWorker,
} from '#search/outbox.server.ts'
import { createTestDb } from '#tests/setup/db.ts'
import { addMember, bodyOf, cookieFor, createOrg, createUser, formRequest, getRequest, installAppDb, settle, statusOf } from '#tests/setup/app.ts'
import { reloadEnv } from '#app/env.server.ts'

/** Records every apply() call; fails for poison entities, for everything (`failAll`), or reports itself down. */
class RecordingEngine implements SearchEngine {
	readonly name = 'recording'
	calls: SearchChange[][] = []
	poison = new Set<string>()
	failAll: string | null = null
	down: string | null = null
	onApply: ((changes: SearchChange[]) => void) | null = null
	async apply(changes: SearchChange[]): Promise<void> {
		this.calls.push(changes)
		const hook = this.onApply
		this.onApply = null
		hook?.(changes)
		if (this.failAll) throw new Error(this.failAll)
		for (const c of changes) if (this.poison.has(`${c.entity}:${c.id}`)) throw new Error(`document ${c.entity}:${c.id} rejected:\n  invalid_document_fields`)
	}
	async health(): Promise<EngineHealth> {
		return { engine: this.name, ok: !this.down, documents: { listings: 0, demands: 0 }, outboxLag: 0, ...(this.down ? { detail: this.down } : {}) }
	}
	async search(): Promise<never> {
		throw new Error('not used')
	}
	async index(): Promise<void> {}
	async remove(): Promise<void> {}
	async reindex(): Promise<{ documents: number }> {
		return { documents: 0 }
	}
}

let db: Db
let org: { id: number; ref: string }
let seq = 0
const T0 = new Date('2025-06-01T08:00:00.000Z')
const at = (ms: number) => new Date(T0.getTime() + ms)
const args = (request: Request) => ({ request, params: {}, context: {} })
const fixed = () => 0.5 // no jitter: backoff exactly 2 s, 4 s, 8 s …

/** Saves a listing (create or update by ref) as its organization does, stamped `when`. */
function save(ref: string, title: string, when: Date = new Date()): number {
	const ctx = writeContext(db, { kind: 'organization', orgId: org.id, orgRef: org.ref }, 'test', when)
	return db.transaction((t) => saveListing({ ...ctx, db: t as unknown as Db }, listingRecord.parse({ ref, org: org.ref, title, category: '020101' }))).id
}
const newListing = (when?: Date) => {
	const ref = `LST-OB-${++seq}`
	return { ref, id: save(ref, `正压式空气呼吸器 ${seq}`, when) }
}
const rows = () => db.select().from(searchOutbox).all()
const rowOf = (entity: string, id: number) => rows().find((r) => r.entity === entity && r.entityId === id)

beforeAll(() => {
	db = installAppDb()
	org = createOrg(db, { kind: 'enterprise' })
})
beforeEach(() => {
	db.delete(searchOutbox).run()
})

describe('drainOutbox', () => {
	it('coalesces: three saves of one listing are one change, applied once, and the row is gone', async () => {
		const { ref, id } = newListing(at(0))
		save(ref, '正压式空气呼吸器（改）', at(1000))
		save(ref, '正压式空气呼吸器（再改）', at(2000))
		expect(rows()).toHaveLength(1)
		expect(rowOf('listing', id)!.revision).toBe(3)
		const engine = new RecordingEngine()
		const r = await drainOutbox(db, engine, { now: at(3000) })
		expect(r).toEqual({ claimed: 1, applied: 1, failed: 0, dead: 0 })
		expect(engine.calls).toEqual([[{ entity: 'listing', id }]])
		expect(rows()).toEqual([])
		expect(await drainOutbox(db, engine, { now: at(4000) })).toEqual({ claimed: 0, applied: 0, failed: 0, dead: 0 })
		expect(engine.calls).toHaveLength(1)
	})

	it('works in batches, oldest change first', async () => {
		const ids = [4, 0, 3, 1, 2].map((k) => newListing(at(k * 1000)))
		const oldestFirst = [...ids].sort((a, b) => rowOf('listing', a.id)!.updatedAt.localeCompare(rowOf('listing', b.id)!.updatedAt)).map((x) => x.id)
		const engine = new RecordingEngine()
		const first = await drainOutbox(db, engine, { batchSize: 2, now: at(10_000) })
		expect(first).toMatchObject({ claimed: 2, applied: 2 })
		expect(rows()).toHaveLength(3)
		const rest = await drainAll(db, engine, { batchSize: 2, now: at(10_000) })
		expect(rest).toEqual({ applied: 3, failed: 0, dead: 0, batches: 2 })
		expect(engine.calls.map((c) => c.length)).toEqual([2, 2, 1])
		expect(engine.calls.flat().map((c) => c.id)).toEqual(oldestFirst)
		expect(rows()).toEqual([])
	})

	it('a change that arrives while its batch is being applied stays pending, released at once, and goes out next time', async () => {
		const { ref, id } = newListing(at(0))
		const engine = new RecordingEngine()
		// While the engine works on revision 1, the organization saves again (another request, its own transaction).
		engine.onApply = () => save(ref, '正压式空气呼吸器（施工中修改）', at(1500))
		const r = await drainOutbox(db, engine, { now: at(1000) })
		expect(r).toMatchObject({ claimed: 1, applied: 1 })
		const row = rowOf('listing', id)!
		expect(row).toMatchObject({ revision: 2, attempts: 0, lockedUntil: null, deadAt: null })
		expect(outboxStats(db, at(2000)).pending).toBe(1)
		// Not held back by the first batch's lease: due straight away.
		const again = await drainOutbox(db, engine, { now: at(2000) })
		expect(again).toMatchObject({ claimed: 1, applied: 1 })
		expect(engine.calls).toEqual([[{ entity: 'listing', id }], [{ entity: 'listing', id }]])
		expect(rows()).toEqual([])
	})

	it('a claimed batch is leased: a second worker does not take the same rows while the first is applying', async () => {
		const { id } = newListing(at(0))
		const engine = new RecordingEngine()
		const other = new RecordingEngine()
		let second: Awaited<ReturnType<typeof drainOutbox>> | undefined
		engine.onApply = () => {
			void drainOutbox(db, other, { now: at(1000) }).then((r) => (second = r))
		}
		await drainOutbox(db, engine, { now: at(1000) })
		await new Promise((r) => setTimeout(r, 0))
		expect(second).toEqual({ claimed: 0, applied: 0, failed: 0, dead: 0 })
		expect(other.calls).toEqual([])
		expect(engine.calls).toEqual([[{ entity: 'listing', id }]])
	})

	it('retries a failing change with growing backoff, never before it is due', async () => {
		const { id } = newListing(at(0))
		const engine = new RecordingEngine()
		engine.poison.add(`listing:${id}`)
		let now = at(1000)
		const waits: number[] = []
		for (let attempt = 1; attempt <= 5; attempt++) {
			const r = await drainOutbox(db, engine, { now, random: fixed })
			expect(r).toEqual({ claimed: 1, applied: 0, failed: 1, dead: 0 })
			const row = rowOf('listing', id)!
			expect(row.attempts).toBe(attempt)
			expect(row.lastError).toBe(`document listing:${id} rejected: invalid_document_fields`)
			const due = Date.parse(row.lockedUntil!)
			waits.push(due - now.getTime())
			// A moment before it is due: not claimed.
			expect((await drainOutbox(db, engine, { now: new Date(due - 1), random: fixed })).claimed).toBe(0)
			now = new Date(due)
		}
		expect(waits).toEqual([2000, 4000, 8000, 16_000, 32_000])
		// Fixed up: the next try succeeds and the row goes.
		engine.poison.clear()
		expect(await drainOutbox(db, engine, { now })).toMatchObject({ applied: 1 })
		expect(rowOf('listing', id)).toBeUndefined()
	})

	it('backoff: doubles from 2 s, jittered ±20%, capped at 10 minutes', () => {
		expect(backoffMs(1, () => 0)).toBe(1600)
		expect(backoffMs(1, () => 0.999999)).toBe(2400)
		expect(backoffMs(3, fixed)).toBe(8000)
		// Growing even against the jitter: the shortest next wait is longer than the longest current one (until the cap).
		for (let a = 1; a <= 8; a++) expect(backoffMs(a + 1, () => 0)).toBeGreaterThan(backoffMs(a, () => 0.999999))
		expect(backoffMs(9, fixed)).toBe(512_000)
		expect(backoffMs(10, () => 0.999999)).toBe(600_000)
		expect(backoffMs(40, () => 0.999999)).toBe(600_000)
		const seen = new Set(Array.from({ length: 20 }, () => backoffMs(2)))
		expect(seen.size).toBeGreaterThan(1)
		for (const ms of seen) {
			expect(ms).toBeGreaterThanOrEqual(3200)
			expect(ms).toBeLessThanOrEqual(4800)
		}
	})

	it('turns a change into a dead letter after maxAttempts; a new save of the record revives it', async () => {
		const { ref, id } = newListing(at(0))
		const engine = new RecordingEngine()
		engine.poison.add(`listing:${id}`)
		let now = at(1000)
		const results = []
		for (let i = 0; i < 3; i++) {
			results.push(await drainOutbox(db, engine, { now, maxAttempts: 3, random: fixed }))
			const row = rowOf('listing', id)!
			now = row.lockedUntil ? new Date(row.lockedUntil) : new Date(now.getTime() + 3_600_000)
		}
		expect(results.map((r) => [r.failed, r.dead])).toEqual([[1, 0], [1, 0], [0, 1]])
		const row = rowOf('listing', id)!
		expect(row).toMatchObject({ attempts: 3, lockedUntil: null })
		expect(row.deadAt).toBe(at(1000 + 2000 + 4000).toISOString())
		// Dead: never claimed again, however late.
		expect((await drainOutbox(db, engine, { now: at(86_400_000) })).claimed).toBe(0)
		expect(outboxStats(db, at(10_000))).toMatchObject({ pending: 0, dead: 1, lastError: `document listing:${id} rejected: invalid_document_fields` })
		expect(deadLetters(db)).toEqual([expect.objectContaining({ entity: 'listing', entityId: id, attempts: 3 })])
		// The organization edits the listing again: a fresh change with fresh attempts.
		save(ref, '正压式空气呼吸器（修正后）', at(20_000))
		expect(rowOf('listing', id)).toMatchObject({ deadAt: null, attempts: 0, revision: 2 })
	})

	it('one poison entity does not block the others in its batch', async () => {
		const a = newListing(at(0))
		const b = newListing(at(100))
		const c = newListing(at(200))
		const engine = new RecordingEngine()
		engine.poison.add(`listing:${b.id}`)
		const r = await drainOutbox(db, engine, { now: at(1000), random: fixed })
		expect(r).toEqual({ claimed: 3, applied: 2, failed: 1, dead: 0 })
		// The batch, then each change on its own.
		expect(engine.calls.map((x) => x.map((y) => y.id))).toEqual([[a.id, b.id, c.id], [a.id], [b.id], [c.id]])
		expect(rows().map((x) => x.entityId)).toEqual([b.id])
		expect(rowOf('listing', b.id)).toMatchObject({ attempts: 1, lockedUntil: at(3000).toISOString() })
	})

	it('an engine that is down costs no attempts: the batch waits for it, and is not retried one by one', async () => {
		const a = newListing(at(0))
		const b = newListing(at(100))
		const engine = new RecordingEngine()
		engine.failAll = 'connect ECONNREFUSED 127.0.0.1:7700'
		engine.down = 'connect ECONNREFUSED 127.0.0.1:7700'
		const r = await drainOutbox(db, engine, { now: at(1000), random: fixed })
		expect(r).toEqual({ claimed: 2, applied: 0, failed: 0, dead: 0, unavailable: 'connect ECONNREFUSED 127.0.0.1:7700' })
		expect(engine.calls).toHaveLength(1)
		for (const x of [a, b]) expect(rowOf('listing', x.id)).toMatchObject({ attempts: 0, deadAt: null, lockedUntil: at(3000).toISOString(), lastError: 'connect ECONNREFUSED 127.0.0.1:7700' })
		engine.failAll = engine.down = null
		expect(await drainAll(db, engine, { now: at(3000) })).toEqual({ applied: 2, failed: 0, dead: 0, batches: 1 })
		expect(rows()).toEqual([])
	})

	it('a row of an entity kind no engine knows becomes a dead letter at once', async () => {
		db.insert(searchOutbox).values({ entity: 'standard', entityId: 7, op: 'upsert', updatedAt: at(0).toISOString() }).run()
		const { id } = newListing(at(10))
		const engine = new RecordingEngine()
		const r = await drainOutbox(db, engine, { now: at(1000) })
		expect(r).toEqual({ claimed: 2, applied: 1, failed: 0, dead: 1 })
		expect(engine.calls).toEqual([[{ entity: 'listing', id }]])
		expect(deadLetters(db)).toEqual([expect.objectContaining({ entity: 'standard', entityId: 7, lastError: 'unknown entity "standard"' })])
	})
})

describe('outboxStats, retryDead, clearCoveredByRebuild', () => {
	it('reports pending, retrying, the age of the oldest pending change, dead letters and the last error', async () => {
		expect(outboxStats(db, at(0))).toEqual({ pending: 0, retrying: 0, lagSeconds: 0, dead: 0 })
		newListing(at(0))
		newListing(at(30_000))
		expect(outboxStats(db, at(90_000))).toEqual({ pending: 2, retrying: 0, lagSeconds: 90, dead: 0 })
		const { id } = newListing(at(60_000))
		const engine = new RecordingEngine()
		engine.poison.add(`listing:${id}`)
		await drainOutbox(db, engine, { now: at(100_000), random: fixed })
		// The two good ones went; the poison one waits for its retry and is now the oldest pending change.
		expect(outboxStats(db, at(120_000))).toEqual({ pending: 1, retrying: 1, lagSeconds: 60, dead: 0, lastError: `document listing:${id} rejected: invalid_document_fields` })
	})

	it('retryDead puts dead letters back with fresh attempts: one by id, or all', async () => {
		const dead = [1, 2, 3].map(() => newListing(at(0)))
		db.update(searchOutbox).set({ attempts: 8, deadAt: at(5000).toISOString(), lastError: 'boom' }).run()
		expect(outboxStats(db, at(6000))).toMatchObject({ pending: 0, dead: 3 })
		expect(retryDead(db, [rowOf('listing', dead[0]!.id)!.id])).toBe(1)
		expect(rowOf('listing', dead[0]!.id)).toMatchObject({ attempts: 0, deadAt: null, lockedUntil: null })
		expect(rowOf('listing', dead[1]!.id)!.deadAt).not.toBeNull()
		expect(retryDead(db, [])).toBe(0)
		expect(retryDead(db)).toBe(2)
		expect(outboxStats(db, at(6000))).toMatchObject({ pending: 3, dead: 0 })
		// Back in the queue for real: the next drain applies them.
		expect(await drainAll(db, new RecordingEngine(), { now: at(7000) })).toMatchObject({ applied: 3 })
	})

	it('after a rebuild of an external engine, changes recorded before it started go; later ones stay', () => {
		const before = newListing(at(0))
		const later = newListing(at(10_000))
		expect(clearCoveredByRebuild(db, at(5000))).toBe(1)
		expect(rows().map((r) => r.entityId)).toEqual([later.id])
		expect(rowOf('listing', before.id)).toBeUndefined()
	})
})

describe('startOutboxWorker', () => {
	const workers: { stop(): Promise<void> }[] = []
	afterEach(async () => {
		await Promise.all(workers.splice(0).map((w) => w.stop()))
	})
	const until = async (cond: () => boolean, ms = 3000) => {
		const end = Date.now() + ms
		while (!cond()) {
			if (Date.now() > end) throw new Error('timed out waiting')
			await new Promise((r) => setTimeout(r, 10))
		}
	}
	const collector = () => {
		const lines: string[] = []
		return { lines, log: { info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`) } }
	}

	it('drains what writers enqueue, until empty, without overlapping itself', async () => {
		const engine = new RecordingEngine()
		let inFlight = 0
		let maxInFlight = 0
		const slow = Object.assign(Object.create(engine) as RecordingEngine, {
			async apply(changes: SearchChange[]) {
				inFlight++
				maxInFlight = Math.max(maxInFlight, inFlight)
				await new Promise((r) => setTimeout(r, 15))
				await engine.apply(changes)
				inFlight--
			},
		})
		const { lines, log } = collector()
		for (let i = 0; i < 5; i++) newListing()
		workers.push(startOutboxWorker(db, slow, { intervalMs: 5, batchSize: 2, log }))
		await until(() => rows().length === 0)
		newListing()
		await until(() => rows().length === 0)
		expect(engine.calls.flat()).toHaveLength(6)
		expect(maxInFlight).toBe(1)
		expect(lines).toEqual([])
	})

	it('survives an engine outage, logging once when it goes down and once when it is back', async () => {
		const engine = new RecordingEngine()
		engine.failAll = engine.down = 'connect ECONNREFUSED 127.0.0.1:7700'
		const { lines, log } = collector()
		newListing()
		workers.push(startOutboxWorker(db, engine, { intervalMs: 5, maxIntervalMs: 20, log, retryBaseMs: 5 }))
		await until(() => engine.calls.length >= 3)
		expect(lines).toEqual(['warn search outbox: recording is unavailable (connect ECONNREFUSED 127.0.0.1:7700); changes wait'])
		expect(rows()[0]).toMatchObject({ attempts: 0, deadAt: null })
		engine.failAll = engine.down = null
		await until(() => rows().length === 0)
		expect(lines).toEqual(['warn search outbox: recording is unavailable (connect ECONNREFUSED 127.0.0.1:7700); changes wait', 'info search outbox: recording is reachable again; draining'])
	})

	it('logs a failing change once, not on every tick', async () => {
		const engine = new RecordingEngine()
		const { id } = newListing()
		engine.poison.add(`listing:${id}`)
		const { lines, log } = collector()
		workers.push(startOutboxWorker(db, engine, { intervalMs: 5, log }))
		await until(() => engine.calls.length >= 1)
		await new Promise((r) => setTimeout(r, 100))
		expect(lines).toEqual(['warn search outbox: some changes failed to reach recording and will be retried; see /admin/search'])
		expect(rowOf('listing', id)!.attempts).toBe(1)
	})

	it('never drains into the embedded engine (it is updated in each writer transaction): the rows stay', async () => {
		newListing()
		const { lines, log } = collector()
		workers.push(startOutboxWorker(db, () => new EmbeddedEngine(db), { intervalMs: 5, log }))
		await new Promise((r) => setTimeout(r, 80))
		expect(rows()).toHaveLength(1)
		expect(lines).toEqual(['warn search outbox: no external search engine answers (the embedded engine is updated in each transaction); waiting'])
	})

	it('stop() waits for the tick in flight and nothing runs afterwards', async () => {
		const engine = new RecordingEngine()
		newListing()
		let release!: () => void
		const gate = new Promise<void>((r) => (release = r))
		const slow = Object.assign(Object.create(engine) as RecordingEngine, {
			async apply(changes: SearchChange[]) {
				await gate
				await engine.apply(changes)
			},
		})
		const w = startOutboxWorker(db, slow, { intervalMs: 5 })
		await new Promise((r) => setTimeout(r, 30))
		let stopped = false
		const stopping = w.stop().then(() => (stopped = true))
		await new Promise((r) => setTimeout(r, 10))
		expect(stopped).toBe(false)
		release()
		await stopping
		expect(rows()).toEqual([])
		newListing()
		await new Promise((r) => setTimeout(r, 50))
		expect(rows()).toHaveLength(1)
		expect(engine.calls).toHaveLength(1)
	})
})

describe('/admin/search', () => {
	let adminCookie: string
	let memberCookie: string
	beforeAll(async () => {
		const admin = await createUser(db, { platformRole: 'admin' })
		adminCookie = await cookieFor(db, admin.id)
		const member = await createUser(db)
		addMember(db, org.id, member.id, 'owner')
		memberCookie = await cookieFor(db, member.id)
	})
	afterEach(() => {
		delete process.env.MEILI_HOST
		reloadEnv()
	})

	it('is for platform admins only: a member of an organization gets 403, a visitor goes to log in', async () => {
		expect(statusOf(await settle(loader(args(getRequest('/admin/search', memberCookie)))))).toBe(403)
		const anon = (await settle(loader(args(getRequest('/admin/search'))))) as Response
		expect(anon.status).toBe(302)
		expect(anon.headers.get('Location')).toMatch(/^\/login/)
		expect(statusOf(await settle(action(args(formRequest('/admin/search', { intent: 'rebuild' }, memberCookie)))))).toBe(403)
		expect(statusOf(await settle(action(args(formRequest('/admin/search', { intent: 'retry' }, memberCookie)))))).toBe(403)
	})

	it('shows the embedded engine, its documents, and that the outbox is not drained without an external engine', async () => {
		newListing(at(0))
		newListing(at(1000))
		const d = await loader(args(getRequest('/admin/search', adminCookie)))
		expect(d).toMatchObject({ engine: 'embedded', external: false, meiliConfigured: false, fallback: null, health: { ok: true }, retried: null })
		const published = new EmbeddedEngine(db)
		expect(d.health.documents).toEqual((await published.health()).documents)
		expect(d.health.documents.listings).toBeGreaterThanOrEqual(2)
		expect(d.outbox).toMatchObject({ pending: 2, dead: 0 })
	})

	it('says so when Meilisearch is configured but does not answer', async () => {
		process.env.MEILI_HOST = 'http://127.0.0.1:9'
		reloadEnv()
		const d = await loader(args(getRequest('/admin/search', adminCookie)))
		expect(d).toMatchObject({ meiliConfigured: true, engine: 'meilisearch', external: true, health: { ok: false } })
		// Why it is down, and that the embedded index (which answers meanwhile) is complete.
		expect(d.fallback).toEqual(expect.any(String))
		expect(d.fallback!.length).toBeGreaterThan(0)
		expect(d.embeddedDocuments).toEqual((await new EmbeddedEngine(db).health()).documents)
	})

	it('lists dead letters with their record and puts one, or all, back in the queue', async () => {
		const a = newListing(at(0))
		const b = newListing(at(0))
		const c = newListing(at(0))
		db.update(searchOutbox).set({ attempts: 8, deadAt: at(5000).toISOString(), lastError: 'invalid_document_fields' }).run()
		const d = await loader(args(getRequest('/admin/search', adminCookie)))
		expect(d.outbox.dead).toBe(3)
		expect(d.dead.map((r) => r.ref).sort()).toEqual([a.ref, b.ref, c.ref].sort())
		expect(d.dead[0]).toMatchObject({ entity: 'listing', attempts: 8, lastError: 'invalid_document_fields', deadAt: at(5000).toISOString() })

		const one = rowOf('listing', a.id)!.id
		const res = (await settle(action(args(formRequest('/admin/search', { intent: 'retry', id: String(one) }, adminCookie))))) as Response
		expect(res.status).toBe(302)
		expect(res.headers.get('Location')).toBe('/admin/search?retried=1')
		expect(rowOf('listing', a.id)).toMatchObject({ deadAt: null, attempts: 0 })
		expect(rowOf('listing', b.id)!.deadAt).not.toBeNull()
		expect((await loader(args(getRequest('/admin/search?retried=1', adminCookie)))).retried).toBe(1)

		const all = (await settle(action(args(formRequest('/admin/search', { intent: 'retry' }, adminCookie))))) as Response
		expect(all.headers.get('Location')).toBe('/admin/search?retried=2')
		expect(outboxStats(db)).toMatchObject({ dead: 0, pending: 3 })
		expect(db.select().from(auditLog).where(eq(auditLog.action, 'admin.retry')).all()).toHaveLength(2)
	})

	it('rebuilds both indexes and returns the counts and the time taken', async () => {
		newListing()
		const expected = (await new EmbeddedEngine(db).health()).documents
		const res = await action(args(formRequest('/admin/search', { intent: 'rebuild' }, adminCookie)))
		expect(statusOf(res)).toBe(200)
		const body = (await bodyOf(res)) as { rebuilt: { engine: string; listings: number; demands: number; ms: number; at: string } }
		expect(body.rebuilt).toMatchObject({ engine: 'embedded', listings: expected.listings, demands: expected.demands })
		expect(body.rebuilt.listings).toBeGreaterThan(0)
		expect(body.rebuilt.ms).toBeGreaterThanOrEqual(0)
		expect(Date.parse(body.rebuilt.at)).not.toBeNaN()
		// The embedded engine is not fed by the outbox: its rows are kept for an external engine.
		expect(rows().length).toBeGreaterThan(0)
		expect(db.select().from(auditLog).where(eq(auditLog.action, 'admin.reindex')).all().length).toBeGreaterThan(0)
	})

	it('a rebuild while Meilisearch is down says why, without a 500, and keeps the queued changes', async () => {
		process.env.MEILI_HOST = 'http://127.0.0.1:9'
		reloadEnv()
		newListing()
		const queued = rows().length
		const res = await action(args(formRequest('/admin/search', { intent: 'rebuild' }, adminCookie)))
		expect(statusOf(res)).toBe(503)
		expect(((await bodyOf(res)) as { error: string }).error).toMatch(/^重建失败：.+/)
		expect(rows()).toHaveLength(queued)
	})

	it('refuses an unknown action with 400 and a form without the CSRF token with 403', async () => {
		const bad = await settle(action(args(formRequest('/admin/search', { intent: 'drop-everything' }, adminCookie))))
		expect(statusOf(bad)).toBe(400)
		expect(await bodyOf(bad)).toEqual({ error: '无法识别的操作' })
		const badId = await settle(action(args(formRequest('/admin/search', { intent: 'retry', id: 'abc' }, adminCookie))))
		expect(statusOf(badId)).toBe(400)
		const noCsrf = new Request('http://localhost/admin/search', {
			method: 'POST',
			body: new URLSearchParams({ intent: 'rebuild' }),
			headers: { Cookie: adminCookie, 'Content-Type': 'application/x-www-form-urlencoded' },
		})
		expect(statusOf(await settle(action(args(noCsrf))))).toBe(403)
	})
})

describe('npm run cli -- outbox', () => {
	const ROOT = path.resolve(import.meta.dirname, '../..')
	async function cli(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; stdout: string }> {
		const { MEILI_HOST: _drop, ...rest } = process.env
		try {
			const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...argv], { cwd: ROOT, env: { ...rest, DATABASE_URL: '', ...env } })
			return { code: 0, stdout }
		} catch (e) {
			const err = e as { code: number; stdout: string }
			return { code: err.code, stdout: err.stdout }
		}
	}

	it('shows the queue; --drain with Meilisearch down says so and exits 1, with nothing lost', async () => {
		const { db: other, file } = createTestDb()
		const o = createOrg(other, { kind: 'enterprise' })
		const ctx = writeContext(other, { kind: 'operator', label: 'test' }, 'test', at(0))
		other.transaction((t) => saveListing({ ...ctx, db: t as unknown as Db }, listingRecord.parse({ ref: 'LST-CLI-1', org: o.ref, title: '排水抢险车', category: '030301' })))
		const embedded = await cli({}, 'outbox', '--db', file, '--json')
		expect(embedded.code).toBe(0)
		expect(JSON.parse(embedded.stdout)).toMatchObject({ ok: true, engine: 'embedded', external: false, pending: 1, dead: 0, byEntity: { listing: 1 } })
		const human = await cli({}, 'outbox', '--db', file, '--drain')
		expect(human.stdout).toContain('未使用外部搜索引擎')
		expect(human.stdout).toContain('没有可同步的外部引擎')
		const down = await cli({ MEILI_HOST: 'http://127.0.0.1:9' }, 'outbox', '--db', file, '--drain', '--json')
		expect(down.code).toBe(1)
		const doc = JSON.parse(down.stdout) as { ok: boolean; external: boolean; pending: number; drained: { applied: number; unavailable?: string } }
		expect(doc).toMatchObject({ ok: false, external: true, pending: 1, drained: { applied: 0 } })
		expect(doc.drained.unavailable).toEqual(expect.any(String))
	})
})
