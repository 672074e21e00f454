// The Meilisearch engine against the fake Meilisearch of tests/fakes (a FAKE of the wire protocol, not of its ranking):
// settings and documents as sent, filter escaping, facets, sync through apply(), rebuild by index swap, and the
// fallback to the embedded engine when the server is down, failing or slow. The same engine runs the search contract
// suite against a real server when MEILI_HOST is set (see tests/integration/search-contract.test.ts).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { Meilisearch } from 'meilisearch'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { writeContext } from '#app/modules/audit/changes.server.ts'
import { saveDemand } from '#app/modules/demands/write.server.ts'
import { demandRecordById } from '#app/modules/demands/records.server.ts'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { listingRecord } from '#app/modules/listings/schema.ts'
import { saveListing } from '#app/modules/listings/write.server.ts'
import { unverifyOrganization } from '#app/modules/organizations/review.server.ts'
import type { Db } from '#db/client.server.ts'
import { EmbeddedEngine } from '#search/embedded.server.ts'
import { CircuitBreaker, MeiliWithFallback } from '#search/index.server.ts'
import { inFilter, meiliSettings, quoteFilterValue } from '#search/meili-settings.ts'
import { MeiliEngine, MeiliTaskError, SearchUnavailableError } from '#search/meilisearch.server.ts'
import { clearCoveredByRebuild, drainAll } from '#search/outbox.server.ts'
import { startFakeMeilisearch, type FakeMeilisearch } from '#tests/fakes/meilisearch.ts'
import { createUser } from '#tests/setup/app.ts'
import { createTestDb } from '#tests/setup/db.ts'

const DEMO = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../db/seed/demo.json'), 'utf8')) as unknown

let fake: FakeMeilisearch
let db: Db
let engine: MeiliEngine
let prefixes = 0

function loaded(): Db {
	const { db } = createTestDb()
	const report = importDocument(db, DEMO, { actor: { kind: 'operator', label: 'test' } })
	if (!report.ok) throw new Error(JSON.stringify(report.problems.slice(0, 3)))
	return db
}

async function built(d: Db, options: Partial<ConstructorParameters<typeof MeiliEngine>[1]> = {}): Promise<MeiliEngine> {
	const e = new MeiliEngine(d, { host: fake.url, prefix: `t${++prefixes}_`, ...options })
	const startedAt = new Date()
	await e.reindex('listings')
	await e.reindex('demands')
	clearCoveredByRebuild(d, startedAt)
	return e
}

const docsOf = (uid: string) => [...(fake.indexes.get(uid)?.docs.values() ?? [])] as Record<string, unknown>[]
const idOf = (ref: string) => db.get<{ id: number }>(sql`select id from listings where ref = ${ref}`)!.id
const publicListings = (where = sql`1 = 1`) =>
	db.all<{ id: number; ref: string }>(sql`select l.id, l.ref from listings l join organizations o on o.id = l.org_id
		where l.status = 'published' and o.verified_at is not null and ${where} order by l.id`)

beforeAll(async () => {
	fake = await startFakeMeilisearch()
	db = loaded()
	engine = await built(db)
}, 60_000)
afterAll(async () => {
	await fake.close()
})
afterEach(() => {
	fake.mode = 'up'
})

describe('index settings and documents', () => {
	it('sends the settings as declared, for both indexes', () => {
		for (const index of ['listings', 'demands'] as const) {
			const declared = meiliSettings(index, engine.synonyms())
			const stored = fake.indexes.get(engine.uid(index))!.settings
			// sent exactly as declared (to the index being rebuilt), and in effect on the live index after the swap
			const patch = fake.requests.find((r) => r.method === 'PATCH' && r.path === `/indexes/${engine.uid(index)}_next/settings`)!
			expect(patch.body).toEqual(declared)
			for (const [key, value] of Object.entries(declared)) expect({ key, value: stored[key] }).toMatchObject({ key, value })
		}
		// the dictionary reached the server, with pre-segmented expansions
		expect(fake.indexes.get(engine.uid('listings'))!.settings.synonyms['空呼']).toEqual(expect.arrayContaining(['正压式 空气呼吸器']))
	})

	it('documents carry the jieba sub-words, the category path, the region path and the original text', () => {
		const doc = docsOf(engine.uid('listings')).find((d) => d.ref === 'LST-0063')!
		expect(doc.categoryPath).toEqual(['02', '0201', '020101'])
		const words = String(doc.subwords).split(' ')
		expect(words).toEqual(expect.arrayContaining(['正压式', '空气呼吸器', '空气', '呼吸器']))
		expect((doc.region as string[]).length).toBeGreaterThanOrEqual(2)
		expect((doc.region as string[]).some((r) => r.endsWith('0000'))).toBe(true)
		expect(doc.title).toBe(db.get<{ title: string }>(sql`select title from listings where ref = 'LST-0063'`)!.title)
		expect(doc.orgId).toBe(db.get<{ o: number }>(sql`select org_id as o from listings where ref = 'LST-0063'`)!.o)
		expect(docsOf(engine.uid('listings')).length).toBe(publicListings().length)
		const item = docsOf(engine.uid('demands'))[0]!
		expect(typeof item.listId).toBe('number')
		expect(String(item.subwords).length).toBeGreaterThan(0)
	})
})

describe('filters and facets', () => {
	it('quotes and escapes every filter value', async () => {
		expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"')
		expect(inFilter('kind', ['x" OR kind = "y', 'p\\'])).toBe('kind IN ["x\\" OR kind = \\"y", "p\\\\"]')
		// The server reads the escaped value back as the literal text, not as syntax.
		const client = new Meilisearch({ host: fake.url })
		await client.index('escape_probe').updateSettings({ filterableAttributes: ['kind'] }).waitTask()
		await client
			.index('escape_probe')
			.addDocuments([
				{ id: 1, kind: 'x" OR kind = "y' },
				{ id: 2, kind: 'y' },
				{ id: 3, kind: 'p\\' },
			])
			.waitTask()
		const r = await client.index('escape_probe').search('', { filter: inFilter('kind', ['x" OR kind = "y', 'p\\']) })
		expect(r.hits.map((h) => h.id).sort()).toEqual([1, 3])
	})

	it('a category filter includes its descendants, and values are sent quoted', async () => {
		fake.requests.length = 0
		const r = await engine.search({ index: 'listings', q: '', filters: { category: ['03'] }, perPage: 100 })
		const expected = publicListings(sql`l.category_code like '03%'`)
		expect(r.total).toBe(expected.length)
		expect(r.hits.length).toBe(Math.min(100, expected.length))
		expect(r.hits.every((h) => h.category?.startsWith('03'))).toBe(true)
		const sent = fake.requests.find((x) => x.path === '/multi-search')!.body as { queries: { filter?: string }[] }
		expect(sent.queries[0]!.filter).toBe('categoryPath = "03"')
	})

	it('facet counts ignore their own filter and honour the others', async () => {
		const all = await engine.search({ index: 'listings', q: '', facets: ['category', 'scenario'] })
		const filtered = await engine.search({ index: 'listings', q: '', filters: { category: ['0303'] }, facets: ['category', 'scenario'] })
		expect(filtered.total).toBe(all.facets.category!['0303'])
		expect(filtered.facets.category).toEqual(all.facets.category)
		const flood = publicListings(
			sql`l.category_code like '0303%' and exists (select 1 from listing_scenarios s where s.listing_id = l.id and s.scenario_code = 'flood')`,
		)
		expect(filtered.facets.scenario!.flood).toBe(flood.length)
		expect(filtered.facets.scenario!.flood).toBeLessThan(all.facets.scenario!.flood!)
	})

	it('highlights come from the original text, in the embedded engine’s shape', async () => {
		const meili = await engine.search({ index: 'listings', q: '正压式空气呼吸器' })
		const embedded = await new EmbeddedEngine(db).search({ index: 'listings', q: '正压式空气呼吸器' })
		const hit = meili.hits.find((h) => h.ref === 'LST-0063')!
		expect(hit.highlight).toEqual(embedded.hits.find((h) => h.ref === 'LST-0063')!.highlight)
		expect(meili.terms).toEqual(embedded.terms)
	})
})

describe('sync through apply()', () => {
	it('apply(demand_list) removes the items dropped from the list', async () => {
		const list = db.get<{ id: number; n: number }>(sql`select d.id, count(*) as n from demand_lists d join demand_items i on i.list_id = d.id
			join organizations o on o.id = d.org_id where d.status = 'published' and o.verified_at is not null group by d.id having n >= 2 order by d.id limit 1`)!
		const record = demandRecordById(db, list.id)!
		const dropped = record.items[record.items.length - 1]!.ref
		const itemsOf = () => docsOf(engine.uid('demands')).filter((d) => d.listId === list.id)
		expect(itemsOf().map((d) => d.ref)).toContain(dropped)
		const ctx = writeContext(db, { kind: 'operator', label: 'test' }, 'test')
		db.transaction((t) => saveDemand({ ...ctx, db: t as unknown as Db }, { ...record, items: record.items.slice(0, -1) }))
		await engine.apply([{ entity: 'demand_list', id: list.id }])
		expect(itemsOf().map((d) => d.ref).sort()).toEqual(record.items.slice(0, -1).map((i) => i.ref).sort())
	})

	it("apply(organization) after un-verification removes the organization's documents from both indexes", async () => {
		const org = db.get<{ id: number }>(sql`select o.id from organizations o join listings l on l.org_id = o.id
			where o.verified_at is not null and l.status = 'published' group by o.id order by count(*) desc limit 1`)!.id
		expect(docsOf(engine.uid('listings')).some((d) => d.orgId === org)).toBe(true)
		const admin = await createUser(db, { platformRole: 'admin' })
		expect(unverifyOrganization(db, { userId: admin.id, platformRole: 'admin' }, org, '资料过期')).toEqual({ ok: true })
		await engine.apply([{ entity: 'organization', id: org }])
		expect(docsOf(engine.uid('listings')).some((d) => d.orgId === org)).toBe(false)
		expect(docsOf(engine.uid('demands')).some((d) => d.orgId === org)).toBe(false)
	})

	it('a task that fails makes apply() throw (the outbox worker retries it)', async () => {
		fake.failNextTask('internal')
		await expect(engine.apply([{ entity: 'listing', id: idOf('LST-0064') }])).rejects.toBeInstanceOf(MeiliTaskError)
		await engine.apply([{ entity: 'listing', id: idOf('LST-0064') }])
	})

	it('reindex builds <uid>_next, swaps it in and deletes the old index', async () => {
		fake.requests.length = 0
		const { documents } = await engine.reindex('listings')
		expect(documents).toBe(publicListings().length)
		const uid = engine.uid('listings')
		const swap = fake.requests.find((r) => r.path === '/swap-indexes')!
		expect(swap.body).toEqual([{ indexes: [uid, `${uid}_next`] }])
		const order = fake.requests.map((r) => `${r.method} ${r.path}`)
		expect(order.indexOf(`PATCH /indexes/${uid}_next/settings`)).toBeLessThan(order.indexOf(`POST /indexes/${uid}_next/documents`))
		expect(order.indexOf(`POST /indexes/${uid}_next/documents`)).toBeLessThan(order.indexOf('POST /swap-indexes'))
		expect(fake.indexes.has(`${uid}_next`)).toBe(false)
		expect(docsOf(uid).length).toBe(documents)
		expect((await engine.health()).documents.listings).toBe(documents)
	})
})

describe('when Meilisearch cannot answer', () => {
	let clock = 0
	let combined: MeiliWithFallback
	beforeEach(() => {
		clock = 1_000_000
		combined = new MeiliWithFallback(engine, new EmbeddedEngine(db), new CircuitBreaker(30_000, () => clock))
		vi.spyOn(console, 'warn').mockImplementation(() => {})
	})
	afterEach(() => {
		vi.restoreAllMocks()
	})

	it('search throws a typed SearchUnavailableError when the server is down', async () => {
		fake.mode = 'down'
		await expect(engine.search({ index: 'listings', q: '排水' })).rejects.toBeInstanceOf(SearchUnavailableError)
		fake.mode = 'error500'
		await expect(engine.search({ index: 'listings', q: '排水' })).rejects.toThrow(/HTTP 500/)
	})

	it.each(['down', 'error500'] as const)('answers from the embedded engine when the server is %s, then recovers after the breaker interval', async (mode) => {
		const embedded = await new EmbeddedEngine(db).search({ index: 'listings', q: '排水' })
		fake.mode = mode
		const r = await combined.search({ index: 'listings', q: '排水' })
		expect(r.fallback).toMatchObject({ from: 'meilisearch' })
		expect(r.fallback!.reason).toMatch(mode === 'down' ? /unreachable/ : /HTTP 500/)
		expect(r.hits.map((h) => h.ref)).toEqual(embedded.hits.map((h) => h.ref))
		// While the breaker is open the server is not asked at all.
		const asked = fake.received
		clock += 10_000
		expect((await combined.search({ index: 'listings', q: '排水' })).fallback).toBeDefined()
		expect(fake.received).toBe(asked)
		fake.mode = 'up'
		clock += 10_000
		expect((await combined.search({ index: 'listings', q: '排水' })).fallback).toBeDefined()
		clock += 11_000
		const back = await combined.search({ index: 'listings', q: '排水' })
		expect(back.fallback).toBeUndefined()
		expect(fake.received).toBeGreaterThan(asked)
		expect(back.total).toBe(embedded.total)
	})

	it('a slow server times out into the fallback', async () => {
		const slowEngine = new MeiliEngine(db, { host: fake.url, prefix: engine.prefix, timeoutMs: 150 })
		const slow = new MeiliWithFallback(slowEngine, new EmbeddedEngine(db), new CircuitBreaker(30_000, () => clock))
		fake.mode = 'slow'
		fake.slowMs = 1_000
		const r = await slow.search({ index: 'listings', q: '排水' })
		expect(r.fallback?.reason).toMatch(/no answer within 150 ms/)
	})

	it('reports health: ok with document counts when up, not ok with the reason when down', async () => {
		expect(await combined.health()).toMatchObject({ engine: 'meilisearch', ok: true, documents: { listings: publicListings().length } })
		fake.mode = 'down'
		const h = await combined.health()
		expect(h).toMatchObject({ engine: 'meilisearch', ok: false })
		expect(h.detail).toMatch(/unreachable/)
	})

	it('a write succeeds while Meilisearch is down, is found by the fallback at once and reaches Meilisearch when it is back', async () => {
		fake.mode = 'down'
		const ctx = writeContext(db, { kind: 'operator', label: 'test' }, 'test')
		const org = db.get<{ ref: string }>(sql`select ref from organizations where verified_at is not null and kind = 'enterprise' order by id limit 1`)!.ref
		db.transaction((t) =>
			saveListing({ ...ctx, db: t as unknown as Db }, listingRecord.parse({ ref: 'LST-DOWN-1', org, title: '蛟龙牌轻型破拆工具组', category: '030202', status: 'published' })),
		)
		const during = await combined.search({ index: 'listings', q: '蛟龙' })
		expect(during.fallback).toBeDefined()
		expect(during.hits.map((h) => h.ref)).toEqual(['LST-DOWN-1'])
		// The worker cannot deliver: the change waits in the outbox.
		const waiting = await drainAll(db, combined)
		expect(waiting.unavailable).toBeDefined()
		fake.mode = 'up'
		clock += 31_000
		// (the worker waits out its backoff before trying again)
		const back = await drainAll(db, combined, { now: new Date(Date.now() + 60_000) })
		expect(back).toMatchObject({ failed: 0, dead: 0 })
		expect(back.applied).toBeGreaterThan(0)
		const after = await combined.search({ index: 'listings', q: '蛟龙' })
		expect(after.fallback).toBeUndefined()
		expect(after.hits.map((h) => h.ref)).toEqual(['LST-DOWN-1'])
	})

	it('a missing index is "unavailable" (answered by the embedded engine) until the first rebuild', async () => {
		const fresh = new MeiliEngine(db, { host: fake.url, prefix: `never_built_${prefixes}_` })
		await expect(fresh.search({ index: 'listings', q: '排水' })).rejects.toThrow(/index not found/)
	})
})
